package io.github.rustfit.sample.audit;

/** A sealed segment that cannot be opened: damaged, truncated or forged. */
public final class SealException extends Exception {

    private static final long serialVersionUID = 1L;

    public SealException(String message) {
        super(message);
    }
}
