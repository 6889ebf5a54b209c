package org.jpsyco.frontend.python.modules;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The C library's math functions, called through the FFM API where CPython calls them directly
 * ({@code erf}, {@code erfc}) or builds on them ({@code gamma} and {@code lgamma} use libm's
 * exp, log, pow, sin and cos): the results then match CPython's bit for bit on the same
 * machine. When the C library cannot be reached, the Java equivalents stand in (same values to
 * within an ulp; erf and erfc then come from a series and a continued fraction).
 */
final class LibM {
    private LibM() {
    }

    static final DoubleUnaryOperator EXP = unary("exp", Math::exp);
    static final DoubleUnaryOperator LOG = unary("log", Math::log);
    static final DoubleUnaryOperator SIN = unary("sin", Math::sin);
    static final DoubleUnaryOperator COS = unary("cos", Math::cos);
    static final DoubleBinaryOperator POW = binary("pow", Math::pow);
    static final DoubleUnaryOperator ERF = unary("erf", LibM::erfFallback);
    static final DoubleUnaryOperator ERFC = unary("erfc", x -> 1.0 - erfFallback(x));

    private static MethodHandle find(String name, FunctionDescriptor fd) {
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find(name).map(addr -> linker.downcallHandle(addr, fd,
                    Linker.Option.critical(false))).orElse(null);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static DoubleUnaryOperator unary(String name, DoubleUnaryOperator fallback) {
        MethodHandle h = find(name, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
        if (h == null) {
            return fallback;
        }
        return x -> {
            try {
                return (double) h.invokeExact(x);
            } catch (Throwable t) {
                return fallback.applyAsDouble(x);
            }
        };
    }

    private static DoubleBinaryOperator binary(String name, DoubleBinaryOperator fallback) {
        MethodHandle h = find(name, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE,
                ValueLayout.JAVA_DOUBLE));
        if (h == null) {
            return fallback;
        }
        return (x, y) -> {
            try {
                return (double) h.invokeExact(x, y);
            } catch (Throwable t) {
                return fallback.applyAsDouble(x, y);
            }
        };
    }

    /** erf by its Taylor series near 0 and 1 - erfc's continued fraction further out. */
    private static double erfFallback(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double r;
        if (ax < 2.5) {
            double term = ax;
            double sum = ax;
            for (int n = 1; n < 60; n++) {
                term *= -ax * ax / n;
                sum += term / (2 * n + 1);
            }
            r = sum * 2 / Math.sqrt(Math.PI);
        } else if (ax > 30) {
            r = 1.0;
        } else {
            double f = 0;
            for (int n = 60; n >= 1; n--) {
                f = n / 2.0 / (ax + f);
            }
            r = 1.0 - Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + f);
        }
        return Math.copySign(r, x);
    }
}
