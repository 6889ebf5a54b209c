package org.jpsyco.frontend.python.objects;

import java.util.function.BiFunction;
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
                (a, k) -> frameOf((PyTraceback) a[0])), null, null));
        FRAME.rawDict().putStr("clear", new PyBuiltinFunction("clear", (a, k) -> PySingleton.NONE, null, FRAME));
    }

    /**
     * Makes the frame objects of the interpreter's frames (the view {@code sys._getframe} gives)
     * from the frames entries keep; installed once by the module that defines that view.
     */
    private static volatile BiFunction<Object, Object, PyObject> frameViews;

    /** {@code views} makes a frame object from an entry's frame and that frame's caller (or null). */
    public static void installFrameViews(BiFunction<Object, Object, PyObject> views) {
        frameViews = views;
    }

    /** {@code tb_frame}: a view of the frame itself when the entry kept it, else what the entry knows. */
    static PyObject frameOf(PyTraceback tb) {
        BiFunction<Object, Object, PyObject> views = frameViews;
        return views != null && tb.frame != null ? views.apply(tb.frame, tb.caller) : new FrameSnapshot(tb);
    }

    /**
     * A frame an entry was recorded in, as far as the entry knows it without the frame itself
     * (its code, line and namespaces; no local variables, and {@code f_back} is None).
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
    /**
     * The interpreter frame the entry was recorded in (kept alive by the traceback, as in CPython,
     * for {@code tb_frame.f_locals} and {@code f_back}), or null.
     */
    final Object frame;
    /** The frame's caller when the entry was recorded (a frame forgets it when it returns), or null. */
    final Object caller;

    public PyTraceback(CodeObject code, int instr, PyTraceback next, PyDict globals, PyDict builtins) {
        this(code, instr, next, globals, builtins, null, null);
    }

    public PyTraceback(CodeObject code, int instr, PyTraceback next, PyDict globals, PyDict builtins, Object frame,
            Object caller) {
        this.code = code;
        this.instr = instr;
        this.next = next;
        this.globals = globals;
        this.builtins = builtins;
        this.frame = frame;
        this.caller = caller;
    }

    public int lineno() {
        return code.lineOf(instr);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
