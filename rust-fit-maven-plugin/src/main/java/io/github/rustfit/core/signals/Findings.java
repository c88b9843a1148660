package io.github.rustfit.core.signals;

import com.github.javaparser.ast.Node;
import io.github.rustfit.core.source.SourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one signal in one file, turning AST positions into line numbers and
 * source snippets. Not thread-safe: one instance per file and signal.
 */
public final class Findings {

    /** Longest snippet kept, so evidence stays a line and not a page. */
    public static final int MAX_SNIPPET = 120;

    private final String signalId;
    private final SourceLines lines;
    private final List<Finding> found = new ArrayList<>();

    public Findings(String signalId, SourceLines lines) {
        this.signalId = signalId;
        this.lines = lines;
    }

    /** Records an occurrence at the first line of {@code node}. */
    public void report(Node node) {
        report(node.getBegin().map(position -> position.line).orElse(0));
    }

    /** Records an occurrence at {@code line} (1-based), quoting that source line. */
    public void report(int line) {
        found.add(new Finding(signalId, line, snippet(line)));
    }

    public List<Finding> found() {
        return found;
    }

    private String snippet(int line) {
        if (line < 1 || line > lines.count()) {
            return "";
        }
        String text = lines.line(line).strip();
        return text.length() <= MAX_SNIPPET ? text : text.substring(0, MAX_SNIPPET - 1) + "…";
    }
}
