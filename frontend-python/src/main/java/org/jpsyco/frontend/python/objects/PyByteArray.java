package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's bytearray: a mutable byte sequence. The read-only methods it shares with bytes run
 * the bytes implementation on a snapshot and turn bytes results back into bytearrays; slice
 * assignment and deletion go through the list implementation on the byte values.
 */
public final class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT);

    private byte[] buf;
    private int len;
    /**
     * The memoryviews exporting this bytearray's buffer; while one is alive and not released the
     * size is pinned (BufferError). CPython drops an export when the view's last reference goes;
     * views here are held weakly, and a resize that finds some first lets the collector run, so
     * only views the program can still reach keep the size pinned.
     */
    private java.util.List<java.lang.ref.WeakReference<PyMemoryView>> exports;
    /** For an instance of a Python subclass of bytearray: its class and attributes. */
    private PyType subtype;
    private PyDict instDict;

    public PyByteArray(byte[] value) {
        this.buf = value.clone();
        this.len = value.length;
    }

    @Override
    public PyType type() {
        return subtype == null ? TYPE : subtype;
    }

    @Override
    public PyDict dict() {
        return instDict;
    }

    /** An empty instance of a subclass of bytearray (its {@code __init__} fills it). */
    static PyByteArray ofType(PyType t) {
        PyByteArray b = new PyByteArray(new byte[0]);
        b.subtype = t;
        b.instDict = new PyDict();
        return b;
    }

    public int size() {
        return len;
    }

    /** A copy of the current contents. */
    public byte[] toArray() {
        return Arrays.copyOf(buf, len);
    }

    public PyBytes snapshot() {
        return new PyBytes(toArray());
    }

    public int get(int i) {
        return buf[i] & 0xff;
    }

    /** The backing array (its first {@link #size()} bytes are the contents), for buffer views. */
    byte[] rawBuffer() {
        return buf;
    }

    void exported(PyMemoryView view, boolean start) {
        if (start) {
            if (exports == null) {
                exports = new ArrayList<>();
            }
            exports.add(new java.lang.ref.WeakReference<>(view));
        } else if (exports != null) {
            exports.removeIf(r -> r.get() == null || r.get() == view);
        }
    }

    /** CPython's check before a resize: no live buffer export may see the storage move. */
    private void resizing() {
        if (exports == null || exports.isEmpty()) {
            return;
        }
        exports.removeIf(r -> r.get() == null);
        if (!exports.isEmpty()) {
            System.gc();
            exports.removeIf(r -> r.get() == null);
        }
        if (!exports.isEmpty()) {
            throw Errors.raise(ExceptionTypes.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
    }

    public String repr() {
        // a subclass shows its own name, as CPython's bytearray_repr
        String r = PyBytes.repr(toArray());
        if (r.startsWith("b\"")) {
            // CPython's bytearray_repr escapes a single quote even inside double quotes
            r = "b\"" + r.substring(2, r.length() - 1).replace("'", "\\'") + "\"";
        }
        return type().name() + "(" + r + ")";
    }

    private void ensure(int n) {
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2 + 8));
        }
    }

    public void append(int b) {
        resizing();
        ensure(len + 1);
        buf[len++] = (byte) b;
    }

    public void extend(byte[] more) {
        resizing();
        ensure(len + more.length);
        System.arraycopy(more, 0, buf, len, more.length);
        len += more.length;
    }

    private void replace(byte[] value) {
        if (value.length != len) {
            resizing();
        }
        buf = value;
        len = value.length;
    }

    /** The byte values as a list of ints, for edits the list implementation already knows. */
    private PyList asList() {
        PyList l = new PyList();
        for (int i = 0; i < len; i++) {
            l.append(PyInt.of(get(i)));
        }
        return l;
    }

    private void fromList(PyList l) {
        byte[] r = new byte[l.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = (byte) ((PyInt) l.items.get(i)).value;
        }
        replace(r);
    }

    /** A value stored into a bytearray: an int in range(0, 256). */
    static int byteValue(PyObject v) {
        PyInt n = Abstract.index(v);
        if (n.isBig() || n.value < 0 || n.value > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) n.value;
    }

    /** The contents of bytes or a bytearray, or null for anything else. */
    static byte[] bytesLike(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof PyByteArray b) {
            return b.toArray();
        }
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        return null;
    }

    /** The bytes of an iterable of ints (or of a bytes-like object), as bytes() accepts them. */
    static byte[] fromIterable(PyObject x) {
        byte[] direct = bytesLike(x);
        if (direct != null) {
            return direct;
        }
        BufferSource buffer = BufferSource.of(x);
        if (buffer != null) {
            return buffer.contents().clone();
        }
        List<PyObject> items = Abstract.toList(x);
        byte[] r = new byte[items.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = (byte) byteValue(items.get(i));
        }
        return r;
    }

    PyObject getItem(PyObject key) {
        PyObject r = Items.builtinGet(snapshot(), key);
        return r instanceof PyBytes b ? new PyByteArray(b.value) : r;
    }

    void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice) {
            if (value instanceof PyInt || value instanceof PyStr) {
                throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            PyList values = new PyList();
            for (byte b : fromIterable(value)) {
                values.append(PyInt.of(b & 0xff));
            }
            PyList l = asList();
            Items.builtinSet(l, key, values);
            fromList(l);
            return;
        }
        int i = Items.seqIndex(key, len, "bytearray");
        buf[i] = (byte) byteValue(value);
    }

    void delItem(PyObject key) {
        PyList l = asList();
        Items.builtinDel(l, key instanceof PySlice ? key : PyInt.of(Items.seqIndex(key, len, "bytearray")));
        fromList(l);
    }

    private static PyByteArray self(PyObject[] a) {
        return (PyByteArray) a[0];
    }

    static void register() {
        PyType t = TYPE;
        t.constructor = PyByteArray::construct;
        // bytearray.__init__ refills the array from the arguments, as CPython's (new is empty)
        BuiltinMethods.def(t, "__init__", (a, k) -> {
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            self(a).replace(((PyByteArray) construct(rest, k)).toArray());
            return PySingleton.NONE;
        });
        registerMethods(t);
    }

    private static PyObject construct(PyObject[] a, String[] k) {
        int npos = a.length - k.length;
        if (npos == 0) {
            return new PyByteArray(new byte[0]);
        }
        PyObject x = a[0];
        if (x instanceof PyStr s) {
            PyObject enc = npos > 1 ? a[1] : Args.keyword(a, k, "encoding");
            if (enc == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            String[] ee = Codecs.encodingArgs("bytearray", a, k, 1);
            return new PyByteArray(Codecs.encode(s, ee[0], ee[1]));
        }
        if (x instanceof PyInt n) {
            if (n.value < 0) {
                throw Errors.valueError("negative count");
            }
            return new PyByteArray(new byte[(int) n.value]);
        }
        return new PyByteArray(fromIterable(x));
    }

    private static void registerMethods(PyType t) {
        BuiltinMethods.lazy(t, PyByteArray::bytearrayMethod, "append", "extend", "insert", "pop", "remove", "reverse",
                "clear", "copy", "__getitem__", "__setitem__", "__delitem__");
        t.rawDict().putStr("fromhex", new PyDescriptors.ClassMethod(new PyBuiltinFunction("fromhex",
                (a, k) -> new PyByteArray(PyBytes.fromHex(Args.str(a[1], "fromhex()"))))));
        t.rawDict().putStr("maketrans", PyBytes.maketrans());
        // the read-only methods bytes has: run on a snapshot, bytes results become bytearrays
        for (var e : new ArrayList<>(PyBytes.TYPE.rawDict().entries())) {
            String name = ((PyStr) e.getKey()).value();
            if (name.startsWith("__") || name.equals("fromhex") || t.rawDict().getStr(name) != null
                    || !(e.getValue() instanceof PyBuiltinFunction f)) {
                continue;
            }
            boolean keepsType = !name.equals("decode") && !name.equals("hex");
            BuiltinMethods.def(t, name, (a, k) -> {
                PyObject[] args = a.clone();
                args[0] = self(a).snapshot();
                PyObject r = f.impl().call(args, k);
                return keepsType ? toByteArrays(r) : r;
            });
        }
    }

    private static BuiltinImpl bytearrayMethod(String which) {
        return switch (which) {
            case "append" -> (a, k) -> {
                self(a).append(byteValue(a[1]));
                return PySingleton.NONE;
            };
            case "extend" -> (a, k) -> {
                self(a).extend(fromIterable(a[1]));
                return PySingleton.NONE;
            };
            case "insert" -> (a, k) -> {
                PyByteArray b = self(a);
                long i = Abstract.index(a[1]).longValue();
                int v = byteValue(a[2]);
                b.resizing();
                i = i < 0 ? Math.max(0, i + b.len) : Math.min(i, b.len);
                b.ensure(b.len + 1);
                System.arraycopy(b.buf, (int) i, b.buf, (int) i + 1, b.len - (int) i);
                b.buf[(int) i] = (byte) v;
                b.len++;
                return PySingleton.NONE;
            };
            case "pop" -> (a, k) -> {
                PyByteArray b = self(a);
                if (b.len == 0) {
                    throw Errors.indexError("pop from empty bytearray");
                }
                long i = a.length > 1 ? Abstract.index(a[1]).longValue() : -1;
                if (i < 0) {
                    i += b.len;
                }
                if (i < 0 || i >= b.len) {
                    throw Errors.indexError("pop index out of range");
                }
                b.resizing();
                int v = b.get((int) i);
                System.arraycopy(b.buf, (int) i + 1, b.buf, (int) i, b.len - (int) i - 1);
                b.len--;
                return PyInt.of(v);
            };
            case "remove" -> (a, k) -> {
                PyByteArray b = self(a);
                int v = byteValue(a[1]);
                for (int i = 0; i < b.len; i++) {
                    if (b.get(i) == v) {
                        b.resizing();
                        System.arraycopy(b.buf, i + 1, b.buf, i, b.len - i - 1);
                        b.len--;
                        return PySingleton.NONE;
                    }
                }
                throw Errors.valueError("value not found in bytearray");
            };
            case "reverse" -> (a, k) -> {
                PyByteArray b = self(a);
                for (int i = 0, j = b.len - 1; i < j; i++, j--) {
                    byte x = b.buf[i];
                    b.buf[i] = b.buf[j];
                    b.buf[j] = x;
                }
                return PySingleton.NONE;
            };
            case "clear" -> (a, k) -> {
                self(a).replace(new byte[0]);
                return PySingleton.NONE;
            };
            case "copy" -> (a, k) -> new PyByteArray(self(a).toArray());
            case "__getitem__" -> (a, k) -> self(a).getItem(a[1]);
            case "__setitem__" -> (a, k) -> {
                self(a).setItem(a[1], a[2]);
                return PySingleton.NONE;
            };
            case "__delitem__" -> (a, k) -> {
                self(a).delItem(a[1]);
                return PySingleton.NONE;
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }

    private static PyObject toByteArrays(PyObject o) {
        if (o instanceof PyBytes b) {
            return new PyByteArray(b.value);
        }
        if (o instanceof PyList l) {
            PyList r = new PyList();
            for (PyObject x : l.items) {
                r.append(toByteArrays(x));
            }
            return r;
        }
        if (o instanceof PyTuple tu) {
            PyObject[] r = new PyObject[tu.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = toByteArrays(tu.items[i]);
            }
            return PyTuple.of(r);
        }
        return o;
    }
}
