package org.jpsyco.frontend.python.objects;

/** A dict or set key: the object with its Python hash, compared with Python's {@code ==}. */
public final class DictKey {
    public final PyObject obj;
    /** The Python hash. */
    public final long hash;

    public DictKey(PyObject obj) {
        this.obj = obj;
        // a str (or a str subclass keeping str's __hash__) keys dicts by the seed-independent
        // hash, the same one the str fast path uses; everything else by its Python hash
        this.hash = obj instanceof PyStr s && (s.isExact() || !overridesHash(s.type())) ? s.hash()
                : Abstract.hash(obj);
    }

    DictKey(PyStr s) {
        this.obj = s;
        this.hash = s.hash();
    }

    static boolean overridesHash(PyType t) {
        PyObject h = t.lookup("__hash__");
        return h != null && !(h instanceof PyBuiltinFunction);
    }

    @Override
    public int hashCode() {
        return (int) (hash ^ (hash >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DictKey k)) {
            return false;
        }
        if (k.obj == obj) {
            return true;
        }
        if (k.hash != hash) {
            return false;
        }
        if (obj instanceof PyStr a && k.obj instanceof PyStr b) {
            return a.value().equals(b.value());
        }
        return Abstract.richCompareBool(obj, k.obj, CompareOp.EQ);
    }
}
