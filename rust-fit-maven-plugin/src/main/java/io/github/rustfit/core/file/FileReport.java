package io.github.rustfit.core.file;

import io.github.rustfit.core.extraction.FileFacts;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.signals.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What one source file contributed: its size, its findings, or why it could not be parsed. It
 * holds no AST, so a whole reactor's reports fit in a small heap.
 *
 * @param file path relative to the execution root, with forward slashes
 * @param linesOfCode non-blank, non-comment lines
 * @param packageName the declared package, empty for the default package or a failed parse
 * @param findings every signal occurrence in the file
 * @param problem why the file could not be read or parsed, if it could not
 * @param malformedLine the first line with bytes invalid in the module's encoding, if any
 * @param facts what the file declares and refers to, for the extraction plans ({@link
 *     FileFacts#NONE} for a file that did not parse)
 */
public record FileReport(
        String file,
        int linesOfCode,
        String packageName,
        List<Finding> findings,
        Optional<ParseProblem> problem,
        Optional<Integer> malformedLine,
        FileFacts facts) {

    public FileReport {
        findings = List.copyOf(findings);
    }

    /** A report without facts for the extraction plans. */
    public FileReport(
            String file,
            int linesOfCode,
            String packageName,
            List<Finding> findings,
            Optional<ParseProblem> problem,
            Optional<Integer> malformedLine) {
        this(file, linesOfCode, packageName, findings, problem, malformedLine, FileFacts.NONE);
    }

    public boolean parsed() {
        return problem.isEmpty();
    }
}
