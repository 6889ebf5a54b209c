package org.jpsyco.frontend.python.modules;

import java.math.BigInteger;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * The rest of the {@code math} module: inverse hyperbolic functions (fdlibm's formulations,
 * which the C library CPython calls also uses), the float decomposition functions, and the
 * integer helpers {@code lcm}, {@code perm}, {@code prod}, {@code dist}.
 */
final class MathMore {
    private MathMore() {
    }

    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double HUGE = 268435456.0; // 2**28

    static double asinh(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        double ax = Math.abs(x);
        double w;
        if (ax > HUGE) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (x < 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x >= HUGE) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double ax = Math.abs(x);
        if (ax >= 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(t, x);
    }

    private static double d(PyObject o, String name) {
        return MathModule.toDouble(o, name);
    }

    static void install(PyModule m) {
        m.def("asinh", (a, k) -> one(a, k, "asinh", MathMore::asinh));
        m.def("acosh", (a, k) -> one(a, k, "acosh", MathMore::acosh));
        m.def("atanh", (a, k) -> one(a, k, "atanh", MathMore::atanh));
        m.def("log1p", (a, k) -> one(a, k, "log1p", x -> x <= -1.0 ? Double.NaN : Math.log1p(x)));
        m.def("expm1", (a, k) -> one(a, k, "expm1", Math::expm1));
        m.def("cbrt", (a, k) -> one(a, k, "cbrt", StrictMath::cbrt));
        m.def("exp2", (a, k) -> one(a, k, "exp2", x -> Math.pow(2.0, x)));
        m.def("ulp", (a, k) -> {
            double x = Math.abs(d(a[0], "ulp"));
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return PyFloat.of(x);
            }
            return PyFloat.of(x == Double.MAX_VALUE ? x - Math.nextDown(x) : Math.nextUp(x) - x);
        });
        m.def("nextafter", (a, k) -> {
            Args.check("nextafter", a, k, 2, 2);
            return PyFloat.of(Math.nextAfter(d(a[0], "nextafter"), d(a[1], "nextafter")));
        });
        m.def("remainder", (a, k) -> {
            Args.check("remainder", a, k, 2, 2);
            double x = d(a[0], "remainder");
            double y = d(a[1], "remainder");
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return PyFloat.of(Double.NaN);
            }
            if (Double.isInfinite(x) || y == 0) {
                throw Errors.valueError("math domain error");
            }
            return PyFloat.of(Double.isInfinite(y) ? x : Math.IEEEremainder(x, y));
        });
        m.def("ldexp", (a, k) -> {
            Args.check("ldexp", a, k, 2, 2);
            double x = d(a[0], "ldexp");
            if (a[1] instanceof PyFloat) {
                throw Errors.typeError("Expected an int as second argument to ldexp.");
            }
            PyInt e = Abstract.index(a[1]);
            int exp = e.isBig() ? (e.signum() > 0 ? 100000 : -100000)
                    : (int) Math.max(-100000, Math.min(100000, e.longValue()));
            double r = Math.scalb(x, exp);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw Errors.overflowError("math range error");
            }
            return PyFloat.of(r);
        });
        m.def("frexp", (a, k) -> {
            double x = d(a[0], "frexp");
            if (x == 0 || !Double.isFinite(x)) {
                return PyTuple.of(PyFloat.of(x), PyInt.of(0));
            }
            int e = Math.getExponent(x);
            if (e == Double.MIN_EXPONENT - 1) {
                // subnormal: normalize first
                x *= 0x1p54;
                int e2 = Math.getExponent(x) + 1;
                return PyTuple.of(PyFloat.of(Math.scalb(x, -e2)), PyInt.of(e2 - 54));
            }
            return PyTuple.of(PyFloat.of(Math.scalb(x, -(e + 1))), PyInt.of(e + 1));
        });
        m.def("modf", (a, k) -> {
            double x = d(a[0], "modf");
            if (Double.isInfinite(x)) {
                return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(PyFloat.of(Math.copySign(x - ip, x)), PyFloat.of(ip));
        });
        m.def("lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger v = Abstract.index(o).toBig().abs();
                if (v.signum() == 0) {
                    return PyInt.of(0);
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        m.def("perm", (a, k) -> {
            Args.check("perm", a, k, 1, 2);
            long n = Abstract.index(a[0]).longValue();
            boolean one = a.length < 2 || a[1] == org.jpsyco.frontend.python.objects.PySingleton.NONE;
            if (n < 0) {
                throw Errors.valueError(one ? "factorial() not defined for negative values"
                        : "n must be a non-negative integer");
            }
            long r = a.length > 1 && a[1] != org.jpsyco.frontend.python.objects.PySingleton.NONE
                    ? Abstract.index(a[1]).longValue() : n;
            if (r < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (r > n) {
                return PyInt.of(0);
            }
            BigInteger p = BigInteger.ONE;
            for (long i = 0; i < r; i++) {
                p = p.multiply(BigInteger.valueOf(n - i));
            }
            return PyInt.of(p);
        });
        m.def("prod", (a, k) -> {
            Args.onlyKeywords("prod", k, "start");
            PyObject start = Args.keyword(a, k, "start");
            PyObject r = start == null ? PyInt.of(1) : start;
            for (PyObject o : Abstract.toList(a[0])) {
                r = NumberOps.binary(BinaryOp.MUL, r, o);
            }
            return r;
        });
        m.def("dist", (a, k) -> {
            Args.check("dist", a, k, 2, 2);
            var p = Abstract.toList(a[0]);
            var q = Abstract.toList(a[1]);
            if (p.size() != q.size()) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double s = 0;
            double hyp = 0;
            for (int i = 0; i < p.size(); i++) {
                double diff = d(p.get(i), "dist") - d(q.get(i), "dist");
                s += diff * diff;
                hyp = i == 0 ? Math.abs(diff) : Math.hypot(hyp, diff);
            }
            return PyFloat.of(p.size() <= 2 ? hyp : Math.sqrt(s));
        });
    }

    private static PyObject one(PyObject[] a, String[] k, String name, java.util.function.DoubleUnaryOperator f) {
        Args.check(name, a, k, 1, 1);
        double x = d(a[0], name);
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            if (name.equals("atanh") || name.equals("log1p")) {
                throw Errors.valueError("math domain error");
            }
            throw Errors.overflowError("math range error");
        }
        return PyFloat.of(r);
    }
}
