package org.jpsyco.backend.i386.encoder;

/**
 * A memory reference: {@code [base + index*scale + disp]}, any part optional except that an index
 * needs no base only with a 32-bit displacement, or {@code [rip + disp]} (displacement counted from
 * the end of the instruction). The size of the access is given by the form's {@link Kind}.
 *
 * @param base  base register, or null
 * @param index index register, or null; never {@link Reg#RSP} (the encoding means "no index")
 * @param scale 1, 2, 4 or 8 (1 when there is no index)
 * @param disp  signed 32-bit displacement
 * @param rip   RIP-relative (then base and index are null)
 */
public record Mem(Reg base, Reg index, int scale, int disp, boolean rip) implements Operand {
    public Mem {
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale " + scale);
        }
        if (index == Reg.RSP) {
            throw new IllegalArgumentException("rsp cannot be an index register");
        }
        if (index == null && scale != 1) {
            throw new IllegalArgumentException("scale without index");
        }
        if (rip && (base != null || index != null)) {
            throw new IllegalArgumentException("rip-relative takes no base or index");
        }
        if (!rip && base == null && index == null) {
            throw new IllegalArgumentException("absolute addresses are not supported; use rip-relative");
        }
    }

    /** {@code [base]} */
    public static Mem at(Reg base) {
        return new Mem(base, null, 1, 0, false);
    }

    /** {@code [base + disp]} */
    public static Mem at(Reg base, int disp) {
        return new Mem(base, null, 1, disp, false);
    }

    /** {@code [base + index*scale + disp]} */
    public static Mem at(Reg base, Reg index, int scale, int disp) {
        return new Mem(base, index, scale, disp, false);
    }

    /** {@code [index*scale + disp32]} with no base. */
    public static Mem indexed(Reg index, int scale, int disp) {
        return new Mem(null, index, scale, disp, false);
    }

    /** {@code [rip + disp32]}, the displacement counted from the end of the instruction. */
    public static Mem rip(int disp) {
        return new Mem(null, null, 1, disp, true);
    }

    /** Intel syntax without size, e.g. {@code [rbx+rcx*4+0x10]}, as GNU {@code as} reads it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("[");
        if (rip) {
            s.append("rip");
        }
        if (base != null) {
            s.append(base.name(64));
        }
        if (index != null) {
            if (base != null) {
                s.append('+');
            }
            s.append(index.name(64)).append('*').append(scale);
        }
        if (disp != 0 || base == null) {
            s.append(disp < 0 ? "-" : "+").append("0x").append(Long.toHexString(Math.abs((long) disp)));
        }
        return s.append(']').toString();
    }
}
