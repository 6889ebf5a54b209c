package org.jpsyco.frontend.python.objects;

import java.math.BigInteger;

/**
 * Conversions between numbers and their byte or hexadecimal forms ({@code int.from_bytes},
 * {@code int.to_bytes}, {@code float.hex}, {@code float.fromhex}) and {@code slice.indices}.
 */
final class NumberMethods {
    private NumberMethods() {
    }

    static void register() {
        PyInt.TYPE.rawDict().putStr("from_bytes", new PyDescriptors.ClassMethod(
                new PyBuiltinFunction("from_bytes", NumberMethods::fromBytes)));
        BuiltinMethods.def(PyInt.TYPE, "to_bytes", NumberMethods::toBytes);
        BuiltinMethods.def(PyFloat.TYPE, "hex", (a, k) -> PyStr.of(floatHex(((PyFloat) a[0]).value)));
        PyFloat.TYPE.rawDict().putStr("fromhex", new PyDescriptors.ClassMethod(new PyBuiltinFunction("fromhex",
                (a, k) -> new PyFloat(floatFromHex(Args.str(a[1], "fromhex()"))))));
        BuiltinMethods.def(PyRange.TYPE, "count", (a, k) -> PyInt.of(rangeIndex((PyRange) a[0], a[1]) >= 0 ? 1 : 0));
        BuiltinMethods.def(PyRange.TYPE, "index", (a, k) -> {
            long i = rangeIndex((PyRange) a[0], a[1]);
            if (i < 0) {
                throw Errors.valueError(Abstract.repr(a[1]).value() + " is not in range");
            }
            return PyInt.of(i);
        });
        BuiltinMethods.def(PySlice.TYPE, "indices", (a, k) -> {
            PyInt n = Abstract.index(a[1]);
            if (n.signum() < 0) {
                throw Errors.valueError("length should not be negative");
            }
            long[] ix = ((PySlice) a[0]).indices(n.longValue());
            return PyTuple.of(PyInt.of(ix[0]), PyInt.of(ix[1]), PyInt.of(ix[2]));
        });
    }

    /** The position of an int equal to x in the range, or -1 (other objects never match, as for exact ints). */
    private static long rangeIndex(PyRange r, PyObject x) {
        if (!(x instanceof PyInt i) || i.isBig()) {
            return -1;
        }
        long v = i.value;
        long off = v - r.start;
        if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) {
            return -1;
        }
        return off % r.step == 0 ? off / r.step : -1;
    }

    /** The byteorder argument: true for little-endian. */
    private static boolean little(PyObject order) {
        String s = order == null ? "big" : Args.str(order, "byteorder");
        return switch (s) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Errors.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    private static boolean signed(PyObject[] a, String[] k) {
        PyObject s = Args.keyword(a, k, "signed");
        return s != null && Abstract.isTrue(s);
    }

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)} called on the class in a[0]. */
    private static PyObject fromBytes(PyObject[] a, String[] k) {
        int npos = a.length - k.length;
        PyObject src = npos > 1 ? a[1] : Args.keyword(a, k, "bytes");
        byte[] b = PyByteArray.fromIterable(src);
        boolean little = little(npos > 2 ? a[2] : Args.keyword(a, k, "byteorder"));
        byte[] be = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            be[i] = little ? b[b.length - 1 - i] : b[i];
        }
        BigInteger v = be.length == 0 ? BigInteger.ZERO
                : signed(a, k) ? new BigInteger(be) : new BigInteger(1, be);
        PyInt r = PyInt.of(v);
        return a[0] == PyInt.TYPE ? r : Abstract.call(a[0], r);
    }

    /** {@code int.to_bytes(length=1, byteorder='big', *, signed=False)}. */
    private static PyObject toBytes(PyObject[] a, String[] k) {
        int npos = a.length - k.length;
        PyObject lenObj = npos > 1 ? a[1] : Args.keyword(a, k, "length");
        long length = lenObj == null ? 1 : Abstract.index(lenObj).longValue();
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        boolean little = little(npos > 2 ? a[2] : Args.keyword(a, k, "byteorder"));
        boolean signed = signed(a, k);
        BigInteger v = ((PyInt) a[0]).toBig();
        if (!signed && v.signum() < 0) {
            throw Errors.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw Errors.overflowError("int too big to convert");
        }
        byte[] r = new byte[(int) length];
        byte[] two = v.toByteArray();
        for (int i = 0; i < r.length; i++) {
            int src = two.length - 1 - i;
            byte x = src >= 0 ? two[src] : (byte) (v.signum() < 0 ? 0xff : 0);
            r[little ? i : r.length - 1 - i] = x;
        }
        return new PyBytes(r);
    }

    /** CPython's {@code float.hex}: [-]0x1.<13 hex digits>p<exp>, or 0x0.<digits> for subnormals. */
    static String floatHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String lead = exp == 0 ? "0" : "1";
        int e = exp == 0 ? -1022 : exp - 1023;
        String digits = String.format("%013x", mant);
        return sign + "0x" + lead + "." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** CPython's {@code float.fromhex}: optional sign and 0x, hex digits with an optional point, optional p exponent. */
    static double floatFromHex(String text) {
        String s = text.strip();
        String lower = s.toLowerCase();
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        switch (body) {
            case "inf", "infinity" -> {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> {
            }
        }
        if (body.startsWith("0x")) {
            body = body.substring(2);
        }
        String mantissa = body;
        String exponent = "0";
        int p = body.indexOf('p');
        if (p >= 0) {
            mantissa = body.substring(0, p);
            exponent = body.substring(p + 1);
        }
        if (mantissa.isEmpty() || mantissa.equals(".") || !mantissa.matches("[0-9a-f]*\\.?[0-9a-f]*")
                || !exponent.matches("[+-]?[0-9]+")) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        double r = Double.parseDouble("0x" + mantissa + "p" + exponent);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        }
        return negative ? -r : r;
    }
}
