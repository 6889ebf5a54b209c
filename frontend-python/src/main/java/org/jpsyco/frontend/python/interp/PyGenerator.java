package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyDescriptors;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/** A generator: a suspended frame resumed by {@code next()}, {@code send()} and {@code throw()}. */
public final class PyGenerator extends PyObject implements Abstract.Iterable {
    public static final PyType TYPE = PyType.builtin("generator", PyType.OBJECT);
    public static final PyType COROUTINE = PyType.builtin("coroutine", PyType.OBJECT);

    static {
        // generators and coroutines share send/throw/close; each adds its own iteration protocol
        for (PyType t : new PyType[] {TYPE, COROUTINE}) {
            BuiltinMethods.define(t, "send", (a, k) -> yielded((PyGenerator) a[0], a[1], null));
            BuiltinMethods.define(t, "throw", (a, k) -> {
                PyObject exc = a[1];
                PyBaseException e;
                if (exc instanceof PyType type) {
                    e = (PyBaseException) Abstract.call(type, a.length > 2 ? new PyObject[] {a[2]} : new PyObject[0]);
                } else {
                    e = (PyBaseException) exc;
                }
                return yielded((PyGenerator) a[0], PySingleton.NONE, new PyException(e));
            });
            BuiltinMethods.define(t, "close", (a, k) -> {
                ((PyGenerator) a[0]).close();
                return PySingleton.NONE;
            });
            getter(t, "__name__", g -> PyStr.of(g.frame.code.name));
            getter(t, "__qualname__", g -> PyStr.of(g.frame.code.qualname));
        }
        getter(TYPE, "gi_code", g -> g.frame.code);
        getter(COROUTINE, "cr_code", g -> g.frame.code);
        TYPE.dict().putStr("gi_running", new PyDescriptors.Property(new PyBuiltinFunction("gi_running",
                (a, k) -> PyBool.of(((PyGenerator) a[0]).running)), null, null));
        BuiltinMethods.define(TYPE, "__next__", (a, k) -> yielded((PyGenerator) a[0], PySingleton.NONE, null));
        BuiltinMethods.define(TYPE, "__iter__", (a, k) -> a[0]);
        BuiltinMethods.define(COROUTINE, "__await__", (a, k) -> a[0]);
    }

    private static void getter(PyType t, String name, java.util.function.Function<PyGenerator, PyObject> get) {
        t.dict().putStr(name, new PyDescriptors.Property(new PyBuiltinFunction(name,
                (a, k) -> get.apply((PyGenerator) a[0])), null, null));
    }

    /** Resumes {@code g} and returns what it yields; its return becomes {@code StopIteration(value)}. */
    private static PyObject yielded(PyGenerator g, PyObject sent, PyException thrown) {
        PyObject r = g.resume(sent, thrown);
        if (r == null) {
            throw Errors.stopIteration(g.returnValue);
        }
        return r;
    }

    private final Interpreter interp;
    final Frame frame;
    private final String name;
    private boolean started;
    private boolean finished;
    private boolean running;
    /** The value of the final {@code return}, once finished. */
    PyObject returnValue;

    PyGenerator(Interpreter interp, Frame frame) {
        this.interp = interp;
        this.frame = frame;
        this.name = frame.code.qualname;
    }

    @Override
    public PyType type() {
        return frame.code.isCoroutine() ? COROUTINE : TYPE;
    }

    public boolean isCoroutine() {
        return frame.code.isCoroutine();
    }

    public String qualname() {
        return name;
    }

    /** The value of the {@code return} that just finished the generator (once), or null. */
    public PyObject takeReturnValue() {
        PyObject v = returnValue;
        returnValue = null;
        return v;
    }

    @Override
    public PyObject next() {
        return resume(PySingleton.NONE, null);
    }

    /** Runs to the next yield; null when the generator returns (its value in {@link #returnValue}). */
    PyObject resume(PyObject sent, PyException thrown) {
        if (finished) {
            if (thrown != null) {
                throw thrown;
            }
            returnValue = null;
            return null;
        }
        if (running) {
            throw Errors.valueError("generator already executing");
        }
        if (!started && sent != PySingleton.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        if (thrown != null && started) {
            PyObject sub = delegate();
            if (sub != null) {
                return throwIntoDelegate(sub, thrown);
            }
        }
        if (started && thrown == null) {
            if (!frame.code.isCoroutine() && !frame.code.isAsyncGenerator()) {
                PyObject sub = delegate();
                if (sub != null) {
                    return resumeThroughDelegate(sub, sent);
                }
            }
            frame.stack[frame.sp++] = sent;
        }
        started = true;
        return run(thrown);
    }

    /**
     * Resumes a generator suspended in a {@code yield from}: the value sent goes straight to the
     * inner iterator, as the frame's {@code SEND} would pass it, and while the inner iterator
     * yields, this frame stays exactly as it was (suspended after the yield, the iterator on its
     * stack), so it is not re-entered at all: a chain of nested {@code yield from} hands each item
     * up without running a single instruction of the frames between. The frame is on the call
     * chain meanwhile (tracebacks, {@code f_back}, the recursion depth); only when the inner
     * iterator ends or raises does the frame itself run on, from the end of the {@code yield from}
     * or raising at it.
     */
    private PyObject resumeThroughDelegate(PyObject sub, PyObject sent) {
        running = true;
        PyObject r;
        PyObject[] result = null;
        PyException raised = null;
        try {
            interp.pushCall(frame);
        } catch (PyException e) {
            running = false;
            finished = true;
            throw e;
        }
        try {
            if (sub instanceof PyGenerator g) {
                r = g.resume(sent, null);
                if (r == null) {
                    result = new PyObject[] {g.returnValue == null ? PySingleton.NONE : g.returnValue};
                }
            } else {
                result = new PyObject[1];
                r = Support.send(sub, sent, result);
            }
        } catch (PyException e) {
            r = null;
            raised = e;
        } finally {
            interp.popCall(frame);
            running = false;
        }
        if (raised != null) {
            return resumeRaising(raised);
        }
        return r != null ? r : resumeAfterDelegate(result[0]);
    }

    /** The iterator a {@code yield from} (or await) this generator is suspended in, or null. */
    private PyObject delegate() {
        int[] code = frame.code.code;
        int pc = frame.pc;
        if (frame.sp < 1 || pc >= code.length || (code[pc] & 0xff) != Op.JUMP) {
            return null;
        }
        int target = code[pc] >> 8;
        return target >= 0 && target < code.length && (code[target] & 0xff) == Op.SEND ? frame.stack[frame.sp - 1] : null;
    }

    /**
     * CPython's {@code gen_throw} while delegating: GeneratorExit first closes the inner iterator,
     * other exceptions go to its {@code throw}; what it yields is yielded, its return value ends the
     * {@code yield from}, and what it raises is raised at the {@code yield from}.
     */
    private PyObject throwIntoDelegate(PyObject sub, PyException thrown) {
        PyException raise = thrown;
        if (thrown.value.isInstance(ExceptionTypes.GENERATOR_EXIT)) {
            try {
                if (sub instanceof PyGenerator g) {
                    g.close();
                } else {
                    PyObject close = Abstract.lookupAttr(sub, "close");
                    if (close != null) {
                        Abstract.call(close);
                    }
                }
            } catch (PyException e) {
                raise = e;
            }
            return resumeRaising(raise);
        }
        PyObject r;
        PyObject result;
        running = true;
        try {
            if (sub instanceof PyGenerator g) {
                r = g.resume(PySingleton.NONE, thrown);
                result = g.returnValue == null ? PySingleton.NONE : g.returnValue;
            } else {
                PyObject m = Abstract.lookupAttr(sub, "throw");
                if (m == null) {
                    running = false;
                    return resumeRaising(thrown);
                }
                r = Abstract.call(m, thrown.value);
                result = PySingleton.NONE;
            }
        } catch (PyException e) {
            running = false;
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION) && !(sub instanceof PyGenerator)) {
                PyObject v = e.value.args.size() > 0 ? e.value.args.get(0) : PySingleton.NONE;
                return resumeAfterDelegate(v);
            }
            return resumeRaising(e);
        } finally {
            running = false;
        }
        return r != null ? r : resumeAfterDelegate(result);
    }

    /** Ends the {@code yield from}: its value replaces the iterator and the frame goes on after the loop. */
    private PyObject resumeAfterDelegate(PyObject value) {
        int sendPc = frame.code.code[frame.pc] >> 8;
        frame.stack[frame.sp - 1] = value;
        frame.pc = frame.code.code[sendPc] >> 8;
        return run(null);
    }

    private PyObject resumeRaising(PyException e) {
        return run(e);
    }

    /** Runs the frame from where it stands, raising {@code thrown} first when not null. */
    private PyObject run(PyException thrown) {
        running = true;
        try {
            PyObject r = interp.resumeGenerator(frame, thrown);
            if (frame.yielded) {
                return r;
            }
            finished = true;
            returnValue = r == PySingleton.NONE ? null : r;
            return null;
        } catch (PyException e) {
            finished = true;
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                PyBaseException re = Errors.runtimeError("generator raised StopIteration").value;
                re.cause = e.value;
                re.context = e.value;
                throw re.toThrowable();
            }
            throw e;
        } finally {
            running = false;
        }
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isFinished() {
        return finished;
    }

    void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            PyObject r = resume(PySingleton.NONE, Errors.raise(ExceptionTypes.GENERATOR_EXIT, new PyObject[0]));
            if (r != null) {
                throw Errors.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.value.isInstance(ExceptionTypes.GENERATOR_EXIT) && !e.value.isInstance(
                    ExceptionTypes.STOP_ITERATION)) {
                throw e;
            }
        }
    }

}
