package org.jpsyco.frontend.python.objects;

/** A bound method: a function with its receiver. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT);
    public final PyObject function;
    public final PyObject self;

    public PyMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
