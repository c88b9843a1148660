package io.github.rustfit.core.manifest;

import java.nio.file.Path;

/**
 * A manifest that cannot be read, or whose content is not what the manifest allows. The message
 * names the file, line and column, what was expected, and a close match where there is one.
 */
public final class ManifestException extends Exception {

    private final Path file;
    private final Location location;

    public ManifestException(Path file, Location location, String problem, Throwable cause) {
        super(file + location.suffix() + ": " + problem, cause);
        this.file = file;
        this.location = location;
    }

    public Path file() {
        return file;
    }

    public Location location() {
        return location;
    }
}
