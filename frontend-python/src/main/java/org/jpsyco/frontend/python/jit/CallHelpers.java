package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.interp.Interpreter;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInstance;
import org.jpsyco.frontend.python.objects.PyMethod;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * Runtime helpers of positional calls from compiled code, one per arity (no argument array).
 *
 * <p>{@code callN(frame, pc, fn, a0..)} is the generic call: a plain Python function (or a bound
 * method of one) given exactly its parameters gets a fresh frame with the arguments stored
 * straight into its locals and runs as the interpreter's own call would
 * ({@link Interpreter#callFrame}: recursion check, frame chain, its compiled entry when it has
 * one); anything else goes the interpreter's other ways ({@link #other}).
 *
 * <p>Call sites whose callee was known when the caller was specialized have their own helpers
 * ({@link DirectCalls}), which fall back on these when the callee changed.
 *
 * <p>They set the caller's {@code lasti} to the call instruction first, as the interpreter does,
 * so tracebacks and {@code sys._getframe(1).f_lineno} see the calling line.
 */
public final class CallHelpers {
    private CallHelpers() {
    }

    private static final PyObject[] NO_ARGS = new PyObject[0];

    private static final int NOT_PLAIN = CodeObject.VARARGS | CodeObject.VARKEYWORDS | CodeObject.GENERATOR
            | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR;

    /** Whether {@code co} takes exactly {@code n} positional arguments, nothing else, and is no generator. */
    static boolean plain(CodeObject co, int n) {
        return co.argcount == n && co.kwonlyargcount == 0 && (co.flags & NOT_PLAIN) == 0;
    }

    /**
     * A fresh frame for calling {@code fn} with {@code n} positional arguments when it is a plain
     * function of this runtime's interpreter (or a bound method of one, whose object is then
     * stored in local 0) taking exactly them; null otherwise.
     */
    static Frame plainFrame(Object fn, int n, Frame caller) {
        if (fn instanceof PyFunction pf) {
            return pf.invoker instanceof Interpreter && plain(pf.code, n)
                    ? new Frame(pf.code, pf.globals, caller.builtins, null, pf.closure) : null;
        }
        if (fn instanceof PyMethod m && m.function instanceof PyFunction pf && pf.invoker instanceof Interpreter
                && plain(pf.code, n + 1)) {
            Frame f = new Frame(pf.code, pf.globals, caller.builtins, null, pf.closure);
            f.fast[0] = m.self;
            return f;
        }
        return null;
    }

    /** Runs a frame {@link #plainFrame} made and the caller filled. */
    static PyObject start(Object fn, Frame f) {
        cellArgs(f);
        PyFunction pf = fn instanceof PyFunction p ? p : (PyFunction) ((PyMethod) fn).function;
        return ((Interpreter) pf.invoker).callFrame(f);
    }

    /**
     * A positional call of anything but a plain function given exactly its parameters, by the
     * interpreter's own ways: builtins straight from the argument array, instances of a plain
     * class built and initialized, everything else the general call.
     */
    static Object other(Frame caller, long pc, Object fn, PyObject[] args) {
        caller.lasti = (int) pc;
        if (fn instanceof PyBuiltinFunction bf) {
            return bf.callFromStack(args, 0, args.length);
        }
        if (fn instanceof PyType t && t.plainInit() instanceof PyFunction init) {
            PyInstance obj = new PyInstance(t);
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = obj;
            System.arraycopy(args, 0, all, 1, args.length);
            PyObject r = init.invoker.invoke(init, all, BuiltinImpl.NO_KW);
            if (r != PySingleton.NONE) {
                throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
            }
            return obj;
        }
        if (fn instanceof PyMethod m && m.function instanceof PyFunction pf) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = m.self;
            System.arraycopy(args, 0, all, 1, args.length);
            return pf.invoker.invoke(pf, all, BuiltinImpl.NO_KW);
        }
        return fn instanceof PyFunction pf ? pf.invoker.invoke(pf, args, BuiltinImpl.NO_KW)
                : Abstract.call((PyObject) fn, args, BuiltinImpl.NO_KW);
    }

    /** {@code object.__new__(cls)} of a plain class ({@link CallSites#typedConstructor}). */
    public static Object newInstance(Object type) {
        return new PyInstance((org.jpsyco.frontend.python.objects.PyType) type);
    }

    /** What a constructor checks of {@code __init__}'s result. */
    public static void initReturnedNone(Object r) {
        if (r != PySingleton.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + ((PyObject) r).type().name() + "'");
        }
    }

    /** A typed version's result as the i64 its callers expect, else it leaves them ({@link TypedReturns}). */
    public static long resultAsLong(Object r) {
        return TypedReturns.asLong(r);
    }

    /** A typed version's result as the f64 its callers expect, else it leaves them ({@link TypedReturns}). */
    public static double resultAsFloat(Object r) {
        return TypedReturns.asFloat(r);
    }

    /** Stores a local of compiled code into its frame, for a callee that reads the caller's frame. */
    public static void storeFast(Object frame, long i, Object v) {
        ((Frame) frame).fast[(int) i] = (PyObject) v;
    }

    /** Copies the arguments that are cell variables into their cells (as the interpreter's calls do). */
    static void cellArgs(Frame f) {
        int[] c2a = f.code.cell2arg;
        for (int i = 0; i < c2a.length; i++) {
            if (c2a[i] >= 0) {
                f.cells[i].value = f.fast[c2a[i]];
            }
        }
    }

    public static Object call0(Object frame, long pc, Object fn) {
        Frame caller = (Frame) frame;
        Frame f = plainFrame(fn, 0, caller);
        if (f != null) {
            caller.lasti = (int) pc;
            return start(fn, f);
        }
        return other(caller, pc, fn, NO_ARGS);
    }

    public static Object call1(Object frame, long pc, Object fn, Object a0) {
        Frame caller = (Frame) frame;
        Frame f = plainFrame(fn, 1, caller);
        if (f != null) {
            caller.lasti = (int) pc;
            int k = fn instanceof PyMethod ? 1 : 0;
            f.fast[k + 0] = (PyObject) a0;
            return start(fn, f);
        }
        return other(caller, pc, fn, new PyObject[] {(PyObject) a0});
    }

    public static Object call2(Object frame, long pc, Object fn, Object a0, Object a1) {
        Frame caller = (Frame) frame;
        Frame f = plainFrame(fn, 2, caller);
        if (f != null) {
            caller.lasti = (int) pc;
            int k = fn instanceof PyMethod ? 1 : 0;
            f.fast[k + 0] = (PyObject) a0;
            f.fast[k + 1] = (PyObject) a1;
            return start(fn, f);
        }
        return other(caller, pc, fn, new PyObject[] {(PyObject) a0, (PyObject) a1});
    }

    public static Object call3(Object frame, long pc, Object fn, Object a0, Object a1, Object a2) {
        Frame caller = (Frame) frame;
        Frame f = plainFrame(fn, 3, caller);
        if (f != null) {
            caller.lasti = (int) pc;
            int k = fn instanceof PyMethod ? 1 : 0;
            f.fast[k + 0] = (PyObject) a0;
            f.fast[k + 1] = (PyObject) a1;
            f.fast[k + 2] = (PyObject) a2;
            return start(fn, f);
        }
        return other(caller, pc, fn, new PyObject[] {(PyObject) a0, (PyObject) a1, (PyObject) a2});
    }

    public static Object call4(Object frame, long pc, Object fn, Object a0, Object a1, Object a2, Object a3) {
        Frame caller = (Frame) frame;
        Frame f = plainFrame(fn, 4, caller);
        if (f != null) {
            caller.lasti = (int) pc;
            int k = fn instanceof PyMethod ? 1 : 0;
            f.fast[k + 0] = (PyObject) a0;
            f.fast[k + 1] = (PyObject) a1;
            f.fast[k + 2] = (PyObject) a2;
            f.fast[k + 3] = (PyObject) a3;
            return start(fn, f);
        }
        return other(caller, pc, fn, new PyObject[] {(PyObject) a0, (PyObject) a1, (PyObject) a2, (PyObject) a3});
    }

    public static Object call5(Object frame, long pc, Object fn, Object a0, Object a1, Object a2, Object a3, Object a4) {
        Frame caller = (Frame) frame;
        Frame f = plainFrame(fn, 5, caller);
        if (f != null) {
            caller.lasti = (int) pc;
            int k = fn instanceof PyMethod ? 1 : 0;
            f.fast[k + 0] = (PyObject) a0;
            f.fast[k + 1] = (PyObject) a1;
            f.fast[k + 2] = (PyObject) a2;
            f.fast[k + 3] = (PyObject) a3;
            f.fast[k + 4] = (PyObject) a4;
            return start(fn, f);
        }
        return other(caller, pc, fn, new PyObject[] {(PyObject) a0, (PyObject) a1, (PyObject) a2, (PyObject) a3, (PyObject) a4});
    }

    public static Object call6(Object frame, long pc, Object fn, Object a0, Object a1, Object a2, Object a3, Object a4, Object a5) {
        Frame caller = (Frame) frame;
        Frame f = plainFrame(fn, 6, caller);
        if (f != null) {
            caller.lasti = (int) pc;
            int k = fn instanceof PyMethod ? 1 : 0;
            f.fast[k + 0] = (PyObject) a0;
            f.fast[k + 1] = (PyObject) a1;
            f.fast[k + 2] = (PyObject) a2;
            f.fast[k + 3] = (PyObject) a3;
            f.fast[k + 4] = (PyObject) a4;
            f.fast[k + 5] = (PyObject) a5;
            return start(fn, f);
        }
        return other(caller, pc, fn, new PyObject[] {(PyObject) a0, (PyObject) a1, (PyObject) a2, (PyObject) a3, (PyObject) a4, (PyObject) a5});
    }

}
