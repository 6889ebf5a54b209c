package org.jpsyco.frontend.python.jit.spi;

/** The binary operators of {@code BINARY_OP}, in the bytecode's argument order. */
public enum Operator {
    ADD, SUB, MUL, MATMUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, OR, XOR;

    private static final Operator[] ALL = values();

    public static Operator of(int ordinal) {
        return ALL[ordinal];
    }
}
