package org.jpsyco.frontend.python.compiler;

/**
 * An error found while compiling: a SyntaxError that the symbol table or compiler detects
 * (type "SyntaxError"), or a construct jpsyco does not compile yet (message starts
 * with "not supported yet: "). Positions are 1-based lines and 1-based columns, or 0.
 */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final String type;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;

    public CompileError(String type, String msg, String filename, int lineno, int offset) {
        super(msg, null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
    }

    public static CompileError notSupported(String what, String filename, int lineno) {
        return new CompileError("NotImplementedError", "not supported yet: " + what, filename, lineno, 0);
    }

    public boolean isSyntaxError() {
        return type.equals("SyntaxError");
    }
}
