package org.jpsyco.kernel.lir;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Random well-formed LIR functions (pure and guarded operations, constants, deopt descriptors with
 * virtual objects, branches, promotions, calls) must verify, and print and parse back to the same
 * function. A failure prints the seed and the function as a reproducer.
 */
class LirRoundTripFuzzTest {
    private static final LirOp[] OPS = {
        LirOp.ADD_I64, LirOp.SUB_I64, LirOp.MUL_I64, LirOp.ADD_I64_OVF, LirOp.MUL_I64_OVF, LirOp.NEG_I64_OVF,
        LirOp.DIV_I64, LirOp.SHL_I64, LirOp.XOR_I64, LirOp.NOT_I64, LirOp.LT_I64, LirOp.EQ_I64,
        LirOp.ADD_F64, LirOp.DIV_F64, LirOp.SQRT_F64, LirOp.GE_F64, LirOp.I64_TO_F64, LirOp.F64_TO_I64,
        LirOp.AND_I1, LirOp.NOT_I1, LirOp.I1_TO_I64, LirOp.EQ_REF, LirOp.IS_NULL, LirOp.ARRAY_LENGTH,
        LirOp.LOAD_F64_ELEM, LirOp.GUARD_TRUE, LirOp.SAFEPOINT,
    };

    @Test
    void randomFunctionsVerifyAndSurviveTheTextForm() {
        for (long seed = 0; seed < 300; seed++) {
            LirFunction f = generate(new Random(seed));
            String text = LirPrinter.print(f);
            String reproducer = "seed " + seed + ":\n" + text;
            assertEquals(List.of(), LirVerifier.check(f), reproducer);
            assertEquals(f, LirParser.parse(text), reproducer);
            assertEquals(text, LirPrinter.print(LirParser.parse(text)), reproducer);
        }
    }

    private static LirFunction generate(Random r) {
        LirBuilder b = new LirBuilder("fuzz");
        List<LirValue> entryValues = new ArrayList<>();
        for (LirType t : LirType.values()) {
            entryValues.add(b.param(0, t));
        }
        int blockCount = 1 + r.nextInt(4);
        List<Integer> blocks = new ArrayList<>(List.of(0));
        for (int i = 1; i < blockCount; i++) {
            LirType[] params = new LirType[r.nextInt(3)];
            for (int k = 0; k < params.length; k++) {
                params[k] = LirType.values()[r.nextInt(LirType.values().length)];
            }
            blocks.add(b.newBlock(params));
        }
        for (int block : blocks) {
            if (block != 0) {
                b.switchTo(block);
            }
            List<LirValue> avail = new ArrayList<>(entryValues);
            if (block != 0) {
                avail.addAll(b.params(block));
            }
            for (int n = r.nextInt(8); n > 0; n--) {
                emitRandom(b, r, avail);
            }
            terminate(b, r, block, blocks, avail);
        }
        return b.build();
    }

    private static void emitRandom(LirBuilder b, Random r, List<LirValue> avail) {
        if (r.nextInt(5) == 0) {
            avail.add(switch (r.nextInt(4)) {
                case 0 -> b.constI64(r.nextLong());
                case 1 -> b.constF64(r.nextBoolean() ? r.nextGaussian() * 1e10 : Double.NaN);
                case 2 -> b.constI1(r.nextBoolean());
                default -> { String name = "k" + r.nextInt(10); yield b.constant(new Constant.Ref(name, name)); }
            });
            return;
        }
        LirOp op = OPS[r.nextInt(OPS.length)];
        LirValue[] operands = new LirValue[op.operands().size()];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = pick(r, avail, op.operands().get(i));
        }
        DeoptDescriptor deopt = op.requiresDeopt() ? deopt(r, avail) : null;
        LirValue v = b.emit(op, op.hasResult() ? op.result() : null, null, deopt, operands);
        if (v != null) {
            avail.add(v);
        }
    }

    private static void terminate(LirBuilder b, Random r, int block, List<Integer> blocks, List<LirValue> avail) {
        List<Integer> later = blocks.stream().filter(x -> x > block).toList();
        int choice = r.nextInt(4);
        if (!later.isEmpty() && choice == 0) {
            b.jump(target(b, r, later.get(r.nextInt(later.size())), avail));
        } else if (!later.isEmpty() && choice == 1) {
            b.branch(pick(r, avail, LirType.I1), target(b, r, later.get(r.nextInt(later.size())), avail),
                    target(b, r, later.get(r.nextInt(later.size())), avail));
        } else if (!later.isEmpty() && choice == 2) {
            List<PromotionSwitch.Case> cases = new ArrayList<>();
            for (int i = r.nextInt(3); i >= 0; i--) {
                cases.add(new PromotionSwitch.Case(Constant.of((long) i * 7 - 3), target(b, r, later.get(r.nextInt(later.size())), avail)));
            }
            b.promote(pick(r, avail, LirType.I64), r.nextInt(100), cases, deopt(r, avail));
        } else {
            LirValue x = pick(r, avail, LirType.I64);
            LirValue res = b.call(new CallTarget.Helper("box", List.of(LirType.I64), LirType.REF), r.nextBoolean() ? deopt(r, avail) : null, x);
            avail.add(res);
            b.ret(res);
        }
    }

    private static Target target(LirBuilder b, Random r, int block, List<LirValue> avail) {
        List<LirValue> args = new ArrayList<>();
        for (LirValue p : b.params(block)) {
            args.add(pick(r, avail, p.type()));
        }
        return new Target(block, args);
    }

    private static DeoptDescriptor deopt(Random r, List<LirValue> avail) {
        List<DeoptDescriptor.Recovery> slots = new ArrayList<>();
        List<DeoptDescriptor.VirtualObject> virtuals = new ArrayList<>();
        if (r.nextBoolean()) {
            virtuals.add(new DeoptDescriptor.VirtualObject("tuple", List.of(
                    new DeoptDescriptor.Live(avail.get(r.nextInt(avail.size()))), new DeoptDescriptor.Known(Constant.of(1.5)))));
        }
        for (int i = r.nextInt(5); i > 0; i--) {
            slots.add(switch (r.nextInt(4)) {
                case 0 -> new DeoptDescriptor.Dead();
                case 1 -> new DeoptDescriptor.Known(Constant.of(r.nextInt()));
                case 2 -> virtuals.isEmpty() ? new DeoptDescriptor.Dead() : new DeoptDescriptor.Materialize(0);
                default -> new DeoptDescriptor.Live(avail.get(r.nextInt(avail.size())));
            });
        }
        return new DeoptDescriptor(r.nextInt(1000), slots, virtuals);
    }

    private static LirValue pick(Random r, List<LirValue> avail, LirType type) {
        List<LirValue> ofType = avail.stream().filter(v -> type == null || v.type() == type).toList();
        return ofType.get(r.nextInt(ofType.size()));
    }
}
