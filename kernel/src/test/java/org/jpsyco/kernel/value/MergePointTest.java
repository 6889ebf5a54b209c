package org.jpsyco.kernel.value;

import static org.junit.jupiter.api.Assertions.*;
import static org.jpsyco.kernel.value.TestKinds.*;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;
import org.junit.jupiter.api.Test;

/**
 * The merge-point protocol on DESIGN.md's example: {@code i = 0; while i < n: i = i + 1; return i},
 * slots {@code [n, i]}, specialized by a toy specializer that folds arithmetic on constants.
 */
class MergePointTest {
    private final List<String> log = new ArrayList<>();

    /** Specializes the loop from the entry frame and returns the LIR. */
    private LirFunction specialize(MergePoint<Integer> head, boolean decisionsFixI) {
        LirBuilder b = new LirBuilder("count");
        LirValue n = b.param(0, LirType.I64);
        AbstractFrame frame = AbstractFrame.of(new RunTime(n), CompileTime.of(Constant.of(0L)));
        while (true) {
            switch (head.find(frame)) {
                case MergePoint.Found<Integer> found -> {
                    log.add("jump to b" + found.version().code());
                    b.jump(new Target(found.version().code(), found.args()));
                    return b.build();
                }
                case MergePoint.Unfix<Integer> unfix -> {
                    log.add((unfix.generalizing() ? "generalize " : "unfix ") + unfix.values());
                    for (CompileTime c : unfix.values()) {
                        frame = frame.replace(c, Stages.unfix(c, b));
                    }
                }
                case MergePoint.Force<Integer> force -> fail("nothing virtual here");
                case MergePoint.Miss<Integer> miss -> {
                    Snapshot snapshot = Snapshot.of(frame);
                    int block = b.newBlock(snapshot.runTimeValues().stream().map(LirValue::type).toArray(LirType[]::new));
                    b.jump(new Target(block, snapshot.runTimeValues()));
                    head.add(snapshot, block);
                    b.switchTo(block);
                    frame = snapshot.enter(b.params(block));
                    log.add("new version b" + block + " for " + frame + (miss.overBound() ? " (over the bound)" : ""));
                    frame = body(b, frame, decisionsFixI);
                }
            }
        }
    }

    /** One iteration: exit unless {@code i < n}, then {@code i = i + 1}; returns the frame at the loop head. */
    private static AbstractFrame body(LirBuilder b, AbstractFrame frame, boolean decisionsFixI) {
        RunTime n = (RunTime) frame.slot(0);
        AbstractValue i = frame.slot(1);
        if (decisionsFixI && i instanceof CompileTime c) {
            Stages.fix(c); // e.g. "if i % 3 == 0:" decided while compiling
        }
        LirValue iv = i instanceof CompileTime c ? b.constant(c.value()) : ((RunTime) i).value();
        int body = b.newBlock();
        int exit = b.newBlock();
        b.branch(b.op(LirOp.LT_I64, iv, n.value()), Target.to(body), Target.to(exit));
        b.switchTo(exit);
        b.ret(iv);
        b.switchTo(body);
        AbstractValue next = switch (i) {
            case CompileTime c -> CompileTime.of(Constant.of(((Constant.I64) c.value()).value() + 1));
            default -> new RunTime(b.op(LirOp.ADD_I64_OVF,
                    DeoptDescriptor.of(7, new DeoptDescriptor.Live(n.value()), new DeoptDescriptor.Live(iv)), iv, b.constI64(1)));
        };
        return frame.with(1, next);
    }

    @Test
    void aConstantCounterBecomesARealLoopAfterOneIteration() {
        MergePoint<Integer> head = new MergePoint<>("loop", 8, 15);
        LirFunction f = specialize(head, false);
        assertEquals(List.of(
                "new version b1 for [%1, i64:0]",
                "unfix [i64:1]",
                "new version b4 for [%5, %6]",
                "jump to b4"), log);
        assertEquals("""
                func count
                b0(%0:i64):
                  jump -> b1(%0)
                b1(%1:i64):
                  %2:i64 = const_i64 0
                  %3:i1 = lt_i64 %2, %1
                  branch %3 -> b2(), b3()
                b2():
                  %4:i64 = const_i64 1
                  jump -> b4(%1, %4)
                b3():
                  return %2
                b4(%5:i64, %6:i64):
                  %7:i1 = lt_i64 %6, %5
                  branch %7 -> b5(), b6()
                b5():
                  %8:i64 = const_i64 1
                  %9:i64 = add_i64_ovf %6, %8 deopt(@7 [%5, %6])
                  jump -> b4(%5, %9)
                b6():
                  return %6
                """, f.toString());
        assertEquals(2, head.versions().size());
        assertEquals("[%1, %4]", head.versions().get(1).snapshot().toString(), "the version's snapshot holds the live values that entered it");
    }

    @Test
    void fixedConstantsUnrollUpToTheBoundThenGeneralize() {
        MergePoint<Integer> head = new MergePoint<>("loop", 3, 15);
        specialize(head, true);
        assertEquals(List.of(
                "new version b1 for [%1, i64:0]",
                "new version b4 for [%4, i64:1]",
                "new version b7 for [%7, i64:2]",
                "generalize [i64:3]",
                "new version b10 for [%11, %12] (over the bound)",
                "jump to b10"), log);
        List<MergePoint.Version<Integer>> versions = head.versions();
        assertEquals(4, versions.size(), "three unrolled versions, one general one");
        assertEquals(Stage.FIXED, versions.get(0).snapshot().frame().slot(1).stage(),
                "the snapshot was taken before the decision fixed i, and sees it fixed");
        assertEquals(Stage.RUN_TIME, versions.get(3).snapshot().frame().slot(1).stage());
    }

    @Test
    void virtualsNestedBeyondTheBoundAreForcedFirst() {
        MergePoint<String> point = new MergePoint<>("p", 4, 2);
        Virtual deep = box("t", box("t", box("t", CompileTime.of(Constant.of(1L)))));
        AbstractFrame frame = AbstractFrame.of(deep, box("t"));
        assertEquals(new MergePoint.Force<String>(List.of(deep)), point.find(frame));
    }

    @Test
    void removedVersionsAreNoLongerFound() {
        MergePoint<String> point = new MergePoint<>("p", 4, 15);
        AbstractFrame frame = AbstractFrame.of(CompileTime.fixed(Constant.of(1L)));
        MergePoint.Version<String> v = point.add(Snapshot.of(frame), "code");
        assertEquals(new MergePoint.Found<>(v, List.of()), point.find(AbstractFrame.of(CompileTime.of(Constant.of(1L)))));
        assertTrue(point.remove(v));
        assertInstanceOf(MergePoint.Miss.class, point.find(frame));
        assertFalse(point.remove(v));
    }

    @Test
    void deadSlotsDoNotBlockAMatch() {
        MergePoint<String> point = new MergePoint<>("p", 4, 15);
        java.util.BitSet live = new java.util.BitSet();
        live.set(0);
        LirValue x = new LirValue(0, LirType.I64);
        AbstractFrame first = AbstractFrame.of(new RunTime(x), CompileTime.fixed(Constant.of(1L))).keepOnly(live);
        MergePoint.Version<String> v = point.add(Snapshot.of(first), "code");
        AbstractFrame second = AbstractFrame.of(new RunTime(x), CompileTime.fixed(Constant.of(2L)));
        assertInstanceOf(MergePoint.Miss.class, point.find(second), "find expects dead slots cleared, as the merge point's liveness says");
        assertEquals(new MergePoint.Found<>(v, List.of(x)), point.find(second.keepOnly(live)));
    }
}
