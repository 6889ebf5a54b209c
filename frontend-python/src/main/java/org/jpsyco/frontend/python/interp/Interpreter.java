package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.ExceptionTableEntry;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.FunctionInvoker;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyCell;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTraceback;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * Runs code objects. Each Python call runs {@link #execute} on a fresh {@link Frame};
 * exceptions unwind by the code object's exception table: the raising instruction's handler
 * (if any) gets the stack cut to its depth plus the exception, otherwise the frame is left
 * and the caller's loop does the same. Every frame the exception leaves adds a traceback
 * entry, except when it was re-raised unchanged ({@code RERAISE}, bare {@code raise}).
 */
public final class Interpreter implements FunctionInvoker {
    static {
        ExceptionGroups.install();
    }

    final PythonRuntimeState rt;
    /** Python call depth, checked against {@code sys.getrecursionlimit()}. */
    int depth;
    /** The runtime lock Python threads take turns with. */
    public final RuntimeLock gil = new RuntimeLock(this);
    /** The innermost running frame. */
    Frame current;
    /** The one-character strings of code points under 256 this runtime has made (see {@link PyStr#ofCodePoint}). */
    final PyStr[] latin1 = new PyStr[256];
    /** Compiled code's entry points, or null when the JIT is off. */
    public JitHook jit;

    public Interpreter(PythonRuntimeState rt) {
        this.rt = rt;
    }

    public Frame currentFrame() {
        return current;
    }

    public int depth() {
        return depth;
    }

    /** A fresh frame for calling {@code fn} with positional {@code args}, not yet started. */
    public Frame newFrame(PyFunction fn, PyObject... args) {
        Frame f = new Frame(fn.code, fn.globals, rt.builtinsDict(), null, fn.closure);
        ArgBinder.bind(fn, f.fast, args, new String[0]);
        int[] c2a = fn.code.cell2arg;
        for (int i = 0; i < c2a.length; i++) {
            if (c2a[i] >= 0) {
                f.cells[i].value = f.fast[c2a[i]];
            }
        }
        return f;
    }

    /** Runs module-level code with {@code globals} as its namespace. */
    public PyObject runModule(CodeObject code, PyDict globals) {
        Frame f = new Frame(code, globals, rt.builtinsDict(), globals, null);
        return call(f);
    }

    /** Runs code with explicit namespaces ({@code exec}, {@code eval}). */
    public PyObject runCode(CodeObject code, PyDict globals, PyObject locals) {
        // exec/eval honour the globals' own __builtins__ (a dict or a module), as CPython does
        PyObject own = globals.getStr("__builtins__");
        PyDict builtins = own instanceof PyDict d ? d : own instanceof org.jpsyco.frontend.python.objects.PyModule m ? m.dict() : rt.builtinsDict();
        Frame f = new Frame(code, globals, builtins, locals, null);
        return call(f);
    }

    /** Runs a class body function with {@code ns} as its local namespace; returns its result (the class cell or None). */
    public PyObject runClassBody(PyFunction fn, PyObject ns) {
        Frame f = new Frame(fn.code, fn.globals, rt.builtinsDict(), ns, fn.closure);
        return call(f);
    }

    @Override
    public PyObject invoke(PyFunction fn, PyObject[] args, String[] kwnames) {
        CodeObject co = fn.code;
        Frame f = new Frame(co, fn.globals, rt.builtinsDict(), null, fn.closure);
        if (kwnames.length == 0 && args.length == co.argcount && fn.code.flags == 0 && co.kwonlyargcount == 0) {
            System.arraycopy(args, 0, f.fast, 0, args.length);
        } else if (kwnames.length == 0 && args.length == co.argcount && (co.flags & (CodeObject.VARARGS
                | CodeObject.VARKEYWORDS)) == 0 && co.kwonlyargcount == 0) {
            System.arraycopy(args, 0, f.fast, 0, args.length);
        } else {
            ArgBinder.bind(fn, f.fast, args, kwnames);
        }
        argsToCells(co, f);
        if (co.isGenerator()) {
            return co.isAsyncGenerator() ? new PyAsyncGenerator(new PyGenerator(this, f)) : new PyGenerator(this, f);
        }
        return call(f);
    }

    private static final int NOT_PLAIN = CodeObject.VARARGS | CodeObject.VARKEYWORDS | CodeObject.GENERATOR
            | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR;

    /**
     * Calls {@code fn} with {@code self} (unless null) and the {@code n} positional arguments at
     * {@code stack[base..]}: a plain function given exactly its parameters gets them copied
     * straight into its frame's locals, without an argument array; anything else goes through
     * {@link #invoke}.
     */
    PyObject invokeFromStack(PyFunction fn, PyObject self, PyObject[] stack, int base, int n) {
        Frame f = frameFromStack(fn, self, stack, base, n);
        if (f != null) {
            return call(f);
        }
        PyObject[] args = new PyObject[n + (self == null ? 0 : 1)];
        if (self != null) {
            args[0] = self;
        }
        System.arraycopy(stack, base, args, self == null ? 0 : 1, n);
        return invoke(fn, args, BuiltinImpl.NO_KW);
    }

    /**
     * The frame of a call of {@code fn} with {@code self} (unless null) and the {@code n}
     * positional arguments at {@code stack[base..]}, its parameters bound, when {@code fn} is a
     * plain function given exactly its parameters or leaving trailing ones to their defaults
     * (no argument array, no checks: none can fail); null for any other call, which
     * {@link #invoke} binds.
     */
    Frame frameFromStack(PyFunction fn, PyObject self, PyObject[] stack, int base, int n) {
        CodeObject co = fn.code;
        if ((co.flags & NOT_PLAIN) != 0 || co.kwonlyargcount != 0) {
            return null;
        }
        int first = self == null ? 0 : 1;
        int given = n + first;
        if (given == co.argcount) {
            Frame f = new Frame(co, fn.globals, rt.builtinsDict(), null, fn.closure);
            if (self != null) {
                f.fast[0] = self;
            }
            System.arraycopy(stack, base, f.fast, first, n);
            argsToCells(co, f);
            return f;
        }
        PyObject[] defs = fn.defaults;
        if (defs != null && given < co.argcount && given >= co.argcount - defs.length) {
            Frame f = new Frame(co, fn.globals, rt.builtinsDict(), null, fn.closure);
            PyObject[] fast = f.fast;
            if (self != null) {
                fast[0] = self;
            }
            System.arraycopy(stack, base, fast, first, n);
            int m = co.argcount - defs.length;
            for (int i = given; i < co.argcount; i++) {
                fast[i] = defs[i - m];
            }
            argsToCells(co, f);
            return f;
        }
        return null;
    }

    /** Copies the arguments that are cell variables into their cells. */
    private static void argsToCells(CodeObject co, Frame f) {
        int[] c2a = co.cell2arg;
        for (int i = 0; i < c2a.length; i++) {
            if (c2a[i] >= 0) {
                f.cells[i].value = f.fast[c2a[i]];
            }
        }
    }

    private PyObject call(Frame f) {
        gil.tick();
        if (++depth > rt.recursionLimit) {
            depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        f.back = current;
        current = f;
        try {
            if (jit != null) {
                PyObject r = jit.enter(f);
                if (r != null) {
                    return r;
                }
            }
            // what run(f, null) does, without its Java frame while no exception is raised
            f.yielded = false;
            f.stopped = false;
            try {
                return Execution.execute(this, f);
            } catch (PyException | ClassCastException | IndexOutOfBoundsException | NullPointerException
                    | ArithmeticException | IllegalStateException | UnsupportedOperationException
                    | NumberFormatException ex) {
                handleOrThrow(f, ex);
                return run(f, null);
            }
        } catch (StackOverflowError e) {
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        } finally {
            current = f.back;
            f.back = null;
            depth--;
        }
    }

    /**
     * Runs the fresh frame {@code f} as a call, exactly as the interpreter's own calls do (recursion
     * check, frame chain, compiled entry when there is one): for compiled code that built the
     * frame itself.
     */
    public PyObject callFrame(Frame f) {
        return call(f);
    }

    /**
     * Makes the fresh frame {@code f} the running call (the recursion check and frame chain of
     * {@link #callFrame}) for a caller that starts it itself; {@link #popCall} must follow, also
     * when the call raises.
     */
    public void pushCall(Frame f) {
        gil.tick();
        if (++depth > rt.recursionLimit) {
            depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        f.back = current;
        current = f;
    }

    /** Ends the call {@link #pushCall} started. */
    public void popCall(Frame f) {
        current = f.back;
        f.back = null;
        depth--;
    }

    /**
     * Counts a call that runs without a frame (compiled code's frameless typed calls): the
     * recursion check of {@link #pushCall} without the frame chain; {@link #leaveFrameless} must
     * follow, also when the call raises.
     */
    public void enterFrameless() {
        if (++depth > rt.recursionLimit) {
            depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    /**
     * Counts the call of a callable implemented in Java that calls back into Python (an
     * {@code lru_cache} wrapper): CPython counts such a call in the depth, with its own message
     * when the limit is reached there; {@link #leaveFrameless} ends it.
     */
    public void enterObjectCall() {
        if (++depth > rt.recursionLimit) {
            depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR,
                    "maximum recursion depth exceeded while calling a Python object");
        }
    }

    /** Ends the call {@link #enterFrameless} counted. */
    public void leaveFrameless() {
        depth--;
    }

    /**
     * Counts {@code n} calls compiled code made without counting them one by one (negative: gives
     * them back), before it calls out where the depth may be reached; the code checked the limit.
     */
    public void countFrameless(int n) {
        depth += n;
    }

    /** Resumes a generator's frame; {@code thrown} is raised at the suspension point. */
    PyObject resumeGenerator(Frame f, PyException thrown) {
        if (++depth > rt.recursionLimit) {
            depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        f.back = current;
        current = f;
        try {
            if (jit != null && thrown == null) {
                PyObject r = jit.enter(f);
                if (r != null) {
                    return r;
                }
            }
            return run(f, thrown);
        } finally {
            current = f.back;
            f.back = null;
            depth--;
        }
    }

    /**
     * Resumes {@code f} at {@code f.pc} with its current stack and locals and runs it to its
     * return (or yield): the interpreter side of the deoptimization contract.
     */
    public PyObject resume(Frame f) {
        return resume(f, null);
    }

    /**
     * {@link #resume} raising {@code pending} (if not null) first, as {@link #continueAt} does: a
     * frame rebuilt for an activation that ran without one, already counted by
     * {@link #enterFrameless}, joins the frame chain while the interpreter finishes it.
     */
    public PyObject resume(Frame f, PyException pending) {
        f.back = current;
        current = f;
        try {
            return run(f, pending);
        } finally {
            current = f.back;
            f.back = null;
        }
    }

    /**
     * Runs the current frame {@code f} on from {@code f.pc}, raising {@code pending} (if not null)
     * at instruction {@code f.pc - 1} first: how compiled code that left this activation hands it
     * back to the interpreter.
     */
    public PyObject continueAt(Frame f, PyException pending) {
        return run(f, pending);
    }

    private PyObject run(Frame f, PyException pending) {
        f.yielded = false;
        f.stopped = false;
        while (true) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    f.lasti = Math.max(0, f.pc - 1);
                    throw p;
                }
                return Execution.execute(this, f);
            } catch (PyException | ClassCastException | IndexOutOfBoundsException | NullPointerException
                    | ArithmeticException | IllegalStateException | UnsupportedOperationException
                    | NumberFormatException ex) {
                handleOrThrow(f, ex);
            }
        }
    }

    /**
     * {@code ex}, raised by the instruction at {@code f.lasti}, as a Python exception: handled in
     * {@code f} (see {@link #handle}), or thrown on to the caller.
     */
    private void handleOrThrow(Frame f, RuntimeException ex) {
        PyException e = ex instanceof PyException p ? p : internalError(ex);
        if (!handle(f, e)) {
            throw e;
        }
    }

    /**
     * The exception {@code e} raised in {@code f} at {@code f.lasti}: chains it to the exception
     * being handled, adds {@code f}'s traceback entry, and when {@code f}'s exception table has a
     * handler there, cuts the stack to its depth, pushes the exception and moves {@code f.pc} to
     * it (true); false when the exception leaves {@code f}.
     */
    private boolean handle(Frame f, PyException e) {
        PyBaseException exc = e.value;
        if (exc.traceback == null && exc.context == null) {
            PyBaseException ctx = handledException(f);
            if (ctx != null && ctx != exc) {
                exc.context = ctx;
            }
        }
        if (!e.reraised) {
            exc.traceback = new PyTraceback(f.code, f.lasti, exc.traceback, f.globals, f.builtins, f, f.back);
        }
        e.reraised = false;
        ExceptionTableEntry h = f.code.handlerFor(f.lasti);
        if (h == null) {
            return false;
        }
        for (int i = h.depth(); i < f.sp; i++) {
            f.stack[i] = null;
        }
        f.sp = h.depth();
        f.stack[f.sp++] = exc;
        f.pc = h.handler();
        return true;
    }

    /** A Java failure inside the runtime, surfaced as a Python SystemError so the program can see it. */
    private static PyException internalError(RuntimeException ex) {
        return Errors.raise(ExceptionTypes.SYSTEM_ERROR, "jpsyco internal error: " + ex);
    }

    /** The exception being handled here or in a calling frame (what {@code sys.exc_info()} sees). */
    public PyBaseException handledException(Frame f) {
        for (Frame x = f; x != null; x = x.back) {
            if (x.handled != null) {
                return x.handled;
            }
        }
        return null;
    }

    static PyCell[] cells(PyObject[] items) {
        PyCell[] r = new PyCell[items.length];
        for (int i = 0; i < items.length; i++) {
            r[i] = (PyCell) items[i];
        }
        return r;
    }
}
