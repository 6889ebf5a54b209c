package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.objects.Errors;

/**
 * The {@code math} functions on unboxed doubles, for typed code: each computes what the
 * {@code math} module computes for a float argument (the same Java function, the same checks) and
 * raises the module's error ({@code ValueError: math domain error}, {@code OverflowError: math
 * range error}) from the instruction. {@code floor} and {@code ceil} return ints, so typed code
 * first asks {@link #fitsLong} and leaves for the interpreter (bignum results, NaN, infinities).
 */
public final class MathHelpers {
    private MathHelpers() {
    }

    /** The module's check after a one-argument function: NaN from a number is a domain error, infinity from a finite one overflows. */
    private static double checked(double x, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw Errors.overflowError("math range error");
        }
        return r;
    }

    public static double mathSin(double x) {
        return checked(x, Math.sin(x));
    }

    public static double mathCos(double x) {
        return checked(x, Math.cos(x));
    }

    public static double mathTan(double x) {
        return checked(x, Math.tan(x));
    }

    public static double mathAtan(double x) {
        return checked(x, Math.atan(x));
    }

    public static double mathExp(double x) {
        return checked(x, Math.exp(x));
    }

    /** {@code math.log(x)}: zero and negative numbers are domain errors. */
    public static double mathLog(double x) {
        if (x <= 0) {
            throw Errors.valueError("math domain error");
        }
        return Math.log(x);
    }

    public static double mathAtan2(double y, double x) {
        return Math.atan2(y, x);
    }

    public static double mathHypot(double x, double y) {
        return Math.hypot(x, y);
    }

    /**
     * Whether float {@code x ** y} (CPython's {@code float_pow}) returns a float without raising
     * a zero division or giving a complex result (a negative base to a finite fractional power).
     */
    public static boolean floatPowDefined(double x, double y) {
        return !(x == 0 && y < 0) && !(x < 0 && Double.isFinite(x) && y != Math.floor(y) && Double.isFinite(y));
    }

    /** Float {@code x ** y} where {@link #floatPowDefined} holds: the interpreter's {@code Math.pow}. */
    public static double floatPowValue(double x, double y) {
        return Math.pow(x, y);
    }

    /** Whether {@code r = x ** y} did not overflow (an infinite result of finite operands raises OverflowError). */
    public static boolean floatPowInRange(double x, double y, double r) {
        return !Double.isInfinite(r) || !Double.isFinite(x) || !Double.isFinite(y);
    }

    /** {@code math.pow(x, y)}: unlike {@code **}, no complex results and {@code 0.0 ** -1} is a domain error. */
    public static double mathPow(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (x < 0 && y != Math.rint(y) || x == 0 && y < 0) {
                throw Errors.valueError("math domain error");
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r)) {
                throw Errors.overflowError("math range error");
            }
            return r;
        }
        return x == 1 || y == 0 ? 1.0 : Math.pow(x, y);
    }

    /** Whether {@code floor}/{@code ceil} of {@code x} is an int the module would build from a long. */
    public static boolean fitsLong(double x) {
        return Math.abs(x) < 9e18;
    }

    public static long mathFloor(double x) {
        return (long) Math.floor(x);
    }

    public static long mathCeil(double x) {
        return (long) Math.ceil(x);
    }
}
