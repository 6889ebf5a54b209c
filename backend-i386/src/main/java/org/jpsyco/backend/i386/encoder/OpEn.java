package org.jpsyco.backend.i386.encoder;

/**
 * Operand encoding, the "Op/En" column of Intel's instruction tables: where each operand of a form
 * goes. Operands of kind {@link Kind#CC} are left out before positions are counted.
 */
public enum OpEn {
    /** No operand bytes: {@code ret}, {@code cqo}. */
    ZO,
    /** Operand 0 in the low bits of the last opcode byte ({@code +r}): {@code push r64}. */
    O,
    /** As {@link #O}, then operand 1 as immediate: {@code movabs r64, imm64}. */
    OI,
    /** Operand 0 in ModRM.rm, the opcode extension {@code /digit} in ModRM.reg. */
    M,
    /** As {@link #M}, then operand 1 as immediate. */
    MI,
    /** As {@link #M}; operand 1 is the implicit {@code cl}. */
    MC,
    /** Operand 0 in ModRM.rm, operand 1 in ModRM.reg. */
    MR,
    /** Operand 0 in ModRM.reg, operand 1 in ModRM.rm. */
    RM,
    /** As {@link #RM}, then operand 2 as immediate. */
    RMI,
    /** Operand 0 is the implicit accumulator, operand 1 the immediate. */
    I,
    /** Operand 0 is a relative displacement. */
    D
}
