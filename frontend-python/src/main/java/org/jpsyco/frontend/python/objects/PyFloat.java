package org.jpsyco.frontend.python.objects;

/** Python's float, a Java double. */
public final class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT);
    public final double value;
    private PyType subtype;
    private PyDict instDict;

    public PyFloat(double value) {
        this.value = value;
    }

    /** An instance of a subclass of float. */
    public static PyFloat ofType(PyType t, double v) {
        PyFloat f = new PyFloat(v);
        f.subtype = t;
        f.instDict = new PyDict();
        return f;
    }

    @Override
    public PyDict dict() {
        return instDict;
    }

    /** Whether this is an exact float (not an instance of a subclass). */
    public boolean isExact() {
        return subtype == null;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return subtype == null ? TYPE : subtype;
    }

    /** CPython's {@code _Py_HashDouble}: equal to the int hash for integral values. */
    public static long hash(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        long m = NumberOps.HASH_MODULUS;
        int e = Math.getExponent(v);
        double a = Math.abs(v);
        if (a == 0) {
            return 0;
        }
        // frexp: a = f * 2**exp with 0.5 <= f < 1
        int exp = e + 1;
        double f = a / Math.pow(2, e) / 2;
        if (e == Double.MIN_EXPONENT - 1) {
            // subnormal
            long bits = Double.doubleToLongBits(a);
            int lz = Long.numberOfLeadingZeros(bits) - 11;
            exp = -1021 - lz;
            f = a * Math.pow(2, -exp);
        }
        long x = 0;
        while (f != 0) {
            x = ((x << 28) & m) | x >>> (61 - 28);
            f *= 268435456.0;
            exp -= 28;
            long y = (long) f;
            f -= y;
            x += y;
            if (x >= m) {
                x -= m;
            }
        }
        exp = exp >= 0 ? exp % 61 : 61 - 1 - ((-1 - exp) % 61);
        x = ((x << exp) & m) | x >>> (61 - exp);
        if (v < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }
}
