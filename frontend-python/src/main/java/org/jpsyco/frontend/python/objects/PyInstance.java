package org.jpsyco.frontend.python.objects;

/** An instance of a class whose solid base is {@code object}. */
public final class PyInstance extends PyObject {
    private final PyType type;
    private final PyDict dict = new PyDict();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }
}
