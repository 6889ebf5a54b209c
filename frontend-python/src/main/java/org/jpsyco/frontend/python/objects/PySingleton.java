package org.jpsyco.frontend.python.objects;

/** None, NotImplemented and Ellipsis. */
public final class PySingleton extends PyObject {
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", PyType.OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", PyType.OBJECT);
    public static final PySingleton NONE = new PySingleton(NONE_TYPE, "None");
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton(NOT_IMPLEMENTED_TYPE, "NotImplemented");
    public static final PySingleton ELLIPSIS = new PySingleton(ELLIPSIS_TYPE, "Ellipsis");

    private final PyType type;
    public final String name;

    private PySingleton(PyType type, String name) {
        this.type = type;
        this.name = name;
    }

    @Override
    public PyType type() {
        return type;
    }
}
