package org.jpsyco.backend.i386.lower;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;

/**
 * The native subset of LIR and how a function in it meets Java: which entry parameters travel in
 * the argument buffer, which are arrays passed as heap segments, which references the Java entry
 * adapter merely keeps for the exit handler, and the unit's result type.
 *
 * <p>The rule (what {@code declines} accepts): every operation is one of {@link #NATIVE}; values of
 * type {@code ref} exist only as parameters of the entry block; a {@code ref} is read only as the
 * array operand of an array operation or as a live value of a deopt descriptor (never compared,
 * returned, promoted or passed to a block); at most {@value #MAX_ARRAYS} distinct parameters are
 * used as arrays; a unit does not mix {@code return} and {@code return_void}; a promotion switches
 * on an {@code i64}, {@code f64} or {@code i1}.
 */
public final class Shape {
    public static final int MAX_ARRAYS = 5;
    public static final int MAX_INSTRUCTIONS = 20_000;

    /** The operations native code implements. */
    public static final Set<LirOp> NATIVE = EnumSet.of(LirOp.CONST_I64, LirOp.CONST_F64, LirOp.CONST_I1, LirOp.ADD_I64,
            LirOp.SUB_I64, LirOp.MUL_I64, LirOp.ADD_I64_OVF, LirOp.SUB_I64_OVF, LirOp.MUL_I64_OVF, LirOp.NEG_I64_OVF, LirOp.DIV_I64,
            LirOp.REM_I64, LirOp.SHL_I64, LirOp.SHR_I64, LirOp.USHR_I64, LirOp.AND_I64, LirOp.OR_I64, LirOp.XOR_I64, LirOp.NOT_I64,
            LirOp.EQ_I64, LirOp.NE_I64, LirOp.LT_I64, LirOp.LE_I64, LirOp.GT_I64, LirOp.GE_I64, LirOp.ADD_F64, LirOp.SUB_F64,
            LirOp.MUL_F64, LirOp.DIV_F64, LirOp.NEG_F64, LirOp.ABS_F64, LirOp.SQRT_F64, LirOp.EQ_F64, LirOp.NE_F64, LirOp.LT_F64,
            LirOp.LE_F64, LirOp.GT_F64, LirOp.GE_F64, LirOp.I64_TO_F64, LirOp.F64_TO_I64, LirOp.NOT_I1, LirOp.AND_I1, LirOp.OR_I1,
            LirOp.I1_TO_I64, LirOp.GUARD_TRUE, LirOp.GUARD_FALSE, LirOp.SAFEPOINT, LirOp.JUMP, LirOp.BRANCH, LirOp.PROMOTE,
            LirOp.EXIT, LirOp.RETURN, LirOp.RETURN_VOID, LirOp.ARRAY_LENGTH, LirOp.LOAD_I64_ELEM, LirOp.LOAD_F64_ELEM,
            LirOp.STORE_I64_ELEM, LirOp.STORE_F64_ELEM);

    private static final Set<LirOp> ARRAY_OPS = EnumSet.of(LirOp.ARRAY_LENGTH, LirOp.LOAD_I64_ELEM, LirOp.LOAD_F64_ELEM,
            LirOp.STORE_I64_ELEM, LirOp.STORE_F64_ELEM);

    /** How an entry parameter reaches native code. */
    public enum Pass {
        /** Raw bits in the argument buffer. */
        BITS,
        /** A primitive array, as a heap segment argument (its length in the buffer). */
        ARRAY,
        /** A reference native code never reads: kept by the entry adapter for exits. */
        KEPT
    }

    public final List<LirType> paramTypes = new ArrayList<>();
    public final List<Pass> pass = new ArrayList<>();
    /** For each array parameter (by position in {@link #arrays}), its entry parameter index. */
    public final List<Integer> arrays = new ArrayList<>();
    /** Entry parameter value id -> array number. */
    public final Map<Integer, Integer> arrayOf = new HashMap<>();
    /** Entry parameter value id -> parameter index. */
    public final Map<Integer, Integer> paramIndex = new HashMap<>();
    /** The result: a type, {@code null} for void, or {@link #OBJECT} when the unit never returns. */
    public LirType result;
    public boolean returnsObject;
    public boolean hasSafepoint;
    public int maxLive;

    private Shape() {
    }

    /** The shape of {@code f}, or throws {@link Declined} saying why it is outside the subset. */
    public static Shape of(LirFunction f) {
        Shape s = new Shape();
        Block entry = f.entry();
        for (int i = 0; i < entry.params().size(); i++) {
            LirValue p = entry.params().get(i);
            s.paramTypes.add(p.type());
            s.pass.add(p.type() == LirType.REF ? Pass.KEPT : Pass.BITS);
            s.paramIndex.put(p.id(), i);
        }
        boolean returns = false;
        boolean returnsVoid = false;
        int count = 0;
        for (Block b : f.blocks()) {
            if (b.id() != 0) {
                for (LirValue p : b.params()) {
                    if (p.type() == LirType.REF) {
                        throw new Declined("a reference block parameter (" + p + " of b" + b.id() + ")");
                    }
                }
            }
            for (Instruction in : b.instructions()) {
                count++;
                if (!NATIVE.contains(in.op())) {
                    throw new Declined("operation " + in.op().text());
                }
                if (in.result() != null && in.result().type() == LirType.REF) {
                    throw new Declined("a reference result (" + in.op().text() + ")");
                }
                for (int k = 0; k < in.operands().size(); k++) {
                    LirValue v = in.operands().get(k);
                    if (v.type() != LirType.REF) {
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
                for (Target t : in.targets()) {
                    for (LirValue v : t.args()) {
                        if (v.type() == LirType.REF) {
                            throw new Declined("a reference block argument");
                        }
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
        if (count > MAX_INSTRUCTIONS) {
            throw new Declined(count + " instructions (at most " + MAX_INSTRUCTIONS + ")");
        }
        s.returnsObject = !returns && !returnsVoid;
        return s;
    }

    /** Words of the argument buffer: result, parameters, array lengths; or exit values. */
    public int bufferWords() {
        return Math.max(1 + paramTypes.size() + arrays.size(), 1 + maxLive);
    }

    /** Buffer word of array {@code a}'s length. */
    public int lengthWord(int a) {
        return 1 + paramTypes.size() + a;
    }

    /** Why a function is outside the native subset. */
    public static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Declined(String why) {
            super(why, null, false, false);
        }
    }
}
