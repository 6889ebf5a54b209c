package org.jpsyco.frontend.python.modules;

import java.math.BigInteger;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * The rest of {@code math}: float decomposition (frexp, ldexp, modf), IEEE helpers (remainder,
 * nextafter, ulp), the exp/log variants Java computes as libm does, the integer functions lcm
 * and perm, prod and dist, and pow with CPython's domain and range errors. The functions whose
 * results CPython computes with its own algorithms (erf, erfc, gamma, lgamma) are not here.
 */
final class MathExtras {
    private MathExtras() {
    }

    static void install(PyModule m) {
        m.def("expm1", (a, k) -> unary("expm1", a, k, Math::expm1));
        m.def("log1p", (a, k) -> {
            double x = arg("log1p", a, k);
            if (x <= -1) {
                throw Errors.valueError("math domain error");
            }
            return PyFloat.of(Math.log1p(x));
        });
        m.def("cbrt", (a, k) -> PyFloat.of(Math.cbrt(arg("cbrt", a, k))));
        m.def("exp2", (a, k) -> unary("exp2", a, k, x -> Math.pow(2, x)));
        m.def("asinh", (a, k) -> PyFloat.of(asinh(arg("asinh", a, k))));
        m.def("acosh", (a, k) -> {
            double x = arg("acosh", a, k);
            if (x < 1) {
                throw Errors.valueError("math domain error");
            }
            return PyFloat.of(x > 1e8 ? Math.log(x) + Math.log(2) : Math.log(x + Math.sqrt(x * x - 1)));
        });
        m.def("atanh", (a, k) -> {
            double x = arg("atanh", a, k);
            if (x <= -1 || x >= 1) {
                throw Errors.valueError("math domain error");
            }
            return PyFloat.of(0.5 * Math.log1p(2 * x / (1 - x)));
        });
        m.def("frexp", (a, k) -> {
            double x = arg("frexp", a, k);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return PyTuple.of(PyFloat.of(x), PyInt.of(0));
            }
            int e = Math.getExponent(x);
            if (e == Double.MIN_EXPONENT - 1) {
                // subnormal: scale into the normal range first
                x *= 0x1p54;
                e = Math.getExponent(x) - 54;
            }
            double mant = Math.scalb(x, -Math.getExponent(x) - 1);
            return PyTuple.of(PyFloat.of(mant), PyInt.of(e + 1));
        });
        m.def("ldexp", (a, k) -> {
            Args.check("ldexp", a, k, 2, 2);
            double x = MathModule.toDouble(a[0], "ldexp");
            if (!(a[1] instanceof PyInt)) {
                throw Errors.typeError("Expected an int as second argument to ldexp.");
            }
            PyInt ei = (PyInt) a[1];
            long e = ei.isBig() ? (ei.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE)
                    : Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, ei.value));
            double r = Math.scalb(x, (int) e);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw Errors.overflowError("math range error");
            }
            return PyFloat.of(r);
        });
        m.def("modf", (a, k) -> {
            double x = arg("modf", a, k);
            if (Double.isInfinite(x)) {
                return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(PyFloat.of(Math.copySign(x - ip, x)), PyFloat.of(ip));
        });
        m.def("remainder", (a, k) -> {
            Args.check("remainder", a, k, 2, 2);
            double x = MathModule.toDouble(a[0], "remainder");
            double y = MathModule.toDouble(a[1], "remainder");
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return PyFloat.of(Double.NaN);
            }
            if (Double.isInfinite(x) || y == 0) {
                throw Errors.valueError("math domain error");
            }
            return PyFloat.of(Math.IEEEremainder(x, y));
        });
        m.def("nextafter", (a, k) -> {
            Args.check("nextafter", a, k, 2, 2);
            return PyFloat.of(Math.nextAfter(MathModule.toDouble(a[0], "nextafter"),
                    MathModule.toDouble(a[1], "nextafter")));
        });
        m.def("ulp", (a, k) -> {
            double x = arg("ulp", a, k);
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return PyFloat.of(Math.abs(x));
            }
            x = Math.abs(x);
            return PyFloat.of(x == Double.MAX_VALUE ? x - Math.nextDown(x) : Math.nextUp(x) - x);
        });
        m.def("lcm", (a, k) -> {
            Args.noKeywords("lcm", k);
            BigInteger r = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger v = Abstract.index(o).toBig().abs();
                if (v.signum() == 0) {
                    r = BigInteger.ZERO;
                } else if (r.signum() != 0) {
                    r = r.divide(r.gcd(v)).multiply(v);
                }
            }
            return PyInt.of(r);
        });
        m.def("perm", (a, k) -> {
            Args.check("perm", a, k, 1, 2);
            BigInteger n = Abstract.index(a[0]).toBig();
            BigInteger r = a.length > 1 && a[1] != org.jpsyco.frontend.python.objects.PySingleton.NONE
                    ? Abstract.index(a[1]).toBig() : n;
            if (n.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (r.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (r.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger p = BigInteger.ONE;
            for (BigInteger i = n.subtract(r).add(BigInteger.ONE); i.compareTo(n) <= 0; i = i.add(BigInteger.ONE)) {
                p = p.multiply(i);
            }
            return PyInt.of(p);
        });
        m.def("prod", (a, k) -> {
            Args.onlyKeywords("prod", k, "start");
            if (a.length - k.length != 1) {
                throw Errors.typeError("prod() takes exactly 1 positional argument (" + (a.length - k.length)
                        + " given)");
            }
            PyObject start = Args.keyword(a, k, "start");
            PyObject r = start == null ? PyInt.of(1) : start;
            for (PyObject o : Abstract.toList(a[0])) {
                r = NumberOps.binary(org.jpsyco.frontend.python.objects.BinaryOp.MUL, r, o);
            }
            return r;
        });
        m.def("dist", (a, k) -> {
            Args.check("dist", a, k, 2, 2);
            java.util.List<PyObject> p = Abstract.toList(a[0]);
            java.util.List<PyObject> q = Abstract.toList(a[1]);
            if (p.size() != q.size()) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double s = 0;
            double[] d = new double[p.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = Math.abs(MathModule.toDouble(p.get(i), "dist") - MathModule.toDouble(q.get(i), "dist"));
            }
            return PyFloat.of(d.length == 2 ? Math.hypot(d[0], d[1]) : norm(d));
        });
        m.def("pow", (a, k) -> {
            Args.check("pow", a, k, 2, 2);
            double x = MathModule.toDouble(a[0], "pow");
            double y = MathModule.toDouble(a[1], "pow");
            if (Double.isFinite(x) && Double.isFinite(y)) {
                if ((x < 0 && y != Math.rint(y)) || (x == 0 && y < 0)) {
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
    }

    private static double norm(double[] d) {
        double s = 0;
        for (double v : d) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static double asinh(double x) {
        double ax = Math.abs(x);
        double r = ax > 1e8 ? Math.log(ax) + Math.log(2) : Math.log1p(ax + ax * ax / (1 + Math.sqrt(1 + ax * ax)));
        return Math.copySign(r, x);
    }

    private interface D2D {
        double apply(double x);
    }

    private static double arg(String name, PyObject[] a, String[] k) {
        Args.check(name, a, k, 1, 1);
        return MathModule.toDouble(a[0], name);
    }

    private static PyObject unary(String name, PyObject[] a, String[] k, D2D f) {
        double x = arg(name, a, k);
        double r = f.apply(x);
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw Errors.overflowError("math range error");
        }
        return PyFloat.of(r);
    }
}
