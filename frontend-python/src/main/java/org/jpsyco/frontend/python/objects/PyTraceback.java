package org.jpsyco.frontend.python.objects;

import org.jpsyco.frontend.python.bytecode.CodeObject;

/** One traceback entry: the code and instruction index being run in a frame the exception passed through. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT);
    static {
        TYPE.rawDict().putStr("tb_next", new PyDescriptors.Property(new PyBuiltinFunction("tb_next",
                (a, k) -> ((PyTraceback) a[0]).next == null ? PySingleton.NONE : ((PyTraceback) a[0]).next), null, null));
        TYPE.rawDict().putStr("tb_lineno", new PyDescriptors.Property(new PyBuiltinFunction("tb_lineno",
                (a, k) -> PyInt.of(((PyTraceback) a[0]).lineno())), null, null));
        TYPE.rawDict().putStr("tb_lasti", new PyDescriptors.Property(new PyBuiltinFunction("tb_lasti",
                (a, k) -> PyInt.of(2L * ((PyTraceback) a[0]).instr)), null, null));
    }

    public final CodeObject code;
    public final int instr;
    public final PyTraceback next;
    /** The namespaces of the frame, for NameError suggestions. */
    public final PyDict globals;
    public final PyDict builtins;

    public PyTraceback(CodeObject code, int instr, PyTraceback next, PyDict globals, PyDict builtins) {
        this.code = code;
        this.instr = instr;
        this.next = next;
        this.globals = globals;
        this.builtins = builtins;
    }

    public int lineno() {
        return code.lineOf(instr);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
