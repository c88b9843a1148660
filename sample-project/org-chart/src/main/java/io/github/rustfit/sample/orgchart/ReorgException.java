package io.github.rustfit.sample.orgchart;

/** A requested change would leave the organisation inconsistent; nothing was changed. */
public class ReorgException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReorgException(String message) {
        super(message);
    }
}
