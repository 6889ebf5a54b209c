package org.jpsyco.frontend.python.objects;

import java.util.List;

/** Python's tuple. The array is never modified after construction. */
public final class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);
    public final PyObject[] items;
    private PyType subtype;
    private PyDict instDict;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** An instance of a subclass of tuple. */
    public static PyTuple ofType(PyType t, PyObject[] items) {
        PyTuple r = new PyTuple(items);
        r.subtype = t;
        r.instDict = new PyDict();
        return r;
    }

    @Override
    public PyDict dict() {
        return instDict;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(List<PyObject> items) {
        return of(items.toArray(new PyObject[0]));
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** Whether this is a tuple, not an instance of a subclass (which may define its own {@code __eq__}, {@code __hash__}). */
    public boolean isExact() {
        return subtype == null;
    }

    @Override
    public PyType type() {
        return subtype == null ? TYPE : subtype;
    }
}
