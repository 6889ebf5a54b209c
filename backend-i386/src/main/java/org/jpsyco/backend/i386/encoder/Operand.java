package org.jpsyco.backend.i386.encoder;

/** An operand of an instruction form: a register, an immediate, a memory reference or a condition. */
public sealed interface Operand permits Reg, Xmm, Imm, Mem, Cond {
}
