package org.jpsyco.backend.i386.encoder;

/**
 * The sixteen general-purpose registers, in hardware numbering. The operand width (8, 16, 32 or 64
 * bits) is not part of the register but of the {@link Kind} the form gives the operand.
 */
public enum Reg implements Operand {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15;

    private static final String[] LEGACY = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
    private static final String[] LOW_BYTE = {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"};

    /** Hardware number 0-15: the low three bits go in ModRM/SIB/opcode, bit 3 in REX. */
    public int number() {
        return ordinal();
    }

    int low3() {
        return ordinal() & 7;
    }

    boolean extended() {
        return ordinal() >= 8;
    }

    /** Intel name at the given width in bits (8, 16, 32 or 64), as GNU {@code as} spells it. */
    public String name(int bits) {
        int n = ordinal();
        if (n >= 8) {
            return "r" + n + switch (bits) {
                case 8 -> "b";
                case 16 -> "w";
                case 32 -> "d";
                case 64 -> "";
                default -> throw new IllegalArgumentException("width " + bits);
            };
        }
        return switch (bits) {
            case 8 -> LOW_BYTE[n];
            case 16 -> LEGACY[n];
            case 32 -> "e" + LEGACY[n];
            case 64 -> "r" + LEGACY[n];
            default -> throw new IllegalArgumentException("width " + bits);
        };
    }

    @Override
    public String toString() {
        return name(64);
    }
}
