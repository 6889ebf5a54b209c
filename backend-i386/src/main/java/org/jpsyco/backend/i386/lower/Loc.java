package org.jpsyco.backend.i386.lower;

import org.jpsyco.backend.i386.encoder.Mem;
import org.jpsyco.backend.i386.encoder.Reg;
import org.jpsyco.backend.i386.encoder.Xmm;

/**
 * Where a value lives for its whole life: a general register, an SSE register, a frame slot, or
 * nowhere for a constant, whose bits every use writes as an immediate (or loads from the constant
 * pool). Frame slot {@code k} is {@code [rbp - 48 - 8k]}, below the saved rbp and the five
 * callee-saved registers the prologue pushes.
 */
record Loc(Reg reg, Xmm xmm, int slot, boolean isConst, long bits) {
    static final int FRAME_TOP = 48;

    static Loc of(Reg r) {
        return new Loc(r, null, -1, false, 0);
    }

    static Loc of(Xmm x) {
        return new Loc(null, x, -1, false, 0);
    }

    static Loc slot(int k) {
        return new Loc(null, null, k, false, 0);
    }

    static Loc constant(long bits) {
        return new Loc(null, null, -1, true, bits);
    }

    /** Whether a constant fits a sign-extended 32-bit immediate. */
    boolean imm32() {
        return isConst && bits == (int) bits;
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
        return reg != null ? reg.toString() : xmm != null ? xmm.toString() : isConst ? "$" + bits : "[rbp-" + (FRAME_TOP + 8 * slot) + "]";
    }
}
