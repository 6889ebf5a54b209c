package org.jpsyco.frontend.python.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Arithmetic: equivalent of CPython's {@code PyNumber_*} functions. Int operations take the
 * {@code long} path and switch to BigInteger only on overflow; floor division, modulo and
 * shifts round toward negative infinity as Python requires.
 */
public final class NumberOps {
    private NumberOps() {
    }

    /** The modulus of CPython's numeric hash, 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;

    /** Equivalent of CPython's {@code PyNumber_Add} and friends, chosen by {@code op}. */
    public static PyObject binary(BinaryOp op, PyObject a, PyObject b) {
        if (a.type().heap || b.type().heap) {
            PyObject r = slotBinary(op, a, b);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (op == BinaryOp.TRUEDIV) {
                return PyFloat.of(trueDivide(x, y));
            }
            if (op == BinaryOp.POW) {
                return intPow(x, y);
            }
            return intOp(op, x, y);
        }
        if (isNumber(a) && isNumber(b)) {
            return floatOp(op, toDouble(a), toDouble(b));
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            PyComplex x = PyComplex.of(a);
            PyComplex y = PyComplex.of(b);
            if (x != null && y != null) {
                PyObject r = PyComplex.binary(op, x, y);
                if (r != null) {
                    return r;
                }
            }
        }
        PyObject seq = sequenceOp(op, a, b);
        if (seq != null) {
            return seq;
        }
        if (op == BinaryOp.OR) {
            PyObject union = PyUnionType.of(a, b);
            if (union != null) {
                return union;
            }
        }
        throw unsupported(op, a, b);
    }

    /** Equivalent of CPython's {@code PyNumber_InPlaceAdd} and friends. */
    public static PyObject inplace(BinaryOp op, PyObject a, PyObject b) {
        if (a instanceof PyByteArray ba && op == BinaryOp.ADD && PyByteArray.bytesLike(b) != null) {
            ba.extend(PyByteArray.bytesLike(b));
            return ba;
        }
        if (a instanceof PyList l && op == BinaryOp.ADD) {
            l.items.addAll(Abstract.toList(b));
            return l;
        }
        if (a instanceof PyList l && op == BinaryOp.MUL && b instanceof PyInt n) {
            java.util.List<PyObject> copy = new java.util.ArrayList<>(l.items);
            l.items.clear();
            for (long i = 0; i < n.value; i++) {
                l.items.addAll(copy);
            }
            return l;
        }
        if (op == BinaryOp.OR && a instanceof PyDict d && !a.type().heap && b instanceof PyDict other) {
            d.putAll(other);
            return d;
        }
        if (a instanceof PySet && !a.type().heap) {
            PyObject r = SetOps.inplace(op, a, b);
            if (r != null) {
                return r;
            }
        }
        if (a.type().heap) {
            PyObject m = a.type().lookup(op.idunder);
            if (m != null) {
                PyObject r = Abstract.callDescriptor(m, a, b);
                if (r != PySingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        try {
            return binary(op, a, b);
        } catch (PyException e) {
            // the in-place form names its own operator: "for +=:" rather than "for +:"
            String sym = op == BinaryOp.POW ? "** or pow()" : op.symbol;
            String plain = "unsupported operand type(s) for " + sym + ": '" + a.type().name() + "' and '"
                    + b.type().name() + "'";
            if (e.value.isInstance(ExceptionTypes.TYPE_ERROR) && plain.equals(e.value.strValue())) {
                throw Errors.typeError("unsupported operand type(s) for " + op.symbol + "=: '" + a.type().name()
                        + "' and '" + b.type().name() + "'");
            }
            throw e;
        }
    }

    private static PyException unsupported(BinaryOp op, PyObject a, PyObject b) {
        if (op == BinaryOp.ADD && (a instanceof PyBytes || a instanceof PyByteArray)) {
            return Errors.typeError("can't concat " + b.type().name() + " to " + a.type().name());
        }
        if (op == BinaryOp.ADD && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)) {
            return Errors.typeError("can only concatenate " + a.type().name() + " (not \"" + b.type().name()
                    + "\") to " + a.type().name());
        }
        if (op == BinaryOp.MUL && (isSequence(a) || isSequence(b))) {
            PyObject other = isSequence(a) ? b : a;
            return Errors.typeError("can't multiply sequence by non-int of type '" + other.type().name() + "'");
        }
        String sym = op == BinaryOp.POW ? "** or pow()" : op.symbol;
        return Errors.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    private static PyObject slotBinary(BinaryOp op, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject ma = ta.heap ? ta.lookup(op.dunder) : null;
        PyObject mb = tb != ta && tb.heap ? tb.lookup(op.rdunder) : null;
        if (ma instanceof PyBuiltinFunction) {
            ma = null;
        }
        if (mb instanceof PyBuiltinFunction) {
            mb = null;
        }
        if (mb != null && tb.isSubtype(ta)) {
            PyObject r = Abstract.callDescriptor(mb, b, a);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            mb = null;
        }
        if (ma != null) {
            PyObject r = Abstract.callDescriptor(ma, a, b);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (mb != null) {
            return Abstract.callDescriptor(mb, b, a);
        }
        return PySingleton.NOT_IMPLEMENTED;
    }

    private static PyObject sequenceOp(BinaryOp op, PyObject a, PyObject b) {
        switch (op) {
            case ADD:
                if (a instanceof PyStr x && b instanceof PyStr y) {
                    return PyStr.of(x.value() + y.value());
                }
                if (a instanceof PyBytes x && b instanceof PyBytes y) {
                    byte[] r = java.util.Arrays.copyOf(x.value, x.size() + y.size());
                    System.arraycopy(y.value, 0, r, x.size(), y.size());
                    return new PyBytes(r);
                }
                if ((a instanceof PyByteArray || a instanceof PyBytes) && PyByteArray.bytesLike(b) != null) {
                    byte[] x = PyByteArray.bytesLike(a);
                    byte[] y = PyByteArray.bytesLike(b);
                    byte[] r = java.util.Arrays.copyOf(x, x.length + y.length);
                    System.arraycopy(y, 0, r, x.length, y.length);
                    return a instanceof PyByteArray ? new PyByteArray(r) : new PyBytes(r);
                }
                if (a instanceof PyList x && b instanceof PyList y) {
                    PyList r = new PyList(x.items);
                    r.items.addAll(y.items);
                    return r;
                }
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    PyObject[] r = new PyObject[x.size() + y.size()];
                    System.arraycopy(x.items, 0, r, 0, x.size());
                    System.arraycopy(y.items, 0, r, x.size(), y.size());
                    return PyTuple.of(r);
                }
                return null;
            case MUL:
                if (a instanceof PyByteArray x && b instanceof PyInt n) {
                    return new PyByteArray(x.snapshot().latin1().repeat((int) Math.max(0, n.value))
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                if (a instanceof PyBytes x && b instanceof PyInt n) {
                    return PyBytes.fromLatin1(x.latin1().repeat((int) Math.max(0, n.value)));
                }
                if (isSequence(a) && b instanceof PyInt n) {
                    return repeat(a, n);
                }
                if (isSequence(b) && a instanceof PyInt n) {
                    return repeat(b, n);
                }
                if (isSequence(a) && b.type().heap && b.type().lookup("__index__") != null) {
                    return repeat(a, Abstract.index(b));
                }
                if (isSequence(b) && a.type().heap && a.type().lookup("__index__") != null) {
                    return repeat(b, Abstract.index(a));
                }
                return null;
            case MOD:
                if (a instanceof PyStr s) {
                    return PyStr.of(StrFormat.percent(s.value(), b));
                }
                if (a instanceof PyBytes x) {
                    return new PyBytes(BytesFormat.percent(x.value, b));
                }
                if (a instanceof PyByteArray x) {
                    return new PyByteArray(BytesFormat.percent(x.toArray(), b));
                }
                return null;
            case OR:
                if (a instanceof PyDict x && b instanceof PyDict y) {
                    PyDict r = x.copy();
                    r.putAll(y);
                    return r;
                }
                return SetOps.binary(op, a, b);
            case AND:
            case XOR:
            case SUB:
                return SetOps.binary(op, a, b);
            default:
                return null;
        }
    }

    private static PyObject repeat(PyObject seq, PyInt count) {
        long n = count.isBig() ? (count.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, count.value);
        if (seq instanceof PyStr s) {
            if (n * s.value().length() > Integer.MAX_VALUE - 16) {
                throw Errors.raise(ExceptionTypes.MEMORY_ERROR);
            }
            return PyStr.of(s.value().repeat((int) n));
        }
        PyObject[] items = seq instanceof PyList l ? l.items.toArray(new PyObject[0]) : ((PyTuple) seq).items;
        if (n * items.length > Integer.MAX_VALUE - 16) {
            throw Errors.raise(ExceptionTypes.MEMORY_ERROR);
        }
        PyObject[] r = new PyObject[(int) (n * items.length)];
        if (items.length == 1) {
            java.util.Arrays.fill(r, items[0]); // [x] * n, the common case
        } else if (r.length > 0) {
            // copy what is already filled onto the rest, doubling each time
            System.arraycopy(items, 0, r, 0, items.length);
            for (int done = items.length; done < r.length; done *= 2) {
                System.arraycopy(r, 0, r, done, Math.min(done, r.length - done));
            }
        }
        return seq instanceof PyList ? PyList.adopt(r) : PyTuple.of(r);
    }

    public static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        return ((PyInt) o).doubleValue();
    }

    // ---- int ----

    public static PyObject intOp(BinaryOp op, PyInt a, PyInt b) {
        if (a instanceof PyBool && b instanceof PyBool) {
            // bool's own &, | and ^ keep the result a bool
            switch (op) {
                case AND:
                    return PyBool.of((a.value & b.value) != 0);
                case OR:
                    return PyBool.of((a.value | b.value) != 0);
                case XOR:
                    return PyBool.of((a.value ^ b.value) != 0);
                default:
                    break;
            }
        }
        if (!a.isBig() && !b.isBig()) {
            long x = a.value;
            long y = b.value;
            switch (op) {
                case ADD: {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                    break;
                }
                case SUB: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                    break;
                }
                case MUL: {
                    long hi = Math.multiplyHigh(x, y);
                    long lo = x * y;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return PyInt.of(lo);
                    }
                    break;
                }
                case FLOORDIV:
                    if (y == 0) {
                        throw Errors.zeroDivision("integer division or modulo by zero");
                    }
                    if (x != Long.MIN_VALUE || y != -1) {
                        return PyInt.of(Math.floorDiv(x, y));
                    }
                    break;
                case MOD:
                    if (y == 0) {
                        throw Errors.zeroDivision("integer modulo by zero");
                    }
                    return PyInt.of(y == -1 ? 0 : Math.floorMod(x, y));
                case AND:
                    return a instanceof PyBool && b instanceof PyBool ? PyBool.of((x & y) != 0) : PyInt.of(x & y);
                case OR:
                    return a instanceof PyBool && b instanceof PyBool ? PyBool.of((x | y) != 0) : PyInt.of(x | y);
                case XOR:
                    return a instanceof PyBool && b instanceof PyBool ? PyBool.of((x ^ y) != 0) : PyInt.of(x ^ y);
                case RSHIFT:
                    if (y < 0) {
                        throw Errors.valueError("negative shift count");
                    }
                    return PyInt.of(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                case LSHIFT:
                    if (y < 0) {
                        throw Errors.valueError("negative shift count");
                    }
                    if (x == 0) {
                        return PyInt.of(0);
                    }
                    if (y < 63) {
                        long r = x << y;
                        if (r >> y == x) {
                            return PyInt.of(r);
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        return bigOp(op, a, b);
    }

    private static PyObject bigOp(BinaryOp op, PyInt a, PyInt b) {
        BigInteger x = a.toBig();
        BigInteger y = b.toBig();
        switch (op) {
            case ADD:
                return PyInt.of(x.add(y));
            case SUB:
                return PyInt.of(x.subtract(y));
            case MUL:
                return PyInt.of(x.multiply(y));
            case FLOORDIV:
            case MOD: {
                if (y.signum() == 0) {
                    throw Errors.zeroDivision(op == BinaryOp.MOD ? "integer modulo by zero"
                            : "integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                    qr[0] = qr[0].subtract(BigInteger.ONE);
                    qr[1] = qr[1].add(y);
                }
                return PyInt.of(op == BinaryOp.MOD ? qr[1] : qr[0]);
            }
            case TRUEDIV:
                return PyFloat.of(trueDivide(a, b));
            case POW:
                return intPow(a, b);
            case AND:
                return PyInt.of(x.and(y));
            case OR:
                return PyInt.of(x.or(y));
            case XOR:
                return PyInt.of(x.xor(y));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (x.signum() == 0) {
                    return PyInt.of(0);
                }
                return PyInt.of(x.shiftLeft(b.intValue()));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (y.bitLength() > 31) {
                    return PyInt.of(x.signum() < 0 ? -1 : 0);
                }
                return PyInt.of(x.shiftRight(y.intValue()));
            default:
                throw unsupported(op, a, b);
        }
    }

    /** Correctly rounded int / int, as CPython's {@code long_true_divide}. */
    public static double trueDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (!a.isBig() && !b.isBig() && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return (double) a.value / (double) b.value;
        }
        BigDecimal q = new BigDecimal(a.toBig()).divide(new BigDecimal(b.toBig()), MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return d;
    }

    public static PyObject intPow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double x = a.doubleValue();
            if (x == 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(Math.pow(x, b.doubleValue()));
        }
        if (!a.isBig() && !b.isBig()) {
            long base = a.value;
            long exp = b.value;
            long result = 1;
            boolean overflow = false;
            while (exp > 0) {
                if ((exp & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                exp >>= 1;
                if (exp > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    base = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        BigInteger x = a.toBig();
        if (x.equals(BigInteger.ONE) || x.signum() == 0) {
            return a;
        }
        return PyInt.of(x.pow(b.intValue()));
    }

    // ---- float ----

    /** Signals that a float power has a complex result (a negative base to a fractional power). */
    static final class ComplexResult extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PyComplex value;

        ComplexResult(PyComplex value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    public static PyObject floatOp(BinaryOp op, double x, double y) {
        if (op == BinaryOp.POW) {
            try {
                return PyFloat.of(floatPow(x, y));
            } catch (ComplexResult c) {
                return c.value;
            }
        }
        switch (op) {
            case ADD:
                return PyFloat.of(x + y);
            case SUB:
                return PyFloat.of(x - y);
            case MUL:
                return PyFloat.of(x * y);
            case TRUEDIV:
                if (y == 0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return PyFloat.of(x / y);
            case FLOORDIV:
                if (y == 0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                return PyFloat.of(floatDivmod(x, y)[0]);
            case MOD:
                if (y == 0) {
                    throw Errors.zeroDivision("float modulo");
                }
                return PyFloat.of(floatDivmod(x, y)[1]);
            case POW:
                return PyFloat.of(floatPow(x, y));
            default:
                throw Errors.typeError("unsupported operand type(s) for " + op.symbol + ": 'float' and 'float'");
        }
    }

    /** CPython's {@code float_divmod}: {floor quotient, remainder with the divisor's sign}. */
    public static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    public static double floatPow(double x, double y) {
        if (x == 0 && y < 0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        // an infinite base is answered before the sign check, as CPython does ((-inf) ** 0.5 is inf)
        if (x < 0 && Double.isFinite(x) && y != Math.floor(y) && Double.isFinite(y)) {
            throw new ComplexResult(PyComplex.pow(new PyComplex(x, 0), new PyComplex(y, 0)));
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, PyTuple.of(PyInt.of(34),
                    PyStr.of("Numerical result out of range")).items);
        }
        return r;
    }

    // ---- unary ----

    /** Equivalent of CPython's {@code PyNumber_Negative}. */
    public static PyObject negative(PyObject a) {
        if (a instanceof PyComplex c) {
            return new PyComplex(-c.real, -c.imag);
        }
        PyObject um = Abstract.userMethod(a, "__neg__");
        if (um != null) {
            return Abstract.callDescriptor(um, a);
        }
        if (a instanceof PyInt i) {
            if (!i.isBig() && i.value != Long.MIN_VALUE) {
                return PyInt.of(-i.value);
            }
            return PyInt.of(i.toBig().negate());
        }
        if (a instanceof PyFloat f) {
            return PyFloat.of(-f.value);
        }
        return unarySlot(a, "__neg__", "-");
    }

    /** Equivalent of CPython's {@code PyNumber_Positive}. */
    public static PyObject positive(PyObject a) {
        if (a instanceof PyComplex) {
            return a;
        }
        PyObject um = Abstract.userMethod(a, "__pos__");
        if (um != null) {
            return Abstract.callDescriptor(um, a);
        }
        if (a instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (a instanceof PyInt || a instanceof PyFloat) {
            return a;
        }
        return unarySlot(a, "__pos__", "+");
    }

    /** Equivalent of CPython's {@code PyNumber_Invert}. */
    public static PyObject invert(PyObject a) {
        PyObject um = Abstract.userMethod(a, "__invert__");
        if (um != null) {
            return Abstract.callDescriptor(um, a);
        }
        if (a instanceof PyInt i) {
            if (!i.isBig()) {
                return PyInt.of(~i.value);
            }
            return PyInt.of(i.toBig().not());
        }
        return unarySlot(a, "__invert__", "~");
    }

    /** Equivalent of CPython's {@code PyNumber_Absolute}. */
    public static PyObject absolute(PyObject a) {
        if (a instanceof PyComplex c) {
            return PyFloat.of(Math.hypot(c.real, c.imag));
        }
        PyObject um = Abstract.userMethod(a, "__abs__");
        if (um != null) {
            return Abstract.callDescriptor(um, a);
        }
        if (a instanceof PyInt i) {
            if (i.signum() < 0) {
                return negative(i);
            }
            return i instanceof PyBool ? PyInt.of(i.value) : i;
        }
        if (a instanceof PyFloat f) {
            return PyFloat.of(Math.abs(f.value));
        }
        if (a.type().heap && a.type().lookup("__abs__") != null) {
            return Abstract.callDescriptor(a.type().lookup("__abs__"), a);
        }
        throw Errors.typeError("bad operand type for abs(): '" + a.type().name() + "'");
    }

    private static PyObject unarySlot(PyObject a, String dunder, String sym) {
        if (a.type().heap) {
            PyObject m = a.type().lookup(dunder);
            if (m != null) {
                return Abstract.callDescriptor(m, a);
            }
        }
        throw Errors.typeError("bad operand type for unary " + sym + ": '" + a.type().name() + "'");
    }

    /** Compares two numbers exactly (int vs float without rounding); NaN compares unordered (returns 2). */
    public static int compareNumbers(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (!x.isBig() && !y.isBig()) {
                return Long.compare(x.value, y.value);
            }
            return x.toBig().compareTo(y.toBig());
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y) {
            if (Double.isNaN(x.value) || Double.isNaN(y.value)) {
                return 2;
            }
            return Double.compare(x.value + 0.0, y.value + 0.0);
        }
        double d = a instanceof PyFloat f ? f.value : ((PyFloat) b).value;
        PyInt i = a instanceof PyInt x ? x : (PyInt) b;
        int sign = a instanceof PyInt ? 1 : -1;
        if (Double.isNaN(d)) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -sign : sign;
        }
        int c;
        if (!i.isBig() && Math.abs(i.value) < (1L << 53)) {
            c = Double.compare((double) i.value, d + 0.0);
        } else {
            c = new BigDecimal(i.toBig()).compareTo(new BigDecimal(d));
        }
        return sign * c;
    }
}
