package org.jpsyco.backend.jvm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.PromotionSwitch;
import org.jpsyco.kernel.lir.Target;
import org.jpsyco.kernel.spi.Linkage;

/**
 * A reference interpreter of LIR, written from the op table's stated semantics and nothing of the
 * backend, against which compiled code is compared. Values are boxed ({@code Long}, {@code Double},
 * {@code Boolean}, objects); exits call the linkage's handlers exactly as the contract says.
 */
public final class LirEvaluator {
    private final LirFunction f;
    private final Linkage linkage;
    private final Map<Integer, Object> env = new HashMap<>();
    public boolean invalidated;
    /** Bound on executed instructions, so a runaway fuzz case fails instead of hanging. */
    public long fuel = 10_000_000;

    public LirEvaluator(LirFunction f, Linkage linkage) {
        this.f = f;
        this.linkage = linkage;
    }

    public Object run(Object... args) throws Throwable {
        Block b = f.entry();
        for (int i = 0; i < args.length; i++) {
            env.put(b.params().get(i).id(), args[i]);
        }
        while (true) {
            Target next = null;
            for (Instruction ins : b.instructions()) {
                if (--fuel < 0) {
                    throw new IllegalStateException("evaluator out of fuel");
                }
                Step s = step(ins);
                if (s instanceof Step.Done d) {
                    return d.value();
                }
                if (s instanceof Step.Go g) {
                    next = g.target();
                    break;
                }
            }
            List<Object> vals = new ArrayList<>();
            for (LirValue a : next.args()) {
                vals.add(get(a));
            }
            b = f.block(next.block());
            for (int i = 0; i < vals.size(); i++) {
                env.put(b.params().get(i).id(), vals.get(i));
            }
        }
    }

    private sealed interface Step {
        record Next() implements Step {
        }

        record Go(Target target) implements Step {
        }

        record Done(Object value) implements Step {
        }
    }

    private static final Step NEXT = new Step.Next();

    private Object get(LirValue v) {
        if (!env.containsKey(v.id())) {
            throw new IllegalStateException(v + " read before it is defined");
        }
        return env.get(v.id());
    }

    private long l(Instruction ins, int k) {
        return (Long) get(ins.operands().get(k));
    }

    private double d(Instruction ins, int k) {
        return (Double) get(ins.operands().get(k));
    }

    private boolean z(Instruction ins, int k) {
        return (Boolean) get(ins.operands().get(k));
    }

    private Object r(Instruction ins, int k) {
        return get(ins.operands().get(k));
    }

    private Step exit(DeoptDescriptor d) throws Throwable {
        return new Step.Done(linkage.exitHandler().invoke(d, live(d)));
    }

    private Object[] live(DeoptDescriptor d) {
        return d.liveValues().stream().map(this::get).toArray();
    }

    private Step step(Instruction ins) throws Throwable {
        Object v;
        switch (ins.op()) {
            case CONST_I64 -> v = ((Constant.I64) ins.payload()).value();
            case CONST_F64 -> v = ((Constant.F64) ins.payload()).value();
            case CONST_I1 -> v = ((Constant.I1) ins.payload()).value();
            case CONST_REF -> v = ((Constant.Ref) ins.payload()).value();
            case ADD_I64 -> v = l(ins, 0) + l(ins, 1);
            case SUB_I64 -> v = l(ins, 0) - l(ins, 1);
            case MUL_I64 -> v = l(ins, 0) * l(ins, 1);
            case ADD_I64_OVF, SUB_I64_OVF, MUL_I64_OVF -> {
                java.math.BigInteger a = java.math.BigInteger.valueOf(l(ins, 0));
                java.math.BigInteger b = java.math.BigInteger.valueOf(l(ins, 1));
                java.math.BigInteger exact = switch (ins.op()) {
                    case ADD_I64_OVF -> a.add(b);
                    case SUB_I64_OVF -> a.subtract(b);
                    default -> a.multiply(b);
                };
                if (exact.bitLength() > 63) {
                    return exit(ins.deopt());
                }
                v = exact.longValue();
            }
            case NEG_I64_OVF -> {
                if (l(ins, 0) == Long.MIN_VALUE) {
                    return exit(ins.deopt());
                }
                v = -l(ins, 0);
            }
            case DIV_I64, REM_I64 -> {
                if (l(ins, 1) == 0) {
                    return exit(ins.deopt());
                }
                v = ins.op() == org.jpsyco.kernel.lir.LirOp.DIV_I64 ? l(ins, 0) / l(ins, 1) : l(ins, 0) % l(ins, 1);
            }
            case SHL_I64 -> v = l(ins, 0) << (l(ins, 1) & 63);
            case SHR_I64 -> v = l(ins, 0) >> (l(ins, 1) & 63);
            case USHR_I64 -> v = l(ins, 0) >>> (l(ins, 1) & 63);
            case AND_I64 -> v = l(ins, 0) & l(ins, 1);
            case OR_I64 -> v = l(ins, 0) | l(ins, 1);
            case XOR_I64 -> v = l(ins, 0) ^ l(ins, 1);
            case NOT_I64 -> v = ~l(ins, 0);
            case EQ_I64 -> v = l(ins, 0) == l(ins, 1);
            case NE_I64 -> v = l(ins, 0) != l(ins, 1);
            case LT_I64 -> v = l(ins, 0) < l(ins, 1);
            case LE_I64 -> v = l(ins, 0) <= l(ins, 1);
            case GT_I64 -> v = l(ins, 0) > l(ins, 1);
            case GE_I64 -> v = l(ins, 0) >= l(ins, 1);
            case ADD_F64 -> v = d(ins, 0) + d(ins, 1);
            case SUB_F64 -> v = d(ins, 0) - d(ins, 1);
            case MUL_F64 -> v = d(ins, 0) * d(ins, 1);
            case DIV_F64 -> v = d(ins, 0) / d(ins, 1);
            case NEG_F64 -> v = -d(ins, 0);
            case ABS_F64 -> v = Math.abs(d(ins, 0));
            case SQRT_F64 -> v = Math.sqrt(d(ins, 0));
            case EQ_F64 -> v = d(ins, 0) == d(ins, 1);
            case NE_F64 -> v = d(ins, 0) != d(ins, 1);
            case LT_F64 -> v = d(ins, 0) < d(ins, 1);
            case LE_F64 -> v = d(ins, 0) <= d(ins, 1);
            case GT_F64 -> v = d(ins, 0) > d(ins, 1);
            case GE_F64 -> v = d(ins, 0) >= d(ins, 1);
            case I64_TO_F64 -> v = (double) l(ins, 0);
            case F64_TO_I64 -> {
                double x = d(ins, 0);
                // exact range of long: [-2^63, 2^63)
                if (Double.isNaN(x) || x < -9.223372036854775808E18 || x >= 9.223372036854775808E18) {
                    return exit(ins.deopt());
                }
                v = (long) x;
            }
            case NOT_I1 -> v = !z(ins, 0);
            case AND_I1 -> v = z(ins, 0) & z(ins, 1);
            case OR_I1 -> v = z(ins, 0) | z(ins, 1);
            case I1_TO_I64 -> v = z(ins, 0) ? 1L : 0L;
            case EQ_REF -> v = r(ins, 0) == r(ins, 1);
            case NE_REF -> v = r(ins, 0) != r(ins, 1);
            case IS_NULL -> v = r(ins, 0) == null;
            case GUARD_TRUE -> {
                return z(ins, 0) ? NEXT : exit(ins.deopt());
            }
            case GUARD_FALSE -> {
                return !z(ins, 0) ? NEXT : exit(ins.deopt());
            }
            case SAFEPOINT -> {
                return invalidated || (boolean) linkage.safepointPoll().invoke() ? exit(ins.deopt()) : NEXT;
            }
            case JUMP -> {
                return new Step.Go(ins.targets().get(0));
            }
            case BRANCH -> {
                return new Step.Go(ins.targets().get(z(ins, 0) ? 0 : 1));
            }
            case PROMOTE -> {
                Object x = r(ins, 0);
                for (PromotionSwitch.Case c : ((PromotionSwitch) ins.payload()).cases()) {
                    boolean hit = switch (c.value()) {
                        case Constant.Ref ref -> ref.value() == x;
                        case Constant.I64 i -> x.equals(i.value());
                        case Constant.F64 fd -> Double.doubleToRawLongBits(fd.value()) == Double.doubleToRawLongBits((Double) x);
                        case Constant.I1 b -> x.equals(b.value());
                    };
                    if (hit) {
                        return new Step.Go(c.target());
                    }
                }
                return exit(ins.deopt());
            }
            case EXIT -> {
                return exit(ins.deopt());
            }
            case RETURN -> {
                return new Step.Done(r(ins, 0));
            }
            case RETURN_VOID -> {
                return new Step.Done(null);
            }
            case CALL_HELPER, CALL_VERSION -> {
                Object[] args = ins.operands().stream().map(this::get).toArray();
                try {
                    if (ins.payload() instanceof CallTarget.Helper h) {
                        v = linkage.helper(h).invokeWithArguments(args);
                    } else {
                        v = linkage.version((CallTarget.Version) ins.payload()).dynamicInvoker().invokeWithArguments(args);
                    }
                } catch (Throwable t) {
                    if (ins.deopt() != null && linkage.raisedType().isInstance(t)) {
                        return new Step.Done(linkage.raiseHandler().invoke(ins.deopt(), live(ins.deopt()), t));
                    }
                    throw t;
                }
            }
            case ARRAY_LENGTH -> v = (long) (r(ins, 0) instanceof long[] a ? a.length : ((double[]) r(ins, 0)).length);
            case LOAD_I64_ELEM -> v = ((long[]) r(ins, 0))[(int) l(ins, 1)];
            case LOAD_F64_ELEM -> v = ((double[]) r(ins, 0))[(int) l(ins, 1)];
            case STORE_I64_ELEM -> {
                ((long[]) r(ins, 0))[(int) l(ins, 1)] = l(ins, 2);
                v = null;
            }
            case STORE_F64_ELEM -> {
                ((double[]) r(ins, 0))[(int) l(ins, 1)] = d(ins, 2);
                v = null;
            }
            case LOAD_FIELD_I64 -> v = ((TestLinkage.Obj) r(ins, 0)).value;
            case LOAD_FIELD_F64 -> v = ((TestLinkage.Obj) r(ins, 0)).fvalue;
            case LOAD_FIELD_REF -> {
                TestLinkage.Obj o = (TestLinkage.Obj) r(ins, 0);
                v = ((org.jpsyco.kernel.lir.FieldDescriptor) ins.payload()).name().equals("ref") ? o.ref : o.type;
            }
            case STORE_FIELD_I64 -> {
                ((TestLinkage.Obj) r(ins, 0)).value = l(ins, 1);
                v = null;
            }
            case STORE_FIELD_F64 -> {
                ((TestLinkage.Obj) r(ins, 0)).fvalue = d(ins, 1);
                v = null;
            }
            case STORE_FIELD_REF -> {
                TestLinkage.Obj o = (TestLinkage.Obj) r(ins, 0);
                if (((org.jpsyco.kernel.lir.FieldDescriptor) ins.payload()).name().equals("ref")) {
                    o.ref = r(ins, 1);
                } else {
                    o.type = r(ins, 1);
                }
                v = null;
            }
            default -> throw new IllegalStateException("unknown op " + ins.op());
        }
        if (ins.result() != null) {
            env.put(ins.result().id(), v);
        }
        return NEXT;
    }
}
