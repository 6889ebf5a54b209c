package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.List;

/** Python's list, backed by an {@link ArrayList}. */
public final class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT);
    public final ArrayList<PyObject> items;

    public PyList() {
        this.items = new ArrayList<>();
    }

    public PyList(List<PyObject> items) {
        this.items = new ArrayList<>(items);
    }

    public PyList(PyObject[] items) {
        this.items = new ArrayList<>(List.of(items));
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

    @Override
    public PyType type() {
        return TYPE;
    }
}
