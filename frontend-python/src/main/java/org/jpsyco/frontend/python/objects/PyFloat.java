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
        if (v == 0) {
            return 0;
        }
        // |v| = mant * 2**exp exactly; modulo P = 2**61 - 1, 2**61 is 1, so multiplying by
        // 2**exp is a rotation of the 61-bit residue by exp mod 61 (the same value CPython's
        // 28-bits-at-a-time loop arrives at)
        long m = NumberOps.HASH_MODULUS;
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long mant = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = biased - 1075;
        }
        int e = Math.floorMod(exp, 61);
        long x = e == 0 ? mant : ((mant << e) & m) | (mant >>> (61 - e));
        if (v < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }
}
