package io.github.rustfit.core.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the analysis opens source directories and reads source files. Only the file system's own
 * implementation is used in a build; tests stand in for the file system's refusals through it
 * (a build run as root reads every file whatever its permissions say).
 */
public interface SourceAccess {

    DirectoryStream<Path> open(Path directory) throws IOException;

    byte[] read(Path file) throws IOException;

    /** The file system itself. */
    SourceAccess FILE_SYSTEM = new SourceAccess() {
        @Override
        public DirectoryStream<Path> open(Path directory) throws IOException {
            return Files.newDirectoryStream(directory);
        }

        @Override
        public byte[] read(Path file) throws IOException {
            return Files.readAllBytes(file);
        }
    };
}
