package io.github.rustfit.core.result;

/**
 * One place in the sources that supports a signal or an answer.
 *
 * @param file path relative to the execution root, with forward slashes
 * @param line 1-based line, or 0 for evidence about a whole file or module
 * @param snippet the source line (trimmed and shortened) or a short description
 */
public record Evidence(String file, int line, String snippet) implements Comparable<Evidence> {

    @Override
    public int compareTo(Evidence other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : snippet.compareTo(other.snippet);
    }
}
