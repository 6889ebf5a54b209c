package org.jpsyco.frontend.python.objects;

/** Python's slice object. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT);
    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython's {@code PySlice_GetIndicesEx}: {start, stop, step, length} for a sequence of {@code len}. */
    public long[] indices(long len) {
        long st = step == PySingleton.NONE ? 1 : Abstract.index(step).longValue();
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? len - 1 : len;
        long a;
        if (start == PySingleton.NONE) {
            a = st < 0 ? upper : lower;
        } else {
            a = clamp(Abstract.index(start), len, lower, upper);
        }
        long b;
        if (stop == PySingleton.NONE) {
            b = st < 0 ? lower : upper;
        } else {
            b = clamp(Abstract.index(stop), len, lower, upper);
        }
        long n;
        if (st > 0) {
            n = a < b ? (b - a - 1) / st + 1 : 0;
        } else {
            n = a > b ? (a - b - 1) / (-st) + 1 : 0;
        }
        return new long[] {a, b, st, n};
    }

    private static long clamp(PyInt v, long len, long lower, long upper) {
        long x;
        if (v.isBig()) {
            x = v.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        } else {
            x = v.value;
        }
        if (x < 0) {
            x += len;
            return x < lower ? lower : x;
        }
        return x > upper ? upper : x;
    }
}
