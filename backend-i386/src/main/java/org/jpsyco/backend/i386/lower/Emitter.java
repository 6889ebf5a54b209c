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
 * What every part of lowering shares: the assembler, the values' locations from the
 * {@link Allocator}, the frame's layout (buffer pointer, array bases and lengths, register save
 * area, level words, spill slots), the exits and their stubs' labels, and the ways an operation
 * reaches its operands where they live (registers, slots, immediates) and passes block arguments.
 * {@link Lowering} walks the instructions on top of it.
 */
abstract class Emitter {
    static final Reg[] ARG_REGS = {Reg.RSI, Reg.RDX, Reg.RCX, Reg.R8, Reg.R9};
    static final Reg[] SAVED_GPRS = {Reg.RSI, Reg.RDI, Reg.R8, Reg.R9, Reg.R10};
    static final Reg COUNTER = Reg.R15;
    /**
     * In a unit that calls itself: the lowest stack pointer at which the body may still make a
     * call of the unit to itself (the recursion budget and the stack floor in one bound, see
     * {@code Calls#selfPrologue}). Callee-saved, so upcalls keep it; never allocated there.
     */
    static final Reg SELF_LIMIT = Reg.R14;
    /** In a unit that calls itself: the frame pointer of the activation entered from Java (level 0). */
    static final Reg SELF_BASE = Reg.R13;
    static final int MAX_FRAME_SLOTS = 2048;

    final LirFunction f;
    final Shape shape;
    final long flagAddress;
    final long pollStub;
    final int pollInterval;
    final long[] upcallStubs;
    /** Assumption checks and their answer at compile time ({@link Shape#checks}). */
    Map<Instruction, Boolean> checkAnswers = Map.of();
    /** Calls of the unit to itself, made natively ({@code Lowering.selfCall}). */
    java.util.Set<Instruction> selfCalls = java.util.Set.of();
    /**
     * Calls of other units' code made directly ({@link Calls#directCall}): per site, the address
     * of the cell holding the callee's code address (0 while it may not be called) and the buffer
     * word where the callee's own buffer starts.
     */
    Map<Instruction, long[]> directCalls = Map.of();
    /** The stub addresses of the {@linkplain Shape#chainList runs of upcalls}, by run number. */
    long[] chainStubs = new long[0];
    /** The unit's first byte: where a call of the unit to itself goes. */
    Label start;
    int nextSite;
    final List<Reg> savedGprs = new ArrayList<>();
    final List<Xmm> savedXmms = new ArrayList<>();
    /** The values live after each call of another version ({@link Allocator#liveAfterCalls}). */
    final Map<Instruction, java.util.BitSet> liveAfterCalls;
    /** Every register the allocation uses: what a call of the unit to itself may clobber. */
    final List<Reg> usedGprs = new ArrayList<>();
    final List<Xmm> usedXmms = new ArrayList<>();
    final Map<DeoptDescriptor, Label> raiseLabels = new LinkedHashMap<>();
    Label propagate;
    final Assembler a = new Assembler();
    final Map<Integer, Loc> locs;
    final Map<Integer, Label> blockLabels = new HashMap<>();
    final Map<DeoptDescriptor, Label> exitLabels = new LinkedHashMap<>();
    final List<DeoptDescriptor> exits = new ArrayList<>();
    final Label epilogue;
    final Label outOfBounds;
    final Map<Integer, Integer> useCount = new HashMap<>();
    /** Frame slots in all; a unit calling itself adds its register save area ({@code Lowering.links}). */
    int frameSlots;
    final int saveSlot;
    /** Frame slots of the activation's nesting level, recursion budget and stack floor (from {@link Shape#levelWord}). */
    final int levelSlot;
    int current;
    /** Out-of-line poll calls: where the countdown jumps, where to come back, where to leave. */
    final List<Label[]> polls = new ArrayList<>();

    /** Whether the unit may call itself natively (two registers are then kept for that). */
    final boolean callsItself;

    /**
     * @param upcallStubs addresses of the upcall stubs {@code long upcall()}, one per site of {@link Shape#upcalls}
     * @param callsItself the unit may call itself natively: {@link #SELF_LIMIT} and {@link #SELF_BASE} stay out of the allocation
     */
    Emitter(LirFunction f, Shape shape, long flagAddress, long pollStub, int pollInterval, long[] upcallStubs, boolean callsItself) {
        this.f = f;
        this.callsItself = callsItself;
        this.shape = shape;
        this.flagAddress = flagAddress;
        this.pollStub = pollStub;
        this.pollInterval = Math.max(1, pollInterval);
        this.upcallStubs = upcallStubs.clone();
        if (upcallStubs.length != shape.upcalls.size()) {
            throw new BackendException(f.name() + " makes " + shape.upcalls.size() + " upcalls but has " + upcallStubs.length + " upcall stubs");
        }
        int arrays = shape.arrays.size();
        saveSlot = 1 + 2 * arrays;
        levelSlot = saveSlot + SAVED_GPRS.length + Allocator.XMMS.length;
        int firstSlot = levelSlot + 3;
        Map<Integer, Loc> constants = new HashMap<>();
        // references are handles, each a constant: the slot of the value's table entry
        shape.refSlot.forEach((id, slot) -> constants.put(id, Loc.constant(slot)));
        for (Block b : f.blocks()) {
            for (Instruction in : b.instructions()) {
                switch (in.payload()) {
                    case Constant.I64 c when in.op() == LirOp.CONST_I64 -> constants.put(in.result().id(), Loc.constant(c.value()));
                    case Constant.I1 c when in.op() == LirOp.CONST_I1 -> constants.put(in.result().id(), Loc.constant(c.value() ? 1 : 0));
                    case Constant.F64 c when in.op() == LirOp.CONST_F64 ->
                        constants.put(in.result().id(), Loc.constant(Double.doubleToRawLongBits(c.value())));
                    case null, default -> {
                    }
                }
            }
        }
        Reg[] gprs = Allocator.GPRS;
        if (pollStub != 0) {
            // the poll countdown lives in r15, which the upcall preserves
            gprs = java.util.Arrays.stream(gprs).filter(g -> g != COUNTER).toArray(Reg[]::new);
        }
        if (callsItself) {
            gprs = java.util.Arrays.stream(gprs).filter(g -> g != SELF_LIMIT && g != SELF_BASE).toArray(Reg[]::new);
        }
        Allocator alloc = new Allocator(f);
        locs = alloc.run(firstSlot, constants, gprs);
        frameSlots = firstSlot + alloc.slots;
        liveAfterCalls = alloc.liveAfterCalls;
        for (Loc l : locs.values()) {
            if (l.isReg() && !usedGprs.contains(l.reg())) {
                usedGprs.add(l.reg());
            }
            if (l.isXmm() && !usedXmms.contains(l.xmm())) {
                usedXmms.add(l.xmm());
            }
            for (Reg g : SAVED_GPRS) {
                if (l.isReg() && l.reg() == g && !savedGprs.contains(g)) {
                    savedGprs.add(g);
                }
            }
            if (l.isXmm() && !savedXmms.contains(l.xmm())) {
                savedXmms.add(l.xmm());
            }
        }
        if (frameSlots > MAX_FRAME_SLOTS) {
            // the code runs on a Java thread's stack, within the pages HotSpot keeps for native frames
            throw new BackendException(f.name() + " needs a frame of " + 8L * frameSlots + " bytes, more than native code may take ("
                    + 8 * MAX_FRAME_SLOTS + ")");
        }
        epilogue = a.newLabel();
        outOfBounds = a.newLabel();
        for (Block b : f.blocks()) {
            blockLabels.put(b.id(), a.newLabel());
            for (Instruction in : b.instructions()) {
                for (LirValue u : in.uses()) {
                    useCount.merge(u.id(), 1, Integer::sum);
                }
            }
        }
    }

    // ---- frame

    Mem slot(int k) {
        return Loc.slot(k).mem();
    }

    Mem bufSlot() {
        return slot(0);
    }

    // ---- exits

    /** Writes a descriptor's live values (handles for references) into the buffer from word 1. */
    void writeLive(DeoptDescriptor d) {
        {
            a.mov(Reg.R11, bufSlot());
            List<LirValue> live = d.liveValues();
            for (int j = 0; j < live.size(); j++) {
                LirValue v = live.get(j);
                storeWord(Mem.at(Reg.R11, 8 * (1 + j)), loc(v));
            }
        }
    }

    int exitNumber(DeoptDescriptor d) {
        int k = exits.indexOf(d);
        if (k < 0) {
            exits.add(d);
            k = exits.size() - 1;
        }
        return k;
    }

    Label exit(DeoptDescriptor d) {
        exitNumber(d);
        return exitLabels.computeIfAbsent(d, k -> a.newLabel());
    }

    /** Where an upcall that caught an exception leaves: its descriptor's raise stub, or the rethrow. */
    Label raise(DeoptDescriptor d) {
        if (d == null) {
            if (propagate == null) {
                propagate = a.newLabel();
            }
            return propagate;
        }
        exitNumber(d);
        return raiseLabels.computeIfAbsent(d, k -> a.newLabel());
    }

    // ---- values

    Loc loc(LirValue v) {
        Loc l = locs.get(v.id());
        if (l == null) {
            throw new IllegalStateException("no location for " + v);
        }
        return l;
    }

    void load(Reg r, LirValue v) {
        Moves.move(a, loc(v), Loc.of(r));
    }

    void load(Xmm x, LirValue v) {
        Moves.move(a, loc(v), Loc.of(x));
    }

    void store(LirValue v, Reg r) {
        if (v != null) {
            Moves.move(a, Loc.of(r), loc(v));
        }
    }

    void store(LirValue v, Xmm x) {
        if (v != null) {
            Moves.move(a, Loc.of(x), loc(v));
        }
    }

    interface RR {
        void op(Reg d, Reg s);
    }

    interface RM {
        void op(Reg d, Mem s);
    }

    interface RI {
        void op(Reg d, long imm);
    }

    interface XX {
        void op(Xmm d, Xmm s);
    }

    interface XM {
        void op(Xmm d, Mem s);
    }

    void with(LirValue v, RR rr, RM rm, RI ri) {
        with(Reg.RAX, v, rr, rm, ri);
    }

    /** {@code op dst, v} with v where it lives (an immediate for a small constant). */
    void with(Reg dst, LirValue v, RR rr, RM rm, RI ri) {
        Loc l = loc(v);
        if (l.imm32()) {
            ri.op(dst, l.bits());
        } else if (l.isReg()) {
            rr.op(dst, l.reg());
        } else if (l.isSlot()) {
            rm.op(dst, l.mem());
        } else {
            load(Reg.R11, v);
            rr.op(dst, Reg.R11);
        }
    }

    void withX(LirValue v, XX xx, XM xm) {
        withX(Xmm.XMM15, v, xx, xm);
    }

    /** {@code op dst, v} with v where it lives. */
    void withX(Xmm dst, LirValue v, XX xx, XM xm) {
        Loc l = loc(v);
        if (l.isXmm()) {
            xx.op(dst, l.xmm());
        } else if (l.isSlot()) {
            xm.op(dst, l.mem());
        } else {
            load(Xmm.XMM14, v);
            xx.op(dst, Xmm.XMM14);
        }
    }

    /** The register holding {@code v}, or {@code scratch} loaded with it. */
    Reg inRegister(LirValue v, Reg scratch) {
        Loc l = loc(v);
        if (l.isReg()) {
            return l.reg();
        }
        load(scratch, v);
        return scratch;
    }

    LirValue op(Instruction in, int k) {
        return in.operands().get(k);
    }

    // ---- comparisons

    static boolean isIntCompare(LirOp op) {
        return switch (op) {
            case EQ_I64, NE_I64, LT_I64, LE_I64, GT_I64, GE_I64 -> true;
            default -> false;
        };
    }

    static boolean isOrderedFloatCompare(LirOp op) {
        return switch (op) {
            case LT_F64, LE_F64, GT_F64, GE_F64 -> true;
            default -> false;
        };
    }

    boolean fusible(Instruction in, Instruction next) {
        if (next == null || in.result() == null || !(isIntCompare(in.op()) || isOrderedFloatCompare(in.op()))) {
            return false;
        }
        if (useCount.getOrDefault(in.result().id(), 0) != 1) {
            return false;
        }
        return switch (next.op()) {
            case BRANCH, GUARD_TRUE, GUARD_FALSE -> next.operands().get(0).equals(in.result());
            default -> false;
        };
    }

    /** Sets the flags for a comparison and returns the condition that means "true". */
    Cond compareFlags(Instruction in) {
        LirOp op = in.op();
        if (isIntCompare(op)) {
            with(inRegister(op(in, 0), Reg.RAX), op(in, 1), a::cmp, a::cmp, a::cmp);
            return switch (op) {
                case EQ_I64 -> Cond.E;
                case NE_I64 -> Cond.NE;
                case LT_I64 -> Cond.L;
                case LE_I64 -> Cond.LE;
                case GT_I64 -> Cond.G;
                default -> Cond.GE;
            };
        }
        // a < b is b > a: "above" and "above or equal" are false when unordered, as IEEE wants
        boolean swap = op == LirOp.LT_F64 || op == LirOp.LE_F64;
        LirValue lhs = op(in, swap ? 1 : 0);
        Xmm x = loc(lhs).isXmm() ? loc(lhs).xmm() : Xmm.XMM15;
        load(x, lhs);
        withX(x, op(in, swap ? 0 : 1), a::ucomisd, a::ucomisd);
        return op == LirOp.GT_F64 || op == LirOp.LT_F64 ? Cond.A : Cond.AE;
    }

    /** Materializes a comparison as 0 or 1 in rax. */
    void compareValue(Instruction in) {
        LirOp op = in.op();
        if (op == LirOp.EQ_F64 || op == LirOp.NE_F64) {
            load(Xmm.XMM15, op(in, 0));
            withX(op(in, 1), a::ucomisd, a::ucomisd);
            boolean eq = op == LirOp.EQ_F64;
            a.setcc(eq ? Cond.E : Cond.NE, Reg.RAX);
            a.setcc(eq ? Cond.NP : Cond.P, Reg.RCX);
            if (eq) {
                a.and(Reg.RAX, Reg.RCX);
            } else {
                a.or(Reg.RAX, Reg.RCX);
            }
            a.movzxByte(Reg.RAX, Reg.RAX);
            return;
        }
        Cond c = compareFlags(in);
        a.setcc(c, Reg.RAX);
        a.movzxByte(Reg.RAX, Reg.RAX);
    }

    /** A branch or guard on flags already set for condition {@code c}. */
    void jumpOn(Instruction in, Cond c, int from) {
        switch (in.op()) {
            case GUARD_TRUE -> a.jcc(c.negate(), exit(in.deopt()));
            case GUARD_FALSE -> a.jcc(c, exit(in.deopt()));
            case BRANCH -> {
                Target yes = in.targets().get(0);
                Target no = in.targets().get(1);
                if (!hasMoves(yes) && no.block() == current + 1) {
                    // the "no" block comes next: one jump to "yes", then its moves and fall through
                    a.jcc(c, blockLabels.get(yes.block()));
                    edge(no, true);
                } else if (!hasMoves(no)) {
                    a.jcc(c.negate(), blockLabels.get(no.block()));
                    edge(yes, true);
                } else if (!hasMoves(yes)) {
                    a.jcc(c, blockLabels.get(yes.block()));
                    edge(no, true);
                } else {
                    Label otherwise = a.newLabel();
                    a.jcc(c.negate(), otherwise);
                    edge(yes, false);
                    a.bind(otherwise);
                    edge(no, true);
                }
            }
            default -> throw new IllegalStateException("not a conditional jump: " + in);
        }
    }

    /** Whether passing a target's arguments moves anything. */
    boolean hasMoves(Target t) {
        List<LirValue> params = f.block(t.block()).params();
        for (int k = 0; k < params.size(); k++) {
            if (!loc(t.args().get(k)).equals(loc(params.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** Passes a target's arguments to its parameters and jumps there. */
    void edge(Target t, boolean last) {
        List<LirValue> params = f.block(t.block()).params();
        List<Loc> from = new ArrayList<>();
        List<Loc> to = new ArrayList<>();
        for (int k = 0; k < params.size(); k++) {
            from.add(loc(t.args().get(k)));
            to.add(loc(params.get(k)));
        }
        Moves.parallel(a, from, to);
        if (!(last && t.block() == current + 1)) {
            a.jmp(blockLabels.get(t.block()));
        }
    }

    /** Stores the value at {@code l} into the 8-byte {@code word} (RAX as scratch). */
    void storeWord(Mem word, Loc l) {
        if (l.isReg()) {
            a.mov(word, l.reg());
        } else if (l.isXmm()) {
            a.movsd(word, l.xmm());
        } else if (l.isConst()) {
            a.mov(Reg.RAX, l.bits());
            a.mov(word, Reg.RAX);
        } else {
            a.mov(Reg.RAX, l.mem());
            a.mov(word, Reg.RAX);
        }
    }
}
