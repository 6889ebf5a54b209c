package org.jpsyco.frontend.python.ast;

import java.math.BigInteger;

/**
 * The values an {@link Expr.Constant} holds, independent of the runtime's object model.
 * {@code Expr.Constant.value()} is one of: {@link #NONE}, {@link #ELLIPSIS}, {@link Boolean},
 * {@link BigInteger} (every int literal), {@link Double}, {@link Imaginary}, {@link String}
 * (a str; may hold lone surrogates as Java chars) or {@link Bytes}.
 */
public final class ConstantValue {
    private ConstantValue() {
    }

    /** Python's {@code None}. */
    public static final Object NONE = new Singleton("None");
    /** Python's {@code ...}. */
    public static final Object ELLIPSIS = new Singleton("Ellipsis");

    private record Singleton(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** An imaginary literal such as {@code 3j}: the complex number {@code 0 + imag*j}. */
    public record Imaginary(double imag) {
    }

    /** A bytes literal. */
    public record Bytes(byte[] value) {
    }
}
