package io.github.rustfit.run;

/**
 * A run could not be done: a manifest that cannot be read, a file that cannot be written. The
 * message is complete (what failed, where, and what to do) and ready for the build log.
 */
public final class RunException extends Exception {

    private static final long serialVersionUID = 1L;

    public RunException(String message, Throwable cause) {
        super(message, cause);
    }

    public RunException(String message) {
        super(message);
    }
}
