package org.jpsyco.frontend.python.modules.re;

/** A pattern error found by the parser or compiler: CPython's message and position (-1 for none). */
final class RegexError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int pos;
    /** Raised as OverflowError rather than re.error. */
    final boolean overflow;

    RegexError(String msg, int pos) {
        this(msg, pos, false);
    }

    RegexError(String msg, int pos, boolean overflow) {
        super(msg, null, false, false);
        this.pos = pos;
        this.overflow = overflow;
    }
}
