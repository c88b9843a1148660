package io.github.rustfit.core.manifest;

/**
 * A value given for a review that no manifest file can hold. The message names the parameter
 * that gave it, not the manifest: the file is not at fault.
 */
public final class ReviewValueException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReviewValueException(String message) {
        super(message);
    }
}
