package org.jpsyco.backend.i386.encoder;

/**
 * The kind of one operand position of a {@link Form}: which {@link Operand} it takes, at what width,
 * and how it is spelled in Intel syntax.
 */
public enum Kind {
    R8(8), R16(16), R32(32), R64(64),
    /** Only {@link Reg#RAX}: the short accumulator forms. */
    RAX(64),
    /** Only {@link Reg#RCX}, spelled {@code cl}: shift counts. */
    CL(8),
    X(128),
    M8(8), M16(16), M32(32), M64(64), M128(128),
    I8(8), I32(32), I64(64),
    REL8(8), REL32(32),
    /** A {@link Cond}, folded into the last opcode byte. */
    CC(0);

    private final int bits;

    Kind(int bits) {
        this.bits = bits;
    }

    /** Operand width in bits. */
    public int bits() {
        return bits;
    }

    public boolean isMemory() {
        return this == M8 || this == M16 || this == M32 || this == M64 || this == M128;
    }

    /** Bytes of immediate or displacement this kind adds after ModRM/SIB/displacement (0 if none). */
    int immediateBytes() {
        return switch (this) {
            case I8, REL8 -> 1;
            case I32, REL32 -> 4;
            case I64 -> 8;
            default -> 0;
        };
    }

    /** Whether this position can take the operand (type, fixed register, immediate range). */
    public boolean accepts(Operand op) {
        return switch (this) {
            case R8, R16, R32, R64 -> op instanceof Reg;
            case RAX -> op == Reg.RAX;
            case CL -> op == Reg.RCX;
            case X -> op instanceof Xmm;
            case M8, M16, M32, M64, M128 -> op instanceof Mem;
            case I8, REL8 -> op instanceof Imm(long v) && v == (byte) v;
            case I32, REL32 -> op instanceof Imm(long v) && v == (int) v;
            case I64 -> op instanceof Imm;
            case CC -> op instanceof Cond;
        };
    }

    /** The operand in Intel syntax as GNU {@code as} reads it (relative kinds: the raw number). */
    public String intel(Operand op) {
        return switch (this) {
            case R8, R16, R32, R64, RAX, CL -> ((Reg) op).name(bits);
            case M8 -> "byte ptr " + op;
            case M16 -> "word ptr " + op;
            case M32 -> "dword ptr " + op;
            case M64 -> "qword ptr " + op;
            case M128 -> "xmmword ptr " + op;
            default -> op.toString();
        };
    }
}
