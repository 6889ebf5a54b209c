package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.List;

/** Python's list, backed by an {@link ArrayList}. */
public final class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT);
    public final ArrayList<PyObject> items;
    /** For instances of subclasses of list: their class and attribute dict; null for plain lists. */
    private PyType subtype;
    private PyDict instDict;

    public PyList() {
        this.items = new ArrayList<>();
    }

    public PyList(List<PyObject> items) {
        this.items = new ArrayList<>(items);
    }

    public PyList(PyObject[] items) {
        // one copy of the array (List.of would copy it once more and check every item)
        this.items = new ArrayList<>(java.util.Arrays.asList(items));
    }

    private PyList(ArrayList<PyObject> items, boolean adopt) {
        this.items = items;
    }

    /** A list that takes {@code items} over as its storage (the caller keeps no reference to it). */
    public static PyList adopt(ArrayList<PyObject> items) {
        return new PyList(items, true);
    }

    public int size() {
        return items.size();
    }

    public PyObject get(int i) {
        return items.get(i);
    }

    public void append(PyObject v) {
        items.add(v);
    }

    /** An empty instance of a subclass of list. */
    public static PyList ofType(PyType t) {
        PyList l = new PyList();
        l.subtype = t;
        l.instDict = new PyDict();
        return l;
    }

    public boolean isExact() {
        return subtype == null;
    }

    @Override
    public PyType type() {
        return subtype == null ? TYPE : subtype;
    }

    @Override
    public PyDict dict() {
        return instDict;
    }
}
