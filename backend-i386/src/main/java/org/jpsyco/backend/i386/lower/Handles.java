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
 * The soundness check of reference handles (see {@link Shape}): a reference defined by an
 * instruction lives in that instruction's slot of the activation's table, so when the
 * instruction runs again (in a loop) the slot's old object is gone. A block parameter that may
 * hold that slot's handle must therefore be dead whenever the instruction runs. For each
 * reference parameter this computes the slots it may hold (its arguments' slots, through other
 * parameters to a fixed point), then walks liveness backwards and declines the function when a
 * defining instruction finds such a parameter live after it.
 */
final class Handles {
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
