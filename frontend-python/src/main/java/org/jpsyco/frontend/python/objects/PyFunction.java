package org.jpsyco.frontend.python.objects;

import org.jpsyco.frontend.python.bytecode.CodeObject;

/** A function defined in Python: code, globals, defaults and closure cells. */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT);

    public final CodeObject code;
    public final PyDict globals;
    public PyObject[] defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    public PyObject module;
    public PyObject doc = PySingleton.NONE;
    private final PyDict dict = new PyDict();
    public final FunctionInvoker invoker;

    public PyFunction(CodeObject code, PyDict globals, PyObject[] defaults, PyDict kwdefaults, PyCell[] closure,
            FunctionInvoker invoker) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PySingleton.NONE : m;
        this.invoker = invoker;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        return invoker.invoke(this, args, kwnames);
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
