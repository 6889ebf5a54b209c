package org.jpsyco.frontend.python.modules;

import java.math.BigInteger;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;

/** The {@code math} module (the commonly used part). */
public final class MathModule {
    private MathModule() {
    }

    private interface D2D {
        double apply(double x);
    }

    static double toDouble(PyObject o, String fname) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        if (o.type().heap && o.type().lookup("__float__") != null) {
            return ((PyFloat) Abstract.callMethod(o, "__float__")).value;
        }
        throw Errors.typeError("must be real number, not " + o.type().name());
    }

    private static BuiltinImpl fn(String name, D2D f, boolean domainCheck) {
        return (a, k) -> {
            Args.check(name, a, k, 1, 1);
            double x = toDouble(a[0], name);
            double r = f.apply(x);
            if (domainCheck && Double.isNaN(r) && !Double.isNaN(x)) {
                throw Errors.valueError("math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                if (name.equals("log") || name.equals("log2") || name.equals("log10")) {
                    throw Errors.valueError("math domain error");
                }
                throw Errors.overflowError("math range error");
            }
            return PyFloat.of(r);
        };
    }

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.put("pi", PyFloat.of(Math.PI));
        m.put("e", PyFloat.of(Math.E));
        m.put("tau", PyFloat.of(2 * Math.PI));
        m.put("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.put("nan", PyFloat.of(Double.NaN));
        m.def("sqrt", fn("sqrt", Math::sqrt, true));
        MathMore.install(m);
        MathSpecial.install(m);
        m.def("exp", fn("exp", Math::exp, true));
        m.def("sin", fn("sin", Math::sin, true));
        m.def("cos", fn("cos", Math::cos, true));
        m.def("tan", fn("tan", Math::tan, true));
        m.def("asin", fn("asin", Math::asin, true));
        m.def("acos", fn("acos", Math::acos, true));
        m.def("atan", fn("atan", Math::atan, true));
        m.def("sinh", fn("sinh", Math::sinh, true));
        m.def("cosh", fn("cosh", Math::cosh, true));
        m.def("tanh", fn("tanh", Math::tanh, true));
        m.def("log2", fn("log2", x -> x <= 0 ? Double.NaN : Math.log(x) / Math.log(2), true));
        m.def("log10", fn("log10", x -> x <= 0 ? Double.NaN : Math.log10(x), true));
        m.def("fabs", fn("fabs", Math::abs, false));
        m.def("degrees", fn("degrees", Math::toDegrees, false));
        m.def("radians", fn("radians", Math::toRadians, false));
        m.def("log", (a, k) -> {
            Args.check("log", a, k, 1, 2);
            double x = logOf(a[0]);
            if (a.length == 2) {
                double base = logOf(a[1]);
                if (base == 0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return PyFloat.of(x / base);
            }
            return PyFloat.of(x);
        });
        m.def("atan2", (a, k) -> PyFloat.of(Math.atan2(toDouble(a[0], "atan2"), toDouble(a[1], "atan2"))));
        m.def("hypot", (a, k) -> {
            double s = 0;
            for (PyObject o : a) {
                double v = toDouble(o, "hypot");
                s += v * v;
            }
            return PyFloat.of(a.length == 2 ? Math.hypot(toDouble(a[0], "hypot"), toDouble(a[1], "hypot"))
                    : Math.sqrt(s));
        });
        m.def("pow", (a, k) -> {
            Args.check("pow", a, k, 2, 2);
            double x = toDouble(a[0], "pow");
            double y = toDouble(a[1], "pow");
            if (Double.isFinite(x) && Double.isFinite(y)) {
                // unlike the ** operator: no complex results, and 0.0 ** -1 is a domain error
                if (x < 0 && y != Math.rint(y) || x == 0 && y < 0) {
                    throw Errors.valueError("math domain error");
                }
                double r = Math.pow(x, y);
                if (Double.isInfinite(r)) {
                    throw Errors.overflowError("math range error");
                }
                return PyFloat.of(r);
            }
            return PyFloat.of(x == 1 || y == 0 ? 1.0 : Math.pow(x, y));
        });
        m.def("floor", (a, k) -> rounding(a[0], Math::floor, "__floor__"));
        m.def("ceil", (a, k) -> rounding(a[0], Math::ceil, "__ceil__"));
        m.def("trunc", (a, k) -> rounding(a[0], x -> x < 0 ? Math.ceil(x) : Math.floor(x), "__trunc__"));
        m.def("isnan", (a, k) -> PyBool.of(Double.isNaN(toDouble(a[0], "isnan"))));
        m.def("isinf", (a, k) -> PyBool.of(Double.isInfinite(toDouble(a[0], "isinf"))));
        m.def("isfinite", (a, k) -> PyBool.of(Double.isFinite(toDouble(a[0], "isfinite"))));
        m.def("copysign", (a, k) -> PyFloat.of(Math.copySign(toDouble(a[0], "copysign"),
                toDouble(a[1], "copysign"))));
        m.def("fmod", (a, k) -> {
            double y = toDouble(a[1], "fmod");
            double x = toDouble(a[0], "fmod");
            if (y == 0 || Double.isInfinite(x)) {
                throw Errors.valueError("math domain error");
            }
            return PyFloat.of(x % y);
        });
        m.def("isclose", (a, k) -> {
            double x = toDouble(a[0], "isclose");
            double y = toDouble(a[1], "isclose");
            PyObject rt = Args.keyword(a, k, "rel_tol");
            PyObject at = Args.keyword(a, k, "abs_tol");
            double rel = rt == null ? 1e-9 : toDouble(rt, "isclose");
            double abs = at == null ? 0 : toDouble(at, "isclose");
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double d = Math.abs(y - x);
            return PyBool.of(d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs);
        });
        m.def("factorial", (a, k) -> {
            if (a[0] instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            PyInt n = Abstract.index(a[0]);
            if (n.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n.longValue(); i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        });
        m.def("gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject o : a) {
                g = g.gcd(Abstract.index(o).toBig());
            }
            return PyInt.of(g);
        });
        m.def("isqrt", (a, k) -> {
            PyInt n = Abstract.index(a[0]);
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.toBig().sqrt());
        });
        m.def("comb", (a, k) -> {
            long n = Abstract.index(a[0]).longValue();
            long r = Abstract.index(a[1]).longValue();
            if (n < 0 || r < 0) {
                throw Errors.valueError((n < 0 ? "n" : "k") + " must be a non-negative integer");
            }
            if (r > n) {
                return PyInt.of(0);
            }
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < Math.min(r, n - r); i++) {
                c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            return PyInt.of(c);
        });
        m.def("fsum", (a, k) -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            for (PyObject o : Abstract.toList(a[0])) {
                s = s.add(new java.math.BigDecimal(toDouble(o, "fsum")));
            }
            return PyFloat.of(s.doubleValue());
        });
        return m;
    }

    private static double logOf(PyObject o) {
        if (o instanceof PyInt i && i.isBig()) {
            if (i.signum() <= 0) {
                throw Errors.valueError("math domain error");
            }
            int shift = i.toBig().bitLength() - 60;
            return Math.log(i.toBig().shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = toDouble(o, "log");
        if (x <= 0) {
            throw Errors.valueError("math domain error");
        }
        return Math.log(x);
    }

    private static PyObject rounding(PyObject o, D2D f, String dunder) {
        if (o instanceof PyInt i) {
            return i instanceof PyBool ? PyInt.of(i.value) : i;
        }
        if (o.type().heap && o.type().lookup(dunder) != null) {
            return Abstract.callMethod(o, dunder);
        }
        if (dunder.equals("__trunc__") && !(o instanceof PyFloat) && o.type().lookup("__float__") == null) {
            throw Errors.typeError("type " + o.type().name() + " doesn't define __trunc__ method");
        }
        double x = toDouble(o, dunder);
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        double r = f.apply(x);
        return Math.abs(r) < 9e18 ? PyInt.of((long) r) : PyInt.of(new java.math.BigDecimal(r).toBigInteger());
    }
}
