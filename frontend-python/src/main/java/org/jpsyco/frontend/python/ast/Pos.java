package org.jpsyco.frontend.python.ast;

/**
 * CPython's location attributes of a node: {@code lineno} and {@code end_lineno} count from 1;
 * {@code col_offset} and {@code end_col_offset} are UTF-8 byte offsets within the line, as in
 * CPython. {@code endLineno}/{@code endColOffset} may be -1 where CPython leaves them None.
 */
public record Pos(int lineno, int colOffset, int endLineno, int endColOffset) {
}
