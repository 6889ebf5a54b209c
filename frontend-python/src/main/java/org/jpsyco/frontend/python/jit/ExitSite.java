package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.jit.spi.PyKind;

/**
 * Why compiled code may leave through one deopt descriptor: the reason logs and statistics show,
 * and for a type guard the frame slot it guarded (slot 0 is the frame, then locals, then the
 * stack, as in the descriptor), the kind it expected and the strategy that asked for it, so the
 * exit can teach the {@link TypeProfile}.
 */
record ExitSite(String reason, int slot, PyKind expected, String strategy) {
    static ExitSite of(String reason) {
        return new ExitSite(reason, -1, null, null);
    }

    boolean typeGuard() {
        return slot >= 0;
    }
}
