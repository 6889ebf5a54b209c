package org.jpsyco.frontend.python.jit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.interp.Interpreter;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyObject;

/**
 * A call site of compiled code whose callee, a plain Python function, was known when the caller
 * was specialized: the callee's frame is built by the caller's helper ({@link CallHelpers}) and
 * started here through a {@link MutableCallSite} whose target is the callee's compiled entry.
 *
 * <p>Linking. The target starts as the fallback, the interpreter's own way into a function
 * ({@link JitRuntime#enter}, which counts the call, compiles when hot and runs the unit, or the
 * interpreter); after a fallback call the site links to the code object's entry unit if it has
 * a valid one, behind the unit's switch point ({@link RelinkingUnit}), so a callee that is
 * invalidated, evicted or unbound is never entered again: the switch point breaks, the fallback
 * runs and relinks to whatever replaced it. A record, so HotSpot trusts its final fields: with the site a constant of the
 * caller's unit, the invoker is a constant and the callee's unit can be inlined into the caller.
 *
 * <p>Frames. The callee's frame is pushed exactly as the interpreter's call pushes it (the
 * recursion limit, {@code sys._getframe}, tracebacks see the same chain); a unit that leaves
 * (guard, raise) hands the frame to the interpreter to finish, like {@link JitRuntime#enter}.
 */
record DirectCallSite(PyFunction function, JitRuntime jit, Interpreter interp, MutableCallSite site,
        MethodHandle invoker, Unit[] linked) {
    private static final MethodType ENTRY = MethodType.methodType(Object.class, Object.class);
    private static final MethodHandle FALLBACK;
    private static final MethodHandle VALID;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            FALLBACK = l.findVirtual(DirectCallSite.class, "fallback", ENTRY);
            VALID = l.findVirtual(Unit.class, "valid", MethodType.methodType(boolean.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static DirectCallSite of(PyFunction function, JitRuntime jit) {
        MutableCallSite site = new MutableCallSite(ENTRY);
        DirectCallSite s = new DirectCallSite(function, jit, jit.interpreter(), site, site.dynamicInvoker(),
                new Unit[1]);
        site.setTarget(FALLBACK.bindTo(s));
        return s;
    }

    /** The callee's fresh frame; the caller stores the arguments. */
    Frame newFrame(Frame caller) {
        return new Frame(function.code, function.globals, caller.builtins, null, function.closure);
    }

    /** Runs the callee on its filled frame as a call. */
    Object run(Frame f) {
        if (f.code.cell2arg.length != 0) {
            CallHelpers.cellArgs(f); // out of line (the launcher keeps CallHelpers so): only when needed
        }
        interp.pushCall(f);
        try {
            Object r = invoker.invokeExact((Object) f);
            return r instanceof PyObject ? r : jit.finish(f);
        } catch (StackOverflowError e) {
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            interp.popCall(f);
        }
    }

    /** The target while no valid unit is linked: the interpreter's way in, then a relink. */
    private Object fallback(Object frame) {
        Frame f = (Frame) frame;
        PyObject r = jit.enter(f);
        if (r == null) {
            r = interp.continueAt(f, null);
        }
        relink(f);
        return r;
    }

    private void relink(Frame f) {
        Unit u = f.code.jitState instanceof CodeState cs && cs.owner == jit ? cs.entry : null;
        if (u == null || !u.valid() || u == linked[0]) {
            return;
        }
        linked[0] = u;
        java.lang.invoke.SwitchPoint enterable = RelinkingUnit.enterable(u);
        if (enterable != null) {
            site.setTarget(enterable.guardWithTest(u.entry(), FALLBACK.bindTo(this)));
            return;
        }
        MethodHandle test = MethodHandles.dropArguments(VALID.bindTo(u), 0, Object.class);
        site.setTarget(MethodHandles.guardWithTest(test, u.entry(), FALLBACK.bindTo(this)));
    }
}
