package org.jpsyco.backend.i386.asm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpsyco.backend.i386.encoder.CodeBuffer;
import org.jpsyco.backend.i386.encoder.Cond;
import org.jpsyco.backend.i386.encoder.Encoder;
import org.jpsyco.backend.i386.encoder.Form;
import org.jpsyco.backend.i386.encoder.Imm;
import org.jpsyco.backend.i386.encoder.JumpSite;
import org.jpsyco.backend.i386.encoder.Label;
import org.jpsyco.backend.i386.encoder.Mem;
import org.jpsyco.backend.i386.encoder.Operand;
import org.jpsyco.backend.i386.encoder.Reg;
import org.jpsyco.backend.i386.encoder.Xmm;

/**
 * Named x86-64 instructions over the {@link Encoder}, Intel operand order (destination first),
 * 64-bit operand size unless the name says otherwise ({@code mov32}, {@code xor32}).
 *
 * <p>Call order: create one assembler per unit of code; call {@link #newLabel()} for every
 * branch target; emit instructions in program order, calling {@link #bind(Label)} exactly once
 * per label at its position (before or after the branches to it); finally call {@link #finish()},
 * which checks that every label is bound and returns the bytes. After {@code finish} the
 * assembler takes no more instructions. Offsets ({@link #position()}, {@link JumpSite}) are
 * relative to the start of the code; the code is position-independent except for
 * {@link #callRel32(int)} targets, which are offsets from that start too.
 *
 * <p>Constants: {@link #constant(double)}, {@link #constant(long)} and {@link #constant128} return
 * labels of a pool that {@link #finish()} places after the code; instructions taking a
 * {@link Label} as memory operand address it rip-relative.
 *
 * <p>Form choice: immediates use the imm8 form when they fit, the accumulator form for
 * {@code rax}, otherwise imm32 (a value beyond 32 bits is refused, except by {@link #mov(Reg, long)},
 * which falls back to {@code movabs}); {@link #jcc} and {@link #jmp} use rel8 for a bound label
 * in reach and rel32 otherwise; {@link #jccPatchable} and {@link #jmpPatchable} always use rel32,
 * so the site can later be redirected with {@link CodeBuffer#retarget}.
 */
public final class Assembler {
    private final CodeBuffer code = new CodeBuffer();
    private final List<Label> labels = new ArrayList<>();
    private final Listing listing = new Listing();
    /** Constants placed after the code by {@link #finish()}, one label per distinct value. */
    private final Map<Constant, Label> pool = new LinkedHashMap<>();
    private boolean finished;

    /** A pool entry: 8 bytes ({@code hi} unused) or 16 bytes. */
    private record Constant(long lo, long hi, boolean wide) {
    }

    /** A fresh unbound label of this code. */
    public Label newLabel() {
        Label l = new Label();
        labels.add(l);
        return l;
    }

    /** Binds the label to the current position. */
    public void bind(Label label) {
        checkOpen();
        code.bind(label);
    }

    /** Offset of the next instruction. */
    public int position() {
        return code.position();
    }

    /** The buffer, for patching sites ({@link CodeBuffer#retarget}) before {@link #finish()}. */
    public CodeBuffer code() {
        return code;
    }

    /**
     * Places the constant pool after the code (16-byte aligned, wide constants first), checks every
     * label is bound and returns the code; ends the assembler.
     */
    public byte[] finish() {
        checkOpen();
        if (!pool.isEmpty()) {
            align(16);
            for (boolean wide : new boolean[] {true, false}) {
                pool.forEach((c, label) -> {
                    if (c.wide() == wide) {
                        int start = code.position();
                        code.bind(label);
                        code.emit64(c.lo());
                        if (wide) {
                            code.emit64(c.hi());
                        }
                        String text = wide ? String.format(".octa 0x%016x%016x", c.hi(), c.lo())
                                : String.format(".quad 0x%016x", c.lo());
                        listing.add(start, code.position(), () -> text);
                    }
                });
            }
        }
        for (Label l : labels) {
            if (!l.isBound()) {
                throw new IllegalStateException("label never bound: " + l);
            }
        }
        finished = true;
        return code.toByteArray();
    }

    private void emit(Form f, Operand... ops) {
        checkOpen();
        int start = code.position();
        Encoder.emit(code, f, ops);
        String text = f.intel(ops);
        listing.add(start, code.position(), () -> text);
    }

    private JumpSite branch(Form f, Cond c, Label target) {
        checkOpen();
        JumpSite site = Encoder.emitBranch(code, f, c, target);
        String mnemonic = f.mnemonic() + (c == null ? "" : c.suffix());
        listing.add(site.start(), site.end(), () -> mnemonic + " " + Listing.where(target));
        return site;
    }

    /** Emits a form whose operand {@code RIP} stands for {@code [rip + target]}. */
    private void ripRelative(Form f, Label target, Operand... ops) {
        checkOpen();
        JumpSite site = Encoder.emitRipRelative(code, f, target, ops);
        listing.add(site.start(), site.end(), () -> f.intel(ops).replace(RIP.toString(), "[rip+?]")
                + " # " + Listing.where(target));
    }

    private static final Mem RIP = Mem.rip(0);

    /** Label of an 8-byte constant in the pool (shared with equal constants). */
    public Label constant(long bits) {
        return pool.computeIfAbsent(new Constant(bits, 0, false), c -> newLabel());
    }

    /** Label of a double constant in the pool. */
    public Label constant(double value) {
        return constant(Double.doubleToRawLongBits(value));
    }

    /** Label of a 16-byte, 16-byte aligned constant (masks for {@code xorpd}/{@code andpd}). */
    public Label constant128(long lo, long hi) {
        return pool.computeIfAbsent(new Constant(lo, hi, true), c -> newLabel());
    }

    /**
     * The code so far, one instruction a line: offset, bytes, Intel syntax; branch targets as
     * offsets ({@code ?} while unbound). Reflects later patches of the buffer's bytes, not of
     * branch targets made with {@link CodeBuffer#retarget}.
     */
    public String listing() {
        return listing.format(code);
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("assembler already finished");
        }
    }

    private static boolean fits8(long v) {
        return v == (byte) v;
    }

    private static Imm imm32(long v) {
        if (v != (int) v) {
            throw new IllegalArgumentException("immediate does not fit 32 bits: " + v);
        }
        return Imm.of(v);
    }

    // ---- moves ----------------------------------------------------------------------------------

    public void mov(Reg dst, Reg src) {
        emit(Form.MOV_RR, dst, src);
    }

    public void mov(Reg dst, Mem src) {
        emit(Form.MOV_RM, dst, src);
    }

    public void mov(Mem dst, Reg src) {
        emit(Form.MOV_MR, dst, src);
    }

    /** Loads a 64-bit constant: imm32 sign-extended, imm32 zero-extended (32-bit mov) or movabs. */
    public void mov(Reg dst, long imm) {
        if (imm == (int) imm) {
            emit(Form.MOV_RI32, dst, Imm.of(imm));
        } else if (imm >>> 32 == 0) {
            emit(Form.MOV32_RI32, dst, Imm.of((int) imm));
        } else {
            emit(Form.MOV_RI64, dst, Imm.of(imm));
        }
    }

    /** Always the 10-byte {@code movabs}, so the constant can be patched at {@code position() - 8}. */
    public void movabs(Reg dst, long imm) {
        emit(Form.MOV_RI64, dst, Imm.of(imm));
    }

    /** Stores a sign-extended 32-bit immediate into a quadword. */
    public void mov(Mem dst, int imm) {
        emit(Form.MOV_MI32, dst, Imm.of(imm));
    }

    /** 32-bit move; zeroes the upper half of {@code dst}. */
    public void mov32(Reg dst, Reg src) {
        emit(Form.MOV32_RR, dst, src);
    }

    public void mov32(Reg dst, Mem src) {
        emit(Form.MOV32_RM, dst, src);
    }

    public void mov32(Mem dst, Reg src) {
        emit(Form.MOV32_MR, dst, src);
    }

    /** Stores the low byte of {@code src}. */
    public void mov8(Mem dst, Reg src) {
        emit(Form.MOV8_MR, dst, src);
    }

    public void movzxByte(Reg dst, Reg src) {
        emit(Form.MOVZX32_RR8, dst, src);
    }

    public void movzxByte(Reg dst, Mem src) {
        emit(Form.MOVZX_RM8, dst, src);
    }

    public void movzxWord(Reg dst, Reg src) {
        emit(Form.MOVZX_RR16, dst, src);
    }

    public void movzxWord(Reg dst, Mem src) {
        emit(Form.MOVZX_RM16, dst, src);
    }

    public void movsxByte(Reg dst, Reg src) {
        emit(Form.MOVSX_RR8, dst, src);
    }

    public void movsxByte(Reg dst, Mem src) {
        emit(Form.MOVSX_RM8, dst, src);
    }

    public void movsxWord(Reg dst, Reg src) {
        emit(Form.MOVSX_RR16, dst, src);
    }

    public void movsxWord(Reg dst, Mem src) {
        emit(Form.MOVSX_RM16, dst, src);
    }

    /** Sign-extends the low 32 bits of {@code src}. */
    public void movsxd(Reg dst, Reg src) {
        emit(Form.MOVSXD_RR32, dst, src);
    }

    public void movsxd(Reg dst, Mem src) {
        emit(Form.MOVSXD_RM32, dst, src);
    }

    public void lea(Reg dst, Mem src) {
        emit(Form.LEA, dst, src);
    }

    /** Address of a label of this code (rip-relative). */
    public void lea(Reg dst, Label target) {
        ripRelative(Form.LEA, target, dst, RIP);
    }

    /** Loads the quadword at a label, e.g. a {@link #constant(long)}. */
    public void mov(Reg dst, Label constant) {
        ripRelative(Form.MOV_RM, constant, dst, RIP);
    }

    // ---- ALU ------------------------------------------------------------------------------------

    private void alu(AluOp op, Reg dst, Reg src) {
        emit(op.rr, dst, src);
    }

    private void alu(AluOp op, Reg dst, Mem src) {
        emit(op.rm, dst, src);
    }

    private void alu(AluOp op, Mem dst, Reg src) {
        emit(op.mr, dst, src);
    }

    private void alu(AluOp op, Reg dst, long imm) {
        if (fits8(imm)) {
            emit(op.ri8, dst, Imm.of(imm));
        } else if (dst == Reg.RAX) {
            emit(op.raxi32, dst, imm32(imm));
        } else {
            emit(op.ri32, dst, imm32(imm));
        }
    }

    public void add(Reg dst, Reg src) {
        alu(AluOp.ADD, dst, src);
    }

    public void add(Reg dst, Mem src) {
        alu(AluOp.ADD, dst, src);
    }

    public void add(Mem dst, Reg src) {
        alu(AluOp.ADD, dst, src);
    }

    public void add(Reg dst, long imm) {
        alu(AluOp.ADD, dst, imm);
    }

    public void or(Reg dst, Reg src) {
        alu(AluOp.OR, dst, src);
    }

    public void or(Reg dst, Mem src) {
        alu(AluOp.OR, dst, src);
    }

    public void or(Mem dst, Reg src) {
        alu(AluOp.OR, dst, src);
    }

    public void or(Reg dst, long imm) {
        alu(AluOp.OR, dst, imm);
    }

    public void adc(Reg dst, Reg src) {
        alu(AluOp.ADC, dst, src);
    }

    public void adc(Reg dst, long imm) {
        alu(AluOp.ADC, dst, imm);
    }

    public void sbb(Reg dst, Reg src) {
        alu(AluOp.SBB, dst, src);
    }

    public void sbb(Reg dst, long imm) {
        alu(AluOp.SBB, dst, imm);
    }

    public void and(Reg dst, Reg src) {
        alu(AluOp.AND, dst, src);
    }

    public void and(Reg dst, Mem src) {
        alu(AluOp.AND, dst, src);
    }

    public void and(Mem dst, Reg src) {
        alu(AluOp.AND, dst, src);
    }

    public void and(Reg dst, long imm) {
        alu(AluOp.AND, dst, imm);
    }

    public void sub(Reg dst, Reg src) {
        alu(AluOp.SUB, dst, src);
    }

    public void sub(Reg dst, Mem src) {
        alu(AluOp.SUB, dst, src);
    }

    public void sub(Mem dst, Reg src) {
        alu(AluOp.SUB, dst, src);
    }

    public void sub(Reg dst, long imm) {
        alu(AluOp.SUB, dst, imm);
    }

    public void xor(Reg dst, Reg src) {
        alu(AluOp.XOR, dst, src);
    }

    public void xor(Reg dst, Mem src) {
        alu(AluOp.XOR, dst, src);
    }

    public void xor(Mem dst, Reg src) {
        alu(AluOp.XOR, dst, src);
    }

    public void xor(Reg dst, long imm) {
        alu(AluOp.XOR, dst, imm);
    }

    /** 32-bit xor; {@code xor32(r, r)} is the short way to zero a register (clobbers flags). */
    public void xor32(Reg dst, Reg src) {
        emit(Form.XOR32_RR, dst, src);
    }

    public void cmp(Reg a, Reg b) {
        alu(AluOp.CMP, a, b);
    }

    public void cmp(Reg a, Mem b) {
        alu(AluOp.CMP, a, b);
    }

    public void cmp(Mem a, Reg b) {
        alu(AluOp.CMP, a, b);
    }

    public void cmp(Reg a, long imm) {
        alu(AluOp.CMP, a, imm);
    }

    /** Compares a quadword in memory with a sign-extended immediate (a guard on a stored value). */
    public void cmp(Mem a, long imm) {
        emit(fits8(imm) ? Form.CMP_MI8 : Form.CMP_MI32, a, fits8(imm) ? Imm.of(imm) : imm32(imm));
    }

    public void test(Reg a, Reg b) {
        emit(Form.TEST_RR, a, b);
    }

    public void test(Reg a, long imm) {
        emit(a == Reg.RAX ? Form.TEST_RAXI32 : Form.TEST_RI32, a, imm32(imm));
    }

    // ---- multiply, divide, unary ------------------------------------------------------------------

    public void imul(Reg dst, Reg src) {
        emit(Form.IMUL_RR, dst, src);
    }

    public void imul(Reg dst, Mem src) {
        emit(Form.IMUL_RM, dst, src);
    }

    /** {@code dst = src * imm}. */
    public void imul(Reg dst, Reg src, long imm) {
        if (fits8(imm)) {
            emit(Form.IMUL_RRI8, dst, src, Imm.of(imm));
        } else {
            emit(Form.IMUL_RRI32, dst, src, imm32(imm));
        }
    }

    /** Signed divide of rdx:rax; quotient to rax, remainder to rdx. Precede with {@link #cqo()}. */
    public void idiv(Reg divisor) {
        emit(Form.IDIV_R, divisor);
    }

    public void idiv(Mem divisor) {
        emit(Form.IDIV_M, divisor);
    }

    /** Sign-extends rax into rdx:rax. */
    public void cqo() {
        emit(Form.CQO);
    }

    public void neg(Reg r) {
        emit(Form.NEG_R, r);
    }

    public void not(Reg r) {
        emit(Form.NOT_R, r);
    }

    public void inc(Reg r) {
        emit(Form.INC_R, r);
    }

    public void dec(Reg r) {
        emit(Form.DEC_R, r);
    }

    // ---- shifts -----------------------------------------------------------------------------------

    /** Shifts left by {@code cl}. */
    public void shlCl(Reg r) {
        emit(Form.SHL_RCL, r, Reg.RCX);
    }

    public void shrCl(Reg r) {
        emit(Form.SHR_RCL, r, Reg.RCX);
    }

    public void sarCl(Reg r) {
        emit(Form.SAR_RCL, r, Reg.RCX);
    }

    public void shl(Reg r, int count) {
        emit(Form.SHL_RI8, r, shiftCount(count));
    }

    public void shr(Reg r, int count) {
        emit(Form.SHR_RI8, r, shiftCount(count));
    }

    public void sar(Reg r, int count) {
        emit(Form.SAR_RI8, r, shiftCount(count));
    }

    private static Imm shiftCount(int count) {
        if (count < 0 || count > 63) {
            throw new IllegalArgumentException("shift count " + count);
        }
        return Imm.of(count);
    }

    // ---- conditions --------------------------------------------------------------------------------

    /** Sets the low byte of {@code r} to 0 or 1; the rest of {@code r} is unchanged. */
    public void setcc(Cond c, Reg r) {
        emit(Form.SETCC, c, r);
    }

    public void cmov(Cond c, Reg dst, Reg src) {
        emit(Form.CMOVCC_RR, c, dst, src);
    }

    public void cmov(Cond c, Reg dst, Mem src) {
        emit(Form.CMOVCC_RM, c, dst, src);
    }

    // ---- control flow ------------------------------------------------------------------------------

    /** Conditional jump, rel8 when the label is bound and in reach. */
    public JumpSite jcc(Cond c, Label target) {
        checkOpen();
        return branch(reachesShort(target, 2) ? Form.JCC_REL8 : Form.JCC_REL32, c, target);
    }

    /** Conditional jump, always rel32, so that it can be retargeted. */
    public JumpSite jccPatchable(Cond c, Label target) {
        checkOpen();
        return branch(Form.JCC_REL32, c, target);
    }

    /** Jump, rel8 when the label is bound and in reach. */
    public JumpSite jmp(Label target) {
        checkOpen();
        return branch(reachesShort(target, 2) ? Form.JMP_REL8 : Form.JMP_REL32, null, target);
    }

    /** Jump, always rel32, so that it can be retargeted. */
    public JumpSite jmpPatchable(Label target) {
        checkOpen();
        return branch(Form.JMP_REL32, null, target);
    }

    public void jmp(Reg target) {
        emit(Form.JMP_R, target);
    }

    public void jmp(Mem target) {
        emit(Form.JMP_M, target);
    }

    public JumpSite call(Label target) {
        checkOpen();
        return branch(Form.CALL_REL32, null, target);
    }

    /** Calls an offset relative to the start of this code (for code placed in one region). */
    public void callRel32(int targetOffset) {
        int end = position() + 5;
        emit(Form.CALL_REL32, Imm.of((long) targetOffset - end));
    }

    public void call(Reg target) {
        emit(Form.CALL_R, target);
    }

    public void call(Mem target) {
        emit(Form.CALL_M, target);
    }

    public void ret() {
        emit(Form.RET);
    }

    public void push(Reg r) {
        emit(Form.PUSH_R, r);
    }

    public void pop(Reg r) {
        emit(Form.POP_R, r);
    }

    public void int3() {
        emit(Form.INT3);
    }

    public void ud2() {
        emit(Form.UD2);
    }

    /** {@code n} bytes of no-ops, in as few instructions as Intel recommends. */
    public void nop(int n) {
        checkOpen();
        int start = code.position();
        Encoder.emitNops(code, n);
        if (n > 0) {
            listing.add(start, code.position(), () -> "nop (" + n + " bytes)");
        }
    }

    /** Pads with no-ops to a multiple of {@code alignment} (a power of two). */
    public void align(int alignment) {
        nop(-position() & (alignment - 1));
    }

    private boolean reachesShort(Label target, int length) {
        if (!target.isBound()) {
            return false;
        }
        long rel = (long) target.position() - (position() + length);
        return fits8(rel);
    }

    // ---- SSE2 scalar double ------------------------------------------------------------------------

    /** Register copy of a double: {@code movapd}, which does not depend on the old {@code dst}. */
    public void movsd(Xmm dst, Xmm src) {
        emit(Form.MOVAPD_XX, dst, src);
    }

    public void movsd(Xmm dst, Mem src) {
        emit(Form.MOVSD_XM, dst, src);
    }

    /** Loads the double at a label, e.g. a {@link #constant(double)}. */
    public void movsd(Xmm dst, Label constant) {
        ripRelative(Form.MOVSD_XM, constant, dst, RIP);
    }

    public void addsd(Xmm dst, Label constant) {
        ripRelative(Form.ADDSD_XM, constant, dst, RIP);
    }

    public void mulsd(Xmm dst, Label constant) {
        ripRelative(Form.MULSD_XM, constant, dst, RIP);
    }

    public void ucomisd(Xmm a, Label constant) {
        ripRelative(Form.UCOMISD_XM, constant, a, RIP);
    }

    /** With a {@link #constant128} sign mask: negation. */
    public void xorpd(Xmm dst, Label mask) {
        ripRelative(Form.XORPD_XM, mask, dst, RIP);
    }

    /** With a {@link #constant128} mask clearing the sign: absolute value. */
    public void andpd(Xmm dst, Label mask) {
        ripRelative(Form.ANDPD_XM, mask, dst, RIP);
    }

    public void movsd(Mem dst, Xmm src) {
        emit(Form.MOVSD_MX, dst, src);
    }

    /** Moves the bits of a double into a general register. */
    public void movq(Reg dst, Xmm src) {
        emit(Form.MOVQ_RX, dst, src);
    }

    /** Moves 64 bits into the low half of an xmm register (the upper half becomes 0). */
    public void movq(Xmm dst, Reg src) {
        emit(Form.MOVQ_XR, dst, src);
    }

    public void addsd(Xmm dst, Xmm src) {
        emit(Form.ADDSD_XX, dst, src);
    }

    public void addsd(Xmm dst, Mem src) {
        emit(Form.ADDSD_XM, dst, src);
    }

    public void subsd(Xmm dst, Xmm src) {
        emit(Form.SUBSD_XX, dst, src);
    }

    public void subsd(Xmm dst, Mem src) {
        emit(Form.SUBSD_XM, dst, src);
    }

    public void mulsd(Xmm dst, Xmm src) {
        emit(Form.MULSD_XX, dst, src);
    }

    public void mulsd(Xmm dst, Mem src) {
        emit(Form.MULSD_XM, dst, src);
    }

    public void divsd(Xmm dst, Xmm src) {
        emit(Form.DIVSD_XX, dst, src);
    }

    public void divsd(Xmm dst, Mem src) {
        emit(Form.DIVSD_XM, dst, src);
    }

    public void sqrtsd(Xmm dst, Xmm src) {
        emit(Form.SQRTSD_XX, dst, src);
    }

    public void minsd(Xmm dst, Xmm src) {
        emit(Form.MINSD_XX, dst, src);
    }

    public void maxsd(Xmm dst, Xmm src) {
        emit(Form.MAXSD_XX, dst, src);
    }

    /** Unordered compare: sets ZF, PF, CF (PF=1 when either is NaN); use {@code A/AE/B/BE} conditions. */
    public void ucomisd(Xmm a, Xmm b) {
        emit(Form.UCOMISD_XX, a, b);
    }

    public void ucomisd(Xmm a, Mem b) {
        emit(Form.UCOMISD_XM, a, b);
    }

    public void comisd(Xmm a, Xmm b) {
        emit(Form.COMISD_XX, a, b);
    }

    public void cvtsi2sd(Xmm dst, Reg src) {
        emit(Form.CVTSI2SD_XR, dst, src);
    }

    public void cvtsi2sd(Xmm dst, Mem src) {
        emit(Form.CVTSI2SD_XM, dst, src);
    }

    /** Truncating conversion; out of range or NaN gives {@code Long.MIN_VALUE}. */
    public void cvttsd2si(Reg dst, Xmm src) {
        emit(Form.CVTTSD2SI_RX, dst, src);
    }

    public void cvttsd2si(Reg dst, Mem src) {
        emit(Form.CVTTSD2SI_RM, dst, src);
    }

    public void xorpd(Xmm dst, Xmm src) {
        emit(Form.XORPD_XX, dst, src);
    }

    /** Memory operand must be 16-byte aligned. */
    public void xorpd(Xmm dst, Mem src) {
        emit(Form.XORPD_XM, dst, src);
    }

    public void andpd(Xmm dst, Xmm src) {
        emit(Form.ANDPD_XX, dst, src);
    }

    /** Memory operand must be 16-byte aligned. */
    public void andpd(Xmm dst, Mem src) {
        emit(Form.ANDPD_XM, dst, src);
    }
}
