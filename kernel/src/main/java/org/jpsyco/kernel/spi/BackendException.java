package org.jpsyco.kernel.spi;

/** A backend failed to compile a function it had accepted; the kernel falls back. */
public class BackendException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackendException(String message) {
        super(message);
    }

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
