package org.jpsyco.frontend.python.objects;

/** A cell holding a variable shared between a function and its closures; {@code value} null means empty. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT);
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
