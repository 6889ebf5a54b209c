package org.jpsyco.frontend.python.jit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.interp.Interpreter;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyObject;

/**
 * One call of compiled code to a frameless typed version ({@link TypedVersions}): the caller's
 * {@code call_version} instruction is an {@code invokedynamic} bound to {@link #site}, typed
 * {@code (long|double|Object ...) -> Object} by the callee's argument kinds, so HotSpot can inline
 * the callee's unit into the caller's.
 *
 * <p>Linked target, for a valid unit of the callee: the call is counted in the interpreter's depth
 * (the recursion check of a call), the unit runs on the unboxed arguments (when it leaves compiled
 * code its exit handler has the interpreter finish the activation on a rebuilt frame,
 * {@link TypedVersions#finishNow}); the depth is given back however the call ends. A Java
 * stack overflow becomes Python's {@code RecursionError}, as in the interpreter. The unit's
 * switch point ({@link RelinkingUnit}) guards it all, at no cost per call: once the unit is
 * invalidated or evicted the target goes to the fallback, which relinks.
 *
 * <p>Fallback, while no valid unit is linked (first execution, a recursive call made while the
 * function itself was being compiled, an invalidated callee): the version is made (or remade)
 * and linked, and this call goes the interpreter's way, boxed arguments in a fresh frame.
 */
final class TypedCallSite {
    private static final MethodHandle FALLBACK;
    private static final MethodHandle VALID;
    private static final MethodHandle ENTER;
    private static final MethodHandle LEAVE;
    private static final MethodHandle AS_LONG;
    private static final MethodHandle AS_FLOAT;
    private static final MethodHandle OVERFLOW;
    private static final MethodHandle BOX_INT;
    private static final MethodHandle BOX_FLOAT;
    private static final MethodHandle BUDGET;
    private static final MethodHandle LEAVE_BUDGETED;
    private static final MethodHandle BUDGET_LEFT;
    private static final MethodHandle NOT_MADE;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            FALLBACK = l.findVirtual(TypedCallSite.class, "fallback",
                    MethodType.methodType(Object.class, Object[].class));
            VALID = l.findVirtual(Unit.class, "valid", MethodType.methodType(boolean.class));
            ENTER = l.findVirtual(Interpreter.class, "enterFrameless", MethodType.methodType(void.class));
            LEAVE = l.findVirtual(Interpreter.class, "leaveFrameless", MethodType.methodType(void.class));
            OVERFLOW = l.findStatic(TypedCallSite.class, "overflow",
                    MethodType.methodType(Object.class, StackOverflowError.class));
            AS_LONG = l.findStatic(TypedReturns.class, "asLong", MethodType.methodType(long.class, Object.class));
            AS_FLOAT = l.findStatic(TypedReturns.class, "asFloat", MethodType.methodType(double.class, Object.class));
            BOX_INT = l.findStatic(TypedHelpers.class, "boxInt", MethodType.methodType(Object.class, long.class));
            BOX_FLOAT = l.findStatic(TypedHelpers.class, "boxFloat",
                    MethodType.methodType(Object.class, double.class));
            BUDGET = l.findVirtual(TypedCallSite.class, "budget", MethodType.methodType(long.class));
            LEAVE_BUDGETED = l.findVirtual(TypedCallSite.class, "leaveBudgeted", MethodType.methodType(void.class));
            BUDGET_LEFT = l.findStatic(TypedCallSite.class, "budgetLeft", MethodType.methodType(boolean.class, long.class));
            NOT_MADE = l.findVirtual(TypedCallSite.class, "notMade",
                    MethodType.methodType(Object.class, String.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final String symbol;
    final TypedVersions.Entry entry;
    final MutableCallSite site;
    /** What the callee returns to this site: {@code i}, {@code f} or {@code r} (the entry's kind when the site was made). */
    final char ret;
    /**
     * A budgeted version calling itself ({@link TypedVersions#budgeted}): the last argument is the
     * callee's budget; linked straight to the version's unit while the budget is not negative,
     * else (or when not linked) the recursion is given up.
     */
    final boolean budgeted;
    private final TypedVersions versions;
    private final JitRuntime jit;
    private final Interpreter interp;
    private final MethodType type;
    private final MethodHandle fallback;
    private Unit linked;

    TypedCallSite(String symbol, TypedVersions.Entry entry, TypedVersions versions, JitRuntime jit,
            Interpreter interp, boolean budgeted) {
        this.symbol = symbol;
        this.entry = entry;
        this.versions = versions;
        this.jit = jit;
        this.interp = interp;
        this.ret = entry.ret;
        this.budgeted = budgeted;
        this.type = typeOf(budgeted ? entry.kinds + "i" : entry.kinds, ret);
        this.site = new MutableCallSite(type);
        if (budgeted) {
            this.fallback = NOT_MADE.bindTo(this).bindTo("its unit was discarded")
                    .asCollector(Object[].class, type.parameterCount()).asType(type);
            site.setTarget(fallback);
            return;
        }
        MethodHandle fb = FALLBACK.bindTo(this).asCollector(Object[].class, entry.kinds.length());
        MethodHandle[] boxes = new MethodHandle[entry.kinds.length()];
        for (int i = 0; i < boxes.length; i++) {
            boxes[i] = switch (entry.kinds.charAt(i)) {
                case 'i' -> BOX_INT;
                case 'f' -> BOX_FLOAT;
                default -> null;
            };
        }
        fb = MethodHandles.filterArguments(fb, 0, boxes);
        if (ret == 'i') {
            fb = MethodHandles.filterReturnValue(fb, AS_LONG);
        } else if (ret == 'f') {
            fb = MethodHandles.filterReturnValue(fb, AS_FLOAT);
        }
        this.fallback = fb.asType(type);
        site.setTarget(fallback);
        if (entry.unit != null && entry.unit.valid()) {
            link(entry.unit);
        }
    }

    /** The entry type of a typed version taking arguments of these kinds. */
    static MethodType typeOf(String kinds, char ret) {
        List<Class<?>> params = new ArrayList<>();
        for (int i = 0; i < kinds.length(); i++) {
            params.add(switch (kinds.charAt(i)) {
                case 'i' -> long.class;
                case 'f' -> double.class;
                default -> Object.class;
            });
        }
        return MethodType.methodType(ret == 'i' ? long.class : ret == 'f' ? double.class : Object.class, params);
    }

    /** The unit calls through this site enter now, or null (always for a budgeted site: only its own target checks the budget). */
    Unit linkedUnit() {
        Unit u = linked;
        return !budgeted && u != null && u.valid() && u.entry().type().equals(type) ? u : null;
    }

    void link(Unit u) {
        List<Class<?>> params = type.parameterList();
        Class<?> rt = type.returnType();
        MethodHandle h;
        if (budgeted) {
            if (!u.entry().type().equals(type)) {
                return;
            }
            MethodHandle test = MethodHandles.dropArguments(BUDGET_LEFT, 0, params.subList(0, params.size() - 1));
            MethodHandle spent = NOT_MADE.bindTo(this).bindTo("recursion budget spent")
                    .asCollector(Object[].class, params.size()).asType(type);
            h = MethodHandles.guardWithTest(test, u.entry(), spent);
        } else if (u.entry().type().equals(type.appendParameterTypes(long.class))) {
            // the outermost activation of a budgeted version: counted, and given the budget
            MethodHandle leave = cleanup(LEAVE_BUDGETED.bindTo(this), rt, params);
            h = MethodHandles.foldArguments(u.entry(), params.size(), BUDGET.bindTo(this));
            h = MethodHandles.tryFinally(h, leave);
            h = MethodHandles.foldArguments(h, ENTER.bindTo(interp));
        } else if (u.entry().type().equals(type)) {
            MethodHandle leave = cleanup(LEAVE.bindTo(interp), rt, params);
            h = MethodHandles.tryFinally(u.entry(), leave);
            h = MethodHandles.foldArguments(h, ENTER.bindTo(interp));
        } else {
            return; // made for another return kind: this site's caller is invalidated (TypedVersions.Entry#frameless)
        }
        h = MethodHandles.catchException(h, StackOverflowError.class,
                MethodHandles.dropArguments(OVERFLOW.asType(MethodType.methodType(rt, StackOverflowError.class)), 1,
                        params));
        linked = u;
        java.lang.invoke.SwitchPoint enterable = RelinkingUnit.enterable(u);
        if (enterable != null) {
            site.setTarget(enterable.guardWithTest(h, fallback));
        } else {
            MethodHandle test = MethodHandles.dropArguments(VALID.bindTo(u), 0, params);
            site.setTarget(MethodHandles.guardWithTest(test, h, fallback));
        }
    }

    /** The target while no valid unit is linked: (re)makes the version, links it, calls the interpreter's way. */
    private Object fallback(Object[] args) {
        if (versions.reexecuting > 0) {
            throw versions.giveUp(entry, "a budgeted activation met an unlinked call");
        }
        if (versions.ensure(entry) && entry.unit != null && entry.unit != linked && entry.unit.valid()) {
            link(entry.unit);
        }
        PyObject[] a = new PyObject[args.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = (PyObject) args[i];
        }
        Frame f = interp.newFrame(entry.function, a);
        return interp.callFrame(f);
    }

    /** The cleanup of a {@code tryFinally} around a call returning {@code rt}: runs {@code leave}, passes the result on. */
    private static MethodHandle cleanup(MethodHandle leave, Class<?> rt, List<Class<?>> params) {
        MethodHandle pass = MethodHandles.dropArguments(MethodHandles.identity(rt), 0, Throwable.class);
        return MethodHandles.dropArguments(MethodHandles.foldArguments(pass, leave), 2, params);
    }

    /** The outermost budgeted activation starts: what it may nest, counted as running. */
    private long budget() {
        versions.reexecuting++;
        return jit.recursionBudget();
    }

    private void leaveBudgeted() {
        versions.reexecuting--;
        interp.leaveFrameless();
    }

    private static boolean budgetLeft(long budget) {
        return budget >= 0;
    }

    /** A budgeted call not made: the recursion is given up. */
    private Object notMade(String why, Object[] args) {
        throw versions.giveUp(entry, why);
    }

    private static Object overflow(StackOverflowError e) {
        PyException r = Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        throw r;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
