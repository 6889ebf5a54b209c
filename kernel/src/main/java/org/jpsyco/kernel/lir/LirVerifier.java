package org.jpsyco.kernel.lir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a LIR function against the rules every pass and backend may rely on:
 *
 * <ol>
 * <li>blocks are numbered by position, non-empty, and end in their only terminator;</li>
 * <li>every value is defined once (a block parameter or an instruction result);</li>
 * <li>each instruction agrees with its line of {@link LirOp}: operand count and types, result
 *     presence and type, payload class, deopt descriptor required / allowed / forbidden; calls
 *     agree with their target's signature; promotion cases have the promoted value's type and
 *     are distinct; all returns return the same type;</li>
 * <li>targets name existing blocks and pass one argument of the right type per parameter;</li>
 * <li>every use, including deopt descriptors and branch arguments, is of a value defined before
 *     it in the same block, a parameter of that block, or defined in a block that dominates it
 *     (so guards can only describe frames with values that exist when they fail);</li>
 * <li>deopt descriptors name existing virtual objects.</li>
 * </ol>
 *
 * Blocks unreachable from the entry are checked for shape and types but not for dominance.
 * Problems are collected, not thrown one at a time, each prefixed with its location
 * ({@code b2[1] add_i64_ovf: ...}).
 */
public final class LirVerifier {
    private final LirFunction f;
    private final List<String> problems = new ArrayList<>();
    /** Where each value is defined: block id, and instruction index or -1 for a parameter. */
    private final Map<Integer, int[]> defs = new HashMap<>();
    private final Map<Integer, LirValue> values = new HashMap<>();
    private LirType returnType;

    private LirVerifier(LirFunction f) {
        this.f = f;
    }

    /** The problems found, empty when the function is well formed. */
    public static List<String> check(LirFunction f) {
        LirVerifier v = new LirVerifier(f);
        v.run();
        return v.problems;
    }

    /** Throws {@link LirVerifyException} listing every problem, or returns the function. */
    public static LirFunction verify(LirFunction f) {
        List<String> problems = check(f);
        if (!problems.isEmpty()) {
            throw new LirVerifyException(f.name(), problems);
        }
        return f;
    }

    private void run() {
        if (f.blocks().isEmpty()) {
            problems.add("no blocks");
            return;
        }
        for (int b = 0; b < f.blocks().size(); b++) {
            Block block = f.blocks().get(b);
            if (block.id() != b) {
                problems.add("block at position " + b + " is numbered b" + block.id());
            }
            for (LirValue p : block.params()) {
                define(p, b, -1, "b" + b + " params");
            }
            for (int i = 0; i < block.instructions().size(); i++) {
                Instruction ins = block.instructions().get(i);
                if (ins.result() != null) {
                    define(ins.result(), b, i, where(b, i, ins));
                }
            }
        }
        for (int b = 0; b < f.blocks().size(); b++) {
            Block block = f.blocks().get(b);
            if (block.instructions().isEmpty()) {
                problems.add("b" + b + ": empty block (no terminator)");
                continue;
            }
            for (int i = 0; i < block.instructions().size(); i++) {
                Instruction ins = block.instructions().get(i);
                boolean last = i == block.instructions().size() - 1;
                if (last && !ins.op().is(LirOp.Flag.TERMINATOR)) {
                    problems.add(where(b, i, ins) + ": block ends without a terminator");
                } else if (!last && ins.op().is(LirOp.Flag.TERMINATOR)) {
                    problems.add(where(b, i, ins) + ": terminator in the middle of the block");
                }
                checkInstruction(b, i, ins);
            }
        }
        checkDominance();
    }

    private void define(LirValue v, int block, int index, String where) {
        if (defs.putIfAbsent(v.id(), new int[] {block, index}) != null) {
            problems.add(where + ": " + v.ref() + " is defined twice");
        } else {
            values.put(v.id(), v);
        }
    }

    private static String where(int b, int i, Instruction ins) {
        return "b" + b + "[" + i + "] " + ins.op().text();
    }

    private void checkInstruction(int b, int i, Instruction ins) {
        LirOp op = ins.op();
        String at = where(b, i, ins);
        // payload
        Class<? extends Payload> want = op.payload();
        if (want == null && ins.payload() != null) {
            problems.add(at + ": takes no payload, has " + ins.payload());
        } else if (want != null && !want.isInstance(ins.payload())) {
            problems.add(at + ": needs a " + want.getSimpleName() + " payload, has " + ins.payload());
            return;
        }
        // deopt
        if (op.requiresDeopt() && ins.deopt() == null) {
            problems.add(at + ": a guard needs a deopt descriptor");
        } else if (!op.allowsDeopt() && ins.deopt() != null) {
            problems.add(at + ": takes no deopt descriptor");
        }
        if (ins.deopt() != null) {
            checkDeopt(at, ins.deopt());
        }
        // operands and result
        List<LirType> expected = new ArrayList<>(op.operands());
        LirType result = op.result();
        boolean resultRequired = op.hasResult() && !op.resultOptional();
        if (ins.payload() instanceof CallTarget c) {
            expected.addAll(c.params());
            result = c.result();
            resultRequired = result != null;
        } else if (op == LirOp.PROMOTE && !ins.operands().isEmpty()) {
            LirType t = ins.operands().get(0).type();
            if (t != LirType.I64 && t != LirType.REF) {
                problems.add(at + ": promotes i64 or ref values, not " + t.text());
            }
            expected.set(0, t);
            Set<Constant> seen = new HashSet<>();
            for (PromotionSwitch.Case c : ((PromotionSwitch) ins.payload()).cases()) {
                if (c.value().type() != t) {
                    problems.add(at + ": case " + c.value().typed() + " does not have the promoted value's type " + t.text());
                }
                if (!seen.add(c.value())) {
                    problems.add(at + ": case " + c.value().typed() + " appears twice");
                }
            }
        } else if (op == LirOp.RETURN && !ins.operands().isEmpty()) {
            LirType t = ins.operands().get(0).type();
            expected.set(0, t);
            if (returnType == null) {
                returnType = t;
            } else if (returnType != t) {
                problems.add(at + ": returns " + t.text() + " where another return returns " + returnType.text());
            }
        } else if (ins.payload() instanceof Constant c) {
            result = c.type();
        }
        if (ins.operands().size() != expected.size()) {
            problems.add(at + ": takes " + expected.size() + " operand(s), has " + ins.operands().size());
        } else {
            for (int k = 0; k < expected.size(); k++) {
                LirValue v = ins.operands().get(k);
                if (expected.get(k) != null && v.type() != expected.get(k)) {
                    problems.add(at + ": operand " + (k + 1) + " is " + v + ", expected " + expected.get(k).text());
                }
            }
        }
        if (ins.result() == null && resultRequired) {
            problems.add(at + ": defines no value, should define a " + (result == null ? "value" : result.text()));
        } else if (ins.result() != null && (!op.hasResult() || result == null)) {
            problems.add(at + ": defines " + ins.result() + " but has no result");
        } else if (ins.result() != null && ins.result().type() != result) {
            problems.add(at + ": defines " + ins.result() + ", expected type " + result.text());
        }
        // targets
        for (Target t : ins.targets()) {
            if (t.block() < 0 || t.block() >= f.blocks().size()) {
                problems.add(at + ": target b" + t.block() + " does not exist");
                continue;
            }
            List<LirValue> params = f.block(t.block()).params();
            if (params.size() != t.args().size()) {
                problems.add(at + ": target " + t + " passes " + t.args().size() + " argument(s), b" + t.block()
                        + " has " + params.size() + " parameter(s)");
                continue;
            }
            for (int k = 0; k < params.size(); k++) {
                if (params.get(k).type() != t.args().get(k).type()) {
                    problems.add(at + ": target " + t + " passes " + t.args().get(k) + " for parameter " + params.get(k));
                }
            }
        }
        if (op == LirOp.BRANCH && ins.targets().size() != 2) {
            problems.add(at + ": a branch has two targets, has " + ins.targets().size());
        }
        if (op == LirOp.JUMP && ins.targets().size() != 1) {
            problems.add(at + ": a jump has one target, has " + ins.targets().size());
        }
    }

    private void checkDeopt(String at, DeoptDescriptor d) {
        List<DeoptDescriptor.Recovery> all = new ArrayList<>(d.slots());
        d.virtuals().forEach(v -> all.addAll(v.fields()));
        for (DeoptDescriptor.Recovery r : all) {
            if (r instanceof DeoptDescriptor.Materialize m && (m.virtual() < 0 || m.virtual() >= d.virtuals().size())) {
                problems.add(at + ": deopt names virtual object v" + m.virtual() + ", which does not exist");
            }
        }
    }

    private void checkDominance() {
        int n = f.blocks().size();
        List<List<Integer>> preds = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            preds.add(new ArrayList<>());
        }
        for (Block block : f.blocks()) {
            Instruction t = block.terminator();
            if (t != null) {
                for (Target target : t.targets()) {
                    if (target.block() >= 0 && target.block() < n) {
                        preds.get(target.block()).add(block.id());
                    }
                }
            }
        }
        BitSet reachable = new BitSet(n);
        List<Integer> work = new ArrayList<>(List.of(0));
        reachable.set(0);
        while (!work.isEmpty()) {
            Instruction t = f.block(work.remove(work.size() - 1)).terminator();
            if (t != null) {
                for (Target target : t.targets()) {
                    if (target.block() >= 0 && target.block() < n && !reachable.get(target.block())) {
                        reachable.set(target.block());
                        work.add(target.block());
                    }
                }
            }
        }
        BitSet[] dom = new BitSet[n];
        for (int b = 0; b < n; b++) {
            dom[b] = new BitSet(n);
            if (b == 0) {
                dom[b].set(0);
            } else {
                dom[b].set(0, n);
            }
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int b = 1; b < n; b++) {
                if (!reachable.get(b)) {
                    continue;
                }
                BitSet d = new BitSet(n);
                d.set(0, n);
                for (int p : preds.get(b)) {
                    if (reachable.get(p)) {
                        d.and(dom[p]);
                    }
                }
                d.set(b);
                if (!d.equals(dom[b])) {
                    dom[b] = d;
                    changed = true;
                }
            }
        }
        for (int b = 0; b < n; b++) {
            if (!reachable.get(b)) {
                continue;
            }
            List<Instruction> ins = f.block(b).instructions();
            for (int i = 0; i < ins.size(); i++) {
                for (LirValue use : ins.get(i).uses()) {
                    checkUse(b, i, ins.get(i), use, dom);
                }
            }
        }
    }

    private void checkUse(int b, int i, Instruction ins, LirValue use, BitSet[] dom) {
        String at = where(b, i, ins);
        int[] def = defs.get(use.id());
        if (def == null) {
            problems.add(at + ": uses " + use.ref() + ", which is never defined");
            return;
        }
        if (!values.get(use.id()).equals(use)) {
            problems.add(at + ": uses " + use + " but it is defined as " + values.get(use.id()));
        }
        if (def[0] == b) {
            if (def[1] >= i) {
                problems.add(at + ": uses " + use.ref() + " before its definition at b" + b + "[" + def[1] + "]");
            }
        } else if (!dom[b].get(def[0])) {
            problems.add(at + ": uses " + use.ref() + ", defined in b" + def[0] + ", which does not dominate b" + b);
        }
    }
}
