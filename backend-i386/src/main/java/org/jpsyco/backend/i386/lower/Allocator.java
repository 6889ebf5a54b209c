package org.jpsyco.backend.i386.lower;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpsyco.backend.i386.encoder.Reg;
import org.jpsyco.backend.i386.encoder.Xmm;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;

/**
 * Register allocation by priority-ordered graph colouring over SSA liveness.
 *
 * <p>Why this and not linear scan or Psyco's on-the-fly allocation: LIR is SSA with block
 * parameters, so liveness is one backward pass per block to a fixed point and every value has a
 * single definition. Each value gets one location for its whole life (a register or a frame slot),
 * which makes block-argument shuffles, exit stubs and deopt live values trivial to lower: a guard
 * reads every live value where the allocation says it is, with no per-point maps to keep. Values
 * are coloured in decreasing weight (uses and definitions, times 32 for each enclosing loop, so
 * loop counters and accumulators win), each taking a register no already-coloured neighbour in
 * the interference graph holds; a value that finds none lives in its own frame slot. Block
 * parameters prefer the register of an argument passed to them, which removes most moves on
 * loop back edges.
 *
 * <p>Registers: rax, rcx, rdx and r11 (and xmm14, xmm15) are scratch for the lowering (division,
 * shift counts, memory-to-memory moves, cycle breaking) and never allocated; the other ten
 * general registers (rsp and rbp excepted) and fourteen SSE registers are. Calls (the safepoint
 * poll and upcalls) are rare next to arithmetic, so values are not kept out of caller-saved
 * registers: the lowering saves those the allocation uses around each call. References are
 * handles (i64 slot numbers, see {@link Shape}) and take general registers like integers.
 */
final class Allocator {
    static final Reg[] GPRS = {Reg.RBX, Reg.R12, Reg.R13, Reg.R14, Reg.R15, Reg.RSI, Reg.RDI, Reg.R8, Reg.R9, Reg.R10};
    static final Xmm[] XMMS = {Xmm.XMM0, Xmm.XMM1, Xmm.XMM2, Xmm.XMM3, Xmm.XMM4, Xmm.XMM5, Xmm.XMM6, Xmm.XMM7, Xmm.XMM8,
        Xmm.XMM9, Xmm.XMM10, Xmm.XMM11, Xmm.XMM12, Xmm.XMM13};

    private final LirFunction f;
    private final Map<Integer, LirValue> values = new HashMap<>();
    private final Map<Integer, BitSet> edges = new HashMap<>();
    private final Map<Integer, Double> weight = new HashMap<>();
    private final Map<Integer, List<Integer>> hints = new HashMap<>();
    final Map<Integer, Loc> locs = new HashMap<>();
    /** The values live after each call of another version (by identity): what a native call must keep. */
    final Map<Instruction, BitSet> liveAfterCalls = new java.util.IdentityHashMap<>();
    /** Number of frame slots the values use, counted from {@code firstSlot}. */
    int slots;
    private Reg[] gprs = GPRS;

    Allocator(LirFunction f) {
        this.f = f;
    }

    /**
     * Assigns every value that is not a reference or in {@code preset} (constants) a location;
     * frame slots start at {@code firstSlot}; general registers come from {@code gprs}.
     */
    Map<Integer, Loc> run(int firstSlot, Map<Integer, Loc> preset, Reg[] gprs) {
        this.gprs = gprs;
        locs.putAll(preset);
        int n = f.blocks().size();
        int[] depth = Loops.depths(f);
        List<BitSet> liveIn = liveness(n);
        for (Block b : f.blocks()) {
            double w = Math.pow(32, Math.min(depth[b.id()], 4));
            BitSet live = liveOut(b, liveIn);
            List<Instruction> ins = b.instructions();
            for (int i = ins.size() - 1; i >= 0; i--) {
                Instruction in = ins.get(i);
                LirValue r = in.result();
                if (in.op() == org.jpsyco.kernel.lir.LirOp.CALL_VERSION) {
                    liveAfterCalls.put(in, (BitSet) live.clone());
                }
                if (r != null) {
                    define(r, w);
                    live.clear(r.id());
                    interfere(r.id(), live);
                }
                for (LirValue u : in.uses()) {
                    define(u, 0);
                    weight.merge(u.id(), w, Double::sum);
                    live.set(u.id());
                }
                for (Target t : in.targets()) {
                    List<LirValue> params = f.block(t.block()).params();
                    for (int k = 0; k < t.args().size(); k++) {
                        hints.computeIfAbsent(params.get(k).id(), x -> new ArrayList<>()).add(t.args().get(k).id());
                    }
                }
            }
            for (LirValue p : b.params()) {
                define(p, w);
                live.clear(p.id());
            }
            for (LirValue p : b.params()) {
                interfere(p.id(), live);
                for (LirValue q : b.params()) {
                    if (q.id() != p.id()) {
                        edge(p.id(), q.id());
                    }
                }
            }
        }
        List<LirValue> order = new ArrayList<>(values.values());
        order.removeIf(v -> preset.containsKey(v.id()));
        order.sort((a, c) -> {
            int byWeight = Double.compare(weight.getOrDefault(c.id(), 0.0), weight.getOrDefault(a.id(), 0.0));
            return byWeight != 0 ? byWeight : Integer.compare(a.id(), c.id());
        });
        for (LirValue v : order) {
            locs.put(v.id(), choose(v, firstSlot));
        }
        return locs;
    }

    private Loc choose(LirValue v, int firstSlot) {
        boolean fp = v.type() == LirType.F64;
        BitSet taken = new BitSet();
        BitSet nb = edges.getOrDefault(v.id(), new BitSet());
        for (int u = nb.nextSetBit(0); u >= 0; u = nb.nextSetBit(u + 1)) {
            Loc l = locs.get(u);
            if (l != null && l.isReg()) {
                taken.set(l.reg().number());
            } else if (l != null && l.isXmm()) {
                taken.set(16 + l.xmm().number());
            }
        }
        for (int h : hints.getOrDefault(v.id(), List.of())) {
            Loc l = locs.get(h);
            if (l != null && (fp ? l.isXmm() && !taken.get(16 + l.xmm().number()) : l.isReg() && !taken.get(l.reg().number()))) {
                return l;
            }
        }
        if (fp) {
            for (Xmm x : XMMS) {
                if (!taken.get(16 + x.number())) {
                    return Loc.of(x);
                }
            }
        } else {
            for (Reg r : gprs) {
                if (!taken.get(r.number())) {
                    return Loc.of(r);
                }
            }
        }
        return Loc.slot(firstSlot + slots++);
    }

    private void define(LirValue v, double w) {
        values.putIfAbsent(v.id(), v);
        weight.merge(v.id(), w, Double::sum);
    }

    private void interfere(int v, BitSet live) {
        for (int u = live.nextSetBit(0); u >= 0; u = live.nextSetBit(u + 1)) {
            if (u != v) {
                edge(v, u);
            }
        }
    }

    private void edge(int a, int b) {
        edges.computeIfAbsent(a, k -> new BitSet()).set(b);
        edges.computeIfAbsent(b, k -> new BitSet()).set(a);
    }

    private BitSet liveOut(Block b, List<BitSet> liveIn) {
        BitSet out = new BitSet();
        Instruction t = b.terminator();
        if (t != null) {
            for (Target s : t.targets()) {
                out.or(liveIn.get(s.block()));
            }
        }
        return out;
    }

    /** Live-in sets (block parameters excluded), iterated backwards to a fixed point. */
    private List<BitSet> liveness(int n) {
        List<BitSet> liveIn = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            liveIn.add(new BitSet());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int bi = n - 1; bi >= 0; bi--) {
                Block b = f.block(bi);
                BitSet live = liveOut(b, liveIn);
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
