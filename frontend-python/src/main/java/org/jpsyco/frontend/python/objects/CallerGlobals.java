package org.jpsyco.frontend.python.objects;

import java.util.function.Supplier;

/**
 * The globals of the Python frame running on the calling thread, for the few built-ins that read
 * them as CPython does through the current frame: {@code type(name, bases, ns)} takes the new
 * class's {@code __module__} from the caller's {@code __name__}. The runtime installs its
 * supplier on every thread that runs its Python code (as it does {@link HashSecret}).
 */
public final class CallerGlobals {
    private static final ThreadLocal<Supplier<PyDict>> CURRENT = new ThreadLocal<>();

    private CallerGlobals() {
    }

    public static void enter(Supplier<PyDict> globals) {
        CURRENT.set(globals);
    }

    /** The caller's globals, or null outside any Python frame. */
    static PyDict get() {
        Supplier<PyDict> s = CURRENT.get();
        return s == null ? null : s.get();
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
