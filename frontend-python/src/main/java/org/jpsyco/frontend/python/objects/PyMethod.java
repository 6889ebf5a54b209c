package org.jpsyco.frontend.python.objects;

/** A bound method: a function with its receiver. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT);
    static {
        // types.MethodType(function, instance)
        TYPE.constructor = (a, k) -> {
            Args.check("method", a, k, 2, 2);
            if (a[1] == PySingleton.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return new PyMethod(a[0], a[1]);
        };
    }

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
