package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInstance;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.kernel.cache.Assumption;

/**
 * The run-time checks behind compile-time constants: each load of an assumed global, builtin or
 * attribute tests that its assumption still holds (a field read), so an activation running when
 * a name is rebound leaves at its next load of it, before using the old binding.
 */
public final class ConstantHelpers {
    private ConstantHelpers() {
    }

    /** A global assumed of {@code globals}: the frame runs with those globals and the binding stands. */
    public static boolean globalHolds(Object frame, Object globals, Object assumption) {
        return ((Frame) frame).globals == globals && ((Assumption) assumption).valid();
    }

    /** A builtin: the frame runs with these globals (which lack the name) and builtins, and both assumptions stand. */
    public static boolean builtinHolds(Object frame, Object globals, Object builtins, Object absent, Object bound) {
        Frame f = (Frame) frame;
        return f.globals == globals && f.builtins == builtins && ((Assumption) absent).valid()
                && ((Assumption) bound).valid();
    }

    /**
     * A method resolved at compile time: the receiver is of that class, the class's binding of the
     * name stands, and the instance dict does not shadow it.
     */
    public static boolean methodHolds(Object receiver, Object type, Object assumption, Object name) {
        PyObject o = (PyObject) receiver;
        if (o.type() != type || !((Assumption) assumption).valid()) {
            return false;
        }
        if (o instanceof PyInstance i && i.map() != null) {
            // asking an instance in map mode for its dict would move it to dict mode for good
            return i.map().lacks((PyStr) name);
        }
        PyDict d = o.dict();
        return d == null || d.positionOf((PyStr) name) < 0;
    }

    /** {@link #globalHolds} for module-level code, whose locals must be those globals. */
    public static boolean globalHoldsAsName(Object frame, Object globals, Object assumption) {
        return ((Frame) frame).locals == globals && globalHolds(frame, globals, assumption);
    }

    /** {@link #builtinHolds} for module-level code, whose locals must be its globals. */
    public static boolean builtinHoldsAsName(Object frame, Object globals, Object builtins, Object absent, Object bound) {
        return ((Frame) frame).locals == globals && builtinHolds(frame, globals, builtins, absent, bound);
    }

    /** The frame runs with {@code globals}: the frame's part of a global's check, its assumptions being switch points ({@link AssumptionSwitches}). */
    public static boolean globalsAre(Object frame, Object globals) {
        return ((Frame) frame).globals == globals;
    }

    /** The frame runs with these globals and builtins (a builtin's check, its assumptions being switch points). */
    public static boolean namespacesAre(Object frame, Object globals, Object builtins) {
        Frame f = (Frame) frame;
        return f.globals == globals && f.builtins == builtins;
    }

    /** {@link #globalsAre} for module-level code, whose locals must be those globals. */
    public static boolean globalsAreAsName(Object frame, Object globals) {
        Frame f = (Frame) frame;
        return f.locals == globals && f.globals == globals;
    }

    /** {@link #namespacesAre} for module-level code, whose locals must be its globals. */
    public static boolean namespacesAreAsName(Object frame, Object globals, Object builtins) {
        Frame f = (Frame) frame;
        return f.locals == globals && f.globals == globals && f.builtins == builtins;
    }

    /** An attribute of a constant module or class: its assumption stands. */
    public static boolean attributeHolds(Object assumption) {
        return ((Assumption) assumption).valid();
    }
}
