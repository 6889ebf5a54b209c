package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyModule;

/**
 * {@code math.gamma}, {@code lgamma}, {@code erf} and {@code erfc}. Gamma follows CPython's own
 * method, not the C library's: exact factorials for small integers, otherwise a Lanczos sum
 * (g = 6.0246800407767296, 13 terms, the published rational coefficients) with a correction
 * for the rounding of x + g - 0.5, and the reflection formula for negative arguments, using
 * the C library's elementary functions ({@link LibM}) so every result is CPython's.
 */
final class MathSpecial {
    private MathSpecial() {
    }

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** The expanded coefficients of x (x + 1) ... (x + 11). */
    private static final double[] DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    /** The range and domain errors a result stands for; CPython raises them after computing. */
    private static final class Domain extends RuntimeException {
        Domain() {
            super(null, null, false, false);
        }
    }

    private static final class Range extends RuntimeException {
        Range() {
            super(null, null, false, false);
        }
    }

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            // evaluate as polynomials in x, from the highest coefficient down
            for (int i = NUM.length - 1; i >= 0; i--) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            // in 1/x for large x, which keeps the terms from overflowing
            for (int i = 0; i < NUM.length; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x) with the argument reduced first, so exact zeros stay exact. */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.floor(2.0 * y + 0.5); // C round(): halves away from zero
        double r = switch (n) {
            case 0 -> LibM.SIN.applyAsDouble(Math.PI * y);
            case 1 -> LibM.COS.applyAsDouble(Math.PI * (y - 0.5));
            case 2 -> LibM.SIN.applyAsDouble(Math.PI * (1.0 - y));
            case 3 -> -LibM.COS.applyAsDouble(Math.PI * (y - 1.5));
            default -> LibM.SIN.applyAsDouble(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            throw new Domain();
        }
        if (x == 0) {
            throw new Domain();
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                throw new Domain();
            }
            if (x <= 23) {
                // (x - 1)!, correctly rounded as CPython's table of them is
                java.math.BigInteger f = java.math.BigInteger.ONE;
                for (int i = 2; i < (int) x; i++) {
                    f = f.multiply(java.math.BigInteger.valueOf(i));
                }
                return f.doubleValue();
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw new Range();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinPi(x);
            }
            throw new Range();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinPi(absx) / absx * LibM.EXP.applyAsDouble(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= LibM.POW.applyAsDouble(y, absx - 0.5);
            } else {
                double half = LibM.POW.applyAsDouble(y, absx / 2.0 - 0.25);
                r /= half;
                r /= half;
            }
        } else {
            r = lanczosSum(absx) / LibM.EXP.applyAsDouble(y);
            r += z * r;
            if (absx < 140.0) {
                r *= LibM.POW.applyAsDouble(y, absx - 0.5);
            } else {
                double half = LibM.POW.applyAsDouble(y, absx / 2.0 - 0.25);
                r *= half;
                r *= half;
            }
        }
        if (Double.isInfinite(r)) {
            throw new Range();
        }
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw new Domain();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -LibM.LOG.applyAsDouble(absx);
        }
        double r = LibM.LOG.applyAsDouble(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (LibM.LOG.applyAsDouble(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - LibM.LOG.applyAsDouble(Math.abs(sinPi(absx))) - LibM.LOG.applyAsDouble(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw new Range();
        }
        return r;
    }

    private interface Fn {
        double apply(double x);
    }

    private static void def(PyModule m, String name, Fn f) {
        m.def(name, (a, k) -> {
            Args.check(name, a, k, 1, 1);
            double x = MathModule.toDouble(a[0], name);
            try {
                return PyFloat.of(f.apply(x));
            } catch (Domain e) {
                throw Errors.valueError("math domain error");
            } catch (Range e) {
                throw Errors.overflowError("math range error");
            }
        });
    }

    static void install(PyModule m) {
        def(m, "gamma", MathSpecial::gamma);
        def(m, "lgamma", MathSpecial::lgamma);
        def(m, "erf", LibM.ERF::applyAsDouble);
        def(m, "erfc", LibM.ERFC::applyAsDouble);
    }
}
