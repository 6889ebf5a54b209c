package org.jpsyco.backend.i386.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpsyco.backend.i386.asm.Assembler;
import org.jpsyco.backend.i386.encoder.Cond;
import org.jpsyco.backend.i386.encoder.Label;
import org.jpsyco.backend.i386.encoder.Mem;
import org.jpsyco.backend.i386.encoder.Reg;
import org.jpsyco.backend.i386.encoder.Xmm;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.PromotionSwitch;
import org.jpsyco.kernel.lir.Target;
import org.jpsyco.kernel.spi.BackendException;


/**
 * LIR to x86-64, one block after another in id order, every value in the location the
 * {@link Allocator} gave it. Operations compute in scratch registers (rax, rdx, rcx, r11, xmm15)
 * and store the result last, so an exit taken half-way reads every live value where it was.
 *
 * <p>The native function is {@code long f(long* buf, array0, ..., array4)} (System V): the
 * buffer holds the entry parameters' bits from word 1 and the array lengths after them; the code
 * answers 0 with the result's bits in word 0, {@code k + 1} after leaving through exit {@code k}
 * with the descriptor's live values from word 1 (references left to the Java side), or -1 for
 * an array index out of bounds. The prologue pushes rbp and the five callee-saved registers and
 * keeps rsp 16-byte aligned in the body, so the safepoint poll's call is aligned.
 *
 * <p>A unit that calls itself ({@link #links}) has two entries ({@link #selfPrologue}): the one
 * Java enters keeps the callee-saved registers and calls the inner one, whose private convention
 * the unit's native calls of itself use: arguments in the parameters' registers, the buffer's
 * address, nesting level, recursion budget and stack floor in scratch registers, the answer in
 * registers, no buffer traffic. The caller keeps only the registers holding values it still needs
 * (see {@link #selfCall}), and the inner entry pushes rbp alone.
 *
 * <p>A comparison used only by the branch or guard right after it sets the flags for that
 * jump instead of materializing a boolean.
 *
 * <p>Upcalls ({@link Shape#UPCALLS}: runtime helpers, calls to other versions, reference
 * comparisons) write their operands' bits (handles for references) into the buffer from
 * {@link Shape#callBase()}, save the caller-saved registers the allocation uses, and call the
 * site's own upcall stub {@code long upcall()}; a non-zero answer means the Java side
 * caught an exception, and the code leaves through the instruction's raise stub (status
 * {@code -(3 + exit)}, live values written as for an exit) or, without a descriptor, with
 * {@code -2} so the adapter rethrows it. A primitive result comes back in the buffer's call word;
 * a reference result is in its table slot already, its handle a constant.
 */
public final class Lowering extends Calls {
    /** What lowering made: the code, the exits by number and the listing. */
    public record Output(byte[] code, List<DeoptDescriptor> exits, String listing) {
    }

    /**
     * @param flagAddress address of the unit's invalidation word (non-zero: safepoints leave)
     * @param pollStub    address of an upcall stub {@code bool poll()}, or 0 for none
     */
    public Lowering(LirFunction f, Shape shape, long flagAddress, long pollStub, int pollInterval) {
        this(f, shape, flagAddress, pollStub, pollInterval, new long[0]);
    }

    /** @param upcallStubs addresses of the upcall stubs {@code long upcall()}, one per site of {@link Shape#upcalls} */
    public Lowering(LirFunction f, Shape shape, long flagAddress, long pollStub, int pollInterval, long[] upcallStubs) {
        this(f, shape, flagAddress, pollStub, pollInterval, upcallStubs, false);
    }

    /** @param callsItself the backend will link calls of the unit to itself ({@link #links}) */
    public Lowering(LirFunction f, Shape shape, long flagAddress, long pollStub, int pollInterval, long[] upcallStubs,
            boolean callsItself) {
        super(f, shape, flagAddress, pollStub, pollInterval, upcallStubs, callsItself);
    }

    /**
     * What the backend linked: the answers of the unit's assumption checks (each then reads the
     * invalidation word instead of calling back) and the calls of the unit to itself.
     */
    public Lowering links(Map<Instruction, Boolean> checks, java.util.Set<Instruction> self) {
        this.checkAnswers = Map.copyOf(checks);
        this.selfCalls = java.util.Set.copyOf(self);
        if (!selfCalls.isEmpty() && !callsItself) {
            throw new IllegalArgumentException("calls of the unit to itself in a unit not made to call itself");
        }
        if (!selfCalls.isEmpty()) {
            // where a call of the unit to itself keeps the caller's registers
            selfSaveSlot = frameSlots;
            frameSlots += usedGprs.size() + usedXmms.size();
        }
        return this;
    }

    /**
     * Calls of other versions whose native code the backend linked ({@link Calls#directCall}): per
     * site, the address of the cell with the callee's code address and the buffer word at which
     * the callee's buffer starts. Only for units that do not call themselves (the recursion budget
     * a direct call checks lives where their level does).
     */
    public Lowering direct(Map<Instruction, long[]> calls) {
        if (!selfCalls.isEmpty() && !calls.isEmpty()) {
            throw new IllegalArgumentException("direct calls in a unit that calls itself");
        }
        this.directCalls = Map.copyOf(calls);
        return this;
    }

    /** The stubs of the runs of upcalls ({@link Shape#chainList}), {@code long run()} each. */
    public Lowering chains(long[] stubs) {
        if (stubs.length != shape.chainList.size()) {
            throw new IllegalArgumentException(shape.chainList.size() + " runs of upcalls but " + stubs.length + " stubs");
        }
        this.chainStubs = stubs.clone();
        return this;
    }

    public Output lower() {
        start = a.newLabel();
        if (selfCalls.isEmpty()) {
            a.bind(start);
            prologue();
        } else {
            selfPrologue();
        }
        for (Block b : f.blocks()) {
            current = b.id();
            a.bind(blockLabels.get(b.id()));
            flagTested = false;
            List<Instruction> ins = b.instructions();
            for (int i = 0; i < ins.size(); i++) {
                Instruction in = ins.get(i);
                Instruction next = i + 1 < ins.size() ? ins.get(i + 1) : null;
                Shape.Chain chain = shape.chains.get(in);
                if (chain != null && chainStubs.length > 0) {
                    chain(chain, shape.chainList.indexOf(chain));
                    i += chain.members().size() - 1;
                    flagTested = false;
                } else if (checkGuarded(in, next)) {
                    // an assumption check only a guard reads: the guard tests the word itself
                    site(in);
                    i++;
                    if (checkAnswers.get(in)) {
                        a.movabs(Reg.R11, flagAddress);
                        a.cmp(Mem.at(Reg.R11, 0), 0);
                        a.jcc(Cond.NE, exit(next.deopt()));
                        flagTested = true;
                    } else {
                        a.jmp(exit(next.deopt()));
                    }
                } else if (fusible(in, next)) {
                    Cond c = compareFlags(in);
                    i++;
                    jumpOn(next, c, b.id());
                } else {
                    lower(in, b.id());
                    if (callsOut(in)) {
                        flagTested = false;
                    }
                }
            }
        }
        stubs();
        byte[] code = a.finish();
        return new Output(code, List.copyOf(exits), a.listing());
    }

    private void prologue() {
        a.push(Reg.RBP);
        a.mov(Reg.RBP, Reg.RSP);
        for (Reg r : new Reg[] {Reg.RBX, Reg.R12, Reg.R13, Reg.R14, Reg.R15}) {
            a.push(r);
        }
        long bytes = 8L * frameSlots;
        if (bytes % 16 != 8) {
            bytes += 8;
        }
        a.sub(Reg.RSP, bytes);
        a.mov(bufSlot(), Reg.RDI);
        int arrays = shape.arrays.size();
        for (int k = 0; k < arrays; k++) {
            a.mov(slot(1 + k), ARG_REGS[k]);
            a.mov(Reg.RAX, Mem.at(Reg.RDI, 8 * shape.lengthWord(k)));
            a.mov(slot(1 + arrays + k), Reg.RAX);
        }
        if (pollStub != 0) {
            a.mov(COUNTER, pollInterval);
        }
        if (!directCalls.isEmpty()) {
            // the recursion budget at entry, which each direct call checks (see Calls#directCall)
            a.mov(Reg.RAX, Mem.at(Reg.RDI, 8 * (shape.levelWord() + 1)));
            a.mov(slot(levelSlot + 1), Reg.RAX);
        }
        a.mov(Reg.R11, Reg.RDI);
        List<LirValue> params = f.entry().params();
        for (int i = 0; i < params.size(); i++) {
            LirValue p = params.get(i);
            if (p.type() == LirType.REF) {
                continue;
            }
            Mem word = Mem.at(Reg.R11, 8 * (1 + i));
            Loc l = loc(p);
            if (l.isReg()) {
                a.mov(l.reg(), word);
            } else if (l.isXmm()) {
                a.movsd(l.xmm(), word);
            } else {
                a.mov(Reg.RAX, word);
                a.mov(l.mem(), Reg.RAX);
            }
        }
    }

    private void stubs() {
        for (Label[] p : polls) {
            pollCall(p[0], p[1], p[2]);
        }
        a.bind(outOfBounds);
        a.mov(Reg.RAX, -1);
        a.jmp(epilogue);
        if (propagate != null) {
            a.bind(propagate);
            a.mov(Reg.RAX, -2);
            a.jmp(epilogue);
        }
        for (Map.Entry<DeoptDescriptor, Label> e : raiseLabels.entrySet()) {
            a.bind(e.getValue());
            writeLive(e.getKey());
            a.mov(Reg.RAX, -3 - exitNumber(e.getKey()));
            a.jmp(epilogue);
        }
        for (Map.Entry<DeoptDescriptor, Label> e : exitLabels.entrySet()) {
            a.bind(e.getValue());
            writeLive(e.getKey());
            a.mov(Reg.RAX, exitNumber(e.getKey()) + 1);
            a.jmp(epilogue);
        }
        a.bind(epilogue);
        if (!selfCalls.isEmpty()) {
            // an activation of the inner entry pushed rbp only
            a.mov(Reg.RSP, Reg.RBP);
            a.pop(Reg.RBP);
            a.ret();
            return;
        }
        a.lea(Reg.RSP, Mem.at(Reg.RBP, -40));
        for (Reg r : new Reg[] {Reg.R15, Reg.R14, Reg.R13, Reg.R12, Reg.RBX}) {
            a.pop(r);
        }
        a.pop(Reg.RBP);
        a.ret();
    }

    // ---- instructions

    private void lower(Instruction in, int block) {
        LirValue r = in.result();
        switch (in.op()) {
            case CONST_I64, CONST_I1, CONST_F64, CONST_REF -> {
                // constants live nowhere: each use writes their bits
            }
            case ADD_I64, ADD_I64_OVF -> intOp(in, a::add, a::add, a::add);
            case SUB_I64, SUB_I64_OVF -> intOp(in, a::sub, a::sub, a::sub);
            case MUL_I64, MUL_I64_OVF -> intOp(in, a::imul, a::imul, (d, imm) -> a.imul(d, d, imm));
            case AND_I64, AND_I1 -> intOp(in, a::and, a::and, a::and);
            case OR_I64, OR_I1 -> intOp(in, a::or, a::or, a::or);
            case XOR_I64 -> intOp(in, a::xor, a::xor, a::xor);
            case NEG_I64_OVF -> {
                load(Reg.RAX, op(in, 0));
                a.neg(Reg.RAX);
                a.jcc(Cond.O, exit(in.deopt()));
                store(r, Reg.RAX);
            }
            case NOT_I64 -> {
                load(Reg.RAX, op(in, 0));
                a.not(Reg.RAX);
                store(r, Reg.RAX);
            }
            case NOT_I1 -> {
                load(Reg.RAX, op(in, 0));
                a.xor(Reg.RAX, 1);
                store(r, Reg.RAX);
            }
            case I1_TO_I64 -> {
                load(Reg.RAX, op(in, 0));
                store(r, Reg.RAX);
            }
            case DIV_I64, REM_I64 -> divide(in);
            case SHL_I64, SHR_I64, USHR_I64 -> {
                load(Reg.RCX, op(in, 1));
                load(Reg.RAX, op(in, 0));
                switch (in.op()) {
                    case SHL_I64 -> a.shlCl(Reg.RAX);
                    case SHR_I64 -> a.sarCl(Reg.RAX);
                    default -> a.shrCl(Reg.RAX);
                }
                store(r, Reg.RAX);
            }
            case EQ_I64, NE_I64, LT_I64, LE_I64, GT_I64, GE_I64, EQ_F64, NE_F64, LT_F64, LE_F64, GT_F64, GE_F64 -> {
                compareValue(in);
                store(r, Reg.RAX);
            }
            case ADD_F64 -> floatOp(in, a::addsd, a::addsd);
            case SUB_F64 -> floatOp(in, a::subsd, a::subsd);
            case MUL_F64 -> floatOp(in, a::mulsd, a::mulsd);
            case DIV_F64 -> floatOp(in, a::divsd, a::divsd);
            case NEG_F64 -> {
                load(Xmm.XMM15, op(in, 0));
                a.xorpd(Xmm.XMM15, a.constant128(Long.MIN_VALUE, Long.MIN_VALUE));
                store(r, Xmm.XMM15);
            }
            case ABS_F64 -> {
                load(Xmm.XMM15, op(in, 0));
                a.andpd(Xmm.XMM15, a.constant128(Long.MAX_VALUE, Long.MAX_VALUE));
                store(r, Xmm.XMM15);
            }
            case SQRT_F64 -> {
                load(Xmm.XMM14, op(in, 0));
                a.sqrtsd(Xmm.XMM15, Xmm.XMM14);
                store(r, Xmm.XMM15);
            }
            case I64_TO_F64 -> {
                load(Reg.RAX, op(in, 0));
                a.xorpd(Xmm.XMM15, Xmm.XMM15);
                a.cvtsi2sd(Xmm.XMM15, Reg.RAX);
                store(r, Xmm.XMM15);
            }
            case F64_TO_I64 -> {
                // cvttsd2si answers 2^63's bit pattern for NaN and out-of-range values; that
                // pattern is a true result only for exactly -2^63
                load(Xmm.XMM15, op(in, 0));
                a.cvttsd2si(Reg.RAX, Xmm.XMM15);
                Label ok = a.newLabel();
                a.mov(Reg.R11, Long.MIN_VALUE);
                a.cmp(Reg.RAX, Reg.R11);
                a.jcc(Cond.NE, ok);
                a.ucomisd(Xmm.XMM15, a.constant(-0x1p63));
                a.jcc(Cond.P, exit(in.deopt()));
                a.jcc(Cond.NE, exit(in.deopt()));
                a.bind(ok);
                store(r, Reg.RAX);
            }
            case GUARD_TRUE, GUARD_FALSE -> {
                Reg c = inRegister(op(in, 0), Reg.RAX);
                a.test(c, c);
                a.jcc(in.op() == LirOp.GUARD_TRUE ? Cond.E : Cond.NE, exit(in.deopt()));
            }
            case SAFEPOINT -> safepoint(in);
            case CALL_HELPER, CALL_VERSION, EQ_REF, NE_REF, IS_NULL -> {
                if (Intrinsics.handles(in)) {
                    Intrinsics.lower(this, in);
                } else if (checkAnswers.containsKey(in)) {
                    check(in);
                } else if (selfCalls.contains(in)) {
                    selfCall(in);
                } else if (!selfCalls.isEmpty() && Shape.isDepthCheck(in)) {
                    depthCheck(in);
                } else if (directCalls.containsKey(in)) {
                    directCall(in);
                } else {
                    upcall(in);
                }
            }
            case JUMP -> edge(in.targets().get(0), true);
            case BRANCH -> {
                Reg c = inRegister(op(in, 0), Reg.RAX);
                a.test(c, c);
                jumpOn(in, Cond.NE, block);
            }
            case PROMOTE -> promote(in);
            case EXIT -> a.jmp(exit(in.deopt()));
            case RETURN -> {
                LirValue v = op(in, 0);
                if (!selfCalls.isEmpty()) {
                    // the inner entry answers in registers ({@link #selfPrologue})
                    if (v.type() == LirType.F64) {
                        load(Xmm.XMM15, v);
                    } else {
                        load(Reg.RDX, v);
                    }
                    a.xor32(Reg.RAX, Reg.RAX);
                    a.jmp(epilogue);
                    return;
                }
                a.mov(Reg.R11, bufSlot());
                if (v.type() == LirType.F64) {
                    load(Xmm.XMM15, v);
                    a.movsd(Mem.at(Reg.R11), Xmm.XMM15);
                } else {
                    load(Reg.RAX, v);
                    a.mov(Mem.at(Reg.R11), Reg.RAX);
                }
                a.xor32(Reg.RAX, Reg.RAX);
                a.jmp(epilogue);
            }
            case RETURN_VOID -> {
                a.xor32(Reg.RAX, Reg.RAX);
                a.jmp(epilogue);
            }
            case ARRAY_LENGTH -> {
                a.mov(Reg.RAX, slot(lengthSlot(op(in, 0))));
                store(r, Reg.RAX);
            }
            case LOAD_I64_ELEM -> {
                Mem e = element(in);
                Loc rl = loc(r);
                if (rl.isReg()) {
                    a.mov(rl.reg(), e);
                } else {
                    a.mov(Reg.RAX, e);
                    store(r, Reg.RAX);
                }
            }
            case LOAD_F64_ELEM -> {
                Mem e = element(in);
                Loc rl = loc(r);
                if (rl.isXmm()) {
                    a.movsd(rl.xmm(), e);
                } else {
                    a.movsd(Xmm.XMM15, e);
                    store(r, Xmm.XMM15);
                }
            }
            case STORE_I64_ELEM -> {
                Reg v = inRegister(op(in, 2), Reg.RDX);
                a.mov(element(in), v);
            }
            case STORE_F64_ELEM -> {
                Loc vl = loc(op(in, 2));
                Xmm v = vl.isXmm() ? vl.xmm() : Xmm.XMM15;
                load(v, op(in, 2));
                a.movsd(element(in), v);
            }
            default -> throw new IllegalStateException("no lowering for " + in.op().text());
        }
    }

    private int lengthSlot(LirValue array) {
        return 1 + shape.arrays.size() + shape.arrayOf.get(array.id());
    }

    /**
     * The element an array operation reaches, {@code [r11 + index*8]} with the array's base in
     * r11, after checking the index against the length (out of range leaves with -1).
     */
    private Mem element(Instruction in) {
        LirValue array = op(in, 0);
        Reg index = inRegister(op(in, 1), Reg.RAX);
        a.cmp(index, slot(lengthSlot(array)));
        a.jcc(Cond.AE, outOfBounds);
        a.mov(Reg.R11, slot(1 + shape.arrayOf.get(array.id())));
        return Mem.at(Reg.R11, index, 8, 0);
    }

    /**
     * Whether an operation may compute straight into its result's location {@code rl}: not when
     * that is where the second operand is, nor when an exit of the operation still needs the value
     * living there (the result may share a register with a value that dies at the operation).
     */
    private boolean inPlace(Instruction in, Loc rl) {
        if (rl.equals(loc(op(in, 1)))) {
            return false;
        }
        if (in.deopt() != null) {
            for (LirValue v : in.deopt().liveValues()) {
                if (rl.equals(loc(v))) {
                    return false;
                }
            }
        }
        return true;
    }

    private void intOp(Instruction in, RR rr, RM rm, RI ri) {
        Loc rl = loc(in.result());
        Reg dst = rl.isReg() && inPlace(in, rl) ? rl.reg() : Reg.RAX;
        load(dst, op(in, 0));
        with(dst, op(in, 1), rr, rm, ri);
        if (in.op().requiresDeopt()) {
            a.jcc(Cond.O, exit(in.deopt()));
        }
        if (dst == Reg.RAX) {
            store(in.result(), Reg.RAX);
        }
    }

    private void floatOp(Instruction in, XX xx, XM xm) {
        Loc rl = loc(in.result());
        Xmm dst = rl.isXmm() && inPlace(in, rl) ? rl.xmm() : Xmm.XMM15;
        load(dst, op(in, 0));
        withX(dst, op(in, 1), xx, xm);
        if (dst == Xmm.XMM15) {
            store(in.result(), Xmm.XMM15);
        }
    }

    /** Java's truncating division: a zero divisor exits; MIN / -1 wraps instead of trapping. */
    private void divide(Instruction in) {
        boolean div = in.op() == LirOp.DIV_I64;
        load(Reg.R11, op(in, 1));
        load(Reg.RAX, op(in, 0));
        a.test(Reg.R11, Reg.R11);
        a.jcc(Cond.E, exit(in.deopt()));
        Label normal = a.newLabel();
        Label done = a.newLabel();
        a.cmp(Reg.R11, -1);
        a.jcc(Cond.NE, normal);
        if (div) {
            a.neg(Reg.RAX);
        } else {
            a.xor32(Reg.RAX, Reg.RAX);
        }
        a.jmp(done);
        a.bind(normal);
        a.cqo();
        a.idiv(Reg.R11);
        if (!div) {
            a.mov(Reg.RAX, Reg.RDX);
        }
        a.bind(done);
        store(in.result(), Reg.RAX);
    }

    /** Compares the promoted value with each case's constant bits; no match leaves. */
    private void promote(Instruction in) {
        LirValue v = op(in, 0);
        load(Reg.RAX, v);
        for (PromotionSwitch.Case c : ((PromotionSwitch) in.payload()).cases()) {
            long bits = switch (c.value()) {
                case Constant.I64 i -> i.value();
                case Constant.F64 d -> Double.doubleToRawLongBits(d.value());
                case Constant.I1 b -> b.value() ? 1 : 0;
                case Constant.Ref ref -> throw new IllegalStateException("reference promotion");
            };
            if (c.value().type() != v.type()) {
                continue;
            }
            Label next = a.newLabel();
            a.mov(Reg.R11, bits);
            a.cmp(Reg.RAX, Reg.R11);
            a.jcc(Cond.NE, next);
            edge(c.target(), false);
            a.bind(next);
        }
        a.jmp(exit(in.deopt()));
    }
}
