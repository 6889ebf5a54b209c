package org.jpsyco.backend.i386.lower;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;

/**
 * The native subset of LIR and how a function in it meets Java: which entry parameters travel in
 * the argument buffer, which are arrays passed as heap segments, which values are references held
 * in the activation's table, which instructions call back into Java, and the unit's result type.
 *
 * <p>References: native code never holds a Java reference. Every reference an instruction or the
 * entry block defines owns a slot of a per-activation {@code Object[]} table kept by the Java
 * entry adapter, and native code carries the slot number (a <em>handle</em>, a plain i64) instead
 * of the object. Since each such value has one definition, its handle is a compile-time constant;
 * only the parameters of other blocks hold handles that vary. Runtime helpers, calls to other
 * versions and reference comparisons are upcalls ({@link #UPCALLS}) that receive handles, look the
 * objects up in the table, and store a reference result in its slot. That is sound as long as a
 * slot is not overwritten while a block parameter still holding its handle is live (a loop that
 * rotates references through parameters): {@link Handles} declines those functions.
 *
 * <p>The rule (what {@code declines} accepts): every operation is one of {@link #NATIVE}; a
 * {@code ref} operand is an array operand (an entry parameter), an upcall's operand, a returned
 * value, a block argument or a deopt live value, never a promoted value; at most
 * {@value #MAX_ARRAYS} distinct parameters are used as arrays, and a unit that uses arrays makes
 * no upcalls (it is entered through a {@code critical} downcall, which may not call back); a
 * unit does not mix {@code return} and {@code return_void}.
 */
public final class Shape {
    public static final int MAX_ARRAYS = 5;
    public static final int MAX_INSTRUCTIONS = 20_000;
    public static final int MAX_CALL_ARGS = 64;

    /** The operations that call back into Java. */
    public static final Set<LirOp> UPCALLS = EnumSet.of(LirOp.CALL_HELPER, LirOp.CALL_VERSION, LirOp.EQ_REF, LirOp.NE_REF,
            LirOp.IS_NULL);

    /** The operations native code implements. */
    public static final Set<LirOp> NATIVE = EnumSet.of(LirOp.CONST_I64, LirOp.CONST_F64, LirOp.CONST_I1, LirOp.CONST_REF,
            LirOp.ADD_I64, LirOp.SUB_I64, LirOp.MUL_I64, LirOp.ADD_I64_OVF, LirOp.SUB_I64_OVF, LirOp.MUL_I64_OVF,
            LirOp.NEG_I64_OVF, LirOp.DIV_I64, LirOp.REM_I64, LirOp.SHL_I64, LirOp.SHR_I64, LirOp.USHR_I64, LirOp.AND_I64,
            LirOp.OR_I64, LirOp.XOR_I64, LirOp.NOT_I64, LirOp.EQ_I64, LirOp.NE_I64, LirOp.LT_I64, LirOp.LE_I64, LirOp.GT_I64,
            LirOp.GE_I64, LirOp.ADD_F64, LirOp.SUB_F64, LirOp.MUL_F64, LirOp.DIV_F64, LirOp.NEG_F64, LirOp.ABS_F64,
            LirOp.SQRT_F64, LirOp.EQ_F64, LirOp.NE_F64, LirOp.LT_F64, LirOp.LE_F64, LirOp.GT_F64, LirOp.GE_F64,
            LirOp.I64_TO_F64, LirOp.F64_TO_I64, LirOp.NOT_I1, LirOp.AND_I1, LirOp.OR_I1, LirOp.I1_TO_I64, LirOp.EQ_REF,
            LirOp.NE_REF, LirOp.IS_NULL, LirOp.GUARD_TRUE, LirOp.GUARD_FALSE, LirOp.SAFEPOINT, LirOp.JUMP, LirOp.BRANCH,
            LirOp.PROMOTE, LirOp.EXIT, LirOp.RETURN, LirOp.RETURN_VOID, LirOp.CALL_HELPER, LirOp.CALL_VERSION,
            LirOp.ARRAY_LENGTH, LirOp.LOAD_I64_ELEM, LirOp.LOAD_F64_ELEM, LirOp.STORE_I64_ELEM, LirOp.STORE_F64_ELEM);

    private static final Set<LirOp> ARRAY_OPS = EnumSet.of(LirOp.ARRAY_LENGTH, LirOp.LOAD_I64_ELEM, LirOp.LOAD_F64_ELEM,
            LirOp.STORE_I64_ELEM, LirOp.STORE_F64_ELEM);

    /** How an entry parameter reaches native code. */
    public enum Pass {
        /** Raw bits in the argument buffer. */
        BITS,
        /** A primitive array, as a heap segment argument (its length in the buffer). */
        ARRAY,
        /** A reference: it goes into the activation's table, native code knows its handle. */
        HANDLE
    }

    public final List<LirType> paramTypes = new ArrayList<>();
    public final List<Pass> pass = new ArrayList<>();
    /** For each array parameter (by position in {@link #arrays}), its entry parameter index. */
    public final List<Integer> arrays = new ArrayList<>();
    /** Entry parameter value id -> array number. */
    public final Map<Integer, Integer> arrayOf = new HashMap<>();
    /** Entry parameter value ids, in order. */
    public final List<Integer> paramIds = new ArrayList<>();
    /** Entry parameter value id -> parameter index. */
    public final Map<Integer, Integer> paramIndex = new HashMap<>();
    /** Reference value id -> its slot in the activation's table (its handle). */
    public final Map<Integer, Integer> refSlot = new HashMap<>();
    /** The table every activation starts from: reference constants in their slots. */
    public final List<Object> refTemplate = new ArrayList<>();
    /** The upcall sites, in code order: a site's number is its index. */
    public final List<Instruction> upcalls = new ArrayList<>();
    /**
     * Upcall sites that are assumption checks: a helper returning {@code i1} whose operands are all
     * constants, one at least an {@code Assumption} (for example a typed version's check that a
     * global it inlined keeps its binding, its frame a constant template). Its answer is computed
     * once at compile time and holds until one of those assumptions breaks, so native code reads a
     * word instead of calling back (see {@code I386Backend}).
     */
    public final java.util.Set<Instruction> checks = new java.util.HashSet<>();
    /**
     * Assumption checks whose operands are constants and reference entry parameters (the
     * activation's frame, in a typed loop version entered from the interpreter): a subset of
     * {@link #checks}. What such a check reads of a parameter (the namespaces a frame runs
     * with) is fixed for the activation, so the entry adapter answers it once per entry instead of
     * native code calling back at each execution; see {@code NativeUnit}.
     */
    public final java.util.Set<Instruction> entryChecks = new java.util.HashSet<>();
    /** Constant operands by value id: what a {@link #checks check} is evaluated on at compile time. */
    public final Map<Integer, Object> constants = new HashMap<>();
    /** The table slots an upcall site clears (see {@link Handles#kills}); sites absent clear none. */
    public Map<Instruction, Handles.Kills> kills = Map.of();
    /**
     * Runs of upcalls made as one call back into Java, by their first instruction: consecutive
     * upcalls (helpers and reference comparisons, not checks nor calls of versions) where none
     * reads a primitive an earlier one of the run computed (a reference result is a handle, known
     * before the run), with the guards on a run's {@code i1} results between them. Each call
     * back costs tens of nanoseconds however little the helper does; a list read, its type test and
     * unboxing ({@code listItem}, {@code isFloat}, {@code unboxFloat}) then cost one instead of three.
     */
    public final Map<Instruction, Chain> chains = new HashMap<>();
    /** The same runs in code order: a run's number is its index. */
    public final List<Chain> chainList = new ArrayList<>();

    /**
     * One run: its instructions in order (calls and guards), and for each call the first buffer
     * word of its operands (its result comes back in that word).
     */
    public record Chain(List<Instruction> members, Map<Instruction, Integer> bases) {
        /** The calls of the run, in order. */
        public List<Instruction> calls() {
            return members.stream().filter(m -> bases.containsKey(m)).toList();
        }
    }

    /** The result: a type, {@code null} for void, or {@link #OBJECT} when the unit never returns. */
    public LirType result;
    public boolean returnsObject;
    public boolean hasSafepoint;
    public int maxLive;
    public int maxCallArgs;

    private Shape() {
    }

    private int newSlot(LirValue v, Object constant) {
        int slot = refTemplate.size();
        refTemplate.add(constant);
        refSlot.put(v.id(), slot);
        return slot;
    }

    /** The shape of {@code f}, or throws {@link Declined} saying why it is outside the subset. */
    public static Shape of(LirFunction f) {
        Shape s = new Shape();
        Block entry = f.entry();
        for (int i = 0; i < entry.params().size(); i++) {
            LirValue p = entry.params().get(i);
            s.paramTypes.add(p.type());
            s.pass.add(p.type() == LirType.REF ? Pass.HANDLE : Pass.BITS);
            s.paramIndex.put(p.id(), i);
            s.paramIds.add(p.id());
            if (p.type() == LirType.REF) {
                s.newSlot(p, null);
            }
        }
        for (Block b : f.blocks()) {
            for (Instruction in : b.instructions()) {
                switch (in.payload()) {
                    case Constant.Ref c when in.op() == LirOp.CONST_REF -> s.constants.put(in.result().id(), c.value());
                    case Constant.I64 c when in.op() == LirOp.CONST_I64 -> s.constants.put(in.result().id(), c.value());
                    case Constant.F64 c when in.op() == LirOp.CONST_F64 -> s.constants.put(in.result().id(), c.value());
                    case Constant.I1 c when in.op() == LirOp.CONST_I1 -> s.constants.put(in.result().id(), c.value());
                    case null, default -> {
                    }
                }
            }
        }
        boolean returns = false;
        boolean returnsVoid = false;
        int count = 0;
        for (Block b : f.blocks()) {
            for (Instruction in : b.instructions()) {
                count++;
                if (!NATIVE.contains(in.op())) {
                    throw new Declined("operation " + in.op().text());
                }
                if (isUpcall(in)) {
                    if (s.isCheck(in)) {
                        s.checks.add(in);
                    } else if (s.isEntryCheck(in)) {
                        s.checks.add(in);
                        s.entryChecks.add(in);
                    }
                    s.upcalls.add(in);
                    s.maxCallArgs = Math.max(s.maxCallArgs, in.operands().size());
                }
                if (in.result() != null && in.result().type() == LirType.REF) {
                    s.newSlot(in.result(), in.op() == LirOp.CONST_REF ? ((Constant.Ref) in.payload()).value() : null);
                }
                for (int k = 0; k < in.operands().size(); k++) {
                    LirValue v = in.operands().get(k);
                    if (v.type() != LirType.REF || UPCALLS.contains(in.op()) || in.op() == LirOp.RETURN) {
                        continue;
                    }
                    if (k != 0 || !ARRAY_OPS.contains(in.op())) {
                        throw new Declined("a reference operand of " + in.op().text());
                    }
                    Integer idx = s.paramIndex.get(v.id());
                    if (idx == null) {
                        throw new Declined("an array that is not an entry parameter");
                    }
                    if (s.pass.get(idx) != Pass.ARRAY) {
                        s.pass.set(idx, Pass.ARRAY);
                        s.arrayOf.put(v.id(), s.arrays.size());
                        s.arrays.add(idx);
                    }
                }
                if (in.deopt() != null) {
                    s.maxLive = Math.max(s.maxLive, in.deopt().liveValues().size());
                }
                switch (in.op()) {
                    case RETURN -> returns = true;
                    case RETURN_VOID -> returnsVoid = true;
                    case SAFEPOINT -> s.hasSafepoint = true;
                    default -> {
                    }
                }
                if (in.op() == LirOp.RETURN) {
                    LirType t = in.operands().get(0).type();
                    if (s.result != null && s.result != t) {
                        throw new Declined("returns of different types");
                    }
                    s.result = t;
                }
            }
        }
        if (returns && returnsVoid) {
            throw new Declined("both return and return_void");
        }
        if (s.arrays.size() > MAX_ARRAYS) {
            throw new Declined(s.arrays.size() + " arrays (at most " + MAX_ARRAYS + ")");
        }
        if (!s.arrays.isEmpty() && !s.upcalls.isEmpty()) {
            throw new Declined("arrays and calls in one unit (a critical downcall may not call back)");
        }
        if (s.maxCallArgs > MAX_CALL_ARGS) {
            throw new Declined("a call with " + s.maxCallArgs + " arguments (at most " + MAX_CALL_ARGS + ")");
        }
        if (count > MAX_INSTRUCTIONS) {
            throw new Declined(count + " instructions (at most " + MAX_INSTRUCTIONS + ")");
        }
        s.findChains(f);
        Handles.check(f, s);
        s.kills = Handles.kills(f, s);
        s.returnsObject = !returns && !returnsVoid;
        return s;
    }

    private boolean chainable(Instruction in) {
        return isUpcall(in) && in.op() != LirOp.CALL_VERSION && !checks.contains(in) && !isDepthCheck(in);
    }

    /**
     * Whether {@code in} asks whether one more frame fits under the recursion limit (the front
     * end's {@code callDepthAllows(ctx)}, which an inlined callee checks where its call would). In
     * a unit that calls itself natively the answer depends on the activation's own budget, which
     * the Java side does not see, so such a check is never part of a run of upcalls.
     */
    static boolean isDepthCheck(Instruction in) {
        return in.op() == LirOp.CALL_HELPER && in.result() != null && in.result().type() == LirType.I1
                && in.payload() instanceof CallTarget.Helper h && h.symbol().equals("callDepthAllows")
                && in.operands().size() == 1 && in.operands().get(0).type() == LirType.REF;
    }

    private void findChains(LirFunction f) {
        int base = callBase();
        for (Block b : f.blocks()) {
            List<Instruction> ins = b.instructions();
            for (int i = 0; i < ins.size(); i++) {
                if (!chainable(ins.get(i))) {
                    continue;
                }
                List<Instruction> members = new ArrayList<>();
                Map<Instruction, Integer> bases = new HashMap<>();
                java.util.Set<Integer> computed = new java.util.HashSet<>();
                Instruction last = null;
                int words = 0;
                int j = i;
                for (; j < ins.size(); j++) {
                    Instruction in = ins.get(j);
                    if ((in.op() == LirOp.GUARD_TRUE || in.op() == LirOp.GUARD_FALSE) && last != null && last.result() != null
                            && in.operands().get(0).equals(last.result())) {
                        members.add(in);
                        last = null;
                        continue;
                    }
                    if (!chainable(in) || in.operands().stream().anyMatch(v -> computed.contains(v.id()))
                            || words + Math.max(1, in.operands().size()) > MAX_CALL_ARGS) {
                        break;
                    }
                    members.add(in);
                    bases.put(in, base + words);
                    words += Math.max(1, in.operands().size());
                    if (in.result() != null && in.result().type() != LirType.REF) {
                        computed.add(in.result().id());
                    }
                    last = in;
                }
                if (bases.size() >= 2) {
                    Chain c = new Chain(List.copyOf(members), Map.copyOf(bases));
                    chains.put(ins.get(i), c);
                    chainList.add(c);
                    maxCallArgs = Math.max(maxCallArgs, words);
                    i = j - 1;
                }
            }
        }
    }

    private boolean isCheck(Instruction in) {
        if (in.op() != LirOp.CALL_HELPER || in.result() == null || in.result().type() != LirType.I1) {
            return false;
        }
        boolean assumption = false;
        for (LirValue v : in.operands()) {
            if (!constants.containsKey(v.id())) {
                return false;
            }
            assumption |= constants.get(v.id()) instanceof org.jpsyco.kernel.cache.Assumption;
        }
        return assumption;
    }

    /** Like {@link #isCheck}, but some operands are reference entry parameters (and none is anything else). */
    private boolean isEntryCheck(Instruction in) {
        if (in.op() != LirOp.CALL_HELPER || in.result() == null || in.result().type() != LirType.I1) {
            return false;
        }
        boolean assumption = false;
        boolean param = false;
        for (LirValue v : in.operands()) {
            if (constants.containsKey(v.id())) {
                assumption |= constants.get(v.id()) instanceof org.jpsyco.kernel.cache.Assumption;
            } else if (v.type() == LirType.REF && paramIndex.containsKey(v.id())) {
                param = true;
            } else {
                return false;
            }
        }
        return assumption && param;
    }

    /** Whether {@code in} calls back into Java: one of {@link #UPCALLS}, unless computed in line ({@link Intrinsics}). */
    static boolean isUpcall(Instruction in) {
        return UPCALLS.contains(in.op()) && !Intrinsics.handles(in);
    }

    /** Whether the unit calls back into Java (so it is entered through a plain downcall). */
    public boolean hasUpcalls() {
        return !upcalls.isEmpty();
    }

    /** First buffer word of upcall arguments; the upcall's result comes back in this word. */
    public int callBase() {
        return Math.max(1 + paramTypes.size() + arrays.size(), 1 + maxLive);
    }

    /**
     * Words of the argument buffer: result, parameters, array lengths; or exit values; then call
     * arguments; then the three words a call of the unit to itself passes ({@link #levelWord}).
     */
    public int bufferWords() {
        return levelWord() + 3;
    }

    /**
     * The buffer word of an activation's nesting level among native calls of the unit to itself
     * (0 when entered from Java); the next word holds how many more calls the recursion limit
     * allows, the one after the lowest stack address a call to itself may start from.
     */
    public int levelWord() {
        return callBase() + Math.max(1, maxCallArgs);
    }

    /** Buffer word of array {@code a}'s length. */
    public int lengthWord(int a) {
        return 1 + paramTypes.size() + a;
    }

    /** Why a function is outside the native subset. */
    public static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Declined(String why) {
            super(why, null, false, false);
        }
    }
}
