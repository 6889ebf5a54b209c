package org.jpsyco.frontend.python.jit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.jit.AVal.Const;
import org.jpsyco.frontend.python.jit.AVal.Run;
import org.jpsyco.frontend.python.jit.AVal.Unbound;
import org.jpsyco.frontend.python.jit.AVal.Unboxed;
import org.jpsyco.frontend.python.jit.AVal.VMethod;
import org.jpsyco.frontend.python.jit.AVal.VRange;
import org.jpsyco.frontend.python.jit.AVal.VRangeIter;
import org.jpsyco.frontend.python.jit.AVal.VTuple;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.LirVerifyException;
import org.jpsyco.kernel.lir.Target;

/**
 * The Python specializer: abstract interpretation of one code object's bytecode, from a given
 * entry instruction, over {@link AVal}s, emitting LIR. Operations the active strategies
 * specialize ({@link Tool}) become typed code behind guards; every other operation is a call to
 * its runtime helper ({@link JitHelpers}), the generic path, correct on its own.
 *
 * <p>Protocol. The unit takes one argument, the activation's interpreter {@code Frame}, and
 * returns the activation's result (a reference). Its entry block reads the live fast locals and
 * the value stack out of the frame (so one compiled unit serves a function's first call and, for
 * a loop head, on-stack replacement of a running frame), guards the kinds of the locals the
 * frame shows (when a strategy unboxes numbers; a failed guard leaves before anything ran) and
 * jumps to the first version of the entry instruction's block.
 *
 * <p>Versions (Psyco's merge points). Every bytecode block leader is a merge point. A jump there
 * passes the abstract state, whose <em>signature</em> lists each slot's kind and representation
 * (dead locals, by the flow analysis' liveness, are dropped; non-fixed constants are unfixed to
 * run-time values first, so {@code i = 0 ... i = i + 1} loops over an i64); a state with the
 * signature of an existing version jumps there, otherwise a new version of the block is made
 * with block parameters typed by the signature. Past {@link #MAX_VERSIONS} versions at one
 * leader the state is generalized (every value boxed, no kind known), so specialization
 * terminates.
 *
 * <p>Leaving. Every helper call and guard carries a deopt descriptor for the state at the start
 * of its instruction: slot 0 is the frame, then the locals, then the stack; unboxed and virtual
 * values are rebuilt by the front end ({@link JitRuntime}) from virtual-object descriptions. A
 * raised exception leaves there and the interpreter handles it at that instruction; loop heads
 * poll a safepoint. Compiled code therefore has no exception handlers of its own.
 *
 * <p>What it cannot compile it declines, with a reason, for the whole code object.
 */
final class Specializer {
    /** Code objects with more instructions than this decline: their unit could outgrow a JVM method. */
    static final int MAX_INSTRUCTIONS = 2500;
    /** Versions per merge point before states arriving there are generalized. */
    static final int MAX_VERSIONS = 4;

    /**
     * Builtins that read the calling frame's fast locals, which compiled code keeps in its own
     * values: a function naming one stays interpreted.
     */
    private static final java.util.Set<String> FRAME_READERS = java.util.Set.of("locals", "vars", "dir", "eval", "exec",
            "_getframe");

    /**
     * The frame-reading builtin this code may call on its own frame, or null. {@code vars} and
     * {@code dir} read the frame only without arguments: a load of one followed directly by a
     * call without arguments, or used other than as the callee of a call with arguments (it may
     * be called without them later), counts; {@code vars(obj)} and {@code dir(obj)} do not.
     */
    static String frameReader(CodeObject co) {
        for (String n : co.names) {
            if (FRAME_READERS.contains(n) && !n.equals("vars") && !n.equals("dir")) {
                return n; // however it is reached (a global, builtins.eval, sys._getframe)
            }
        }
        for (int i = 0; i < co.code.length; i++) {
            Opcode op = Opcode.of(co.code[i]);
            if (op != Opcode.LOAD_GLOBAL && op != Opcode.LOAD_NAME) {
                continue;
            }
            String n = co.names[Opcode.argOf(co.code[i])];
            if (!n.equals("vars") && !n.equals("dir")) {
                continue;
            }
            Opcode next = i + 1 < co.code.length ? Opcode.of(co.code[i + 1]) : Opcode.NOP;
            if (next == Opcode.CALL && Opcode.argOf(co.code[i + 1]) == 0 || next != Opcode.CALL
                    && !next.name().startsWith("LOAD_") && next != Opcode.COPY) {
                return n;
            }
        }
        return null;
    }

    /**
     * The outcome: a verified function or why the code object declined; the exit sites; the
     * strategies whose hooks shaped it; log lines (versions with their signatures, which
     * strategy took which operation); and per strategy its guards and promotions.
     */
    record Result(LirFunction function, String declined, Map<DeoptDescriptor, ExitSite> sites,
            List<StrategyBinding> used, List<String> notes, Map<String, long[]> counts,
            List<org.jpsyco.kernel.cache.Assumption> assumed) {
        static Result declined(String why) {
            return new Result(null, why, Map.of(), List.of(), List.of(), Map.of(), List.of());
        }
    }

    /** One version of a block: its leader, its signature and its LIR block. */
    record Version(int pc, List<String> signature, int block) {
    }

    static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline(String reason) {
            super(reason, null, false, false);
        }
    }

    final CodeObject co;
    final int entryPc;
    final Object ctx;
    private final boolean stress;
    final FlowAnalysis flow;
    private final BitSet leaders = new BitSet();
    final LirBuilder b;
    final HelperTable helpers = HelperTable.get();
    private final Map<List<Object>, Version> versions = new HashMap<>();
    private final Map<Integer, Integer> versionCount = new HashMap<>();
    private final Deque<Version> work = new ArrayDeque<>();
    final Map<DeoptDescriptor, ExitSite> sites = new IdentityHashMap<>();
    final int nlocals;
    /** The frame the compilation was triggered with (read for kinds and globals at compile time), or null. */
    final Frame seen;
    final TypeProfile profile;
    final Tool tool;
    /** Whether numbers may be held unboxed (some strategy computes on them). */
    final boolean typed;

    /** Counts a call site specialized as {@code kind} (frameless, direct, generic) for {@code --stats}. */
    void counted(String kind) {
        if (ctx instanceof JitRuntime jit) {
            jit.stats().calls.merge(kind, 1L, Long::sum);
        }
    }
    /** The switch-point assumption checks of the runtime compiled for, or null ({@link AssumptionSwitches}). */
    AssumptionSwitches switches() {
        return ctx instanceof JitRuntime jit ? jit.typed().switches() : null;
    }

    final Set<StrategyBinding> used = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();
    final Map<String, long[]> counts = new LinkedHashMap<>();
    LirValue frame;
    /** The argument kinds of a frameless typed version being made ({@link #specializeTyped}), else null. */
    String typedKinds;
    /** A budgeted typed version's last parameter: the calls of itself it may still nest ({@link TypedVersions#budgeted}), else null. */
    LirValue budget;
    /** What a typed version returns: {@code i} an i64, {@code f} an f64, {@code r} a reference. */
    char typedReturn = 'r';
    /** The kind of each value a typed version's returns met ({@link TypedReturns}). */
    final StringBuilder typedReturnsSeen = new StringBuilder();
    AVal[] locals;
    List<AVal> stack;
    /** LIR instructions inlined into this unit so far ({@link Inliner}). */
    int inlinedInstructions;
    /** The instruction being specialized and the descriptor of its start state. */
    int pc;
    DeoptDescriptor here;

    private Specializer(CodeObject co, int entryPc, Object ctx, boolean stress, FlowAnalysis flow, Frame seen,
            List<StrategyBinding> strategies, TypeProfile profile) {
        this.co = co;
        this.entryPc = entryPc;
        this.ctx = ctx;
        this.stress = stress;
        this.flow = flow;
        this.nlocals = co.varnames.length;
        this.seen = seen;
        this.profile = profile == null ? new TypeProfile() : profile;
        this.b = new LirBuilder(co.qualname + (entryPc == 0 ? "" : "@" + entryPc));
        this.typed = strategies.stream().anyMatch(s -> s.strategy().unboxesNumbers());
        this.tool = new Tool(this, strategies);
    }

    /** Specializes {@code co} with its entry at instruction {@code entryPc} (0: the function's entry), generic path only. */
    static Result specialize(CodeObject co, int entryPc, Object ctx, boolean stress) {
        return specialize(co, entryPc, ctx, stress, null, List.of(), null);
    }

    /**
     * Specializes {@code co} with its entry at {@code entryPc}, consulting {@code strategies} in
     * order; {@code seen} is the frame that triggered the compilation (or null), {@code profile}
     * what earlier versions' guards learned.
     */
    static Result specialize(CodeObject co, int entryPc, Object ctx, boolean stress, Frame seen,
            List<StrategyBinding> strategies, TypeProfile profile) {
        return specialize(co, entryPc, ctx, stress, seen, strategies, profile, null);
    }

    /**
     * Specializes {@code co} as a frameless typed version ({@link TypedVersions}): its entry
     * takes the arguments as parameters typed by {@code entry}'s kinds and no frame; {@code seen}
     * stands for the frame (its globals and builtins) in guards and deopt descriptors.
     */
    static Result specializeTyped(CodeObject co, Object ctx, boolean stress, Frame seen,
            List<StrategyBinding> strategies, TypeProfile profile, String kinds, char returns) {
        return specialize(co, 0, ctx, stress, seen, strategies, profile, kinds + returns);
    }

    private static Result specialize(CodeObject co, int entryPc, Object ctx, boolean stress, Frame seen,
            List<StrategyBinding> strategies, TypeProfile profile, String typedKinds) {
        if (co.code.length > MAX_INSTRUCTIONS) {
            return Result.declined("too large: " + co.code.length + " instructions (at most " + MAX_INSTRUCTIONS + ")");
        }
        if (co.varnames.length > 0) {
            String reader = frameReader(co);
            if (reader != null) {
                return Result.declined("reads its own frame with " + reader + "(): its fast locals live in compiled code");
            }
        }
        FlowAnalysis flow;
        try {
            flow = FlowAnalysis.of(co);
        } catch (IllegalStateException e) {
            return Result.declined("inconsistent bytecode: " + e.getMessage());
        }
        if (entryPc < 0 || entryPc >= co.code.length || flow.depth[entryPc] < 0) {
            return Result.declined("entry " + entryPc + " is not reachable");
        }
        Specializer s = new Specializer(co, entryPc, ctx, stress, flow, seen, strategies, profile);
        if (typedKinds != null) {
            s.typedKinds = typedKinds.substring(0, typedKinds.length() - 1);
            s.typedReturn = typedKinds.charAt(typedKinds.length() - 1);
        }
        if (typedKinds != null && !s.typed) {
            return Result.declined("no strategy unboxes numbers: no typed version");
        }
        try {
            s.run();
            if (typedKinds != null) {
                s.notes.add(TypedReturns.NOTE + TypedReturns.decided(s.typedReturnsSeen));
            }
            return new Result(s.b.build(), null, s.sites, List.copyOf(s.used), s.notes, s.counts,
                    List.copyOf(s.tool.constants.assumed));
        } catch (Decline d) {
            return Result.declined(d.getMessage());
        } catch (LirVerifyException e) {
            return Result.declined("LIR does not verify: " + e.getMessage());
        }
    }

    private void run() {
        findLeaders();
        if (typedKinds != null) {
            typedEntry();
            return;
        }
        frame = b.param(0, LirType.REF);
        pc = entryPc;
        BitSet live = flow.live[entryPc];
        BitSet bound = flow.bound[entryPc];
        locals = new AVal[nlocals];
        stack = new ArrayList<>();
        for (int i = 0; i < nlocals; i++) {
            locals[i] = live.get(i) ? new Run(b.call(helpers.target("local"), null, frame, b.constI64(i)), !bound.get(i))
                    : new Unbound();
        }
        for (int j = 0; j < flow.depth[entryPc]; j++) {
            stack.add(new Run(b.call(helpers.target("stackItem"), null, frame, b.constI64(j)), false));
        }
        if (typed && seen != null) {
            here = describe((String) null);
            for (int i = 0; i < nlocals; i++) {
                if (locals[i] instanceof Run r && !r.maybeUnbound()) {
                    tool.promoteAtEntry(r, 1 + i, seen.fast[i]);
                }
            }
            for (int j = 0; j < stack.size() && j < seen.sp; j++) {
                if (stack.get(j) instanceof Run r) {
                    tool.iteratorAtEntry(r, 1 + nlocals + j, seen.stack[j]);
                }
            }
        }
        b.jump(target(entryPc));
        while (!work.isEmpty()) {
            emitBlock(work.pop());
        }
    }

    /**
     * The entry of a frameless typed version: one parameter per argument ({@code i} an i64,
     * {@code f} an f64, {@code r} a reference whose kind is not known), the frame a constant
     * ({@link #seen}, a template never run: guards read its globals and builtins, and a leaving
     * activation's descriptor names it so the front end builds the real frame).
     */
    private void typedEntry() {
        List<LirValue> params = new ArrayList<>();
        for (int i = 0; i < typedKinds.length(); i++) {
            params.add(b.param(0, switch (typedKinds.charAt(i)) {
                case 'i' -> LirType.I64;
                case 'f' -> LirType.F64;
                default -> LirType.REF;
            }));
        }
        budget = TypedVersions.budgeting(ctx, seen) ? b.param(0, LirType.I64) : null;
        frame = refConst("frameless " + co.qualname, seen);
        pc = 0;
        locals = new AVal[nlocals];
        stack = new ArrayList<>();
        for (int i = 0; i < nlocals; i++) {
            locals[i] = i >= params.size() ? new Unbound() : switch (typedKinds.charAt(i)) {
                case 'i' -> new Unboxed(params.get(i), PyKind.INT);
                case 'f' -> new Unboxed(params.get(i), PyKind.FLOAT);
                default -> new Run(params.get(i), false);
            };
        }
        b.jump(target(0));
        while (!work.isEmpty()) {
            emitBlock(work.pop());
        }
    }

    /** Whether instruction {@code at} starts a block (a merge point). */
    boolean leader(int at) {
        return leaders.get(at);
    }

    /** Block boundaries of the normal flow: the entry, jump targets, and what follows a branch. */
    private void findLeaders() {
        leaders.set(entryPc);
        for (int i = 0; i < co.code.length; i++) {
            if (flow.depth[i] < 0) {
                continue;
            }
            Opcode op = Opcode.of(co.code[i]);
            if (op.has(Opcode.Flag.JUMPS)) {
                leaders.set(Opcode.argOf(co.code[i]));
                if (i + 1 < co.code.length) {
                    leaders.set(i + 1);
                }
            }
        }
    }

    // ---- versions

    /** A slot's part of a signature: {@code -} dead, {@code r} a reference, {@code r:list} one of a known kind, {@code i}/{@code f}/{@code b} unboxed, {@code R+}/{@code R-} a counted range iterator. */
    private String token(AVal v) {
        return switch (v) {
            case Unbound u -> "r";
            case Run r -> typed && r.kind() != PyKind.OBJECT ? "r:" + r.kind().text() : "r";
            case Unboxed u -> switch (u.value().type()) {
                case I64 -> "i";
                case F64 -> "f";
                default -> "b";
            };
            case VRangeIter it -> it.up() ? "R+" : "R-";
            default -> "r";
        };
    }

    /** The state as it enters the merge point at {@code to}: dead locals dropped, constants unfixed, virtual objects other than counted iterators built. */
    private List<AVal> mergeState(int to) {
        BitSet live = flow.live[to];
        List<AVal> out = new ArrayList<>(nlocals + stack.size());
        for (int i = 0; i < nlocals + stack.size(); i++) {
            AVal v = i < nlocals ? locals[i] : stack.get(i - nlocals);
            if (i < nlocals && !live.get(i)) {
                out.add(null);
                continue;
            }
            out.add(unfix(v));
        }
        return out;
    }

    /** A non-fixed constant becomes a run-time value at a merge point; virtual objects the signature cannot hold are built. */
    private AVal unfix(AVal v) {
        return switch (v) {
            case Const c when typed && c.value().getClass() == PyInt.class && TypedHelpers.isInt(c.value()) ->
                new Unboxed(b.constI64(((PyInt) c.value()).value), PyKind.INT);
            case Const c when typed && TypedHelpers.isFloat(c.value()) ->
                new Unboxed(b.constF64(((PyFloat) c.value()).value), PyKind.FLOAT);
            case Const c -> new Run(value(c), false, typed ? c.kind() : PyKind.OBJECT, null, null);
            case VRange r -> new Run(value(r), PyKind.OBJECT);
            case VMethod m -> new Run(value(m), PyKind.OBJECT);
            case VTuple t -> new Run(value(t), PyKind.OBJECT);
            default -> v;
        };
    }

    private Run run(LirValue v, PyKind kind, Object hint, String hintName) {
        return new Run(v, false, kind, hint, hintName);
    }

    private List<String> signature(List<AVal> state) {
        List<String> sig = new ArrayList<>(state.size());
        for (AVal v : state) {
            sig.add(v == null ? "-" : token(v));
        }
        return sig;
    }

    private static List<String> generalized(List<String> sig) {
        List<String> g = new ArrayList<>(sig.size());
        for (String t : sig) {
            g.add(t.equals("-") ? "-" : "r");
        }
        return g;
    }

    /** A transfer to a version of the block of instruction {@code to}, passing the current state. */
    Target target(int to) {
        if (flow.depth[to] < 0) {
            throw new Decline("jump to unreachable instruction " + to);
        }
        if (flow.depth[to] != stack.size()) {
            throw new Decline("stack depth " + stack.size() + " at the jump from " + pc + " to " + to + ", expected "
                    + flow.depth[to]);
        }
        List<AVal> state = mergeState(to);
        List<String> sig = signature(state);
        Version v = versions.get(List.of(to, sig));
        if (v == null) {
            int n = versionCount.getOrDefault(to, 0);
            if (n >= MAX_VERSIONS) {
                sig = generalized(sig);
                v = versions.get(List.of(to, sig));
            }
            if (v == null) {
                v = newVersion(to, sig);
            }
        }
        List<LirValue> args = new ArrayList<>();
        java.util.IdentityHashMap<AVal, LirValue> passed = new java.util.IdentityHashMap<>();
        for (int i = 0; i < state.size(); i++) {
            String t = v.signature().get(i);
            AVal a = state.get(i);
            switch (t) {
                case "-" -> {
                }
                case "i", "f", "b" -> args.add(((Unboxed) a).value());
                case "R+", "R-" -> {
                    VRangeIter it = (VRangeIter) a;
                    args.add(it.cur());
                    args.add(it.stop());
                    args.add(it.step());
                }
                default -> args.add(passed.computeIfAbsent(a, this::value));
            }
        }
        return new Target(v.block(), args);
    }

    private Version newVersion(int to, List<String> sig) {
        int id = b.newBlock();
        for (String t : sig) {
            switch (t) {
                case "-" -> {
                }
                case "i" -> b.param(id, LirType.I64);
                case "f" -> b.param(id, LirType.F64);
                case "b" -> b.param(id, LirType.I1);
                case "R+", "R-" -> {
                    b.param(id, LirType.I64);
                    b.param(id, LirType.I64);
                    b.param(id, LirType.I64);
                }
                default -> b.param(id, LirType.REF);
            }
        }
        Version v = new Version(to, List.copyOf(sig), id);
        versions.put(List.of(to, v.signature()), v);
        versionCount.merge(to, 1, Integer::sum);
        work.push(v);
        if (typed) {
            notes.add("version b" + id + " at " + to + " (line " + co.lineOf(to) + "): " + kinds(v.signature()));
        }
        return v;
    }

    /** The signature as the log shows it: {@code [x:i64, y:float?...]} with local names. */
    private String kinds(List<String> sig) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < sig.size(); i++) {
            String t = sig.get(i);
            if (t.equals("-")) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(i < nlocals ? co.varnames[i] : "stack" + (i - nlocals)).append(':').append(switch (t) {
                case "i" -> "int(i64)";
                case "f" -> "float(f64)";
                case "b" -> "bool(i1)";
                case "r" -> "object";
                case "R+", "R-" -> "range_iterator(i64 x3" + (t.equals("R+") ? ", up)" : ", down)");
                default -> t.substring(2);
            });
        }
        return sb.append(']').toString();
    }

    private void emitBlock(Version v) {
        b.switchTo(v.block());
        List<LirValue> params = b.params(v.block());
        locals = new AVal[nlocals];
        stack = new ArrayList<>();
        BitSet bound = flow.bound[v.pc()];
        int k = 0;
        for (int i = 0; i < v.signature().size(); i++) {
            String t = v.signature().get(i);
            AVal a = switch (t) {
                case "-" -> new Unbound();
                case "i" -> new Unboxed(params.get(k++), PyKind.INT);
                case "f" -> new Unboxed(params.get(k++), PyKind.FLOAT);
                case "b" -> new Unboxed(params.get(k++), PyKind.BOOL);
                case "R+", "R-" -> {
                    VRangeIter it = new VRangeIter(params.get(k), params.get(k + 1), params.get(k + 2), t.equals("R+"));
                    k += 3;
                    yield it;
                }
                case "r" -> new Run(params.get(k++), i < nlocals && !bound.get(i));
                default -> new Run(params.get(k++), kindNamed(t.substring(2)));
            };
            if (i < nlocals) {
                locals[i] = a;
            } else {
                stack.add(a);
            }
        }
        pc = v.pc();
        if (flow.loopHeads.get(pc)) {
            here = describe("safepoint");
            b.guard(LirOp.SAFEPOINT, here);
        }
        while (true) {
            here = describe((String) null);
            if (stress && Opcode.of(co.code[pc]).has(Opcode.Flag.CAN_RAISE)) {
                LirValue leave = b.call(helpers.target("stressExit"), null, refConst("ctx", ctx));
                DeoptDescriptor d = describe("stress");
                b.guard(LirOp.GUARD_FALSE, d, leave);
            }
            if (!GenericOps.instruction(this)) {
                return;
            }
            pc++;
            if (pc >= co.code.length) {
                throw new Decline("control runs off the end of the code");
            }
            if (leaders.get(pc)) {
                b.jump(target(pc));
                return;
            }
        }
    }

    /** Whether a block starts at {@code at} (a jump target or the entry). */
    boolean isLeader(int at) {
        return leaders.get(at);
    }

    private static PyKind kindNamed(String text) {
        for (PyKind k : PyKind.values()) {
            if (k.text().equals(text)) {
                return k;
            }
        }
        return PyKind.OBJECT;
    }

    // ---- deoptimization

    /** The frame state at the start of the current instruction, recorded with a reason when it is an exit. */
    DeoptDescriptor describe(String exitReason) {
        return describe(exitReason == null ? ExitSite.of("raise") : ExitSite.of(exitReason));
    }

    /** The frame state at the start of the current instruction, leaving for {@code site}. */
    DeoptDescriptor describe(ExitSite site) {
        List<DeoptDescriptor.Recovery> slots = new ArrayList<>(1 + nlocals + stack.size());
        List<DeoptDescriptor.VirtualObject> virtuals = new ArrayList<>();
        slots.add(new DeoptDescriptor.Live(frame));
        for (AVal v : locals) {
            slots.add(recovery(v, virtuals));
        }
        for (AVal v : stack) {
            slots.add(recovery(v, virtuals));
        }
        DeoptDescriptor d = new DeoptDescriptor(pc, slots, virtuals);
        sites.put(d, site);
        return d;
    }

    /** How a value is rebuilt when leaving: virtual objects (unboxed numbers included) are described for the front end's materializer ({@link JitRuntime}). */
    private static DeoptDescriptor.Recovery recovery(AVal v, List<DeoptDescriptor.VirtualObject> virtuals) {
        return switch (v) {
            case Run r -> new DeoptDescriptor.Live(r.value());
            case Const c -> new DeoptDescriptor.Known(new Constant.Ref(c.name(), c.value()));
            case Unbound u -> new DeoptDescriptor.Dead();
            case Unboxed u -> virtual(virtuals, u.kind().text(), new DeoptDescriptor.Live(u.value()));
            case VRange r -> virtual(virtuals, "range", recovery(r.start(), virtuals), recovery(r.stop(), virtuals),
                    recovery(r.step(), virtuals));
            case VRangeIter it -> virtual(virtuals, "range_iterator", new DeoptDescriptor.Live(it.cur()),
                    new DeoptDescriptor.Live(it.stop()), new DeoptDescriptor.Live(it.step()));
            case VMethod m -> virtual(virtuals, "method:" + m.name(), recovery(m.receiver(), virtuals));
            case VTuple t -> {
                DeoptDescriptor.Recovery[] items = new DeoptDescriptor.Recovery[t.items().size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = recovery(t.items().get(i), virtuals);
                }
                yield virtual(virtuals, "tuple", items);
            }
        };
    }

    private static DeoptDescriptor.Recovery virtual(List<DeoptDescriptor.VirtualObject> virtuals, String kind,
            DeoptDescriptor.Recovery... fields) {
        virtuals.add(new DeoptDescriptor.VirtualObject(kind, List.of(fields)));
        return new DeoptDescriptor.Materialize(virtuals.size() - 1);
    }

    // ---- values

    /** The value as a reference: unboxed numbers are boxed, virtual objects built. */
    LirValue value(AVal v) {
        return switch (v) {
            case Run r -> r.value();
            case Const c -> b.constant(new Constant.Ref(c.name(), c.value()));
            case Unbound u -> b.call(helpers.target("unbound"), null);
            case Unboxed u -> box(u);
            case VRange r -> b.call(helpers.target("makeRange"), null, tool.i64(r.start()), tool.i64(r.stop()),
                    tool.i64(r.step()));
            case VRangeIter it -> b.call(helpers.target("rangeIterator"), null, it.cur(), it.stop(), it.step());
            case VMethod m -> b.call(helpers.target("loadAttr"), here, value(m.receiver()), nameConst(m.nameIndex()),
                    caches(), i64(pc));
            case VTuple t -> {
                LirValue[] items = new LirValue[t.items().size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = value(t.items().get(i));
                }
                yield b.call(helpers.target("buildTuple", items.length), null, items);
            }
        };
    }

    /**
     * The object of an unboxed number. An int or float object has an identity a program can see
     * ({@code is}, and a NaN found again by {@code list.index} or {@code in} because containers
     * compare identity first), so a number is boxed once: every local and stack slot holding it
     * holds the box from here on (the box dominates the rest of the block: code is emitted in a
     * straight line), and a second use passes the same object.
     */
    private LirValue box(Unboxed u) {
        LirValue boxed = switch (u.value().type()) {
            case I64 -> b.call(helpers.target("boxInt"), null, u.value());
            case F64 -> tool.boxFloat(u);
            default -> b.call(helpers.target("boxBool"), null, u.value());
        };
        if (u.value().type() != LirType.I1) {
            replace(u, new Run(boxed, false, u.kind(), null, null));
        }
        return boxed;
    }

    /** Replaces every occurrence of {@code old} in the abstract frame by {@code now} (after a promotion). */
    void replace(AVal old, AVal now) {
        for (int i = 0; i < nlocals; i++) {
            if (locals[i] == old) {
                locals[i] = now;
            }
        }
        for (int j = 0; j < stack.size(); j++) {
            if (stack.get(j) == old) {
                stack.set(j, now);
            }
        }
    }

    /** The descriptor slot holding {@code v} (1 + its frame slot), or -1 when the frame does not hold it. */
    int slotOf(AVal v) {
        for (int j = stack.size() - 1; j >= 0; j--) {
            if (stack.get(j) == v) {
                return 1 + nlocals + j;
            }
        }
        for (int i = 0; i < nlocals; i++) {
            if (locals[i] == v) {
                return 1 + i;
            }
        }
        return -1;
    }

    /** The code's inline caches, shared with the interpreter (one slot per instruction). */
    LirValue caches() {
        return refConst("caches", co.caches());
    }

    LirValue refConst(String name, Object value) {
        return b.constant(new Constant.Ref(name, value));
    }

    LirValue i64(long v) {
        return b.constI64(v);
    }

    LirValue nameConst(int i) {
        return refConst("name:" + co.names[i], co.nameStrs[i]);
    }

    static Const constOf(PyObject v, String prefix) {
        String text = v instanceof CodeObject c ? "<code " + c.qualname + ">" : v.toString();
        StringBuilder sb = new StringBuilder(prefix);
        for (int k = 0; k < Math.min(text.length(), 24); k++) {
            char ch = text.charAt(k);
            sb.append(ch == '"' || ch == '\\' || ch < ' ' ? '?' : ch);
        }
        return new Const(v, sb.toString());
    }

    Const constant(int i) {
        return constOf(co.consts[i], "c" + i + ":");
    }

    AVal pop() {
        return stack.remove(stack.size() - 1);
    }

    LirValue popValue() {
        return value(pop());
    }

    void push(LirValue v) {
        stack.add(new Run(v, false));
    }

    void push(AVal v) {
        stack.add(v);
    }

    AVal peek(int n) {
        return stack.get(stack.size() - n);
    }

    /** The top {@code n} values, bottom first, popped. */
    LirValue[] popValues(int n) {
        if (n > HelperTable.MAX_ARITY) {
            throw new Decline(Opcode.of(co.code[pc]) + " with " + n + " operands (at most " + HelperTable.MAX_ARITY + ")");
        }
        LirValue[] r = new LirValue[n];
        for (int i = n - 1; i >= 0; i--) {
            r[i] = popValue();
        }
        return r;
    }

    /** Calls a helper that may raise (leaving at the current instruction's start state). */
    LirValue call(String helper, LirValue... args) {
        return b.call(helpers.target(helper), here, args);
    }

    LirValue callN(String helper, int n, LirValue... args) {
        return b.call(helpers.target(helper, n), here, args);
    }

    void branch(LirValue condition, boolean jumpIfTrue, int to) {
        Target jump = target(to);
        Target next = target(pc + 1);
        b.branch(condition, jumpIfTrue ? jump : next, jumpIfTrue ? next : jump);
    }
}
