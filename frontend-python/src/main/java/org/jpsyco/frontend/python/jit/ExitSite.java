package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.jit.spi.PyKind;

/**
 * Why compiled code may leave through one deopt descriptor: the reason logs and statistics show,
 * and for a type guard the frame slot it guarded (slot 0 is the frame, then locals, then the
 * stack, as in the descriptor), the kind it expected and the strategy that asked for it, so the
 * exit can teach the {@link TypeProfile}.
 */
record ExitSite(String reason, int slot, PyKind expected, String strategy) {
    /** The slot of a strategy's guard on its operation's values (overflow, zero divisor, ranges): leaving teaches that the instruction wants its generic form. */
    static final int OPERATION = -2;

    /** The reason prefix of a leaving point of an inlined callee ({@link Inliner}): the caller resumes at its call, which runs again. */
    static final String INLINED = "inlined ";

    static ExitSite of(String reason) {
        return new ExitSite(reason, -1, null, null);
    }

    /** A strategy's guard on the values of the current operation. */
    static ExitSite operation(String reason, String strategy) {
        return new ExitSite(reason, OPERATION, null, strategy);
    }

    boolean operationGuard() {
        return slot == OPERATION;
    }

    /** Whether leaving here resumes the caller at its call instruction, the call made again (an exception raised is dropped). */
    boolean reexecutes() {
        return reason.startsWith(INLINED);
    }

    boolean typeGuard() {
        return slot >= 0;
    }
}
