package org.jpsyco.backend.i386.encoder;

/*
 * The x86-64 encoder: turns one Form of the table plus its operands into bytes.
 *
 * Protocol
 *  - The caller picks the form; the encoder never picks a shorter one. Choosing between forms
 *    (imm8 or imm32, the accumulator form for rax, rel8 or rel32) is the assembler's job; the
 *    encoder only checks that each operand fits the kind of its position (Kind.accepts) and
 *    throws IllegalArgumentException otherwise.
 *  - Byte order of one instruction: mandatory prefix (66/F2/F3), REX, opcode bytes (the last one
 *    plus the register's low three bits for +r, plus the condition code for +cc), ModRM, SIB,
 *    displacement, immediate (little-endian).
 *  - REX = 0100WRXB is emitted when any bit is set or when a byte operand is spl/bpl/sil/dil
 *    (without REX those encodings mean ah/ch/dh/bh, which are not supported).
 *    W: 64-bit operand size, from the form. R: bit 3 of the ModRM.reg register. X: bit 3 of the
 *    SIB index. B: bit 3 of the ModRM.rm register, the SIB base or the +r register.
 *  - ModRM = mod<<6 | reg<<3 | rm. A register in rm uses mod=11. Memory:
 *      [rip+disp32]          mod=00 rm=101, disp32 (counted from the end of the instruction)
 *      [index*s+disp32]      mod=00 rm=100, SIB base=101, disp32 (no base)
 *      [base(+index*s)+disp] mod=00 when disp is 0, 01 with disp8, 10 with disp32;
 *                            rm=100 with a SIB when there is an index or the base is rsp/r12
 *                            (their low bits 100 mean "SIB follows"); the base rbp/r13 always
 *                            takes a displacement (low bits 101 with mod=00 mean rip/no base),
 *                            a zero disp8 when disp is 0.
 *    SIB = scale<<6 | index<<3 | base; index 100 (rsp) means no index, so rsp is never an index
 *    (r12 is, with REX.X).
 *  - Relative displacements (REL8/REL32) are given as Imm counted from the end of the instruction;
 *    labels and patching are done by emitBranch/emitRipRelative/CodeBuffer over this.
 *
 * Not supported: legacy high byte registers (ah..bh), 16-bit operand-size forms (66 prefix on
 * integer instructions), absolute [disp32] without base or index, segment overrides, lock, VEX.
 */

/** Encodes {@link Form}s into a {@link CodeBuffer}; see the protocol at the top of this file. */
public final class Encoder {
    private Encoder() {
    }

    /** Appends one instruction. Operands follow {@link Form#kinds()} (conditions included). */
    public static void emit(CodeBuffer buf, Form form, Operand... ops) {
        if (ops.length != form.kinds().size()) {
            throw new IllegalArgumentException(form + " takes " + form.kinds() + ", got " + ops.length + " operands");
        }
        Cond cond = null;
        Operand[] pos = new Operand[ops.length];
        Kind[] kinds = new Kind[ops.length];
        int n = 0;
        boolean forceRex = false;
        for (int i = 0; i < ops.length; i++) {
            Kind k = form.kinds().get(i);
            if (!k.accepts(ops[i])) {
                throw new IllegalArgumentException(form + ": operand " + i + " (" + ops[i] + ") is not " + k);
            }
            if (k == Kind.CC) {
                cond = (Cond) ops[i];
                continue;
            }
            if (k == Kind.R8 && ops[i] instanceof Reg r && r.number() >= 4 && r.number() < 8) {
                forceRex = true;
            }
            kinds[n] = k;
            pos[n++] = ops[i];
        }
        Operand reg = null;
        Operand rm = null;
        Operand opReg = null;
        Operand imm = null;
        Kind immKind = null;
        switch (form.encoding()) {
            case ZO -> { }
            case O -> opReg = pos[0];
            case OI -> { opReg = pos[0]; imm = pos[1]; immKind = kinds[1]; }
            case M, MC -> rm = pos[0];
            case MI -> { rm = pos[0]; imm = pos[1]; immKind = kinds[1]; }
            case MR -> { rm = pos[0]; reg = pos[1]; }
            case RM -> { reg = pos[0]; rm = pos[1]; }
            case RMI -> { reg = pos[0]; rm = pos[1]; imm = pos[2]; immKind = kinds[2]; }
            case I -> { imm = pos[1]; immKind = kinds[1]; }
            case D -> { imm = pos[0]; immKind = kinds[0]; }
        }

        Mem mem = rm instanceof Mem m ? m : null;
        int rex = 0;
        if (form.rexW) {
            rex |= 8;
        }
        if (reg != null && number(reg) >= 8) {
            rex |= 4;
        }
        if (mem != null && mem.index() != null && mem.index().extended()) {
            rex |= 2;
        }
        if (mem != null ? mem.base() != null && mem.base().extended()
                : (rm != null && number(rm) >= 8) || (opReg != null && number(opReg) >= 8)) {
            rex |= 1;
        }

        if (form.prefix != 0) {
            buf.emit8(form.prefix);
        }
        if (rex != 0 || forceRex) {
            buf.emit8(0x40 | rex);
        }
        byte[] opc = form.opcode;
        for (int i = 0; i < opc.length - 1; i++) {
            buf.emit8(opc[i]);
        }
        int last = opc[opc.length - 1] & 0xFF;
        if (form.plusReg) {
            last += number(opReg) & 7;
        }
        if (form.plusCc) {
            last += cond.code();
        }
        buf.emit8(last);

        if (rm != null) {
            int regField = form.modrm >= 0 ? form.modrm : number(reg) & 7;
            if (mem == null) {
                buf.emit8(0xC0 | regField << 3 | (number(rm) & 7));
            } else {
                emitMemory(buf, regField, mem);
            }
        }
        if (imm != null) {
            long v = ((Imm) imm).value();
            switch (immKind.immediateBytes()) {
                case 1 -> buf.emit8((int) v);
                case 4 -> buf.emit32((int) v);
                default -> buf.emit64(v);
            }
        }
    }

    /** One instruction as a fresh byte array (for tests and listings). */
    public static byte[] encode(Form form, Operand... ops) {
        CodeBuffer buf = new CodeBuffer(16);
        emit(buf, form, ops);
        return buf.toByteArray();
    }

    private static int number(Operand op) {
        return switch (op) {
            case Reg r -> r.number();
            case Xmm x -> x.number();
            default -> throw new IllegalArgumentException("not a register: " + op);
        };
    }

    private static void emitMemory(CodeBuffer buf, int regField, Mem m) {
        int r = regField << 3;
        if (m.rip()) {
            buf.emit8(r | 0b101);
            buf.emit32(m.disp());
            return;
        }
        int scaleBits = Integer.numberOfTrailingZeros(m.scale()) << 6;
        if (m.base() == null) {
            buf.emit8(r | 0b100);
            buf.emit8(scaleBits | m.index().low3() << 3 | 0b101);
            buf.emit32(m.disp());
            return;
        }
        int base = m.base().low3();
        int disp = m.disp();
        int mod = disp == 0 && base != 0b101 ? 0b00 : disp == (byte) disp ? 0b01 : 0b10;
        boolean sib = m.index() != null || base == 0b100;
        buf.emit8(mod << 6 | r | (sib ? 0b100 : base));
        if (sib) {
            int index = m.index() == null ? 0b100 : m.index().low3();
            buf.emit8(scaleBits | index << 3 | base);
        }
        if (mod == 0b01) {
            buf.emit8(disp);
        } else if (mod == 0b10) {
            buf.emit32(disp);
        }
    }

    /**
     * Appends a relative jump or call ({@link Kind#REL8}/{@link Kind#REL32} form, with its
     * condition first if conditional) to a label. A bound label is reached at once; an unbound one
     * records the site and is patched by {@link CodeBuffer#bind}.
     *
     * @return the site, whose rel32 field can later be redirected with {@link CodeBuffer#retarget}
     */
    public static JumpSite emitBranch(CodeBuffer buf, Form form, Cond cond, Label target) {
        Kind rel = form.kinds().getLast();
        if (rel != Kind.REL8 && rel != Kind.REL32) {
            throw new IllegalArgumentException(form + " is not a relative branch");
        }
        if (form.conditional() != (cond != null)) {
            throw new IllegalArgumentException(form + (cond == null ? " needs" : " takes no") + " condition");
        }
        int start = buf.position();
        Operand zero = Imm.of(0);
        if (form.conditional()) {
            emit(buf, form, cond, zero);
        } else {
            emit(buf, form, zero);
        }
        int width = rel.immediateBytes();
        JumpSite site = new JumpSite(start, buf.position() - width, width);
        if (target.isBound()) {
            buf.patch(site, target.position());
        } else {
            target.addUse(site);
        }
        return site;
    }

    /**
     * Appends an instruction whose memory operand is {@code [rip + label]}: pass {@code Mem.rip(0)}
     * as a placeholder among the operands. The form must take no immediate, so that the
     * displacement is the last field and counts from its end. A bound label is reached at once, an
     * unbound one is patched by {@link CodeBuffer#bind}.
     */
    public static JumpSite emitRipRelative(CodeBuffer buf, Form form, Label target, Operand... ops) {
        boolean placeholder = false;
        for (Operand op : ops) {
            placeholder |= op instanceof Mem m && m.rip() && m.disp() == 0;
        }
        if (!placeholder || form.kinds().stream().anyMatch(k -> k.immediateBytes() != 0)) {
            throw new IllegalArgumentException(form + " cannot take a rip-relative label here");
        }
        int start = buf.position();
        emit(buf, form, ops);
        JumpSite site = new JumpSite(start, buf.position() - 4, 4);
        if (target.isBound()) {
            buf.patch(site, target.position());
        } else {
            target.addUse(site);
        }
        return site;
    }

    /**
     * Appends {@code n} bytes of no-ops, using the multi-byte NOP sequences Intel recommends
     * (one instruction per up to 9 bytes).
     */
    public static void emitNops(CodeBuffer buf, int n) {
        while (n > 0) {
            int k = Math.min(n, 9);
            for (byte b : NOPS[k]) {
                buf.emit8(b);
            }
            n -= k;
        }
    }

    /** Pads with no-ops to the next multiple of {@code alignment} (a power of two). */
    public static void align(CodeBuffer buf, int alignment) {
        emitNops(buf, -buf.position() & (alignment - 1));
    }

    /** Intel SDM vol. 2B, NOP: recommended multi-byte sequences, by length. */
    private static final byte[][] NOPS = {
        {},
        {(byte) 0x90},
        {0x66, (byte) 0x90},
        {0x0F, 0x1F, 0x00},
        {0x0F, 0x1F, 0x40, 0x00},
        {0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x0F, 0x1F, (byte) 0x80, 0x00, 0x00, 0x00, 0x00},
        {0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    };
}
