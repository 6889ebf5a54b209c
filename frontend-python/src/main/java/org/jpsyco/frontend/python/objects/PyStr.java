package org.jpsyco.frontend.python.objects;

/**
 * Python's str: a sequence of code points held in a Java string. Indexes and lengths count
 * code points; strings without surrogate pairs (the common case) index the Java chars directly.
 */
public final class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT);
    public static final PyStr EMPTY = new PyStr("");

    private final String value;
    private int hash;
    /** CPython's hash of this string under {@link #pyHashSecret}, cached. */
    private long pyHash;
    private HashSecret pyHashSecret;
    /** Code point count, or -1 until computed. */
    private int cpLength = -1;
    private int[] codePoints;
    private PyType subtype;
    private PyDict instDict;
    /** This string as a dict key, made on first use so that str-keyed lookups allocate nothing. */
    private DictKey key;

    /** An instance of a subclass of str. */
    public static PyStr ofType(PyType t, String v) {
        PyStr s = new PyStr(v);
        s.subtype = t;
        s.instDict = new PyDict();
        return s;
    }

    @Override
    public PyDict dict() {
        return instDict;
    }

    public PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    /**
     * The one-character string of code point {@code cp}; those under 256 come from {@code cache}
     * (256 entries, one per runtime, filled on demand), so a loop over the characters of a text
     * neither allocates them again nor recomputes their hashes.
     */
    public static PyStr ofCodePoint(int cp, PyStr[] cache) {
        if (cp >= 256) {
            return new PyStr(Character.toString(cp));
        }
        PyStr c = cache[cp];
        if (c == null) {
            c = new PyStr(String.valueOf((char) cp));
            cache[cp] = c;
        }
        return c;
    }

    public String value() {
        return value;
    }

    @Override
    public PyType type() {
        return subtype == null ? TYPE : subtype;
    }

    public int length() {
        if (cpLength < 0) {
            cpLength = value.codePointCount(0, value.length());
        }
        return cpLength;
    }

    public boolean isBmp() {
        return length() == value.length();
    }

    public int codePointAt(int i) {
        if (isBmp()) {
            return value.charAt(i);
        }
        return codePoints()[i];
    }

    public int[] codePoints() {
        if (codePoints == null) {
            codePoints = value.codePoints().toArray();
        }
        return codePoints;
    }

    /** Code points {@code [start, end)}. */
    public String substring(int start, int end) {
        if (isBmp()) {
            return value.substring(start, end);
        }
        int[] cps = codePoints();
        return new String(cps, start, end - start);
    }

    /** Whether this is an exact str (not an instance of a subclass). */
    public boolean isExact() {
        return subtype == null;
    }

    /**
     * An exact str as a dict key, cached in the string. Only for exact strs: a subclass may
     * define its own {@code __hash__}.
     */
    DictKey key() {
        DictKey k = key;
        if (k == null) {
            k = new DictKey(this);
            key = k;
        }
        return k;
    }

    /**
     * An identifier (attribute, global or keyword name): the Java string is interned so that
     * equal names compare by identity first.
     */
    public static PyStr name(String s) {
        return new PyStr(s.intern());
    }

    /**
     * The value {@code hash(s)} gives in Python: SipHash-1-3 keyed by the calling runtime's
     * {@link HashSecret}. Sets and {@code hash()} use it; dicts use {@link #hash()}.
     */
    public long pyHash() {
        HashSecret secret = HashSecret.current();
        if (pyHashSecret == secret) {
            return pyHash;
        }
        long h = secret.hashStr(this);
        pyHash = h;
        pyHashSecret = secret;
        return h;
    }

    /**
     * The dict-internal hash: independent of the hash seed, so that the dicts of built-in types,
     * shared by every runtime in the JVM, find their str keys whatever each runtime's seed.
     */
    public long hash() {
        int h = hash;
        if (h == 0) {
            h = value.hashCode() * 0x9E3779B1 + 1;
            if (h == 0 || h == -1) {
                h = 1;
            }
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
