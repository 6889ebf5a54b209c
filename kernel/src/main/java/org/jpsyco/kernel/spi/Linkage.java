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
}
