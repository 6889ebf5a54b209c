package org.jpsyco.frontend.python.jit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jpsyco.frontend.python.jit.AVal.Run;
import org.jpsyco.frontend.python.jit.AVal.Unboxed;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Payload;
import org.jpsyco.kernel.lir.Target;
import org.jpsyco.kernel.lir.Targets;

/**
 * Inlining of small callees: a frameless typed call ({@link CallSites#typedCall}) whose callee's
 * typed version is small and <em>re-executable</em> has that version's LIR copied into the
 * caller's unit instead of a call, its arguments' values (unboxed ints and floats, references)
 * flowing straight into its body and its result straight out, so HotSpot sees one method with no
 * call, no frameless depth bookkeeping and no boxing between the two.
 *
 * <p>Re-executable. The copy leaves, at every guard and every helper that raises, through the
 * caller's descriptor of the {@code CALL} instruction itself (the callee and its arguments still on
 * the caller's value stack): the interpreter then makes the call again, from the start, in a frame
 * of its own. That is right only because nothing the body did before leaving can be seen: the
 * callee is accepted only when its version reads and computes (typed arithmetic, instance slots,
 * list items, namespace and class checks) and writes nothing, calls no other version and no
 * helper that may run Python code. Leaving so gives every case the interpreter's own behaviour: an
 * exception raised in the callee has the callee's frame and the caller's in its traceback, a
 * type change mid-loop continues in the interpreter, a bignum result is computed there. A leaving
 * copy teaches the caller's profile that the call wants its out-of-line form
 * ({@link TypeProfile#leftAt}), so the next version of the caller calls it (a raise caught in a
 * loop does not leave every iteration).
 *
 * <p>Recursion depth. CPython counts the callee's frame: a call made at the recursion limit raises
 * {@code RecursionError}. The copy first checks that one more frame fits and otherwise leaves, so
 * the interpreter's call raises it.
 *
 * <p>Assumptions. The caller depends on what the callee's version depended on (globals it read as
 * constants, class layouts) and on the entry staying frameless with its return kind.
 *
 * <p>Budgets: a callee of at most {@link #MAX_CALLEE} LIR instructions without loops, and at most
 * {@link #MAX_PER_UNIT} inlined instructions per caller unit, so units stay small enough for
 * HotSpot to compile and inline them in turn.
 */
final class Inliner {
    /** The largest callee inlined, in LIR instructions of its typed version. */
    static final int MAX_CALLEE = 80;
    /** Inlined LIR instructions per caller unit ({@code JPSYCO_INLINE_BUDGET}, 0 turns inlining off: for measuring). */
    static final int MAX_PER_UNIT = budget(System.getenv("JPSYCO_INLINE_BUDGET"), 400);

    private static int budget(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Helpers that write: re-executing a callee that called one would write twice. */
    private static final Set<String> WRITES = Set.of("appendToList", "listPop", "setDiscard", "setRemove",
            "setMemberValue", "setInstanceValue", "setInstanceFloat", "addInstanceValue", "instanceFloatBox",
            "rangeIteratorAdvance", "sequenceIteratorNext", "newInstance", "initReturnedNone", "newSet",
            "setInstanceAttrPlain");
    /** Helpers that run no Python code and write nothing (they may raise). */
    private static final Set<String> READS = new TreeSet<>();

    static {
        for (Class<?> c : List.of(TypedHelpers.class, MathHelpers.class, ConstantHelpers.class, ShapeHelpers.class,
                OperatorHelpers.class)) {
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !WRITES.contains(m.getName())) {
                    READS.add(m.getName());
                }
            }
        }
        READS.remove("operatorResult"); // raises a TypeError naming operands: fine, but keep operator calls out
        READS.addAll(List.of("isOp", "buildTuple", "stressExit", "resultAsLong", "resultAsFloat"));
    }

    private Inliner() {
    }

    /**
     * The result of {@code e} called on {@code args} (of kinds {@code kinds}) with the callee's
     * version copied into the caller, or null when it is not inlined (the caller then calls it).
     */
    static AVal inline(Specializer s, TypedVersions.Entry e, AVal[] args, String kinds) {
        Unit u = e.unit;
        if (u == null || !u.valid() || u.lir() == null || s.here == null) {
            return null;
        }
        if (s.profile.generic(s.pc)) {
            s.notes.add("  " + s.pc + " CALL (line " + s.co.lineOf(s.pc) + "): not inlined " + e
                    + ": an inlined copy left here before");
            return null;
        }
        LirFunction f = u.lir();
        String why = refusal(f, e.ret);
        int size = size(f);
        if (why == null && size > MAX_CALLEE) {
            why = size + " instructions (at most " + MAX_CALLEE + ")";
        }
        if (why == null && s.inlinedInstructions + size > MAX_PER_UNIT) {
            why = "the unit's inlining budget is spent (" + s.inlinedInstructions + " of " + MAX_PER_UNIT + ")";
        }
        if (why != null) {
            s.notes.add("  " + s.pc + " CALL (line " + s.co.lineOf(s.pc) + "): not inlined " + e + ": " + why);
            return null;
        }
        LirValue[] ops = new LirValue[args.length];
        for (int i = 0; i < args.length; i++) {
            char k = kinds.charAt(i);
            ops[i] = k == 'r' ? s.value(args[i]) : ((Unboxed) args[i]).value();
        }
        s.tool.constants.assumed.add(e.frameless);
        s.tool.constants.assumed.addAll(u.version().assumptions());
        LirValue r = new Copy(s, e, u).emit(f, ops);
        s.inlinedInstructions += size;
        s.counted("function inlined");
        s.notes.add("  " + s.pc + " CALL (line " + s.co.lineOf(s.pc) + "): inlined " + e + " -> " + e.ret + " ("
                + size + " instructions)");
        return switch (e.ret) {
            case 'i' -> new Unboxed(r, PyKind.INT);
            case 'f' -> new Unboxed(r, PyKind.FLOAT);
            default -> new Run(r, false);
        };
    }

    /** Why the callee's version cannot be copied and re-executed, or null: it may call no other version. */
    static String refusal(LirFunction f, char ret) {
        return refusal(f, ret, c -> false);
    }

    /**
     * Why a version cannot be re-executed (copied or made again), or null; {@code calls} tells
     * which of its calls of versions are allowed (those of versions re-executable themselves).
     */
    static String refusal(LirFunction f, char ret, java.util.function.Predicate<CallTarget> calls) {
        for (Block bl : f.blocks()) {
            for (Instruction in : bl.instructions()) {
                LirOp op = in.op();
                switch (op) {
                    case PROMOTE -> {
                        return "it promotes";
                    }
                    case SAFEPOINT -> {
                        return "it loops";
                    }
                    case CALL_VERSION -> {
                        if (!calls.test((CallTarget) in.payload())) {
                            return "it calls " + ((CallTarget) in.payload()).symbol();
                        }
                    }
                    case CALL_HELPER -> {
                        String name = ((CallTarget) in.payload()).symbol();
                        if (AssumptionSwitches.names(name)) {
                            continue;
                        }
                        int slash = name.indexOf('/');
                        String base = slash < 0 ? name : name.substring(0, slash);
                        if (!READS.contains(base)) {
                            return "it calls " + base;
                        }
                    }
                    case RETURN -> {
                        LirType t = in.operands().get(0).type();
                        if (t != (ret == 'i' ? LirType.I64 : ret == 'f' ? LirType.F64 : LirType.REF)) {
                            return "it returns " + t.text();
                        }
                    }
                    case RETURN_VOID -> {
                        return "it returns nothing";
                    }
                    default -> {
                        if (op.is(LirOp.Flag.WRITES)) {
                            return "it writes (" + op.text() + ")";
                        }
                    }
                }
            }
        }
        return null;
    }

    static int size(LirFunction f) {
        int n = 0;
        for (Block bl : f.blocks()) {
            n += bl.instructions().size();
        }
        return n;
    }

    /** One copy of a callee's version into the caller's builder. */
    private static final class Copy {
        private final Specializer s;
        private final TypedVersions.Entry e;
        private final Unit u;
        private final Map<LirValue, LirValue> values = new HashMap<>();
        private final Map<Integer, Integer> blocks = new HashMap<>();
        private final Map<DeoptDescriptor, DeoptDescriptor> exits = new IdentityHashMap<>();
        private int cont;

        Copy(Specializer s, TypedVersions.Entry e, Unit u) {
            this.s = s;
            this.e = e;
            this.u = u;
        }

        LirValue emit(LirFunction f, LirValue[] args) {
            LirType rt = e.ret == 'i' ? LirType.I64 : e.ret == 'f' ? LirType.F64 : LirType.REF;
            cont = s.b.newBlock(rt);
            // the callee's frame would be one level deeper: a budgeted version (nested calls of
            // itself that the interpreter does not count) asks its own budget, others the runtime
            LirValue ok = s.budget != null ? s.b.op(LirOp.GT_I64, s.budget, s.i64(0))
                    : s.b.call(s.helpers.target("callDepthAllows"), null, s.refConst("ctx", s.ctx));
            s.b.guard(LirOp.GUARD_TRUE, leaving(null, "recursion limit"), ok);
            Block entry = f.entry();
            for (int i = 0; i < args.length; i++) {
                values.put(entry.params().get(i), args[i]);
            }
            List<Block> order = order(f);
            for (Block bl : order) {
                if (bl.id() != entry.id()) {
                    int id = s.b.newBlock();
                    blocks.put(bl.id(), id);
                    for (LirValue p : bl.params()) {
                        values.put(p, s.b.param(id, p.type()));
                    }
                }
            }
            for (Block bl : order) {
                if (bl.id() != entry.id()) {
                    s.b.switchTo(blocks.get(bl.id()));
                }
                for (Instruction in : bl.instructions()) {
                    copy(in);
                }
            }
            s.b.switchTo(cont);
            return s.b.params(cont).get(0);
        }

        private void copy(Instruction in) {
            switch (in.op()) {
                case RETURN -> s.b.jump(new Target(cont, List.of(map(in.operands().get(0)))));
                case EXIT -> s.b.exit(leaving(in.deopt(), null));
                default -> {
                    LirValue[] ops = new LirValue[in.operands().size()];
                    for (int i = 0; i < ops.length; i++) {
                        ops[i] = map(in.operands().get(i));
                    }
                    Payload p = in.payload() instanceof Targets t ? targets(t) : in.payload();
                    // a typed version's result of another kind is thrown to the caller's raise
                    // handler (TypedReturns): here it is the inlining caller's, which calls again
                    boolean throwsResult = in.op() == LirOp.CALL_HELPER
                            && ((CallTarget) in.payload()).symbol().startsWith("resultAs");
                    DeoptDescriptor d = in.deopt() != null ? leaving(in.deopt(), null)
                            : throwsResult ? leaving(null, "returned another kind") : null;
                    LirValue r = s.b.emit(in.op(), in.result() == null ? null : in.result().type(), p, d, ops);
                    if (in.result() != null) {
                        values.put(in.result(), r);
                    }
                }
            }
        }

        private Targets targets(Targets t) {
            Target[] out = new Target[t.targets().size()];
            for (int i = 0; i < out.length; i++) {
                Target x = t.targets().get(i);
                List<LirValue> args = new ArrayList<>(x.args().size());
                for (LirValue a : x.args()) {
                    args.add(map(a));
                }
                out[i] = new Target(blocks.get(x.block()), args);
            }
            return Targets.of(out);
        }

        private LirValue map(LirValue v) {
            LirValue m = values.get(v);
            if (m == null) {
                throw new Specializer.Decline("inlining " + e + ": " + v + " used before its definition");
            }
            return m;
        }

        /**
         * The caller's state at its {@code CALL}, as a descriptor of its own for a leaving point of
         * the callee ({@code callee} null: the copy's own check, named {@code reason}).
         */
        private DeoptDescriptor leaving(DeoptDescriptor callee, String reason) {
            DeoptDescriptor known = callee == null ? null : exits.get(callee);
            if (known != null) {
                return known;
            }
            DeoptDescriptor h = s.here;
            // descriptors are values: one naming its exit makes each leaving point its own
            List<DeoptDescriptor.VirtualObject> vs = new ArrayList<>(h.virtuals());
            vs.add(new DeoptDescriptor.VirtualObject(Materializer.EXIT_TAG + s.sites.size(), List.of()));
            DeoptDescriptor d = new DeoptDescriptor(h.resumePoint(), h.slots(), vs);
            ExitSite site = callee == null ? null : u.sites().get(callee);
            String why = reason != null ? reason : site == null ? "raise" : site.reason();
            String text = ExitSite.INLINED + e + ": " + why;
            s.sites.put(d, why.equals("stress") ? ExitSite.of(text) : ExitSite.operation(text, null));
            if (callee != null) {
                exits.put(callee, d);
            }
            return d;
        }

        /** The callee's blocks in reverse post-order from its entry: a value's definition is copied before its uses. */
        private static List<Block> order(LirFunction f) {
            List<Block> post = new ArrayList<>();
            BitSet seen = new BitSet();
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {f.entry().id(), 0});
            seen.set(f.entry().id());
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                Block bl = f.block(top[0]);
                Instruction t = bl.terminator();
                List<Target> succ = t == null ? List.of() : t.targets();
                if (top[1] < succ.size()) {
                    int next = succ.get(top[1]++).block();
                    if (!seen.get(next)) {
                        seen.set(next);
                        stack.push(new int[] {next, 0});
                    }
                } else {
                    post.add(bl);
                    stack.pop();
                }
            }
            java.util.Collections.reverse(post);
            return post;
        }
    }
}
