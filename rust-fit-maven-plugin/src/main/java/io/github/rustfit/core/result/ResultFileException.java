package io.github.rustfit.core.result;

import java.nio.file.Path;

/** A result file could not be written, read, or is of a schema this version does not know. */
public final class ResultFileException extends Exception {

    private final Path file;

    public ResultFileException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
