package org.jpsyco.frontend.python.objects;

import org.jpsyco.frontend.python.bytecode.CodeObject;

/** One traceback entry: the code and instruction index being run in a frame the exception passed through. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT);
    static final PyType FRAME = PyType.builtin("frame", PyType.OBJECT);
    static {
        TYPE.rawDict().putStr("tb_next", new PyDescriptors.Property(new PyBuiltinFunction("tb_next",
                (a, k) -> ((PyTraceback) a[0]).next == null ? PySingleton.NONE : ((PyTraceback) a[0]).next), null, null));
        TYPE.rawDict().putStr("tb_lineno", new PyDescriptors.Property(new PyBuiltinFunction("tb_lineno",
                (a, k) -> PyInt.of(((PyTraceback) a[0]).lineno())), null, null));
        TYPE.rawDict().putStr("tb_lasti", new PyDescriptors.Property(new PyBuiltinFunction("tb_lasti",
                (a, k) -> PyInt.of(2L * ((PyTraceback) a[0]).instr)), null, null));
        TYPE.rawDict().putStr("tb_frame", new PyDescriptors.Property(new PyBuiltinFunction("tb_frame",
                (a, k) -> new FrameSnapshot((PyTraceback) a[0])), null, null));
        FRAME.rawDict().putStr("clear", new PyBuiltinFunction("clear", (a, k) -> PySingleton.NONE, null, FRAME));
    }

    /**
     * {@code tb_frame}: the frame an entry was recorded in, as far as the entry knows it (its code,
     * line and namespaces; a function's local variables are not kept once it has left, so its
     * {@code f_locals} is empty, and {@code f_back} is None).
     */
    static final class FrameSnapshot extends PyObject implements JavaSlots.Repr {
        private final PyTraceback tb;
        private final PyDict dict = new PyDict();

        FrameSnapshot(PyTraceback tb) {
            this.tb = tb;
            dict.putStr("f_code", tb.code);
            dict.putStr("f_lineno", PyInt.of(tb.lineno()));
            dict.putStr("f_lasti", PyInt.of(2L * tb.instr));
            dict.putStr("f_globals", tb.globals == null ? new PyDict() : tb.globals);
            dict.putStr("f_builtins", tb.builtins == null ? new PyDict() : tb.builtins);
            boolean moduleLevel = tb.code.name.equals("<module>");
            dict.putStr("f_locals", moduleLevel && tb.globals != null ? tb.globals : new PyDict());
            dict.putStr("f_back", PySingleton.NONE);
            dict.putStr("f_trace", PySingleton.NONE);
        }

        @Override
        public PyType type() {
            return FRAME;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public String repr() {
            return "<frame at " + Repr.address(this) + ", file '" + tb.code.filename + "', line " + tb.lineno()
                    + ", code " + tb.code.name + ">";
        }
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
