package org.jpsyco.frontend.python.lexer;

/** The token types the parser sees (CPython's NL and COMMENT tokens are dropped by the tokenizer). */
public enum TokenKind {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER
}
