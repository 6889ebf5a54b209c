package org.jpsyco.frontend.python.objects;

import java.util.function.Supplier;

/**
 * What the object layer needs to know of the runtime running on the calling thread: the globals
 * of the current Python frame ({@code type(name, bases, ns)} takes the new class's
 * {@code __module__} from the caller's {@code __name__}, as CPython reads its current frame) and
 * the recursion depth left ({@code repr} of deeply nested containers raises RecursionError as
 * CPython's does). The runtime installs it on every thread that runs its Python code (as it does
 * {@link HashSecret}).
 */
public final class ThreadContext {
    private static final ThreadLocal<Supplier<PyDict>> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<java.util.function.IntSupplier> DEPTH_LEFT = new ThreadLocal<>();

    private ThreadContext() {
    }

    public static void enter(Supplier<PyDict> globals, java.util.function.IntSupplier depthLeft) {
        CURRENT.set(globals);
        DEPTH_LEFT.set(depthLeft);
    }

    /** How many more nested calls the recursion limit allows (1000 outside any runtime). */
    static int depthLeft() {
        java.util.function.IntSupplier s = DEPTH_LEFT.get();
        return s == null ? 1000 : s.getAsInt();
    }

    /** The caller's globals, or null outside any Python frame. */
    static PyDict get() {
        Supplier<PyDict> s = CURRENT.get();
        return s == null ? null : s.get();
    }

    /** The builtins of the running code (its globals' {@code __builtins__}, a module or a dict), or null. */
    static PyDict builtins() {
        PyDict g = get();
        PyObject b = g == null ? null : g.getStr("__builtins__");
        return b instanceof PyDict d ? d : b instanceof PyModule m ? m.dict() : null;
    }

    /** CPython's type_new default: {@code __module__} from the caller's {@code __name__} when absent. */
    static void defaultModule(PyDict ns) {
        if (ns.getStr("__module__") == null) {
            PyDict g = get();
            PyObject name = g == null ? null : g.getStr("__name__");
            if (name != null) {
                ns.putStr("__module__", name);
            }
        }
    }
}
