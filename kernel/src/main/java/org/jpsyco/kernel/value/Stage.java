package org.jpsyco.kernel.value;

/**
 * The stage of an abstract value, in the order stage transitions go: every {@link Transition}
 * moves a value strictly forward in this order, so no sequence of transitions returns a value to a
 * stage it has left. That acyclicity is why specialization terminates: a value can be forced,
 * unfixed or promoted only finitely often, and fixed values (the last stage) never change again.
 *
 * <pre>
 *   VIRTUAL      --force at compile time--&gt;  COMPILE_TIME
 *   VIRTUAL      --force--------------------&gt;  RUN_TIME
 *   COMPILE_TIME --unfix--------------------&gt;  RUN_TIME
 *   COMPILE_TIME --fix----------------------&gt;  FIXED
 *   RUN_TIME     --promote------------------&gt;  FIXED
 * </pre>
 */
public enum Stage {
    /** Not built: a descriptor and fields; exists neither now nor at run time until forced. */
    VIRTUAL,
    /** Known now, not yet depended on: may still be unfixed to run-time at a merge point. */
    COMPILE_TIME,
    /** Exists only at run time, in a LIR value; some kinds may be known about it. */
    RUN_TIME,
    /** Known now and depended on by emitted code: never changes stage again. */
    FIXED
}
