package org.jpsyco.backend.jvm.codegen;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;

/**
 * JVM local slots for the values of a function, shared between values that are never live at the
 * same time (linear scan over the block layout). Few slots mean short load and store forms (no
 * {@code wide} prefix past slot 255) and small frames; a block parameter prefers the slot of an
 * argument passed to it, so most jumps move nothing.
 *
 * <p>Protocol. Positions number the reachable blocks in layout (id) order: a block's start, then
 * each instruction. A value's interval is the hull of its definition (a parameter is defined at its
 * block's start), its uses (a branch argument or a deopt value is used by its instruction) and the
 * starts and ends of the blocks it is live into and out of, from the usual backward liveness
 * fixpoint. Hulls overlap wherever two values are live together, so disjoint hulls may share a
 * slot; one slot serves {@code int} and reference values, a pair serves {@code long} and
 * {@code double}. The entry block's parameters keep the method's argument slots. Values of
 * unreachable blocks get no slot: no code reads them.
 */
final class Slots {
    private Slots() {
    }

    /** The slot of each value id; {@code next[0]} receives the first slot past them all. */
    static Map<Integer, Integer> assign(LirFunction f, BitSet reachable, int[] next) {
        // dense indices and positions
        Map<Integer, Integer> index = new HashMap<>();
        List<LirValue> values = new ArrayList<>();
        int blocks = f.blocks().size();
        int[] start = new int[blocks];
        int[] end = new int[blocks];
        int pos = 0;
        for (Block b : f.blocks()) {
            if (!reachable.get(b.id())) {
                continue;
            }
            start[b.id()] = pos++;
            for (LirValue p : b.params()) {
                add(p, index, values);
            }
            for (Instruction ins : b.instructions()) {
                if (ins.result() != null) {
                    add(ins.result(), index, values);
                }
                pos++;
            }
            end[b.id()] = pos - 1;
        }
        int n = values.size();
        int[] lo = new int[n];
        int[] hi = new int[n];
        java.util.Arrays.fill(lo, Integer.MAX_VALUE);
        java.util.Arrays.fill(hi, Integer.MIN_VALUE);
        BitSet[] liveIn = new BitSet[blocks];
        BitSet[] exposed = new BitSet[blocks];
        BitSet[] defs = new BitSet[blocks];
        for (Block b : f.blocks()) {
            if (!reachable.get(b.id())) {
                continue;
            }
            BitSet d = new BitSet(n);
            BitSet e = new BitSet(n);
            for (LirValue p : b.params()) {
                int v = index.get(p.id());
                d.set(v);
                extend(lo, hi, v, start[b.id()]);
            }
            int at = start[b.id()];
            for (Instruction ins : b.instructions()) {
                at++;
                for (LirValue u : ins.uses()) {
                    Integer v = index.get(u.id());
                    if (v == null) {
                        continue; // defined in an unreachable block: the verifier reported it
                    }
                    if (!d.get(v)) {
                        e.set(v);
                    }
                    extend(lo, hi, v, at);
                }
                if (ins.result() != null) {
                    int v = index.get(ins.result().id());
                    d.set(v);
                    extend(lo, hi, v, at);
                }
            }
            defs[b.id()] = d;
            exposed[b.id()] = e;
            liveIn[b.id()] = (BitSet) e.clone();
        }
        // backward liveness to a fixpoint
        BitSet[] liveOut = new BitSet[blocks];
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int b = blocks - 1; b >= 0; b--) {
                if (!reachable.get(b)) {
                    continue;
                }
                BitSet out = new BitSet(n);
                for (Target t : f.block(b).terminator().targets()) {
                    BitSet in = (BitSet) liveIn[t.block()].clone();
                    for (LirValue p : f.block(t.block()).params()) {
                        in.clear(index.get(p.id()));
                    }
                    out.or(in);
                }
                liveOut[b] = out;
                BitSet in = (BitSet) out.clone();
                in.andNot(defs[b]);
                in.or(exposed[b]);
                if (!in.equals(liveIn[b])) {
                    liveIn[b] = in;
                    changed = true;
                }
            }
        }
        for (int b = 0; b < blocks; b++) {
            if (!reachable.get(b)) {
                continue;
            }
            int s = start[b];
            int e = end[b];
            liveIn[b].stream().forEach(v -> extend(lo, hi, v, s));
            liveOut[b].stream().forEach(v -> extend(lo, hi, v, e));
        }
        return scan(f, values, index, lo, hi, next);
    }

    private static void add(LirValue v, Map<Integer, Integer> index, List<LirValue> values) {
        if (!index.containsKey(v.id())) {
            index.put(v.id(), values.size());
            values.add(v);
        }
    }

    private static void extend(int[] lo, int[] hi, int v, int at) {
        lo[v] = Math.min(lo[v], at);
        hi[v] = Math.max(hi[v], at);
    }

    private static Map<Integer, Integer> scan(LirFunction f, List<LirValue> values, Map<Integer, Integer> index, int[] lo, int[] hi,
            int[] next) {
        Map<Integer, Integer> slot = new HashMap<>();
        int top = 0;
        // the entry's parameters are the method's arguments, in order
        PriorityQueue<Integer> active = new PriorityQueue<>(Comparator.comparingInt(v -> hi[v]));
        for (LirValue p : f.entry().params()) {
            slot.put(p.id(), top);
            top += Types.slots(p.type());
            active.add(index.get(p.id()));
        }
        Map<Integer, List<Integer>> hint = hints(f);
        BitSet isParam = new BitSet();
        for (Block b : f.blocks()) {
            for (LirValue p : b.params()) {
                Integer v = index.get(p.id());
                if (v != null) {
                    isParam.set(v);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            if (!slot.containsKey(values.get(v).id())) {
                order.add(v);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(v -> lo[v]).thenComparingInt(v -> v));
        TreeSet<Integer> free1 = new TreeSet<>();
        TreeSet<Integer> free2 = new TreeSet<>();
        for (int v : order) {
            // an instruction reads all its operands (and leaves, if it does) before it stores its
            // result, so a value may take the slot of one whose last use is that instruction;
            // block parameters are all written by one parallel move and may not share that way
            while (!active.isEmpty() && (hi[active.peek()] < lo[v] || hi[active.peek()] == lo[v] && !isParam.get(v))) {
                LirValue gone = values.get(active.poll());
                (Types.slots(gone.type()) == 2 ? free2 : free1).add(slot.get(gone.id()));
            }
            LirValue value = values.get(v);
            TreeSet<Integer> pool = Types.slots(value.type()) == 2 ? free2 : free1;
            Integer s = null;
            for (Integer arg : hint.getOrDefault(value.id(), List.of())) {
                Integer h = slot.get(arg);
                if (h != null && pool.remove(h)) {
                    s = h;
                    break;
                }
            }
            if (s == null) {
                s = pool.pollFirst();
            }
            if (s == null) {
                s = top;
                top += Types.slots(value.type());
            }
            slot.put(value.id(), s);
            active.add(v);
        }
        next[0] = top;
        return slot;
    }

    /**
     * For each block parameter, the values passed to it, and for each value passed, the parameters
     * it is passed to: sharing a slot with one of them makes that move vanish.
     */
    private static Map<Integer, List<Integer>> hints(LirFunction f) {
        Map<Integer, List<Integer>> hint = new HashMap<>();
        for (Block b : f.blocks()) {
            for (Target t : b.terminator() == null ? List.<Target>of() : b.terminator().targets()) {
                List<LirValue> params = f.block(t.block()).params();
                for (int k = 0; k < params.size() && k < t.args().size(); k++) {
                    int p = params.get(k).id();
                    int a = t.args().get(k).id();
                    hint.computeIfAbsent(p, x -> new ArrayList<>()).add(a);
                    hint.computeIfAbsent(a, x -> new ArrayList<>()).add(p);
                }
            }
        }
        return hint;
    }
}
