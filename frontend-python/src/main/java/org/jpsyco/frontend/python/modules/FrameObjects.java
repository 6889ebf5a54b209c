package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.JavaSlots;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyTraceback;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * Frame objects as Python sees them ({@code sys._getframe}, {@code f_back}): a view of an
 * interpreter {@link Frame} whose attributes ({@code f_code}, {@code f_lineno},
 * {@code f_locals}, {@code f_globals}, {@code f_builtins}, {@code f_back}, {@code f_lasti})
 * are read from the frame each time they are asked for, so a kept frame object shows the
 * line its frame is on now.
 */
public final class FrameObjects {
    private FrameObjects() {
    }

    public static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT);

    static {
        // frame.clear(): jpsyco's frames hold no resources a program must let go of
        org.jpsyco.frontend.python.objects.BuiltinMethods.define(TYPE, "clear", (a, k) -> PySingleton.NONE);
        PyTraceback.installFrameViews((f, caller) -> new FrameObject((Frame) f, (Frame) caller));
    }

    /** Makes traceback entries show their frames through this view (idempotent). */
    static void install() {
        // the class initializer does the work
    }

    /** {@code sys._getframe([depth])}. */
    static PyObject getframe(PythonRuntimeState rt, PyObject[] a, String[] k) {
        Args.check("_getframe", a, k, 0, 1);
        int depth = a.length == 0 ? 0 : Abstract.index(a[0]).intValue();
        Frame f = rt.interpreter.currentFrame();
        for (int i = 0; i < depth && f != null; i++) {
            f = f.back;
        }
        if (f == null || depth < 0) {
            throw Errors.valueError("call stack is not deep enough");
        }
        return new FrameObject(f);
    }

    /** The Python-visible frame. */
    static final class FrameObject extends PyObject implements JavaSlots.Repr {
        private final Frame frame;
        /** The caller a traceback entry saw, for when the frame has returned and forgotten it. */
        private final Frame caller;
        private final PyDict dict = new PyDict();

        FrameObject(Frame frame) {
            this(frame, null);
        }

        FrameObject(Frame frame, Frame caller) {
            this.frame = frame;
            this.caller = caller;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyDict dict() {
            dict.putStr("f_code", frame.code);
            dict.putStr("f_lineno", PyInt.of(frame.lineno()));
            dict.putStr("f_globals", frame.globals);
            dict.putStr("f_builtins", frame.builtins);
            dict.putStr("f_locals", locals(frame));
            dict.putStr("f_lasti", PyInt.of(Math.max(frame.lasti, 0) * 2));
            Frame back = frame.back != null ? frame.back : caller;
            dict.putStr("f_back", back == null ? PySingleton.NONE : new FrameObject(back));
            dict.putStr("f_trace", PySingleton.NONE);
            return dict;
        }

        @Override
        public String repr() {
            return "<frame at 0x" + Long.toHexString(System.identityHashCode(frame)) + ", file '"
                    + frame.code.filename + "', line " + frame.lineno() + ", code " + frame.code.name + ">";
        }
    }

    /** A frame's locals as {@code locals()} gives them: its namespace, or a snapshot of its fast locals and cells. */
    public static PyObject locals(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = new PyDict();
        for (int i = 0; i < f.code.varnames.length; i++) {
            if (f.fast[i] != null) {
                d.putStr(f.code.varnames[i], f.fast[i]);
            }
        }
        for (int i = 0; i < f.cells.length; i++) {
            if (f.cells[i] != null && f.cells[i].value != null) {
                d.putStr(f.code.cellName(i), f.cells[i].value);
            }
        }
        return d;
    }
}
