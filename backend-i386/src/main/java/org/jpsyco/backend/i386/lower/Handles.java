package org.jpsyco.backend.i386.lower;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;

/**
 * Liveness of reference handles (see {@link Shape}). First, the soundness check: a reference defined by an
 * instruction lives in that instruction's slot of the activation's table, so when the
 * instruction runs again (in a loop) the slot's old object is gone. A block parameter that may
 * hold that slot's handle must therefore be dead whenever the instruction runs. For each
 * reference parameter this computes the slots it may hold (its arguments' slots, through other
 * parameters to a fixed point), then walks liveness backwards and declines the function when a
 * defining instruction finds such a parameter live after it.
 *
 * <p>Second, {@link #kills}: which table slots each upcall clears, so that the table holds an
 * object no longer than the LIR needs it (a weak reference must see its referent go when the
 * program drops it, as under backend-jvm). A slot is live at a point when its owner (the value
 * that defines it) is live or a block parameter that may hold its handle is; only upcalls run
 * Java code, so a slot that died since the last upcall is cleared at the next one, before its
 * call (the call may collect garbage), and the slots that die at the upcall itself (its last
 * uses, an unused result) after it. A forward walk of the slots that may hold an object keeps
 * the lists short. Slots of reference constants are never cleared.
 */
public final class Handles {
    private Handles() {
    }

    static void check(LirFunction f, Shape s) {
        Map<Integer, BitSet> sources = sources(f);
        if (sources.isEmpty()) {
            return;
        }
        List<BitSet> liveIn = liveness(f);
        for (Block b : f.blocks()) {
            BitSet live = liveOut(f, b, liveIn);
            List<Instruction> ins = b.instructions();
            for (int i = ins.size() - 1; i >= 0; i--) {
                Instruction in = ins.get(i);
                LirValue r = in.result();
                if (r != null) {
                    live.clear(r.id());
                    if (r.type() == LirType.REF) {
                        for (Map.Entry<Integer, BitSet> e : sources.entrySet()) {
                            if (live.get(e.getKey()) && e.getValue().get(r.id())) {
                                throw new Shape.Declined("reference parameter %" + e.getKey() + " may hold the slot of %" + r.id()
                                        + " when it is redefined");
                            }
                        }
                    }
                }
                for (LirValue u : in.uses()) {
                    live.set(u.id());
                }
            }
        }
    }

    /** What an upcall clears: slots dead before its call, then slots dead after it. */
    public record Kills(int[] before, int[] after) {
        static final Kills NONE = new Kills(new int[0], new int[0]);

        public boolean isEmpty() {
            return before.length == 0 && after.length == 0;
        }
    }

    /** The slots each upcall site clears (by identity of its instruction); sites absent clear nothing. */
    static Map<Instruction, Kills> kills(LirFunction f, Shape s) {
        Map<Instruction, Kills> out = new java.util.IdentityHashMap<>();
        if (s.upcalls.isEmpty()) {
            return out;
        }
        BitSet owners = new BitSet(); // values owning a slot that may be cleared (no constants)
        for (Map.Entry<Integer, Integer> e : s.refSlot.entrySet()) {
            if (s.refTemplate.get(e.getValue()) == null) {
                owners.set(e.getKey());
            }
        }
        Map<Integer, BitSet> sources = sources(f);
        List<BitSet> liveIn = liveness(f);
        int n = f.blocks().size();
        // slot owners live before and after each instruction, by block and index
        List<BitSet[]> before = new ArrayList<>();
        List<BitSet[]> after = new ArrayList<>();
        for (Block b : f.blocks()) {
            List<Instruction> ins = b.instructions();
            BitSet[] bf = new BitSet[ins.size()];
            BitSet[] af = new BitSet[ins.size()];
            BitSet live = liveOut(f, b, liveIn);
            for (int i = ins.size() - 1; i >= 0; i--) {
                Instruction in = ins.get(i);
                af[i] = slotsOf(live, owners, sources);
                if (in.result() != null) {
                    live.clear(in.result().id());
                }
                for (LirValue u : in.uses()) {
                    live.set(u.id());
                }
                bf[i] = slotsOf(live, owners, sources);
            }
            before.add(bf);
            after.add(af);
        }
        // forward: the slots that may hold an object at each block's entry
        List<BitSet> setIn = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            setIn.add(new BitSet());
        }
        for (LirValue p : f.entry().params()) {
            if (owners.get(p.id())) {
                setIn.get(0).set(p.id());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : f.blocks()) {
                BitSet set = (BitSet) setIn.get(b.id()).clone();
                List<Instruction> ins = b.instructions();
                for (int i = 0; i < ins.size(); i++) {
                    Instruction in = ins.get(i);
                    boolean upcall = Shape.isUpcall(in);
                    BitSet pre = null;
                    if (upcall) {
                        pre = (BitSet) set.clone();
                        pre.andNot(before.get(b.id())[i]);
                        set.andNot(pre);
                    }
                    if (in.result() != null && owners.get(in.result().id())) {
                        set.set(in.result().id());
                    }
                    if (upcall) {
                        BitSet post = (BitSet) set.clone();
                        post.andNot(after.get(b.id())[i]);
                        set.andNot(post);
                        out.put(in, new Kills(toSlots(pre, s), toSlots(post, s)));
                    }
                    for (Target t : in.targets()) {
                        BitSet to = setIn.get(t.block());
                        int card = to.cardinality();
                        to.or(set);
                        changed |= to.cardinality() != card;
                    }
                }
            }
        }
        out.values().removeIf(Kills::isEmpty);
        return out;
    }

    private static BitSet slotsOf(BitSet live, BitSet owners, Map<Integer, BitSet> sources) {
        BitSet r = (BitSet) live.clone();
        r.and(owners);
        for (int v = live.nextSetBit(0); v >= 0; v = live.nextSetBit(v + 1)) {
            BitSet src = sources.get(v);
            if (src != null) {
                r.or(src);
            }
        }
        r.and(owners);
        return r;
    }

    private static int[] toSlots(BitSet values, Shape s) {
        return values.stream().map(v -> s.refSlot.get(v)).sorted().toArray();
    }

    /** Reference parameter id (of blocks other than the entry) -> ids of the slot owners it may hold. */
    private static Map<Integer, BitSet> sources(LirFunction f) {
        Map<Integer, BitSet> src = new HashMap<>();
        for (Block b : f.blocks()) {
            if (b.id() == 0) {
                continue;
            }
            for (LirValue p : b.params()) {
                if (p.type() == LirType.REF) {
                    src.put(p.id(), new BitSet());
                }
            }
        }
        if (src.isEmpty()) {
            return src;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : f.blocks()) {
                for (Instruction in : b.instructions()) {
                    for (Target t : in.targets()) {
                        List<LirValue> params = f.block(t.block()).params();
                        for (int k = 0; k < params.size(); k++) {
                            BitSet to = src.get(params.get(k).id());
                            if (to == null) {
                                continue;
                            }
                            LirValue a = t.args().get(k);
                            BitSet from = src.get(a.id());
                            int before = to.cardinality();
                            if (from != null) {
                                to.or(from);
                            } else {
                                to.set(a.id());
                            }
                            changed |= to.cardinality() != before;
                        }
                    }
                }
            }
        }
        return src;
    }

    private static BitSet liveOut(LirFunction f, Block b, List<BitSet> liveIn) {
        BitSet out = new BitSet();
        Instruction t = b.terminator();
        if (t != null) {
            for (Target s : t.targets()) {
                out.or(liveIn.get(s.block()));
            }
        }
        return out;
    }

    private static List<BitSet> liveness(LirFunction f) {
        int n = f.blocks().size();
        List<BitSet> liveIn = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            liveIn.add(new BitSet());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int bi = n - 1; bi >= 0; bi--) {
                Block b = f.block(bi);
                BitSet live = liveOut(f, b, liveIn);
                List<Instruction> ins = b.instructions();
                for (int i = ins.size() - 1; i >= 0; i--) {
                    Instruction in = ins.get(i);
                    if (in.result() != null) {
                        live.clear(in.result().id());
                    }
                    for (LirValue u : in.uses()) {
                        live.set(u.id());
                    }
                }
                for (LirValue p : b.params()) {
                    live.clear(p.id());
                }
                if (!live.equals(liveIn.get(bi))) {
                    liveIn.set(bi, live);
                    changed = true;
                }
            }
        }
        return liveIn;
    }
}
