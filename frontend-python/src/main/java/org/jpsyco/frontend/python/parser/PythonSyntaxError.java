package org.jpsyco.frontend.python.parser;

/**
 * A syntax error with the attributes CPython 3.11 puts on its {@code SyntaxError}: {@link #type()}
 * is the exception class ("SyntaxError", "IndentationError" or "TabError"); {@link #offset()} and
 * {@link #endOffset()} are 1-based character columns; {@link #text()} is the offending source line
 * (with its newline, as CPython gives it) or null. An int attribute that CPython leaves None is
 * {@link #NONE}.
 */
public final class PythonSyntaxError extends RuntimeException {
    /** The value of {@link #offset()}, {@link #endLineno()} or {@link #endOffset()} when CPython's is None. */
    public static final int NONE = Integer.MIN_VALUE;

    private final String type;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PythonSyntaxError(String type, String msg, String filename, int lineno, int offset,
                             int endLineno, int endOffset, String text) {
        super(msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** The Python exception class name: SyntaxError, IndentationError or TabError. */
    public String type() {
        return type;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    /** 1-based character column, as {@code SyntaxError.offset}. */
    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }
}
