package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.List;

/** Python's list, its items in a {@link ListStorage} (int, float or object storage kind). */
public final class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT);
    public final ListStorage items;
    /** For instances of subclasses of list: their class and attribute dict; null for plain lists. */
    private PyType subtype;
    private PyDict instDict;

    public PyList() {
        this.items = new ListStorage();
    }

    public PyList(List<PyObject> items) {
        this.items = new ListStorage(items);
    }

    public PyList(PyObject[] items) {
        this.items = ListStorage.adopt(items.clone());
    }

    private PyList(ListStorage items) {
        this.items = items;
    }

    /** A list of {@code items} (the caller keeps no reference to the list it passes). */
    public static PyList adopt(ArrayList<PyObject> items) {
        return new PyList(ListStorage.adopt(items.toArray(new PyObject[0])));
    }

    /** A list that takes {@code items} over (the caller keeps no reference to it). */
    public static PyList adopt(ListStorage items) {
        return new PyList(items);
    }

    /** A list that takes {@code items} over as its storage (the caller keeps no reference to the array). */
    public static PyList adopt(PyObject[] items) {
        return new PyList(ListStorage.adopt(items));
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

    /** The storage kind of the items: {@link ListStorage#INT}, {@link ListStorage#FLOAT} or {@link ListStorage#OBJECT}. */
    public int storageKind() {
        return items.kind();
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
