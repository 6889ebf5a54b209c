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
    /** A frozenset's hash once computed (its contents never change after construction). */
    private long frozenHash;
    private boolean hashed;

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
        set.add(o);
    }

    /** Adds every element of an iterable, as {@code set.update} does (order included). */
    public void update(PyObject iterable) {
        SetOps.update(this, iterable);
    }

    public boolean contains(PyObject o) {
        try {
            return set.contains(o);
        } catch (PyException e) {
            return set.contains(frozenKey(o, e));
        }
    }

    public boolean remove(PyObject o) {
        try {
            return set.discard(o);
        } catch (PyException e) {
            return set.discard(frozenKey(o, e));
        }
    }

    /**
     * A set used as a key that could not be hashed is looked up as the frozenset of its elements
     * ({@code {1} in {frozenset({1})}} is True), as CPython's set_contains and set_discard do;
     * any other failure propagates.
     */
    private static PyObject frozenKey(PyObject key, PyException e) {
        if (key instanceof PySet s && !s.frozen && e.value.type().isSubtype(ExceptionTypes.TYPE_ERROR)) {
            PySet f = new PySet(true);
            SetTable from = s.set;
            for (int i = from.next(0); i >= 0; i = from.next(i + 1)) {
                f.set.addEntry(from.keyAt(i), from.hashAt(i));
            }
            return f;
        }
        throw e;
    }

    public int size() {
        return set.size();
    }

    /** The elements in iteration order. */
    public List<PyObject> items() {
        List<PyObject> r = new ArrayList<>(set.size());
        for (int i = set.next(0); i >= 0; i = set.next(i + 1)) {
            r.add(set.keyAt(i));
        }
        return r;
    }

    /** CPython's frozenset hash, cached. */
    long frozenHash() {
        if (!hashed) {
            frozenHash = set.frozenHash();
            hashed = true;
        }
        return frozenHash;
    }

    @Override
    public PyType type() {
        return subtype != null ? subtype : frozen ? FROZEN_TYPE : TYPE;
    }
}
