package org.jpsyco.kernel.value;

import java.util.Objects;

import org.jpsyco.kernel.lir.Constant;

/**
 * The shared home of a compile-time value (Psyco's {@code source_known_t}). Every copy of the
 * value, in live frames and in snapshots taken earlier, points at the same cell, so fixing it is
 * seen everywhere at once: a snapshot taken before a decision depended on the value reports it
 * fixed afterwards, and a later partial match will not unfix it. The fixed flag only ever goes
 * from false to true.
 */
public final class KnownCell {
    private final Constant value;
    private volatile boolean fixed;

    KnownCell(Constant value, boolean fixed) {
        this.value = Objects.requireNonNull(value);
        this.fixed = fixed;
    }

    public Constant value() {
        return value;
    }

    public boolean fixed() {
        return fixed;
    }

    void fix() {
        fixed = true;
    }

    /** Identity: two cells with the same value are still different values (one may be fixed). */
    @Override
    public String toString() {
        return value.typed() + (fixed ? "!" : "");
    }
}
