package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.List;

/** Python's set and frozenset, iterating in CPython's order ({@link SetTable}). */
public final class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT);
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PyType.OBJECT);
    public final SetTable set = new SetTable();
    public final boolean frozen;
    private PyType subtype;
    private PyDict instDict;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    /** An empty instance of a subclass of set or frozenset. */
    public static PySet ofType(PyType t, boolean frozen) {
        PySet s = new PySet(frozen);
        s.subtype = t;
        s.instDict = new PyDict();
        return s;
    }

    @Override
    public PyDict dict() {
        return instDict;
    }

    public void add(PyObject o) {
        set.add(new DictKey(o));
    }

    public boolean contains(PyObject o) {
        return set.contains(new DictKey(o));
    }

    public boolean remove(PyObject o) {
        return set.remove(new DictKey(o));
    }

    public int size() {
        return set.size();
    }

    public List<PyObject> items() {
        List<PyObject> r = new ArrayList<>(set.size());
        for (DictKey k : set) {
            r.add(k.obj);
        }
        return r;
    }

    @Override
    public PyType type() {
        return subtype != null ? subtype : frozen ? FROZEN_TYPE : TYPE;
    }
}
