package org.jpsyco.frontend.python.parser;

/**
 * Input nested too deeply to parse or check: the equivalent of the {@code RecursionError}
 * ("maximum recursion depth exceeded during compilation") CPython 3.11 raises for expressions
 * nested about 3000 levels deep. (Bracket nesting stops earlier, at 200 levels, with the
 * tokenizer's "too many nested parentheses" {@link PythonSyntaxError}.)
 */
public final class PythonRecursionError extends RuntimeException {
    public PythonRecursionError() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }

    /** The Python exception message. */
    public String msg() {
        return getMessage();
    }
}
