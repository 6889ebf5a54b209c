package org.jpsyco.backend.i386;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.LirVerifier;
import org.jpsyco.kernel.lir.Target;
import org.jpsyco.kernel.lir.Targets;

/**
 * Shrinks a failing fuzz function while it keeps failing: turns branches into jumps, replaces
 * computed values by constants, drops live values from deopt descriptors, and removes pure
 * instructions nobody uses, one change at a time, until no change keeps the failure. What is left
 * is the reproducer the fuzzer prints.
 */
final class Reducer {
    private final Predicate<LirFunction> fails;

    Reducer(Predicate<LirFunction> fails) {
        this.fails = fails;
    }

    LirFunction reduce(LirFunction f) {
        boolean progress = true;
        int rounds = 0;
        while (progress && rounds++ < 50) {
            progress = false;
            for (LirFunction candidate : candidates(f)) {
                if (valid(candidate) && stillFails(candidate)) {
                    f = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return f;
    }

    private boolean stillFails(LirFunction f) {
        try {
            return fails.test(f);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean valid(LirFunction f) {
        return LirVerifier.check(f).isEmpty();
    }

    /** Smaller variants of {@code f}, the biggest cuts first. */
    private List<LirFunction> candidates(LirFunction f) {
        List<LirFunction> out = new ArrayList<>();
        LirFunction dce = deadCode(f);
        if (size(dce) < size(f)) {
            out.add(dce);
        }
        for (Block b : f.blocks()) {
            for (int i = 0; i < b.instructions().size(); i++) {
                Instruction in = b.instructions().get(i);
                if (in.op() == LirOp.BRANCH) {
                    for (Target t : in.targets()) {
                        out.add(deadCode(replace(f, b.id(), i, new Instruction(null, LirOp.JUMP, List.of(), new Targets(List.of(t)), null))));
                    }
                }
            }
        }
        for (Block b : f.blocks()) {
            for (int i = 0; i < b.instructions().size(); i++) {
                Instruction in = b.instructions().get(i);
                LirValue r = in.result();
                if (r != null && !in.op().is(LirOp.Flag.CONST) && r.type() != LirType.REF) {
                    Constant c = switch (r.type()) {
                        case I64 -> Constant.of(1L);
                        case F64 -> Constant.of(1.0);
                        default -> Constant.of(true);
                    };
                    LirOp op = switch (r.type()) {
                        case I64 -> LirOp.CONST_I64;
                        case F64 -> LirOp.CONST_F64;
                        default -> LirOp.CONST_I1;
                    };
                    out.add(deadCode(replace(f, b.id(), i, new Instruction(r, op, List.of(), c, null))));
                }
                if (in.deopt() != null && !in.deopt().liveValues().isEmpty()) {
                    List<DeoptDescriptor.Recovery> slots = new ArrayList<>();
                    for (DeoptDescriptor.Recovery s : in.deopt().slots()) {
                        slots.add(s instanceof DeoptDescriptor.Live ? new DeoptDescriptor.Dead() : s);
                    }
                    DeoptDescriptor d = new DeoptDescriptor(in.deopt().resumePoint(), slots, List.of());
                    out.add(deadCode(replace(f, b.id(), i, new Instruction(in.result(), in.op(), in.operands(), in.payload(), d))));
                }
            }
        }
        return out;
    }

    private static int size(LirFunction f) {
        return f.blocks().stream().mapToInt(b -> b.instructions().size()).sum();
    }

    private static LirFunction replace(LirFunction f, int block, int index, Instruction with) {
        List<Block> blocks = new ArrayList<>(f.blocks());
        Block b = blocks.get(block);
        List<Instruction> ins = new ArrayList<>(b.instructions());
        ins.set(index, with);
        blocks.set(block, new Block(b.id(), b.params(), ins));
        return new LirFunction(f.name(), blocks);
    }

    /** Drops pure instructions whose results nobody uses, and blocks nothing reaches (renumbered). */
    private static LirFunction deadCode(LirFunction f) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<Integer> used = new HashSet<>();
            for (Block b : f.blocks()) {
                for (Instruction in : b.instructions()) {
                    in.uses().forEach(v -> used.add(v.id()));
                }
            }
            List<Block> blocks = new ArrayList<>();
            for (Block b : f.blocks()) {
                List<Instruction> keep = new ArrayList<>();
                for (Instruction in : b.instructions()) {
                    if (in.op().is(LirOp.Flag.PURE) && in.result() != null && !used.contains(in.result().id())) {
                        changed = true;
                    } else {
                        keep.add(in);
                    }
                }
                blocks.add(new Block(b.id(), b.params(), keep));
            }
            f = new LirFunction(f.name(), blocks);
        }
        // unreachable blocks: keep those reachable from the entry, renumbered in order
        Set<Integer> seen = new HashSet<>();
        List<Integer> work = new ArrayList<>(List.of(0));
        while (!work.isEmpty()) {
            int id = work.remove(work.size() - 1);
            if (seen.add(id)) {
                Instruction t = f.block(id).terminator();
                if (t != null) {
                    t.targets().forEach(x -> work.add(x.block()));
                }
            }
        }
        if (seen.size() == f.blocks().size()) {
            return f;
        }
        Map<Integer, Integer> renumber = new HashMap<>();
        for (Block b : f.blocks()) {
            if (seen.contains(b.id())) {
                renumber.put(b.id(), renumber.size());
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (Block b : f.blocks()) {
            if (!seen.contains(b.id())) {
                continue;
            }
            List<Instruction> ins = new ArrayList<>();
            for (Instruction in : b.instructions()) {
                if (in.payload() instanceof Targets ts) {
                    List<Target> moved = ts.targets().stream().map(t -> new Target(renumber.get(t.block()), t.args())).toList();
                    in = new Instruction(in.result(), in.op(), in.operands(), new Targets(moved), in.deopt());
                } else if (in.payload() instanceof org.jpsyco.kernel.lir.PromotionSwitch p) {
                    List<org.jpsyco.kernel.lir.PromotionSwitch.Case> cases = p.cases().stream()
                            .map(c -> new org.jpsyco.kernel.lir.PromotionSwitch.Case(c.value(),
                                    new Target(renumber.get(c.target().block()), c.target().args())))
                            .toList();
                    in = new Instruction(in.result(), in.op(), in.operands(), new org.jpsyco.kernel.lir.PromotionSwitch(p.site(), cases), in.deopt());
                }
                ins.add(in);
            }
            blocks.add(new Block(renumber.get(b.id()), b.params(), ins));
        }
        return new LirFunction(f.name(), blocks);
    }
}
