package org.jpsyco.frontend.python.lexer;

/**
 * One token. {@code lineno}/{@code endLineno} count from 1; {@code col}/{@code endCol} are UTF-8
 * byte offsets within their lines, as CPython's token positions; {@code start}/{@code end} are
 * char indices into the (decoded, newline-normalized) source the tokenizer read; {@code level} is
 * the bracket depth after the token. NEWLINE tokens are zero-width; tokens at end of input have
 * column -1, as in CPython.
 */
public record Token(TokenKind kind, String text, int lineno, int col, int endLineno, int endCol, int start, int end,
                    int level) {

    /** True for an operator or delimiter token spelled {@code op}. */
    public boolean isOp(String op) {
        return kind == TokenKind.OP && text.equals(op);
    }

    /** True for a NAME token spelled {@code word} (keyword or soft keyword). */
    public boolean isName(String word) {
        return kind == TokenKind.NAME && text.equals(word);
    }

    @Override
    public String toString() {
        return kind + " " + text + " " + lineno + ":" + col + "-" + endLineno + ":" + endCol;
    }
}
