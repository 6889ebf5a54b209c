package org.jpsyco.frontend.python.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyDescriptors;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyIterator;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PySlice;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The {@code struct} module: conversion between Python values and C structs packed in bytes.
 * A format compiles once into a {@link Layout} (codes with their counts and offsets); packing
 * and unpacking walk that list. Sizes, alignment and error messages are those of CPython on
 * 64-bit little-endian Linux, where the native ('@') and the little-endian standard ('<', '=')
 * tables share some range messages ("short format requires ...") and the big-endian tables
 * ('>', '!') name the code instead.
 */
public final class StructModule {
    private StructModule() {
    }

    /** {@code struct.error}. */
    public static final PyType ERROR = PyType.builtin("error", ExceptionTypes.EXCEPTION);
    /** {@code struct.Struct}: a compiled format. */
    public static final PyType STRUCT = PyType.builtin("Struct", PyType.OBJECT);

    static {
        ERROR.module = "struct";
        STRUCT.module = "_struct";
        STRUCT.constructor = (a, k) -> {
            PyObject[] p = ModuleArgs.parse("Struct", a, k, new String[] {"format"}, 1);
            return new CompiledStruct(formatText(p[0], "Struct()"));
        };
        BuiltinMethods.define(STRUCT, "pack", (a, k) -> {
            ModuleArgs.noKeywords("pack", k);
            return new PyBytes(layout(a[0]).pack(a, 1));
        });
        BuiltinMethods.define(STRUCT, "unpack", (a, k) -> {
            ModuleArgs.positional("unpack", a, k, 2, 2);
            return layout(a[0]).unpack(buffer(a[1]));
        });
        BuiltinMethods.define(STRUCT, "unpack_from", (a, k) -> {
            PyObject[] p = ModuleArgs.parse("unpack_from", slice(a, 1, k), k, new String[] {"buffer", "offset"}, 1);
            return layout(a[0]).unpackFrom(buffer(p[0]), p[1] == null ? 0 : Abstract.index(p[1]).longValue());
        });
        BuiltinMethods.define(STRUCT, "iter_unpack", (a, k) -> {
            ModuleArgs.positional("iter_unpack", a, k, 2, 2);
            return layout(a[0]).iterUnpack(buffer(a[1]));
        });
        BuiltinMethods.define(STRUCT, "pack_into", (a, k) -> {
            ModuleArgs.noKeywords("pack_into", k);
            if (a.length < 3) {
                throw Errors.typeError("pack_into expected buffer argument");
            }
            layout(a[0]).packInto(a[1], a[2], a, 3);
            return PySingleton.NONE;
        });
        STRUCT.dict().putStr("format", new PyDescriptors.Property(new PyBuiltinFunction("format",
                (a, k) -> PyStr.of(((CompiledStruct) a[0]).layout.format)), null, null));
        STRUCT.dict().putStr("size", new PyDescriptors.Property(new PyBuiltinFunction("size",
                (a, k) -> PyInt.of(((CompiledStruct) a[0]).layout.size)), null, null));
    }

    /** An instance of {@code struct.Struct}. */
    static final class CompiledStruct extends PyObject {
        final Layout layout;

        CompiledStruct(String format) {
            this.layout = Layout.compile(format);
        }

        @Override
        public PyType type() {
            return STRUCT;
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("struct");
        m.put("error", ERROR);
        m.put("Struct", STRUCT);
        m.def("calcsize", (a, k) -> {
            if (a.length != 1 || k.length > 0) {
                throw Errors.typeError("_struct.calcsize() takes exactly one argument (" + a.length + " given)");
            }
            return PyInt.of(compile(a[0]).size);
        });
        m.def("pack", (a, k) -> {
            ModuleArgs.noKeywords("pack", k);
            if (a.length == 0) {
                throw Errors.typeError("pack expected at least 1 argument, got 0");
            }
            return new PyBytes(compile(a[0]).pack(a, 1));
        });
        m.def("unpack", (a, k) -> {
            ModuleArgs.positional("unpack", a, k, 2, 2);
            return compile(a[0]).unpack(buffer(a[1]));
        });
        m.def("unpack_from", (a, k) -> {
            PyObject[] p = ModuleArgs.parse("unpack_from", a, k, new String[] {"format", "buffer", "offset"}, 2);
            return compile(p[0]).unpackFrom(buffer(p[1]), p[2] == null ? 0 : Abstract.index(p[2]).longValue());
        });
        m.def("iter_unpack", (a, k) -> {
            ModuleArgs.positional("iter_unpack", a, k, 2, 2);
            return compile(a[0]).iterUnpack(buffer(a[1]));
        });
        m.def("pack_into", (a, k) -> {
            ModuleArgs.noKeywords("pack_into", k);
            if (a.length < 3) {
                throw Errors.typeError(a.length < 2 ? "pack_into expected buffer argument"
                        : "pack_into expected offset argument");
            }
            compile(a[0]).packInto(a[1], a[2], a, 3);
            return PySingleton.NONE;
        });
        return m;
    }

    private static PyObject[] slice(PyObject[] a, int from, String[] k) {
        PyObject[] r = new PyObject[a.length - from];
        System.arraycopy(a, from, r, 0, r.length);
        return r;
    }

    private static Layout layout(PyObject self) {
        return ((CompiledStruct) self).layout;
    }

    private static String formatText(PyObject f, String fname) {
        if (f instanceof PyStr s) {
            return s.value();
        }
        if (f instanceof PyBytes b) {
            return b.latin1();
        }
        throw Errors.typeError(fname.replace("()", "") + "() argument 1 must be a str or bytes object, not "
                + f.type().name());
    }

    private static Layout compile(PyObject format) {
        if (format instanceof CompiledStruct s) {
            return s.layout;
        }
        return Layout.compile(formatText(format, "Struct()"));
    }

    /** The bytes of a bytes-like object. */
    static byte[] buffer(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof org.jpsyco.frontend.python.objects.PyByteArray ba) {
            return ba.toArray();
        }
        if (!(o instanceof PyStr) && o.type().lookup("tobytes") != null) {
            PyObject r = Abstract.callMethod(o, "tobytes");
            if (r instanceof PyBytes b) {
                return b.value;
            }
        }
        if (!(o instanceof PyStr) && o.type().lookup("__bytes__") != null) {
            PyObject r = Abstract.callMethod(o, "__bytes__");
            if (r instanceof PyBytes b) {
                return b.value;
            }
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    static PyObject error(String msg) {
        throw Errors.raise(ERROR, msg);
    }

    /** One format code with its repeat count and where it starts. */
    private record Item(char code, int count, int offset, int size) {
    }

    /** A compiled format: the byte order, the items and the total size. */
    static final class Layout {
        final String format;
        final char order;
        final List<Item> items;
        final int size;
        /** Number of Python values packed or unpacked. */
        final int nvalues;

        private Layout(String format, char order, List<Item> items, int size, int nvalues) {
            this.format = format;
            this.order = order;
            this.items = items;
            this.size = size;
            this.nvalues = nvalues;
        }

        boolean nativeMode() {
            return order == '@';
        }

        boolean littleEndian() {
            return order != '>' && order != '!';
        }

        static int sizeOf(char c, boolean nat) {
            return switch (c) {
                case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
                case 'h', 'H', 'e' -> 2;
                case 'i', 'I', 'f' -> 4;
                case 'l', 'L' -> nat ? 8 : 4;
                case 'q', 'Q', 'd' -> 8;
                case 'n', 'N', 'P' -> nat ? 8 : -1;
                default -> -1;
            };
        }

        static Layout compile(String fmt) {
            int i = 0;
            char order = '@';
            if (!fmt.isEmpty() && "@=<>!".indexOf(fmt.charAt(0)) >= 0) {
                order = fmt.charAt(0);
                i = 1;
            }
            boolean nat = order == '@';
            List<Item> items = new ArrayList<>();
            long size = 0;
            int nvalues = 0;
            int n = fmt.length();
            while (i < n) {
                char c = fmt.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int count = 1;
                if (c >= '0' && c <= '9') {
                    long num = 0;
                    while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                        num = num * 10 + (fmt.charAt(i) - '0');
                        if (num > Integer.MAX_VALUE) {
                            error("total struct size too long");
                        }
                        i++;
                    }
                    if (i >= n) {
                        error("repeat count given without format specifier");
                    }
                    count = (int) num;
                    c = fmt.charAt(i);
                }
                i++;
                int sz = sizeOf(c, nat);
                if (sz < 0) {
                    error("bad char in struct format");
                }
                if (nat && sz > 1) {
                    size = (size + sz - 1) / sz * sz;
                }
                items.add(new Item(c, count, (int) size, sz));
                if (c == 's' || c == 'p') {
                    size += count;
                    nvalues++;
                } else if (c == 'x') {
                    size += count;
                } else {
                    size += (long) count * sz;
                    nvalues += count;
                }
                if (size > Integer.MAX_VALUE) {
                    error("total struct size too long");
                }
            }
            return new Layout(fmt, order, items, (int) size, nvalues);
        }

        byte[] pack(PyObject[] args, int from) {
            int given = args.length - from;
            if (given != nvalues) {
                error("pack expected " + nvalues + " items for packing (got " + given + ")");
            }
            byte[] out = new byte[size];
            write(out, 0, args, from);
            return out;
        }

        void packInto(PyObject target, PyObject offsetObj, PyObject[] args, int from) {
            int given = args.length - from;
            if (given != nvalues) {
                error("pack_into expected " + nvalues + " items for packing (got " + given + ")");
            }
            long len = Abstract.length(target);
            long offset = Abstract.index(offsetObj).longValue();
            if (offset < 0) {
                if (offset + size > 0) {
                    error("no space to pack " + size + " bytes at offset " + offset);
                }
                if (offset + len < 0) {
                    error("offset " + offset + " out of range for " + len + "-byte buffer");
                }
                offset += len;
            }
            if (len - offset < size) {
                error("pack_into requires a buffer of at least " + (size + offset) + " bytes for packing " + size
                        + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
            }
            byte[] out = new byte[size];
            write(out, 0, args, from);
            Abstract.setItem(target, new PySlice(PyInt.of(offset), PyInt.of(offset + size), PySingleton.NONE),
                    new PyBytes(out));
        }

        private void write(byte[] out, int base, PyObject[] args, int from) {
            int ai = from;
            for (Item it : items) {
                int pos = base + it.offset;
                switch (it.code) {
                    case 'x' -> {
                        // padding is already zero
                    }
                    case 's', 'p' -> {
                        PyObject v = args[ai++];
                        if (!(v instanceof PyBytes b)) {
                            throw Errors.raise(ERROR, "argument for '" + it.code + "' must be a bytes object");
                        }
                        byte[] data = b.value;
                        if (it.code == 's') {
                            System.arraycopy(data, 0, out, pos, Math.min(data.length, it.count));
                        } else if (it.count > 0) {
                            int n = Math.min(Math.min(data.length, it.count - 1), 255);
                            System.arraycopy(data, 0, out, pos + 1, n);
                            out[pos] = (byte) n;
                        }
                    }
                    default -> {
                        for (int r = 0; r < it.count; r++) {
                            writeOne(out, pos + r * it.size, it, args[ai++]);
                        }
                    }
                }
            }
        }

        private void writeOne(byte[] out, int pos, Item it, PyObject v) {
            char c = it.code;
            switch (c) {
                case 'c' -> {
                    if (!(v instanceof PyBytes b) || b.value.length != 1) {
                        throw Errors.raise(ERROR, "char format requires a bytes object of length 1");
                    }
                    out[pos] = b.value[0];
                }
                case '?' -> out[pos] = (byte) (Abstract.isTrue(v) ? 1 : 0);
                case 'e' -> {
                    double d = toDouble(v);
                    if (v instanceof PyInt && Math.abs(d) >= 65520.0) {
                        // CPython reports an int that overflows a half as a conversion failure
                        throw Errors.raise(ERROR, "int too large to convert");
                    }
                    putBits(out, pos, 2, Half.pack(d));
                }
                case 'f' -> {
                    double d = toDouble(v);
                    float f = (float) d;
                    if (Float.isInfinite(f) && !Double.isInfinite(d) && !nativeMode()) {
                        throw Errors.overflowError("float too large to pack with f format");
                    }
                    putBits(out, pos, 4, Float.floatToRawIntBits(f) & 0xffffffffL);
                }
                case 'd' -> putBits(out, pos, 8, Double.doubleToRawLongBits(toDouble(v)));
                case 'P' -> putBits(out, pos, 8, checkedInt(v, it).longValue());
                default -> putBits(out, pos, it.size, checkedInt(v, it).longValue());
            }
        }

        private void putBits(byte[] out, int pos, int n, long bits) {
            for (int b = 0; b < n; b++) {
                int idx = littleEndian() ? pos + b : pos + n - 1 - b;
                out[idx] = (byte) (bits >>> (8 * b));
            }
        }

        private static double toDouble(PyObject v) {
            if (v instanceof PyFloat f) {
                return f.value;
            }
            if (v instanceof PyInt i) {
                try {
                    return i.doubleValue();
                } catch (org.jpsyco.frontend.python.objects.PyException e) {
                    throw Errors.raise(ERROR, "required argument is not a float");
                }
            }
            if (v.type().lookup("__float__") != null) {
                PyObject r = Abstract.callMethod(v, "__float__");
                if (r instanceof PyFloat f) {
                    return f.value;
                }
            }
            if (v.type().lookup("__index__") != null) {
                return Abstract.index(v).doubleValue();
            }
            throw Errors.raise(ERROR, "required argument is not a float");
        }

        private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

        private static final BigInteger LONG_MIN = BigInteger.ONE.shiftLeft(63).negate();

        /**
         * The integer to pack as {@code it}, range-checked with CPython's messages. CPython first
         * converts to a C long (signed codes, and 'B'/'H' where the native functions serve)
         * or unsigned long, failing with "argument out of range"; big-endian 8-byte codes and
         * 'P' convert through a byte array ("int too large to convert"); then the value is
         * checked against the item's own range, named "byte/short format" by the native
         * functions and "'X' format" by the standard ones.
         */
        private BigInteger checkedInt(PyObject v, Item it) {
            if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
                throw Errors.raise(ERROR, "required argument is not an integer");
            }
            BigInteger x = Abstract.index(v).toBig();
            char c = it.code;
            boolean big = !littleEndian();
            if (c == 'P') {
                if (x.compareTo(LONG_MIN) < 0 || x.compareTo(TWO_64) >= 0) {
                    throw Errors.raise(ERROR, "int too large to convert");
                }
                return x;
            }
            boolean unsigned = Character.isUpperCase(c);
            int bits = 8 * it.size;
            if (big && bits == 64) {
                if (unsigned ? x.signum() < 0 || x.compareTo(TWO_64) >= 0 : x.bitLength() > 63) {
                    throw Errors.raise(ERROR, "int too large to convert");
                }
                return x;
            }
            // the first conversion: native 'B'/'H' go through a signed long, other unsigned codes
            // through an unsigned long
            boolean viaSigned = !unsigned || c == 'B' || (c == 'H' && !big);
            boolean fits = viaSigned ? x.bitLength() <= 63 : x.signum() >= 0 && x.compareTo(TWO_64) < 0;
            if (!fits) {
                throw Errors.raise(ERROR, "argument out of range");
            }
            if (bits == 64) {
                return x;
            }
            BigInteger lo = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
            BigInteger hi = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                String what;
                if (c == 'b' || c == 'B') {
                    what = c == 'b' ? "byte format" : "ubyte format";
                } else if ((c == 'h' || c == 'H') && !big) {
                    what = c == 'h' ? "short format" : "ushort format";
                } else {
                    what = "'" + c + "' format";
                }
                throw Errors.raise(ERROR, what + " requires " + lo + " <= number <= " + hi);
            }
            return x;
        }

        PyTuple unpack(byte[] buf) {
            if (buf.length != size) {
                error("unpack requires a buffer of " + size + " bytes");
            }
            return read(buf, 0);
        }

        PyTuple unpackFrom(byte[] buf, long offset) {
            long len = buf.length;
            if (offset < 0) {
                if (offset + len < 0) {
                    error("offset " + offset + " out of range for " + len + "-byte buffer");
                }
                offset += len;
            }
            if (len - offset < size) {
                error("unpack_from requires a buffer of at least " + (size + offset) + " bytes for unpacking " + size
                        + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
            }
            return read(buf, (int) offset);
        }

        PyObject iterUnpack(byte[] buf) {
            if (size == 0) {
                error("cannot iteratively unpack with a struct of length 0");
            }
            if (buf.length % size != 0) {
                error("iterative unpacking requires a buffer of a multiple of " + size + " bytes");
            }
            List<PyObject> records = new ArrayList<>();
            for (int pos = 0; pos < buf.length; pos += size) {
                records.add(read(buf, pos));
            }
            return new PyIterator.ArrayIter(records.toArray(new PyObject[0]), PyTuple.TYPE);
        }

        private PyTuple read(byte[] buf, int base) {
            PyObject[] out = new PyObject[nvalues];
            int oi = 0;
            for (Item it : items) {
                int pos = base + it.offset;
                switch (it.code) {
                    case 'x' -> {
                        // padding
                    }
                    case 's' -> out[oi++] = new PyBytes(java.util.Arrays.copyOfRange(buf, pos, pos + it.count));
                    case 'p' -> {
                        int n = it.count == 0 ? 0 : Math.min(buf[pos] & 0xff, it.count - 1);
                        out[oi++] = new PyBytes(java.util.Arrays.copyOfRange(buf, pos + 1, pos + 1 + n));
                    }
                    default -> {
                        for (int r = 0; r < it.count; r++) {
                            out[oi++] = readOne(buf, pos + r * it.size, it);
                        }
                    }
                }
            }
            return PyTuple.of(out);
        }

        private long getBits(byte[] buf, int pos, int n) {
            long v = 0;
            for (int b = 0; b < n; b++) {
                int idx = littleEndian() ? pos + b : pos + n - 1 - b;
                v |= (buf[idx] & 0xffL) << (8 * b);
            }
            return v;
        }

        private PyObject readOne(byte[] buf, int pos, Item it) {
            char c = it.code;
            switch (c) {
                case 'c':
                    return new PyBytes(new byte[] {buf[pos]});
                case '?':
                    return PyBool.of(buf[pos] != 0);
                case 'e':
                    return PyFloat.of(Float.float16ToFloat((short) getBits(buf, pos, 2)));
                case 'f':
                    return PyFloat.of(Float.intBitsToFloat((int) getBits(buf, pos, 4)));
                case 'd':
                    return PyFloat.of(Double.longBitsToDouble(getBits(buf, pos, 8)));
                default:
                    break;
            }
            long bits = getBits(buf, pos, it.size);
            if (Character.isUpperCase(c)) {
                if (it.size == 8 && bits < 0) {
                    return PyInt.of(BigInteger.valueOf(bits).add(TWO_64));
                }
                return PyInt.of(bits);
            }
            int shift = 64 - 8 * it.size;
            return PyInt.of((bits << shift) >> shift);
        }
    }

    /** IEEE 754 binary16 packing with round-half-even, as CPython's {@code PyFloat_Pack2}. */
    static final class Half {
        private Half() {
        }

        static long pack(double x) {
            int sign = (Double.doubleToRawLongBits(x) < 0) ? 0x8000 : 0;
            double a = Math.abs(x);
            if (Double.isNaN(x)) {
                return sign | 0x7e00;
            }
            if (Double.isInfinite(x)) {
                return sign | 0x7c00;
            }
            if (a == 0) {
                return sign;
            }
            int e = Math.getExponent(a);
            if (e < -14) {
                // subnormal: units of 2**-24, rounding may carry into the smallest normal
                long m = (long) Math.rint(a * 0x1p24);
                return sign | m;
            }
            double frac = (a / Math.scalb(1.0, e) - 1.0) * 1024.0;
            long f = (long) Math.rint(frac);
            if (f == 1024) {
                f = 0;
                e++;
            }
            if (e > 15) {
                throw Errors.overflowError("float too large to pack with e format");
            }
            return sign | ((long) (e + 15) << 10) | f;
        }
    }
}
