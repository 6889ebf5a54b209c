package org.jpsyco.kernel.value;

import static org.junit.jupiter.api.Assertions.*;
import static org.jpsyco.kernel.value.TestKinds.*;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;

import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.junit.jupiter.api.Test;

class StagesTest {
    @Test
    void stageTransitionsFormNoCycle() {
        EnumMap<Stage, Set<Stage>> next = new EnumMap<>(Stage.class);
        for (Transition t : Transition.values()) {
            assertTrue(t.to().ordinal() > t.from().ordinal(), t + " must go forward");
            next.computeIfAbsent(t.from(), k -> EnumSet.noneOf(Stage.class)).add(t.to());
        }
        for (Stage start : Stage.values()) {
            ArrayDeque<Stage> work = new ArrayDeque<>(next.getOrDefault(start, Set.of()));
            Set<Stage> reached = EnumSet.noneOf(Stage.class);
            while (!work.isEmpty()) {
                Stage s = work.pop();
                assertNotEquals(start, s, "a path of transitions returns to " + start);
                if (reached.add(s)) {
                    work.addAll(next.getOrDefault(s, Set.of()));
                }
            }
        }
        assertTrue(next.getOrDefault(Stage.FIXED, Set.of()).isEmpty(), "fixed values never change stage");
    }

    @Test
    void fixingIsSeenByEveryCopyIncludingEarlierSnapshots() {
        CompileTime zero = CompileTime.of(Constant.of(0L));
        AbstractFrame frame = AbstractFrame.of(zero, zero);
        Snapshot before = Snapshot.of(frame);
        AbstractFrame later = frame.with(0, null);
        assertEquals(Stage.COMPILE_TIME, before.frame().slot(1).stage());
        Stages.fix((CompileTime) later.slot(1));
        assertEquals(Stage.FIXED, before.frame().slot(0).stage());
        assertEquals(Stage.FIXED, before.frame().slot(1).stage());
        assertEquals("[i64:0!, i64:0!]", before.toString());
        assertSame(zero, Stages.fix(zero), "fixing a fixed value again is a no-op");
    }

    @Test
    void fixedValuesCannotBeUnfixedAndOnlyRunTimeValuesArePromoted() {
        LirBuilder b = new LirBuilder("f");
        CompileTime k = CompileTime.fixed(Constant.of(3L));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Stages.unfix(k, b));
        assertEquals("cannot unfix a FIXED value (i64:3!): only COMPILE_TIME values", e.getMessage());
        Virtual unknownField = new Virtual(new Box("t", false, 1), java.util.Arrays.asList((AbstractValue) null));
        assertEquals("cannot force t{?}: field 0 is unknown",
                assertThrows(IllegalStateException.class, () -> Stages.force(unknownField, b)).getMessage());
        RunTime r = new RunTime(b.param(0, LirType.I64));
        CompileTime promoted = Stages.promote(r, Constant.of(7L));
        assertEquals(Stage.FIXED, promoted.stage());
        assertThrows(IllegalArgumentException.class, () -> Stages.promote(r, Constant.of(1.5)));
    }

    @Test
    void unfixingEmitsTheConstant() {
        LirBuilder b = new LirBuilder("f");
        RunTime r = Stages.unfix(CompileTime.of(Constant.of(5L)), b);
        b.ret(r.value());
        assertEquals("""
                func f
                b0():
                  %0:i64 = const_i64 5
                  return %0
                """, b.build().toString());
    }

    @Test
    void forcingBuildsSharedVirtualFieldsOnce() {
        LirBuilder b = new LirBuilder("f");
        LirValue x = b.param(0, LirType.I64);
        Virtual inner = box("cell", new RunTime(x));
        Virtual outer = box("pair", inner, inner, CompileTime.of(Constant.of(2L)));
        RunTime forced = Stages.force(outer, b);
        b.ret(forced.value());
        assertEquals("""
                func f
                b0(%0:i64):
                  %1:ref = call_helper %0 @new_cell(i64 -> ref)
                  %2:i64 = const_i64 2
                  %3:ref = call_helper %1, %1, %2 @new_pair(ref, ref, i64 -> ref)
                  return %3
                """, b.build().toString());
    }

    @Test
    void immutableVirtualsOfConstantsAreBuiltAtCompileTime() {
        Virtual t = box("tuple", CompileTime.of(Constant.of(1L)), box("tuple", CompileTime.of(Constant.of(2L))));
        CompileTime c = Stages.forceAtCompileTime(t);
        assertEquals(Stage.COMPILE_TIME, c.stage());
        assertEquals("\"tuple[1, tuple[2]]\"", c.value().text());
        assertNull(Stages.forceAtCompileTime(mutableBox("list", CompileTime.of(Constant.of(1L)))));
    }

    @Test
    void replacingAValueKeepsAliasesAliased() {
        LirBuilder b = new LirBuilder("f");
        CompileTime k = CompileTime.of(Constant.of(4L));
        Virtual v = mutableBox("list", k);
        AbstractFrame frame = AbstractFrame.of(v, v, k);
        RunTime r = Stages.unfix(k, b);
        AbstractFrame after = frame.replace(k, r);
        assertSame(after.slot(0), after.slot(1), "one virtual, still aliased");
        assertNotSame(v, after.slot(0));
        assertEquals(r, ((Virtual) after.slot(0)).fields().get(0));
        assertEquals(r, after.slot(2));
        assertSame(k, frame.slot(2), "the old frame (a snapshot) is unchanged");
        assertEquals(java.util.List.of(k), frame.unfixable(), "found once though it occurs twice");
        assertEquals(java.util.List.of(), after.unfixable());
    }
}
