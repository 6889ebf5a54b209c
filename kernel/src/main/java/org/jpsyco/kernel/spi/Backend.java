package org.jpsyco.kernel.spi;

import org.jpsyco.kernel.lir.LirFunction;

/**
 * A code generator: turns the kernel's LIR for one version into executable entry points, or
 * says why it cannot. Backends are OSGi services; the kernel prefers the best-ranked backend
 * that accepts a version.
 *
 * <p>The contract, for every backend:
 * <ul>
 * <li>The unit's entry takes the entry block's parameters and returns the type of its
 * {@code return} operands (all alike), or nothing for {@code return_void}; LIR types map to Java
 * as {@code i64 -> long}, {@code f64 -> double}, {@code i1 -> boolean}, {@code ref -> Object}.
 * <li>A guard whose condition fails, an {@code exit}, a promotion miss, a {@code safepoint} after
 * {@link CompiledUnit#invalidate()} or when {@link Linkage#safepointPoll()} says so, and an
 * overflow or zero divisor in an exiting operation all leave through the instruction's deopt
 * descriptor: the backend calls {@link Linkage#exitHandler()} with the descriptor and its live
 * values, and returns what the handler returns (unboxed to the unit's result type) from the
 * entry. The live values are the {@link org.jpsyco.kernel.lir.DeoptDescriptor.Live} recoveries in
 * the order {@link org.jpsyco.kernel.lir.DeoptDescriptor#liveValues()} lists them, boxed
 * ({@code Long}, {@code Double}, {@code Boolean}).
 * <li>An exception of {@link Linkage#raisedType()} thrown by a call that carries a deopt
 * descriptor goes to {@link Linkage#raiseHandler()} the same way; without a descriptor it
 * propagates out of the entry unchanged. Other throwables always propagate.
 * </ul>
 */
public interface Backend {
    /** A short stable name, for example {@code "jvm"} or {@code "i386"}; used by {@code --backend}. */
    String name();

    /**
     * Why this backend cannot compile {@code function} (an operation, a type or a size it does
     * not handle), or null when it can. Cheap: called before {@link #compile}.
     */
    String declines(LirFunction function);

    /**
     * Whether this backend expects to run {@code function} at least as fast as the backends
     * ranked below it would. Automatic selection skips a backend that says no; a backend the user
     * named ({@code --backend=NAME}) compiles whatever it does not decline. Cheap, like
     * {@link #declines}.
     */
    default boolean prefers(LirFunction function) {
        return true;
    }

    /**
     * Compiles a verified function. Throws {@link BackendException} when it fails after all
     * (the kernel then tries the next backend or leaves the code to the interpreter).
     */
    CompiledUnit compile(LirFunction function, Linkage linkage);
}
