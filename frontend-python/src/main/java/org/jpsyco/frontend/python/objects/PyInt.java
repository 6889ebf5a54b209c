package org.jpsyco.frontend.python.objects;

import java.math.BigInteger;

/**
 * Python's int: a {@code long} when the value fits (then {@code big} is null), otherwise a
 * {@link BigInteger}. Values that fit a long are never held as BigInteger.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT);
    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5);
        }
    }

    public static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    public static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public final long value;
    public final BigInteger big;
    /** For instances of subclasses of int (other than bool): their class and attribute dict. */
    private PyType subtype;
    private PyDict instDict;

    PyInt(long v) {
        this.value = v;
        this.big = null;
    }

    private PyInt(BigInteger b) {
        this.value = 0;
        this.big = b;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v < 257) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(b);
    }

    /** An instance of a subclass of int with this value. */
    public PyInt withType(PyType t) {
        PyInt r = big != null ? new PyInt(big) : new PyInt(value);
        r.subtype = t;
        r.instDict = new PyDict();
        return r;
    }

    /** False for instances of subclasses defined in Python (whose special methods must be honoured). */
    public final boolean isPlain() {
        return subtype == null;
    }

    @Override
    public PyDict dict() {
        return instDict;
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** The value as a Java int, or OverflowError with CPython's message. */
    public int intValue() {
        if (big == null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return (int) value;
        }
        throw Errors.overflowError("Python int too large to convert to C int");
    }

    public long longValue() {
        if (big == null) {
            return value;
        }
        throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }

    public double doubleValue() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** CPython's int hash: the value modulo 2**61 - 1, with -1 mapped to -2. */
    public long hash() {
        long h;
        if (big == null && value > Long.MIN_VALUE) {
            long a = Math.abs(value);
            h = a % NumberOps.HASH_MODULUS;
            if (value < 0) {
                h = -h;
            }
        } else {
            BigInteger m = BigInteger.valueOf(NumberOps.HASH_MODULUS);
            BigInteger b = toBig();
            h = b.abs().mod(m).longValue();
            if (b.signum() < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public PyType type() {
        return subtype == null ? TYPE : subtype;
    }

    /**
     * The limit on decimal digits for int/str conversion ({@code sys.set_int_max_str_digits}),
     * per thread: each runtime runs its program on its own thread. 0 means unlimited.
     */
    private static final ThreadLocal<int[]> MAX_STR_DIGITS = ThreadLocal.withInitial(() -> new int[] {4300});

    public static int maxStrDigits() {
        return MAX_STR_DIGITS.get()[0];
    }

    public static void setMaxStrDigits(int n) {
        MAX_STR_DIGITS.get()[0] = n;
    }

    public String repr() {
        if (big == null) {
            return Long.toString(value);
        }
        int limit = maxStrDigits();
        if (limit > 0 && big.bitLength() > limit * 3.32) {
            String s = big.toString();
            if (s.length() - (big.signum() < 0 ? 1 : 0) > limit) {
                throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return big.toString();
    }
}
