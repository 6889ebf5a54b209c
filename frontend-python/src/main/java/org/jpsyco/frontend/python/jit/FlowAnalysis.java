package org.jpsyco.frontend.python.jit;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.ExceptionTableEntry;
import org.jpsyco.frontend.python.bytecode.Opcode;

/**
 * What the specializer needs to know about a code object before it abstractly interprets it:
 * the value stack depth at each instruction and which fast locals are certainly bound there,
 * computed forward from the function's entry over every edge the interpreter can take
 * (fall-through, jumps, and exception edges to handlers), so the facts hold for any frame the
 * interpreter may hand over at that instruction, on-stack replacement included.
 *
 * <p>Locals start bound for the arguments (the argument binder fills every argument slot) and
 * unbound otherwise; {@code STORE_FAST} binds, {@code DELETE_FAST} unbinds, and a join keeps
 * only what is bound on every incoming edge.
 */
final class FlowAnalysis {
    /** Stack depth before each instruction; -1 where the instruction is unreachable. */
    final int[] depth;
    /** Locals certainly bound before each instruction (null where unreachable). */
    final BitSet[] bound;
    /** Instructions that some backward {@code JUMP} targets: loop heads. */
    final BitSet loopHeads = new BitSet();
    /**
     * Locals live before each instruction (read on some path before being written; null where
     * unreachable). An exception edge counts from the instruction's start, so whatever a handler
     * reads stays live over the whole range it covers.
     */
    BitSet[] live;

    private FlowAnalysis(int n) {
        depth = new int[n];
        java.util.Arrays.fill(depth, -1);
        bound = new BitSet[n];
    }

    static FlowAnalysis of(CodeObject co) {
        int[] code = co.code;
        FlowAnalysis a = new FlowAnalysis(code.length);
        BitSet args = new BitSet();
        args.set(0, Math.min(co.totalArgs(), co.varnames.length));
        Deque<Integer> work = new ArrayDeque<>();
        a.flow(0, 0, args, work);
        while (!work.isEmpty()) {
            int pc = work.pop();
            int d = a.depth[pc];
            BitSet in = a.bound[pc];
            int instr = code[pc];
            Opcode op = Opcode.of(instr);
            int arg = Opcode.argOf(instr);
            ExceptionTableEntry h = co.handlerFor(pc);
            if (h != null) {
                a.flow(h.handler(), h.depth() + 1, in, work);
            }
            BitSet out = in;
            if (op == Opcode.STORE_FAST || op == Opcode.DELETE_FAST) {
                out = (BitSet) in.clone();
                out.set(arg, op == Opcode.STORE_FAST);
            }
            if (op.has(Opcode.Flag.JUMPS)) {
                a.flow(arg, d + op.stackEffect(arg, true), out, work);
                if (op == Opcode.JUMP && arg <= pc) {
                    a.loopHeads.set(arg);
                }
            }
            if (!op.has(Opcode.Flag.NO_FALLTHROUGH) && pc + 1 < code.length) {
                a.flow(pc + 1, d + op.stackEffect(arg, false), out, work);
            }
        }
        a.liveness(co);
        return a;
    }

    private void liveness(CodeObject co) {
        int[] code = co.code;
        int n = code.length;
        live = new BitSet[n];
        for (int pc = 0; pc < n; pc++) {
            if (depth[pc] >= 0) {
                live[pc] = new BitSet();
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = n - 1; pc >= 0; pc--) {
                if (depth[pc] < 0) {
                    continue;
                }
                int instr = code[pc];
                Opcode op = Opcode.of(instr);
                int arg = Opcode.argOf(instr);
                BitSet out = new BitSet();
                if (op.has(Opcode.Flag.JUMPS) && live[arg] != null) {
                    out.or(live[arg]);
                }
                if (!op.has(Opcode.Flag.NO_FALLTHROUGH) && pc + 1 < n && live[pc + 1] != null) {
                    out.or(live[pc + 1]);
                }
                if (op == Opcode.STORE_FAST) {
                    out.clear(arg);
                } else if (op == Opcode.LOAD_FAST || op == Opcode.DELETE_FAST) {
                    out.set(arg);
                }
                ExceptionTableEntry h = co.handlerFor(pc);
                if (h != null && live[h.handler()] != null) {
                    out.or(live[h.handler()]);
                }
                if (!out.equals(live[pc])) {
                    live[pc] = out;
                    changed = true;
                }
            }
        }
    }

    private void flow(int pc, int d, BitSet in, Deque<Integer> work) {
        if (depth[pc] < 0) {
            depth[pc] = d;
            bound[pc] = (BitSet) in.clone();
            work.push(pc);
            return;
        }
        if (depth[pc] != d) {
            throw new IllegalStateException("stack depth " + d + " and " + depth[pc] + " meet at " + pc);
        }
        BitSet merged = (BitSet) bound[pc].clone();
        merged.and(in);
        if (!merged.equals(bound[pc])) {
            bound[pc] = merged;
            work.push(pc);
        }
    }
}
