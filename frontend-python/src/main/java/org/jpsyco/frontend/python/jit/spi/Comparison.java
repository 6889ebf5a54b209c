package org.jpsyco.frontend.python.jit.spi;

/** The rich comparisons of {@code COMPARE_OP}, in the bytecode's argument order. */
public enum Comparison {
    LT, LE, EQ, NE, GT, GE;

    private static final Comparison[] ALL = values();

    public static Comparison of(int ordinal) {
        return ALL[ordinal];
    }
}
