package org.jpsyco.frontend.python.objects;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Python's bytes: an immutable byte array. Most text-like methods reuse the str
 * implementations on the Latin-1 reading of the bytes (one char per byte), converting str
 * results back to bytes.
 */
public final class PyBytes extends PyObject implements SubclassableValue {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    public final byte[] value;
    /** For an instance of a Python subclass of bytes: its class and attributes. */
    private PyType subtype;
    private PyDict instDict;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return subtype == null ? TYPE : subtype;
    }

    @Override
    public PyDict dict() {
        return instDict;
    }

    /** Whether this is an exact bytes (not an instance of a subclass). */
    public boolean isExact() {
        return subtype == null;
    }

    @Override
    public PyObject asSubclass(PyType t) {
        PyBytes b = new PyBytes(value);
        b.subtype = t;
        b.instDict = new PyDict();
        return b;
    }

    public int size() {
        return value.length;
    }

    /** The bytes read as Latin-1: one char per byte. */
    public String latin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    public static PyBytes fromLatin1(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** CPython's bytes hash: SipHash-1-3 keyed by the runtime's {@link HashSecret}. */
    public long hash() {
        return HashSecret.current().hashBytes(value, value.length);
    }

    /** CPython's bytes repr: b'...' with \\x escapes for non-printable bytes. */
    public String repr() {
        return repr(value);
    }

    /** CPython's repr of bytes holding {@code value}. */
    public static String repr(byte[] value) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : value) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : value) {
            int b = x & 0xff;
            if (b == quote || b == '\\') {
                sb.append('\\').append((char) b);
            } else if (b == '\t') {
                sb.append("\\t");
            } else if (b == '\n') {
                sb.append("\\n");
            } else if (b == '\r') {
                sb.append("\\r");
            } else if (b < 0x20 || b >= 0x7f) {
                sb.append(String.format("\\x%02x", b));
            } else {
                sb.append((char) b);
            }
        }
        return sb.append(quote).toString();
    }

    /** {@code bytes.maketrans(from, to)} (bytearray shares it): a 256-byte table mapping each byte of from to to's. */
    static PyObject maketrans() {
        return new PyDescriptors.StaticMethod(new PyBuiltinFunction("maketrans", (a, k) -> {
            Args.check("maketrans", a, k, 2, 2);
            byte[] from = bytesLike(a[0]);
            byte[] to = bytesLike(a[1]);
            if (from.length != to.length) {
                throw Errors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return new PyBytes(table);
        }));
    }

    /** {@code translate(table, delete=b'')}: bytes in delete dropped, the rest mapped through table (None: unchanged). */
    static byte[] translate(byte[] v, PyObject table, PyObject delete) {
        byte[] map = table == PySingleton.NONE ? null : bytesLike(table);
        if (map != null && map.length != 256) {
            throw Errors.valueError("translation table must be 256 characters long");
        }
        boolean[] drop = new boolean[256];
        if (delete != null) {
            for (byte d : bytesLike(delete)) {
                drop[d & 0xff] = true;
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(v.length);
        for (byte x : v) {
            if (!drop[x & 0xff]) {
                out.write(map == null ? x : map[x & 0xff]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytesLike(PyObject o) {
        BufferSource b = BufferSource.of(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return b.contents();
    }

    static void register() {
        PyType t = TYPE;
        // the exact bytes of self (a subclass's instance gives a plain bytes)
        BuiltinMethods.lazy(t, PyBytes::bytesMethod, "__bytes__", "__str__", "__getnewargs__", "decode", "hex");
        t.rawDict().putStr("fromhex", new PyDescriptors.ClassMethod(new PyBuiltinFunction("fromhex",
                (a, k) -> new PyBytes(fromHex(Args.str(a[1], "fromhex()"))))));
        t.rawDict().putStr("maketrans", maketrans());
        BuiltinMethods.def(t, "translate", (a, k) -> {
            byte[] v = ((PyBytes) a[0]).value;
            PyObject table = a.length - k.length > 1 ? a[1] : Args.keyword(a, k, "table");
            PyObject delete = a.length - k.length > 2 ? a[2] : Args.keyword(a, k, "delete");
            return new PyBytes(translate(v, table == null ? PySingleton.NONE : table, delete));
        });
        for (String name : List.of("startswith", "endswith", "find", "rfind", "index", "count", "replace", "split",
                "rsplit", "strip", "lstrip", "rstrip", "join", "upper", "lower", "isdigit", "isalpha", "isspace",
                "partition", "splitlines", "center", "ljust", "rjust", "zfill", "title", "capitalize", "swapcase",
                "rpartition", "rindex", "isalnum", "islower", "isupper", "istitle", "expandtabs", "removeprefix",
                "removesuffix")) {
            PyObject strMethod = PyStr.TYPE.rawDict().getStr(name);
            if (strMethod instanceof PyBuiltinFunction f) {
                BuiltinMethods.def(t, name, (a, k) -> toBytes(f.impl().call(toStrs(a), k)));
            }
        }
        t.constructor = (a, k) -> {
            int npos = a.length - k.length;
            if (npos == 0) {
                return EMPTY;
            }
            PyObject x = a[0];
            if (x instanceof PyStr s) {
                PyObject enc = npos > 1 ? a[1] : Args.keyword(a, k, "encoding");
                if (enc == null) {
                    throw Errors.typeError("string argument without an encoding");
                }
                String[] ee = Codecs.encodingArgs("bytes", a, k, 1);
                return new PyBytes(Codecs.encode(s, ee[0], ee[1]));
            }
            if (x instanceof PyBytes b && b.isExact()) {
                return b;
            }
            if (x instanceof PyByteArray ba) {
                return ba.snapshot();
            }
            if (x instanceof PyMemoryView mv) {
                return new PyBytes(mv.toBytes());
            }
            if (x.type().heap && x.type().lookup("__bytes__") != null) {
                PyObject r = Abstract.callMethod(x, "__bytes__");
                if (!(r instanceof PyBytes)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
                }
                return r;
            }
            BufferSource buffer = BufferSource.of(x);
            if (buffer != null) {
                return new PyBytes(buffer.contents().clone());
            }
            if (x instanceof PyInt n) {
                int size = n.intValue();
                if (size < 0) {
                    throw Errors.valueError("negative count");
                }
                return new PyBytes(new byte[size]);
            }
            List<PyObject> items = Abstract.toList(x);
            byte[] r = new byte[items.size()];
            for (int i = 0; i < r.length; i++) {
                long v = Abstract.index(items.get(i)).longValue();
                if (v < 0 || v > 255) {
                    throw Errors.valueError("bytes must be in range(0, 256)");
                }
                r[i] = (byte) v;
            }
            return new PyBytes(r);
        };
    }

    private static BuiltinImpl bytesMethod(String which) {
        return switch (which) {
            case "__bytes__" -> (a, k) -> {
                Args.check("__bytes__", a, k, 1, 1);
                PyBytes b = (PyBytes) a[0];
                return b.isExact() ? b : new PyBytes(b.value);
            };
            // bytes has its own str (CPython's bytes_str), so a subclass's __repr__ does not print
            case "__str__" -> (a, k) -> {
                Args.check("__str__", a, k, 1, 1);
                return PyStr.of(repr(((PyBytes) a[0]).value));
            };
            case "__getnewargs__" -> (a, k) -> {
                Args.check("__getnewargs__", a, k, 1, 1);
                return PyTuple.of(new PyBytes(((PyBytes) a[0]).value));
            };
            case "decode" -> (a, k) -> {
                String[] ee = Codecs.encodingArgs("decode", a, k, 1);
                byte[] v = a[0] instanceof PyByteArray ba ? ba.toArray() : ((PyBytes) a[0]).value;
                return PyStr.of(Codecs.decode(v, ee[0], ee[1]));
            };
            case "hex" -> (a, k) -> {
                PyObject sep = a.length - k.length > 1 ? a[1] : Args.keyword(a, k, "sep");
                return PyStr.of(hex(((PyBytes) a[0]).value, sep == null ? "" : Args.str(sep, "hex()")));
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }

    /** Two lowercase hex digits per byte, {@code sep} between bytes. */
    static String hex(byte[] value, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Character.forDigit((value[i] >> 4) & 0xf, 16)).append(Character.forDigit(value[i] & 0xf, 16));
        }
        return sb.toString();
    }

    /** {@code bytes.fromhex}: pairs of hex digits, whitespace allowed between pairs. */
    static byte[] fromHex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && c < 128) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < s.length() && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyObject[] toStrs(PyObject[] a) {
        PyObject[] r = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] instanceof PyBytes b ? PyStr.of(b.latin1())
                    : a[i] instanceof PyByteArray ba ? PyStr.of(ba.snapshot().latin1())
                    : a[i] instanceof PyList l ? toStrList(l)
                    : i > 0 && !(a[i] instanceof PyStr) && a[i].type() != PyTuple.TYPE && isIterableArg(a[i]) ? toStrList(new PyList(Abstract.toList(a[i]))) : a[i];
        }
        return r;
    }

    /** A generator or other iterator passed as an argument (join's): read into a list first. */
    private static boolean isIterableArg(PyObject o) {
        return o instanceof PyIterator || o.type().lookup("__next__") != null;
    }

    private static PyObject toStrList(PyList l) {
        PyList r = new PyList();
        for (PyObject o : l.items) {
            byte[] raw = PyByteArray.bytesLike(o);
            r.append(raw != null ? PyStr.of(new String(raw, StandardCharsets.ISO_8859_1)) : o);
        }
        return r;
    }

    private static PyObject toBytes(PyObject o) {
        if (o instanceof PyStr s) {
            return fromLatin1(s.value());
        }
        if (o instanceof PyList l) {
            PyList r = new PyList();
            for (PyObject x : l.items) {
                r.append(toBytes(x));
            }
            return r;
        }
        if (o instanceof PyTuple t) {
            PyObject[] r = new PyObject[t.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = toBytes(t.items[i]);
            }
            return PyTuple.of(r);
        }
        return o;
    }
}
