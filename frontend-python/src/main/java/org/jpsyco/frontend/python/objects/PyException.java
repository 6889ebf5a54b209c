package org.jpsyco.frontend.python.objects;

/**
 * The Java carrier of a raised Python exception. It holds the Python exception object; the
 * Java stack trace is never filled in (Python tracebacks live in the exception object).
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final PyBaseException value;
    /** Set when re-raised by {@code raise} without argument or {@code RERAISE}: no new traceback entry here. */
    public boolean reraised;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.strValue();
    }
}
