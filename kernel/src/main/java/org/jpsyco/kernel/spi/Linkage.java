package org.jpsyco.kernel.spi;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import org.jpsyco.kernel.lir.CallTarget;

/**
 * What a backend links a unit against: runtime helpers, other versions and the ways out. Given by
 * the kernel (on behalf of the front end) for each compilation.
 */
public interface Linkage {
    /** The runtime helper a {@code call_helper} names; its type matches the target's signature. */
    MethodHandle helper(CallTarget.Helper target);

    /**
     * The call site of another compiled version; its target may change later (recompiled,
     * invalidated: it then goes through the interpreter), so backends call through it.
     */
    CallSite version(CallTarget.Version target);

    /**
     * {@code (DeoptDescriptor, Object[] live) -> Object}: rebuilds the front end's state from the
     * descriptor and the live values and finishes the activation (in the interpreter); returns its
     * result, boxed.
     */
    MethodHandle exitHandler();

    /** The exception type front-end helpers raise. */
    Class<? extends Throwable> raisedType();

    /**
     * {@code (DeoptDescriptor, Object[] live, Throwable) -> Object}: like {@link #exitHandler()},
     * with that exception raised at the resume point.
     */
    MethodHandle raiseHandler();

    /** {@code () -> boolean}: true when code at a safepoint must leave (interrupt, invalidation). */
    MethodHandle safepointPoll();

    /**
     * Whether a call to {@code target} enters the very version this linkage was handed to compile,
     * with the same entry (a version calling itself), so a backend may call its own code
     * directly. Such a call still counts against the recursion limit ({@link #recursionBudget()});
     * the default says no.
     *
     * @since 0.4.0
     */
    default boolean callsItself(CallTarget.Version target) {
        return false;
    }

    /**
     * {@code () -> long}: how many more calls the recursion limit allows the running thread now
     * (the limit less the depth already counted), for code that makes calls of its own without
     * counting them one by one; null when the front end has no such limit to tell.
     *
     * @since 0.4.0
     */
    default MethodHandle recursionBudget() {
        return null;
    }

    /**
     * {@code (long n) -> void}: counts {@code n} calls made without counting them one by one
     * (within the {@link #recursionBudget()}), or gives them back for a negative {@code n}; code
     * that made such calls counts them around a call that may reach the depth. Null when
     * {@link #recursionBudget()} is.
     *
     * @since 0.4.0
     */
    default MethodHandle countCalls() {
        return null;
    }

    /**
     * The unit a call of {@code target} enters now, as its backend made it (so a backend can
     * recognize one of its own units and call its code directly, as long as that unit stays valid),
     * or null when none is linked or the front end does not tell. The call site ({@link #version})
     * stays the way to make the call whenever the unit is invalid.
     *
     * @since 0.5.0
     */
    default CompiledUnit linkedUnit(CallTarget.Version target) {
        return null;
    }
}
