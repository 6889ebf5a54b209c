package org.jpsyco.frontend.python.objects;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Python's memoryview over a {@link BufferSource} (bytes, bytearray, array.array or another
 * view). A view is a window of {@code length} items of {@code itemsize} bytes starting at byte
 * {@code offset} and {@code stride} bytes apart (negative for reversed slices); a cast with a
 * shape makes a C-contiguous n-dimensional view, which, as in CPython, supports {@code tolist},
 * {@code tobytes} and comparison but no sub-views. Items are packed and unpacked in the
 * machine's native (little-endian) layout, as the struct module's '@' formats.
 */
public final class PyMemoryView extends PyObject implements JavaSlots.Repr, JavaSlots.RichCompare {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT);
    private static final String FORMATS = "cbB?hHeiIflLqQnNdP";

    private final BufferSource src;
    private final int offset;
    private final int length;
    private final int stride;
    private final String format;
    private final int itemsize;
    private final boolean readonly;
    /** Null for a one-dimensional view, else the dimensions of a C-contiguous view. */
    private final int[] shape;
    private boolean released;

    private PyMemoryView(BufferSource src, int offset, int length, int stride, String format, int itemsize,
            boolean readonly, int[] shape) {
        this.src = src;
        this.offset = offset;
        this.length = length;
        this.stride = stride;
        this.format = format;
        this.itemsize = itemsize;
        this.readonly = readonly;
        this.shape = shape;
        src.export(this, true);
    }

    /** {@code memoryview(obj)}. */
    public static PyMemoryView of(PyObject obj) {
        if (obj instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.src, m.offset, m.length, m.stride, m.format, m.itemsize, m.readonly, m.shape);
        }
        BufferSource s = BufferSource.of(obj);
        if (s == null) {
            throw Errors.typeError("memoryview: a bytes-like object is required, not '" + obj.type().name() + "'");
        }
        int size = s.itemsize();
        return new PyMemoryView(s, 0, s.length() / size, size, s.format(), size, s.readonly(), null);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyMemoryView check() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
        return this;
    }

    @Override
    public String repr() {
        return (released ? "<released memory at " : "<memory at ") + Repr.address(this) + ">";
    }

    public int length() {
        check();
        return shape == null ? length : shape[0];
    }

    private int items() {
        return length;
    }

    public int nbytes() {
        return items() * itemsize;
    }

    private boolean contiguous() {
        return stride == itemsize || length <= 1;
    }

    /** The view's bytes in logical order. */
    public byte[] toBytes() {
        check();
        byte[] data = src.contents();
        byte[] out = new byte[nbytes()];
        if (contiguous()) {
            System.arraycopy(data, offset, out, 0, out.length);
            return out;
        }
        for (int i = 0; i < length; i++) {
            System.arraycopy(data, offset + i * stride, out, i * itemsize, itemsize);
        }
        return out;
    }

    // ---- items ----

    private static int sizeOf(char f) {
        return switch (f) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    private PyObject unpack(byte[] data, int at) {
        ByteBuffer bb = ByteBuffer.wrap(data, at, itemsize).order(ByteOrder.LITTLE_ENDIAN);
        char f = format.charAt(0);
        return switch (f) {
            case 'c' -> new PyBytes(new byte[] {data[at]});
            case 'b' -> PyInt.of(data[at]);
            case 'B' -> PyInt.of(data[at] & 0xff);
            case '?' -> PyBool.of(data[at] != 0);
            case 'h' -> PyInt.of(bb.getShort());
            case 'H' -> PyInt.of(bb.getShort() & 0xffff);
            case 'e' -> PyFloat.of(Float.float16ToFloat(bb.getShort()));
            case 'i' -> PyInt.of(bb.getInt());
            case 'I' -> PyInt.of(bb.getInt() & 0xffffffffL);
            case 'f' -> PyFloat.of(bb.getFloat());
            case 'd' -> PyFloat.of(bb.getDouble());
            case 'L', 'Q', 'N', 'P' -> {
                long v = bb.getLong();
                yield v >= 0 ? PyInt.of(v) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
            default -> PyInt.of(bb.getLong());
        };
    }

    private byte[] pack(PyObject v) {
        char f = format.charAt(0);
        ByteBuffer bb = ByteBuffer.allocate(itemsize).order(ByteOrder.LITTLE_ENDIAN);
        switch (f) {
            case 'c' -> {
                if (!(v instanceof PyBytes b) || b.size() != 1) {
                    throw invalid(v instanceof PyBytes ? "value" : "type");
                }
                bb.put(b.value[0]);
            }
            case '?' -> bb.put((byte) (Abstract.isTrue(v) ? 1 : 0));
            case 'f', 'd', 'e' -> {
                if (!(v instanceof PyFloat) && !(v instanceof PyInt)) {
                    throw invalid("type");
                }
                double d = NumberOps.toDouble(v);
                if (f == 'f') {
                    bb.putFloat((float) d);
                } else if (f == 'e') {
                    bb.putShort(Float.floatToFloat16((float) d));
                } else {
                    bb.putDouble(d);
                }
            }
            default -> {
                if (!(v instanceof PyInt) && !(v.type().heap && v.type().lookup("__index__") != null)) {
                    throw invalid("type");
                }
                java.math.BigInteger x = Abstract.index(v).toBig();
                boolean unsigned = Character.isUpperCase(f) || f == 'P';
                int bits = itemsize * 8;
                java.math.BigInteger lo = unsigned ? java.math.BigInteger.ZERO
                        : java.math.BigInteger.ONE.shiftLeft(bits - 1).negate();
                java.math.BigInteger hi = unsigned ? java.math.BigInteger.ONE.shiftLeft(bits).subtract(
                        java.math.BigInteger.ONE) : java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(
                        java.math.BigInteger.ONE);
                if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                    throw invalid("value");
                }
                long l = x.longValue();
                for (int i = 0; i < itemsize; i++) {
                    bb.put((byte) (l >>> (8 * i)));
                }
            }
        }
        return bb.array();
    }

    private PyException invalid(String what) {
        String msg = "memoryview: invalid " + what + " for format '" + format + "'";
        return what.equals("type") ? Errors.typeError(msg) : Errors.valueError(msg);
    }

    private int itemIndex(PyObject key) {
        if (!(key instanceof PyInt) && !(key.type().heap && key.type().lookup("__index__") != null)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        if (shape != null && shape.length > 1) {
            throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "multi-dimensional sub-views are not implemented");
        }
        PyInt k = Abstract.index(key);
        long i = k.isBig() ? Long.MAX_VALUE / 2 * k.signum() : k.value;
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return offset + (int) i * stride;
    }

    PyObject getItem(PyObject key) {
        check();
        if (key instanceof PySlice s) {
            if (shape != null && shape.length > 1) {
                throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                        "multi-dimensional slicing is not implemented");
            }
            long[] ix = s.indices(length);
            return new PyMemoryView(src, offset + (int) ix[0] * stride, (int) ix[3], stride * (int) ix[2], format,
                    itemsize, readonly, null);
        }
        if (key == PySingleton.ELLIPSIS) {
            return of(this);
        }
        int at = itemIndex(key);
        byte[] item = new byte[itemsize];
        for (int i = 0; i < itemsize; i++) {
            item[i] = (byte) src.get(at + i);
        }
        return unpack(item, 0);
    }

    void setItem(PyObject key, PyObject value) {
        check();
        if (readonly) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (key instanceof PySlice s) {
            PyMemoryView dst = (PyMemoryView) getItem(s);
            PyMemoryView from = null;
            try {
                from = of(value);
                if (from.length != dst.length || from.itemsize != dst.itemsize || !from.format.equals(dst.format)) {
                    throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                byte[] data = from.toBytes();
                for (int i = 0; i < dst.length; i++) {
                    byte[] item = new byte[itemsize];
                    System.arraycopy(data, i * itemsize, item, 0, itemsize);
                    src.write(dst.offset + i * dst.stride, item);
                }
            } finally {
                if (from != null) {
                    from.release();
                }
                dst.release();
            }
            return;
        }
        int at = itemIndex(key);
        src.write(at, pack(value));
    }

    private PyObject unpackAll(byte[] data, int at, int dim) {
        if (shape == null || dim == shape.length) {
            return unpack(data, at);
        }
        int inner = itemsize;
        for (int d = dim + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        PyList r = new PyList();
        for (int i = 0; i < shape[dim]; i++) {
            r.append(unpackAll(data, at + i * inner, dim + 1));
        }
        return r;
    }

    /** {@code tolist()}: the items, nested lists for an n-dimensional view. */
    public PyObject toList() {
        byte[] data = toBytes();
        if (shape != null) {
            return unpackAll(data, 0, 0);
        }
        PyList r = new PyList();
        for (int i = 0; i < length; i++) {
            r.append(unpack(data, i * itemsize));
        }
        return r;
    }

    public void release() {
        if (!released) {
            released = true;
            src.export(this, false);
        }
    }

    private PyMemoryView cast(String fmt, PyObject shapeArg) {
        check();
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (f.length() != 1 || FORMATS.indexOf(f.charAt(0)) < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (!contiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if (!isByteFormat(format) && !isByteFormat(f)) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int size = sizeOf(f.charAt(0));
        int bytes = nbytes();
        int[] dims = null;
        if (shapeArg != null && shapeArg != PySingleton.NONE) {
            List<PyObject> ds = Abstract.toList(shapeArg);
            dims = new int[ds.size()];
            long product = 1;
            for (int i = 0; i < dims.length; i++) {
                dims[i] = Abstract.index(ds.get(i)).intValue();
                if (dims[i] <= 0) {
                    throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                product *= dims[i];
            }
            if (product * size != bytes) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
            if (dims.length == 1) {
                dims = null;
            }
        } else if (bytes % size != 0) {
            throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        }
        return new PyMemoryView(src, offset, bytes / size, size, f, size, readonly, dims);
    }

    private static boolean isByteFormat(String f) {
        return f.equals("B") || f.equals("b") || f.equals("c");
    }

    long hash() {
        check();
        if (!readonly) {
            throw Errors.valueError("cannot hash writable memoryview object");
        }
        if (!isByteFormat(format)) {
            throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        return new PyBytes(toBytes()).hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        boolean eq;
        if (other == this) {
            eq = true;
        } else if (released || other instanceof PyMemoryView m && m.released) {
            eq = false;
        } else {
            PyMemoryView o;
            if (other instanceof PyMemoryView m) {
                o = m;
            } else if (BufferSource.of(other) != null) {
                o = of(other);
            } else {
                return PySingleton.NOT_IMPLEMENTED;
            }
            eq = Abstract.eq(toList(), o.toList()) && java.util.Arrays.equals(dims(), o.dims());
            if (o != other) {
                o.release();
            }
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    private int[] dims() {
        return shape != null ? shape : new int[] {length};
    }

    private PyObject intTuple(int... values) {
        PyObject[] r = new PyObject[values.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = PyInt.of(values[i]);
        }
        return PyTuple.of(r);
    }

    private PyObject strides() {
        if (shape == null) {
            return intTuple(stride);
        }
        int[] r = new int[shape.length];
        int s = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            r[d] = s;
            s *= shape[d];
        }
        return intTuple(r);
    }

    private static PyMemoryView self(PyObject[] a) {
        return (PyMemoryView) a[0];
    }

    private static void property(String name, BuiltinImpl get) {
        TYPE.rawDict().putStr(name, new PyDescriptors.Property(new PyBuiltinFunction(name, get), PySingleton.NONE,
                PySingleton.NONE));
    }

    static void register() {
        PyType t = TYPE;
        t.constructor = (a, k) -> {
            PyObject o = a.length - k.length > 0 ? a[0] : Args.keyword(a, k, "object");
            if (o == null) {
                throw Errors.typeError("memoryview() missing required argument 'object' (pos 1)");
            }
            return of(o);
        };
        BuiltinMethods.lazy(t, PyMemoryView::memoryviewMethod, "tobytes", "tolist", "hex", "cast", "release",
                "toreadonly", "__enter__", "__exit__", "__len__", "__getitem__", "__setitem__", "__delitem__",
                "__iter__");
        property("obj", (a, k) -> self(a).check().src.owner());
        property("nbytes", (a, k) -> PyInt.of(self(a).check().nbytes()));
        property("readonly", (a, k) -> PyBool.of(self(a).check().readonly));
        property("itemsize", (a, k) -> PyInt.of(self(a).check().itemsize));
        property("format", (a, k) -> PyStr.of(self(a).check().format));
        property("ndim", (a, k) -> PyInt.of(self(a).check().dims().length));
        property("shape", (a, k) -> self(a).intTuple(self(a).check().dims()));
        property("strides", (a, k) -> self(a).check().strides());
        property("suboffsets", (a, k) -> self(a).check().intTuple());
        property("c_contiguous", (a, k) -> PyBool.of(self(a).check().contiguous()));
        property("f_contiguous", (a, k) -> PyBool.of(self(a).check().contiguous() && self(a).dims().length == 1));
        property("contiguous", (a, k) -> PyBool.of(self(a).check().contiguous()));
    }

    private static BuiltinImpl memoryviewMethod(String which) {
        return switch (which) {
            case "tobytes" -> (a, k) -> new PyBytes(self(a).toBytes());
            case "tolist" -> (a, k) -> self(a).check().toList();
            case "hex" -> (a, k) -> {
                PyObject sep = a.length - k.length > 1 ? a[1] : Args.keyword(a, k, "sep");
                return PyStr.of(PyBytes.hex(self(a).toBytes(), sep == null ? "" : Args.str(sep, "hex()")));
            };
            case "cast" -> (a, k) -> {
                int npos = a.length - k.length;
                PyObject fmt = npos > 1 ? a[1] : Args.keyword(a, k, "format");
                PyObject dims = npos > 2 ? a[2] : Args.keyword(a, k, "shape");
                return self(a).cast(Args.str(fmt, "cast()"), dims);
            };
            case "release" -> (a, k) -> {
                self(a).release();
                return PySingleton.NONE;
            };
            case "toreadonly" -> (a, k) -> {
                PyMemoryView m = self(a).check();
                return new PyMemoryView(m.src, m.offset, m.length, m.stride, m.format, m.itemsize, true, m.shape);
            };
            case "__enter__" -> (a, k) -> self(a).check();
            case "__exit__" -> (a, k) -> {
                self(a).release();
                return PySingleton.NONE;
            };
            case "__len__" -> (a, k) -> PyInt.of(self(a).length());
            case "__getitem__" -> (a, k) -> self(a).getItem(a[1]);
            case "__setitem__" -> (a, k) -> {
                self(a).setItem(a[1], a[2]);
                return PySingleton.NONE;
            };
            case "__delitem__" -> (a, k) -> {
                if (self(a).check().readonly) {
                    throw Errors.typeError("cannot modify read-only memory");
                }
                throw Errors.typeError("cannot delete memory");
            };
            case "__iter__" -> (a, k) -> {
                PyMemoryView m = self(a).check();
                if (m.shape != null) {
                    throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                            "multi-dimensional sub-views are not implemented");
                }
                int[] i = {0};
                return new PyIterator.FnIter(PyIterator.GENERIC, () -> i[0] < m.length ? m.getItem(PyInt.of(i[0]++))
                        : null);
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }
}
