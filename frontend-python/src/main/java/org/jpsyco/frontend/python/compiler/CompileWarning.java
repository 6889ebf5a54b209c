package org.jpsyco.frontend.python.compiler;

/**
 * A SyntaxWarning found while compiling (CPython prints it to stderr as
 * {@code FILE:LINE: SyntaxWarning: MESSAGE} followed by the source line).
 */
public record CompileWarning(int lineno, String message) {
}
