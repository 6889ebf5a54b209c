package org.jpsyco.backend.i386.lower;

import org.jpsyco.backend.i386.encoder.Mem;
import org.jpsyco.backend.i386.encoder.Reg;
import org.jpsyco.backend.i386.encoder.Xmm;

/**
 * Where a value lives for its whole life: a general register, an SSE register or a frame slot.
 * Frame slot {@code k} is {@code [rbp - 48 - 8k]}, below the saved rbp and the five callee-saved
 * registers the prologue pushes.
 */
record Loc(Reg reg, Xmm xmm, int slot) {
    static final int FRAME_TOP = 48;

    static Loc of(Reg r) {
        return new Loc(r, null, -1);
    }

    static Loc of(Xmm x) {
        return new Loc(null, x, -1);
    }

    static Loc slot(int k) {
        return new Loc(null, null, k);
    }

    boolean isReg() {
        return reg != null;
    }

    boolean isXmm() {
        return xmm != null;
    }

    boolean isSlot() {
        return slot >= 0;
    }

    Mem mem() {
        if (slot < 0) {
            throw new IllegalStateException("not a frame slot: " + this);
        }
        return Mem.at(Reg.RBP, -FRAME_TOP - 8 * slot);
    }

    @Override
    public String toString() {
        return reg != null ? reg.toString() : xmm != null ? xmm.toString() : "[rbp-" + (FRAME_TOP + 8 * slot) + "]";
    }
}
