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

    /** The str of {@code s}; see {@link #ofShared} (one-character Latin-1 strs are singletons). */
    public static PyStr of(String s) {
        return ofShared(s);
    }

    /**
     * The one-character strings of the Latin-1 code points, shared by every runtime in the JVM.
     * CPython keeps the same singletons, so {@code s[0] is s[0]} holds for such a character however
     * it was made (indexing, iteration, {@code chr}), and a loop over the characters of a text
     * neither allocates them nor recomputes their hashes. They never change: the seed-dependent
     * {@link #pyHash} of a shared string is not cached (runtimes with different seeds share it).
     */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) {
            PyStr c = new PyStr(String.valueOf((char) i));
            c.shared = true;
            c.cpLength = 1;
            c.hash();
            LATIN1[i] = c;
        }
    }

    /** Whether this is one of the {@link #LATIN1} singletons. */
    private boolean shared;

    /** The one-character string of code point {@code cp}: a shared singleton under 256. */
    public static PyStr ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : new PyStr(Character.toString(cp));
    }

    /** {@link #ofCodePoint(int)}; {@code cache} is no longer used (every runtime shares the singletons). */
    public static PyStr ofCodePoint(int cp, PyStr[] cache) {
        return ofCodePoint(cp);
    }

    /** The one-character string at code point index {@code i} (in range). */
    public PyStr charAt(int i) {
        return ofCodePoint(isBmp() ? value.charAt(i) : codePoints()[i]);
    }

    /**
     * The str of Java string {@code s}: the empty str and one-character Latin-1 strs are the
     * shared singletons, as CPython's are.
     */
    public static PyStr ofShared(String s) {
        int n = s.length();
        if (n == 0) {
            return EMPTY;
        }
        if (n == 1 && s.charAt(0) < 256) {
            return LATIN1[s.charAt(0)];
        }
        return new PyStr(s);
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
        if (shared) {
            return h;
        }
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
