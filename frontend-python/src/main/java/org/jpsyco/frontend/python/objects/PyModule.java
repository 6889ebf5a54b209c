package org.jpsyco.frontend.python.objects;

/** A module: a named namespace. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT);
    public final String name;
    private final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        if (dict.getStr("__name__") == null) {
            dict.putStr("__name__", PyStr.of(name));
        }
    }

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public void def(String fname, BuiltinImpl impl) {
        dict.putStr(fname, new PyBuiltinFunction(fname, impl));
    }

    public void put(String attr, PyObject value) {
        dict.putStr(attr, value);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }
}
