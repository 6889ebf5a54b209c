package org.jpsyco.backend.jvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.FieldDescriptor;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.PromotionSwitch;
import org.jpsyco.kernel.lir.Target;

/**
 * Random verified LIR functions: arithmetic on values near the edges of overflow, diamonds and
 * counted loops passing block arguments (in shuffled orders, so parallel moves have cycles),
 * guards, promotions, helper calls that raise, calls through version call sites, array and field
 * accesses, and deopt descriptors with constants, dead slots and virtual objects.
 *
 * <p>Entry parameters are fixed: {@code (i64 a, i64 b, f64 x, i1 c, ref longs, ref doubles, ref obj)};
 * {@link #arguments(Random)} makes matching arguments.
 *
 * <p>{@link #generateNative(long)} keeps to what machine code can run without Java objects: no
 * calls, fields or reference operations, promotions on integers only, references only as the
 * arrays and as live values of deopt descriptors. Backend-i386's fuzzer uses it.
 */
public final class LirFuzzer {
    /** The promoted type objects: promotion compares identity, so these are shared by every case. */
    static final Object TYPE_A = new Object() {
        @Override
        public String toString() {
            return "A";
        }
    };
    static final Object TYPE_B = new Object() {
        @Override
        public String toString() {
            return "B";
        }
    };
    static final long[] LONGS = {0, 1, -1, 2, 3, 7, 13, 42, 100, -100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
        Long.MIN_VALUE + 1, 1L << 31, 1L << 32, -(1L << 32), 3037000499L, 3037000500L, -3037000500L, 1L << 62, -(1L << 62)};
    static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.5, 0.5, 2.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        1e19, -9.3e18, 0x1p63, -0x1p63, 9.2e18, 1e-300, Double.MAX_VALUE, 3.75};

    private static final LirOp[] I64_BINARY = {LirOp.ADD_I64, LirOp.SUB_I64, LirOp.MUL_I64, LirOp.ADD_I64_OVF, LirOp.SUB_I64_OVF,
        LirOp.MUL_I64_OVF, LirOp.DIV_I64, LirOp.REM_I64, LirOp.SHL_I64, LirOp.SHR_I64, LirOp.USHR_I64, LirOp.AND_I64, LirOp.OR_I64,
        LirOp.XOR_I64};
    private static final LirOp[] I64_COMPARE = {LirOp.EQ_I64, LirOp.NE_I64, LirOp.LT_I64, LirOp.LE_I64, LirOp.GT_I64, LirOp.GE_I64};
    private static final LirOp[] F64_BINARY = {LirOp.ADD_F64, LirOp.SUB_F64, LirOp.MUL_F64, LirOp.DIV_F64};
    private static final LirOp[] F64_COMPARE = {LirOp.EQ_F64, LirOp.NE_F64, LirOp.LT_F64, LirOp.LE_F64, LirOp.GT_F64, LirOp.GE_F64};
    private static final FieldDescriptor F_I64 = new FieldDescriptor("Obj", "value", LirType.I64);
    private static final FieldDescriptor F_F64 = new FieldDescriptor("Obj", "fvalue", LirType.F64);
    private static final FieldDescriptor F_TYPE = new FieldDescriptor("Obj", "type", LirType.REF);
    private static final FieldDescriptor F_REF = new FieldDescriptor("Obj", "ref", LirType.REF);

    private final Random rnd;
    private final LirBuilder b;
    private int budget;
    private int resume;
    private int site;
    private final LirValue longs;
    private final LirValue doubles;
    private final LirValue obj;
    private final LirType result; // null: void
    private final boolean nativeOnly;
    private final boolean callsOnly;

    private LirFuzzer(Random rnd, String name, boolean nativeOnly, boolean callsOnly) {
        this.rnd = rnd;
        this.nativeOnly = nativeOnly;
        this.callsOnly = callsOnly;
        this.b = new LirBuilder(name);
        this.budget = 20 + rnd.nextInt(60);
        LirType[] results = nativeOnly ? new LirType[] {LirType.I64, LirType.I64, LirType.F64, LirType.I1, null}
                : new LirType[] {LirType.I64, LirType.I64, LirType.F64, LirType.I1, LirType.REF, null};
        this.result = results[rnd.nextInt(results.length)];
        b.param(0, LirType.I64);
        b.param(0, LirType.I64);
        b.param(0, LirType.F64);
        b.param(0, LirType.I1);
        longs = b.param(0, LirType.REF);
        doubles = b.param(0, LirType.REF);
        obj = b.param(0, LirType.REF);
    }

    public static LirFunction generate(long seed) {
        return generate(seed, false, false);
    }

    /** A random function in the native subset (see the class comment). */
    public static LirFunction generateNative(long seed) {
        return generate(seed, true, false);
    }

    /**
     * A random function with calls, references (block parameters and results included) and
     * reference comparisons but no array or field access: what a backend that reaches Java only
     * through calls can take.
     */
    public static LirFunction generateCalls(long seed) {
        return generate(seed, false, true);
    }

    private static LirFunction generate(long seed, boolean nativeOnly, boolean callsOnly) {
        Random rnd = new Random(seed);
        LirFuzzer g = new LirFuzzer(rnd, "fuzz" + seed, nativeOnly, callsOnly);
        List<LirValue> env = new ArrayList<>(g.b.params(0));
        g.segments(env, 0);
        g.finish(env);
        return g.b.build();
    }

    public static Object[] arguments(Random rnd) {
        long[] ls = new long[4];
        double[] ds = new double[4];
        for (int i = 0; i < 4; i++) {
            ls[i] = LONGS[rnd.nextInt(LONGS.length)];
            ds[i] = DOUBLES[rnd.nextInt(DOUBLES.length)];
        }
        Object type = switch (rnd.nextInt(3)) {
            case 0 -> TYPE_A;
            case 1 -> TYPE_B;
            default -> "other";
        };
        TestLinkage.Obj o = new TestLinkage.Obj(type, someLong(rnd), DOUBLES[rnd.nextInt(DOUBLES.length)]);
        return new Object[] {someLong(rnd), someLong(rnd), DOUBLES[rnd.nextInt(DOUBLES.length)], rnd.nextBoolean(), ls, ds, o};
    }

    private static long someLong(Random rnd) {
        return rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextInt(4) == 0 ? rnd.nextInt(20) - 10 : LONGS[rnd.nextInt(LONGS.length)];
    }

    // ---- structure ----

    private void segments(List<LirValue> env, int depth) {
        int n = 1 + rnd.nextInt(depth == 0 ? 8 : 4);
        for (int i = 0; i < n && budget > 0; i++) {
            segment(env, depth);
        }
    }

    private void segment(List<LirValue> env, int depth) {
        int k = rnd.nextInt(100);
        if (k < 40) {
            arithmetic(env);
        } else if (k < 48) {
            guard(env);
        } else if (k < 60) {
            if (nativeOnly) {
                arithmetic(env);
            } else {
                call(env);
            }
        } else if (k < 67) {
            if (callsOnly) {
                call(env);
            } else {
                memory(env);
            }
        } else if (k < 78 && depth < 3) {
            diamond(env, depth);
        } else if (k < 88 && depth < 2) {
            loop(env, depth);
        } else if (k < 95 && depth < 3) {
            promote(env, depth);
        } else {
            arithmetic(env);
        }
    }

    private void finish(List<LirValue> env) {
        if (rnd.nextInt(12) == 0) {
            b.exit(deopt(env));
        } else if (result == null) {
            b.retVoid();
        } else {
            b.ret(pick(env, result));
        }
    }

    private void diamond(List<LirValue> env, int depth) {
        LirValue cond = pick(env, LirType.I1);
        LirType[] joinTypes = randomTypes(1 + rnd.nextInt(3));
        int yes = b.newBlock();
        int no = b.newBlock();
        int join = b.newBlock(joinTypes);
        b.branch(cond, Target.to(yes), Target.to(no));
        for (int arm : new int[] {yes, no}) {
            b.switchTo(arm);
            List<LirValue> armEnv = new ArrayList<>(env);
            segments(armEnv, depth + 1);
            if (!b.isTerminated(b.currentBlock())) {
                b.jump(new Target(join, args(armEnv, joinTypes)));
            }
        }
        b.switchTo(join);
        env.addAll(b.params(join));
    }

    private void loop(List<LirValue> env, int depth) {
        LirType[] carried = randomTypes(1 + rnd.nextInt(3));
        LirType[] headTypes = new LirType[carried.length + 1];
        headTypes[0] = LirType.I64;
        System.arraycopy(carried, 0, headTypes, 1, carried.length);
        int head = b.newBlock(headTypes);
        int body = b.newBlock();
        int exit = b.newBlock();
        LirValue zero = b.constI64(0);
        List<LirValue> init = new ArrayList<>(List.of(zero));
        init.addAll(args(env, carried));
        b.jump(new Target(head, init));
        b.switchTo(head);
        List<LirValue> params = b.params(head);
        List<LirValue> headEnv = new ArrayList<>(env);
        headEnv.addAll(params);
        if (rnd.nextBoolean()) {
            b.guard(LirOp.SAFEPOINT, deopt(headEnv));
        }
        LirValue bound = b.constI64(rnd.nextInt(5));
        LirValue more = b.op(LirOp.LT_I64, params.get(0), bound);
        b.branch(more, Target.to(body), Target.to(exit));
        b.switchTo(body);
        List<LirValue> bodyEnv = new ArrayList<>(headEnv);
        segments(bodyEnv, depth + 1);
        if (!b.isTerminated(b.currentBlock())) {
            LirValue next = b.op(LirOp.ADD_I64, params.get(0), b.constI64(1));
            List<LirValue> back = new ArrayList<>(List.of(next));
            // prefer carried parameters themselves, shuffled: the moves then form cycles
            for (LirType t : carried) {
                List<LirValue> same = params.subList(1, params.size()).stream().filter(v -> v.type() == t).toList();
                back.add(!same.isEmpty() && rnd.nextInt(3) > 0 ? same.get(rnd.nextInt(same.size())) : pick(bodyEnv, t));
            }
            b.jump(new Target(head, back));
        }
        b.switchTo(exit);
        env.addAll(params);
    }

    private void promote(List<LirValue> env, int depth) {
        LirValue v;
        List<Constant> values = new ArrayList<>();
        if (nativeOnly || callsOnly || rnd.nextBoolean()) {
            v = pick(env, LirType.I64);
            for (int i = 0; i < 1 + rnd.nextInt(3); i++) {
                Constant c = Constant.of(rnd.nextBoolean() ? LONGS[rnd.nextInt(LONGS.length)] : rnd.nextInt(20) - 10);
                if (!values.contains(c)) {
                    values.add(c);
                }
            }
        } else {
            v = b.loadField(F_TYPE, obj);
            values.add(new Constant.Ref("A", TYPE_A));
            if (rnd.nextBoolean()) {
                values.add(new Constant.Ref("B", TYPE_B));
            }
        }
        LirType[] joinTypes = randomTypes(1 + rnd.nextInt(2));
        int join = b.newBlock(joinTypes);
        List<PromotionSwitch.Case> cases = new ArrayList<>();
        List<Integer> blocks = new ArrayList<>();
        for (Constant c : values) {
            LirType[] pt = randomTypes(rnd.nextInt(3));
            int blk = b.newBlock(pt);
            blocks.add(blk);
            cases.add(new PromotionSwitch.Case(c, new Target(blk, args(env, pt))));
        }
        b.promote(v, ++site, cases, deopt(env));
        for (int blk : blocks) {
            b.switchTo(blk);
            List<LirValue> caseEnv = new ArrayList<>(env);
            caseEnv.addAll(b.params(blk));
            segments(caseEnv, depth + 1);
            if (!b.isTerminated(b.currentBlock())) {
                b.jump(new Target(join, args(caseEnv, joinTypes)));
            }
        }
        b.switchTo(join);
        env.addAll(b.params(join));
    }

    // ---- straight-line code ----

    private void arithmetic(List<LirValue> env) {
        budget--;
        LirValue r;
        int kind = rnd.nextInt(12);
        if (nativeOnly && kind >= 10) {
            kind = rnd.nextInt(3);
        }
        switch (kind) {
            case 0, 1, 2 -> {
                LirOp op = I64_BINARY[rnd.nextInt(I64_BINARY.length)];
                r = b.op(op, op.is(LirOp.Flag.GUARD) ? deopt(env) : null, pick(env, LirType.I64), pick(env, LirType.I64));
            }
            case 3 -> {
                LirOp op = rnd.nextBoolean() ? LirOp.NEG_I64_OVF : LirOp.NOT_I64;
                r = b.op(op, op.is(LirOp.Flag.GUARD) ? deopt(env) : null, pick(env, LirType.I64));
            }
            case 4 -> r = b.op(I64_COMPARE[rnd.nextInt(I64_COMPARE.length)], pick(env, LirType.I64), pick(env, LirType.I64));
            case 5 -> r = b.op(F64_BINARY[rnd.nextInt(F64_BINARY.length)], pick(env, LirType.F64), pick(env, LirType.F64));
            case 6 -> r = b.op(new LirOp[] {LirOp.NEG_F64, LirOp.ABS_F64, LirOp.SQRT_F64}[rnd.nextInt(3)], pick(env, LirType.F64));
            case 7 -> r = b.op(F64_COMPARE[rnd.nextInt(F64_COMPARE.length)], pick(env, LirType.F64), pick(env, LirType.F64));
            case 8 -> r = rnd.nextBoolean() ? b.op(LirOp.I64_TO_F64, pick(env, LirType.I64))
                    : b.op(LirOp.F64_TO_I64, deopt(env), pick(env, LirType.F64));
            case 9 -> {
                int k = rnd.nextInt(4);
                r = switch (k) {
                    case 0 -> b.op(LirOp.NOT_I1, pick(env, LirType.I1));
                    case 1 -> b.op(LirOp.AND_I1, pick(env, LirType.I1), pick(env, LirType.I1));
                    case 2 -> b.op(LirOp.OR_I1, pick(env, LirType.I1), pick(env, LirType.I1));
                    default -> b.op(LirOp.I1_TO_I64, pick(env, LirType.I1));
                };
            }
            case 10 -> r = b.op(new LirOp[] {LirOp.EQ_REF, LirOp.NE_REF}[rnd.nextInt(2)], pick(env, LirType.REF), pick(env, LirType.REF));
            default -> r = b.op(LirOp.IS_NULL, pick(env, LirType.REF));
        }
        env.add(r);
    }

    private void guard(List<LirValue> env) {
        budget--;
        b.guard(rnd.nextBoolean() ? LirOp.GUARD_TRUE : LirOp.GUARD_FALSE, deopt(env), pick(env, LirType.I1));
    }

    private void call(List<LirValue> env) {
        budget--;
        DeoptDescriptor d = rnd.nextInt(4) > 0 ? deopt(env) : null;
        LirValue r;
        switch (rnd.nextInt(8)) {
            case 0 -> r = b.call(new CallTarget.Helper("h_add", List.of(LirType.I64, LirType.I64), LirType.I64), d,
                    pick(env, LirType.I64), pick(env, LirType.I64));
            case 1 -> r = b.call(new CallTarget.Helper("h_f", List.of(LirType.F64), LirType.F64), d, pick(env, LirType.F64));
            case 2 -> r = b.call(new CallTarget.Helper("h_void", List.of(LirType.I64), null), d, pick(env, LirType.I64));
            case 3 -> r = b.call(new CallTarget.Helper("h_odd", List.of(LirType.I64), LirType.I1), d, pick(env, LirType.I64));
            case 4 -> r = b.call(new CallTarget.Helper("h_box", List.of(LirType.I64), LirType.REF), d, pick(env, LirType.I64));
            case 5 -> r = b.call(new CallTarget.Helper("h_unbox", List.of(LirType.REF), LirType.I64), d, pick(env, LirType.REF));
            case 6 -> r = b.call(new CallTarget.Version("v_square", List.of(LirType.I64), LirType.I64), d, pick(env, LirType.I64));
            default -> r = b.call(new CallTarget.Version("v_half", List.of(LirType.F64), LirType.F64), d, pick(env, LirType.F64));
        }
        if (r != null) {
            env.add(r);
        }
    }

    private void memory(List<LirValue> env) {
        budget--;
        switch (nativeOnly ? rnd.nextInt(5) : rnd.nextInt(9)) {
            case 0 -> env.add(b.op(LirOp.ARRAY_LENGTH, rnd.nextBoolean() ? longs : doubles));
            case 1 -> env.add(b.op(LirOp.LOAD_I64_ELEM, longs, index(env)));
            case 2 -> env.add(b.op(LirOp.LOAD_F64_ELEM, doubles, index(env)));
            case 3 -> b.emit(LirOp.STORE_I64_ELEM, null, null, null, longs, index(env), pick(env, LirType.I64));
            case 4 -> b.emit(LirOp.STORE_F64_ELEM, null, null, null, doubles, index(env), pick(env, LirType.F64));
            case 5 -> env.add(b.loadField(rnd.nextBoolean() ? F_I64 : F_F64, obj));
            case 6 -> env.add(b.loadField(rnd.nextBoolean() ? F_REF : F_TYPE, obj));
            case 7 -> {
                FieldDescriptor fd = rnd.nextBoolean() ? F_I64 : F_F64;
                b.storeField(fd, obj, pick(env, fd.type()));
            }
            default -> b.storeField(F_REF, obj, pick(env, LirType.REF));
        }
    }

    /** An index in bounds of the 4-element arrays, as the front end's bounds guard would ensure. */
    private LirValue index(List<LirValue> env) {
        return b.op(LirOp.AND_I64, pick(env, LirType.I64), b.constI64(3));
    }

    // ---- values ----

    private LirType[] randomTypes(int n) {
        LirType[] ts = new LirType[n];
        for (int i = 0; i < n; i++) {
            ts[i] = LirType.values()[rnd.nextInt(nativeOnly ? 3 : 4)];
        }
        return ts;
    }

    private List<LirValue> args(List<LirValue> env, LirType[] types) {
        List<LirValue> out = new ArrayList<>();
        for (LirType t : types) {
            out.add(pick(env, t));
        }
        return out;
    }

    /** A value of type {@code t} from the environment, or a fresh constant. */
    private LirValue pick(List<LirValue> env, LirType t) {
        List<LirValue> of = env.stream().filter(v -> v.type() == t).toList();
        if (!of.isEmpty() && rnd.nextInt(5) > 0) {
            // recent values more often: they make longer dependence chains
            int i = of.size() - 1 - Math.min(of.size() - 1, (int) Math.abs(rnd.nextGaussian() * 3));
            return of.get(i);
        }
        LirValue c = switch (t) {
            case I64 -> b.constI64(rnd.nextInt(3) == 0 ? rnd.nextInt(10) : LONGS[rnd.nextInt(LONGS.length)]);
            case F64 -> b.constF64(DOUBLES[rnd.nextInt(DOUBLES.length)]);
            case I1 -> b.constI1(rnd.nextBoolean());
            case REF -> rnd.nextInt(3) == 0 ? b.constant(new Constant.Ref("A", TYPE_A)) : b.constant(new Constant.Ref("s", "str"));
        };
        env.add(c);
        return c;
    }

    private DeoptDescriptor deopt(List<LirValue> env) {
        List<DeoptDescriptor.Recovery> slots = new ArrayList<>();
        int n = rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            slots.add(recovery(env, rnd.nextInt(8) == 0 ? 2 : 0));
        }
        List<DeoptDescriptor.VirtualObject> virtuals = new ArrayList<>();
        if (rnd.nextInt(4) == 0) {
            List<DeoptDescriptor.Recovery> fields = new ArrayList<>();
            for (int i = 0; i < 1 + rnd.nextInt(3); i++) {
                fields.add(recovery(env, 0));
            }
            virtuals.add(new DeoptDescriptor.VirtualObject("tuple", fields));
            slots.add(new DeoptDescriptor.Materialize(0));
        }
        return new DeoptDescriptor(++resume, slots, virtuals);
    }

    private DeoptDescriptor.Recovery recovery(List<LirValue> env, int kind) {
        if (kind == 2 || env.isEmpty()) {
            return rnd.nextBoolean() ? new DeoptDescriptor.Dead() : new DeoptDescriptor.Known(Constant.of(rnd.nextInt(9)));
        }
        return new DeoptDescriptor.Live(env.get(rnd.nextInt(env.size())));
    }
}
