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
 * How lowered code calls out and is called: the safepoint poll, assumption checks, upcalls to
 * Java with the caller-saved registers kept around them, and a unit's native calls of itself
 * through the private convention of its inner entry ({@link #selfPrologue}). {@link Lowering}
 * walks the instructions on top of it.
 */
abstract class Calls extends Emitter {
    /** First frame slot of the registers a call of the unit to itself keeps ({@link #selfCall}). */
    int selfSaveSlot;
    /**
     * Whether the invalidation word was just tested with nothing since that may call out or come
     * from elsewhere: a call of the unit to itself right after a check's guard tests it once.
     */
    boolean flagTested;

    Calls(LirFunction f, Shape shape, long flagAddress, long pollStub, int pollInterval, long[] upcallStubs, boolean callsItself) {
        super(f, shape, flagAddress, pollStub, pollInterval, upcallStubs, callsItself);
    }

    /** Whether {@code in} is an assumption check whose answer only the guard right after it reads. */
    boolean checkGuarded(Instruction in, Instruction next) {
        return next != null && next.op() == LirOp.GUARD_TRUE && checkAnswers.containsKey(in) && in.result() != null
                && next.operands().get(0).equals(in.result()) && useCount.getOrDefault(in.result().id(), 0) == 1;
    }

    static boolean callsOut(Instruction in) {
        return in.op() == LirOp.SAFEPOINT || Shape.isUpcall(in);
    }

    /**
     * The two entries of a unit that calls itself. The outer one, entered from Java, keeps the
     * callee-saved registers, loads the parameters held in registers from the buffer, sets the two
     * registers the recursion runs on and calls the inner one, then writes a normal answer into
     * the buffer's word 0. The inner entry is the private convention of native calls of the unit
     * to itself: the caller has saved what it keeps in registers, parameters arrive in their own
     * registers (those living in frame slots in the buffer, as from Java), the buffer's address in
     * r11; the code answers a status in rax, as the entry does, and a result in rdx or xmm15. It
     * pushes rbp only, so a call costs the argument moves, a compare, a call and a return.
     *
     * <p>Every activation of the inner entry takes the same {@link #selfFrameBytes} of stack, so
     * its nesting level is its frame pointer's distance from level 0's ({@link #SELF_BASE}) in
     * frames, and "the budget allows one more call and the stack is above the floor" is one
     * compare of rsp with {@link #SELF_LIMIT}: the higher of the floor and the stack pointer that
     * level {@code budget} would have. Both registers are callee-saved and never allocated, so
     * neither the calls of the unit to itself nor upcalls pass or restore them.
     */
    void selfPrologue() {
        a.push(Reg.RBP);
        a.mov(Reg.RBP, Reg.RSP);
        for (Reg r : new Reg[] {Reg.RBX, Reg.R12, Reg.R13, Reg.R14, Reg.R15}) {
            a.push(r);
        }
        if (pollStub != 0) {
            a.mov(COUNTER, pollInterval);
        }
        List<LirValue> params = f.entry().params();
        for (int i = 0; i < params.size(); i++) {
            Loc l = loc(params.get(i));
            Mem word = Mem.at(Reg.RDI, 8 * (1 + i));
            if (l.isReg()) {
                a.mov(l.reg(), word);
            } else if (l.isXmm()) {
                a.movsd(l.xmm(), word);
            }
        }
        // the buffer's address stays on the stack, which also aligns the call
        a.push(Reg.RDI);
        a.mov(Reg.R11, Reg.RDI);
        int lw = shape.levelWord();
        long frame = selfFrameBytes();
        // level k's body runs at rsp - (k + 1) * frame; a call is allowed at level k < budget:
        // limit = max(floor, rsp - (budget + 1) * frame) (the budget is at most 2^31: no overflow)
        a.mov(Reg.RAX, Mem.at(Reg.RDI, 8 * (lw + 1)));
        a.add(Reg.RAX, 1);
        a.imul(Reg.RAX, Reg.RAX, frame);
        a.mov(SELF_LIMIT, Reg.RSP);
        a.sub(SELF_LIMIT, Reg.RAX);
        a.mov(Reg.RCX, Mem.at(Reg.RDI, 8 * (lw + 2)));
        a.cmp(SELF_LIMIT, Reg.RCX);
        a.cmov(Cond.L, SELF_LIMIT, Reg.RCX);
        // level 0's frame pointer: below the call's return address and its pushed rbp
        a.lea(SELF_BASE, Mem.at(Reg.RSP, -16));
        a.call(start);
        a.pop(Reg.R11);
        Label done = a.newLabel();
        a.test(Reg.RAX, Reg.RAX);
        a.jcc(Cond.NE, done);
        if (shape.result == LirType.F64) {
            a.movsd(Mem.at(Reg.R11), Xmm.XMM15);
        } else {
            a.mov(Mem.at(Reg.R11), Reg.RDX);
        }
        a.bind(done);
        a.lea(Reg.RSP, Mem.at(Reg.RBP, -40));
        for (Reg r : new Reg[] {Reg.R15, Reg.R14, Reg.R13, Reg.R12, Reg.RBX}) {
            a.pop(r);
        }
        a.pop(Reg.RBP);
        a.ret();

        a.bind(start);
        a.push(Reg.RBP);
        a.mov(Reg.RBP, Reg.RSP);
        // frame slot k is [rbp - 48 - 8k]; rsp stays 16-byte aligned in the body
        a.sub(Reg.RSP, frame - 16);
        a.mov(bufSlot(), Reg.R11);
        for (int i = 0; i < params.size(); i++) {
            Loc l = loc(params.get(i));
            if (l.isSlot()) {
                a.mov(Reg.RAX, Mem.at(Reg.R11, 8 * (1 + i)));
                a.mov(l.mem(), Reg.RAX);
            }
        }
    }

    /**
     * The stack one activation of the inner entry takes: its return address, its saved rbp and
     * its frame (a multiple of 16, so the body's rsp stays aligned).
     */
    long selfFrameBytes() {
        long bytes = Loc.FRAME_TOP - 8 + 8L * frameSlots;
        return ((bytes + 15) & ~15L) + 16;
    }

    /** Where a call of the unit to itself keeps register {@code l} of the caller. */
    Loc selfSave(Loc l) {
        int k = l.isReg() ? usedGprs.indexOf(l.reg()) : usedGprs.size() + usedXmms.indexOf(l.xmm());
        return Loc.slot(selfSaveSlot + k);
    }

    void safepoint(Instruction in) {
        Label leave = exit(in.deopt());
        a.movabs(Reg.R11, flagAddress);
        a.cmp(Mem.at(Reg.R11), 0);
        a.jcc(Cond.NE, leave);
        if (pollStub == 0) {
            return;
        }
        // the countdown stays in line; the call is out of line, after the code
        Label slow = a.newLabel();
        Label back = a.newLabel();
        a.sub(COUNTER, 1);
        a.jcc(Cond.E, slow);
        a.bind(back);
        polls.add(new Label[] {slow, back, leave});
    }

    void pollCall(Label slow, Label back, Label leave) {
        a.bind(slow);
        a.mov(COUNTER, pollInterval);
        for (int k = 0; k < SAVED_GPRS.length; k++) {
            a.mov(slot(saveSlot + k), SAVED_GPRS[k]);
        }
        for (int k = 0; k < Allocator.XMMS.length; k++) {
            a.movsd(slot(saveSlot + SAVED_GPRS.length + k), Allocator.XMMS[k]);
        }
        a.movabs(Reg.R11, pollStub);
        a.call(Reg.R11);
        for (int k = 0; k < SAVED_GPRS.length; k++) {
            a.mov(SAVED_GPRS[k], slot(saveSlot + k));
        }
        for (int k = 0; k < Allocator.XMMS.length; k++) {
            a.movsd(Allocator.XMMS[k], slot(saveSlot + SAVED_GPRS.length + k));
        }
        a.movzxByte(Reg.RAX, Reg.RAX);
        a.test(Reg.RAX, Reg.RAX);
        a.jcc(Cond.NE, leave);
        a.jmp(back);
    }

    int site(Instruction in) {
        int site = nextSite++;
        if (site >= shape.upcalls.size() || shape.upcalls.get(site) != in) {
            throw new BackendException(f.name() + ": upcall sites out of step at " + in);
        }
        return site;
    }

    /**
     * An assumption check: false for good when it was false at compile time (assumptions never
     * hold again), else true while the unit's invalidation word is clear (the backend sets it when
     * one of the check's assumptions breaks).
     */
    void check(Instruction in) {
        site(in);
        if (!checkAnswers.get(in)) {
            a.mov(Reg.RAX, 0);
        } else {
            a.movabs(Reg.R11, flagAddress);
            a.mov(Reg.R11, Mem.at(Reg.R11, 0));
            a.xor32(Reg.RAX, Reg.RAX);
            a.test(Reg.R11, Reg.R11);
            a.setcc(Cond.E, Reg.RAX);
        }
        store(in.result(), Reg.RAX);
    }

    /**
     * A call of the unit to itself, made natively while the unit is valid, the recursion limit
     * allows one more call and the stack has room: the caller keeps in its frame the registers
     * holding values live after the call or wanted by its descriptor, moves the arguments into the
     * parameters' registers (those of parameters living in frame slots into the buffer) and calls
     * the inner entry with level + 1, budget - 1 and the floor; the answer comes back in rax (the
     * status) and rdx or xmm15 (the result). A callee that did
     * not return normally (an exit, an exception, a limit) has left nothing behind but its
     * result to forget: typed versions that call themselves run only pure code, so the call is made
     * again. At level 0 (entered from Java) that is the call's descriptor: the interpreter resumes
     * at the call and makes it, with frames and exact depth. Deeper, the activation itself
     * answers the same way to its caller, down to level 0. Otherwise (invalid, no budget or no
     * room) level 0 calls through Java as other calls do, deeper levels give up the same way.
     */
    void selfCall(Instruction in) {
        int site = site(in);
        Label slow = a.newLabel();
        Label giveUp = a.newLabel();
        Label done = a.newLabel();
        if (!flagTested) {
            a.movabs(Reg.R11, flagAddress);
            a.cmp(Mem.at(Reg.R11, 0), 0);
            a.jcc(Cond.NE, slow);
        }
        a.cmp(Reg.RSP, SELF_LIMIT);
        a.jcc(Cond.BE, slow);
        // the callee may use every register the allocation does: keep those holding a value
        // live after the call or wanted by the call's exit (giving up at level 0 leaves there)
        java.util.BitSet keep = (java.util.BitSet) liveAfterCalls.get(in).clone();
        for (LirValue v : in.deopt().liveValues()) {
            keep.set(v.id());
        }
        if (in.result() != null) {
            keep.clear(in.result().id());
        }
        List<Loc> kept = new ArrayList<>();
        for (int id = keep.nextSetBit(0); id >= 0; id = keep.nextSetBit(id + 1)) {
            Loc l = locs.get(id);
            if (l != null && (l.isReg() || l.isXmm()) && !kept.contains(l)) {
                kept.add(l);
                Moves.move(a, l, selfSave(l));
            }
        }
        List<LirValue> ops = in.operands();
        List<LirValue> params = f.entry().params();
        List<Loc> from = new ArrayList<>();
        List<Loc> to = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            Loc p = loc(params.get(k));
            if (p.isSlot()) {
                a.mov(Reg.R11, bufSlot());
                storeWord(Mem.at(Reg.R11, 8 * (1 + k)), loc(ops.get(k)));
            } else {
                from.add(loc(ops.get(k)));
                to.add(p);
            }
        }
        Moves.parallel(a, from, to);
        a.mov(Reg.R11, bufSlot());
        a.call(start);
        for (Loc l : kept) {
            Moves.move(a, selfSave(l), l);
        }
        a.test(Reg.RAX, Reg.RAX);
        a.jcc(Cond.NE, giveUp);
        LirValue r = in.result();
        if (r != null) {
            Moves.move(a, r.type() == LirType.F64 ? Loc.of(Xmm.XMM15) : Loc.of(Reg.RDX), loc(r));
        }
        a.jmp(done);
        a.bind(slow);
        a.cmp(Reg.RBP, SELF_BASE);
        a.jcc(Cond.NE, giveUp);
        upcallAt(in, site);
        a.jmp(done);
        a.bind(giveUp);
        a.cmp(Reg.RBP, SELF_BASE);
        a.jcc(Cond.E, exit(in.deopt()));
        a.mov(Reg.RAX, 1);
        a.jmp(epilogue);
        a.bind(done);
    }

    /**
     * Whether one more frame fits under the recursion limit, in a unit that calls itself: the
     * activation's budget (what the limit allowed at level 0, less one per native level) is
     * what the interpreter's depth would leave if each level had been counted there, so the
     * answer is that budget being positive, which is rsp above {@link #SELF_LIMIT}. An upcall
     * would read the interpreter's depth alone, which does not count the native levels, and allow
     * as many frames too many. Near the stack floor the answer is no even where the budget allows
     * the call: the code then leaves, and the interpreter makes the call with the exact depth.
     */
    void depthCheck(Instruction in) {
        site(in);
        a.xor32(Reg.RAX, Reg.RAX);
        a.cmp(Reg.RSP, SELF_LIMIT);
        a.setcc(Cond.A, Reg.RAX);
        store(in.result(), Reg.RAX);
    }

    /**
     * An upcall to Java: operands into the buffer, caller-saved registers around the call. In a
     * unit that calls itself, a call of another version also passes the activation's level in
     * {@link Shape#levelWord}: the Java side counts that many calls in the interpreter's depth
     * around it, since the depth may be reached there ({@code Upcalls}).
     */
    void upcall(Instruction in) {
        upcallAt(in, site(in));
    }

    void upcallAt(Instruction in, int site) {
        int base = shape.callBase();
        save();
        a.mov(Reg.R11, bufSlot());
        if (in.op() == LirOp.CALL_VERSION && !selfCalls.isEmpty()) {
            // the level: frames between level 0's frame pointer and this one
            a.mov(Reg.RAX, SELF_BASE);
            a.sub(Reg.RAX, Reg.RBP);
            a.cqo();
            a.mov(Reg.RCX, selfFrameBytes());
            a.idiv(Reg.RCX);
            a.mov(Mem.at(Reg.R11, 8 * shape.levelWord()), Reg.RAX);
        }
        List<LirValue> ops = in.operands();
        for (int k = 0; k < ops.size(); k++) {
            storeWord(Mem.at(Reg.R11, 8 * (base + k)), loc(ops.get(k)));
        }
        a.movabs(Reg.RAX, upcallStubs[site]);
        a.call(Reg.RAX);
        restore();
        a.test(Reg.RAX, Reg.RAX);
        a.jcc(Cond.NE, raise(in.deopt()));
        LirValue r = in.result();
        if (r != null && r.type() != LirType.REF) {
            a.mov(Reg.R11, bufSlot());
            if (r.type() == LirType.F64) {
                a.movsd(Xmm.XMM15, Mem.at(Reg.R11, 8 * base));
                store(r, Xmm.XMM15);
            } else {
                a.mov(Reg.RAX, Mem.at(Reg.R11, 8 * base));
                store(r, Reg.RAX);
            }
        }
    }

    /**
     * A call of another unit's code, made directly while that unit is valid: its backend put the
     * code's address in the site's cell and clears it when the unit is invalidated, and keeps the
     * code until this unit is freed. Such a callee is a leaf (no upcalls, no safepoint, primitive
     * parameters and result): its outer entry is an ordinary System V function of its buffer,
     * which starts past this unit's own buffer words. The call is one the front end would count in
     * the interpreter's depth, so it is made only while the recursion budget this activation was
     * entered with allows one more call. Any other way (cell clear, no budget, the callee left
     * through an exit: an overflow, a failed guard) calls through Java as other versions' calls
     * do; the callee computed nothing anyone can see, so making the call again there is safe.
     */
    void directCall(Instruction in) {
        int site = site(in);
        long[] link = directCalls.get(in);
        Label slow = a.newLabel();
        Label done = a.newLabel();
        a.cmp(slot(levelSlot + 1), 0);
        a.jcc(Cond.LE, slow);
        a.movabs(Reg.R11, link[0]);
        a.cmp(Mem.at(Reg.R11, 0), 0);
        a.jcc(Cond.E, slow);
        save();
        a.mov(Reg.R11, bufSlot());
        a.add(Reg.R11, 8L * link[1]);
        List<LirValue> ops = in.operands();
        for (int k = 0; k < ops.size(); k++) {
            storeWord(Mem.at(Reg.R11, 8 * (1 + k)), loc(ops.get(k)));
        }
        a.mov(Reg.RDI, Reg.R11);
        a.movabs(Reg.R11, link[0]);
        a.mov(Reg.R11, Mem.at(Reg.R11, 0));
        a.call(Reg.R11);
        restore();
        a.test(Reg.RAX, Reg.RAX);
        a.jcc(Cond.NE, slow);
        LirValue r = in.result();
        if (r != null) {
            a.mov(Reg.R11, bufSlot());
            if (r.type() == LirType.F64) {
                a.movsd(Xmm.XMM15, Mem.at(Reg.R11, 8 * (int) link[1]));
                store(r, Xmm.XMM15);
            } else {
                a.mov(Reg.RAX, Mem.at(Reg.R11, 8 * (int) link[1]));
                store(r, Reg.RAX);
            }
        }
        a.jmp(done);
        a.bind(slow);
        upcallAt(in, site);
        a.bind(done);
    }

    /**
     * A run of upcalls ({@link Shape#chains}) as one call back into Java: every operand goes to
     * its call's words first (those of references the run computes are handles, constants), the
     * run's stub makes the calls and tests the guards between them, then the primitive results go
     * to their locations. A run cut short leaves through the raise stub of the call that threw or
     * the exit of the guard that failed, with the results of the calls made before it stored, as
     * if the run's instructions had been lowered one by one.
     */
    void chain(Shape.Chain chain, int number) {
        List<Instruction> members = chain.members();
        for (Instruction m : chain.calls()) {
            site(m);
        }
        save();
        a.mov(Reg.R11, bufSlot());
        for (Instruction m : chain.calls()) {
            int base = chain.bases().get(m);
            List<LirValue> ops = m.operands();
            for (int k = 0; k < ops.size(); k++) {
                storeWord(Mem.at(Reg.R11, 8 * (base + k)), loc(ops.get(k)));
            }
        }
        a.movabs(Reg.RAX, chainStubs[number]);
        a.call(Reg.RAX);
        restore();
        Label done = a.newLabel();
        Label failed = a.newLabel();
        a.test(Reg.RAX, Reg.RAX);
        a.jcc(Cond.NE, failed);
        chainResults(chain, members.size());
        a.jmp(done);
        a.bind(failed);
        for (int j = 0; j < members.size(); j++) {
            Instruction m = members.get(j);
            boolean guard = !chain.bases().containsKey(m);
            Label next = a.newLabel();
            a.cmp(Reg.RAX, guard ? 2 + 2L * j : 1 + 2L * j);
            a.jcc(Cond.NE, next);
            chainResults(chain, j);
            a.jmp(guard ? exit(m.deopt()) : raise(m.deopt()));
            a.bind(next);
        }
        a.jmp(done); // not reached: the stub answers one of the codes above
        a.bind(done);
    }

    /** Stores the primitive results of the run's calls among its first {@code n} members. */
    private void chainResults(Shape.Chain chain, int n) {
        for (Instruction m : chain.members().subList(0, n)) {
            Integer base = chain.bases().get(m);
            LirValue r = m.result();
            if (base == null || r == null || r.type() == LirType.REF) {
                continue;
            }
            a.mov(Reg.R11, bufSlot());
            if (r.type() == LirType.F64) {
                a.movsd(Xmm.XMM15, Mem.at(Reg.R11, 8 * base));
                store(r, Xmm.XMM15);
            } else {
                a.mov(Reg.RAX, Mem.at(Reg.R11, 8 * base));
                store(r, Reg.RAX);
            }
        }
    }

    void save() {
        for (Reg g : savedGprs) {
            a.mov(slot(saveSlot + java.util.Arrays.asList(SAVED_GPRS).indexOf(g)), g);
        }
        for (Xmm x : savedXmms) {
            a.movsd(slot(saveSlot + SAVED_GPRS.length + java.util.Arrays.asList(Allocator.XMMS).indexOf(x)), x);
        }
    }

    void restore() {
        for (Reg g : savedGprs) {
            a.mov(g, slot(saveSlot + java.util.Arrays.asList(SAVED_GPRS).indexOf(g)));
        }
        for (Xmm x : savedXmms) {
            a.movsd(x, slot(saveSlot + SAVED_GPRS.length + java.util.Arrays.asList(Allocator.XMMS).indexOf(x)));
        }
    }
}
