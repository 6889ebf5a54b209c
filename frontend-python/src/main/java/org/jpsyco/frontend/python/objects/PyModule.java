package org.jpsyco.frontend.python.objects;

/** A module: a named namespace. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT);
    public final String name;
    private final PyDict dict;

    static {
        // types.ModuleType(name, doc=None)
        TYPE.constructor = (a, k) -> {
            Args.check("module", a, k, 1, 2);
            if (!(a[0] instanceof PyStr n)) {
                throw Errors.typeError("module.__init__() argument 'name' must be str, not " + a[0].type().name());
            }
            PyDict d = new PyDict();
            d.putStr("__name__", n);
            d.putStr("__doc__", a.length > 1 ? a[1] : PySingleton.NONE);
            d.putStr("__package__", PySingleton.NONE);
            d.putStr("__loader__", PySingleton.NONE);
            d.putStr("__spec__", PySingleton.NONE);
            return new PyModule(n.value(), d);
        };
    }

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

    /** Adds the functions {@code names}, each made by {@code table} when first called (see {@link BuiltinTable}). */
    public void lazy(BuiltinTable table, String... names) {
        for (String fname : names) {
            dict.putStr(fname, new PyBuiltinFunction(fname, table, null));
        }
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
