package org.jpsyco.kernel.value;

import static org.junit.jupiter.api.Assertions.*;
import static org.jpsyco.kernel.value.TestKinds.*;

import java.util.List;

import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.junit.jupiter.api.Test;

class CompatibilityTest {
    private static final LirValue A = new LirValue(1, LirType.I64);
    private static final LirValue B = new LirValue(2, LirType.I64);
    private static final LirValue X = new LirValue(10, LirType.I64);
    private static final LirValue Y = new LirValue(11, LirType.I64);

    private static Match compare(AbstractFrame version, AbstractFrame live) {
        return Compatibility.compare(Snapshot.of(version), live);
    }

    private static CompileTime k(long v) {
        return CompileTime.of(Constant.of(v));
    }

    @Test
    void runTimeValuesMatchAndBecomeJumpArguments() {
        Match m = compare(AbstractFrame.of(new RunTime(A), null, new RunTime(B)),
                AbstractFrame.of(new RunTime(Y), k(3), new RunTime(X)));
        assertEquals(new Match.Exact(List.of(Y, X)), m, "dead slots of the version accept anything");
    }

    @Test
    void kindsOfTheVersionMustBeKnownOfTheLiveValue() {
        RunTime needsInt = new RunTime(A).with(new TypeKind("int"));
        assertInstanceOf(Match.None.class, compare(AbstractFrame.of(needsInt), AbstractFrame.of(new RunTime(X))));
        assertInstanceOf(Match.None.class,
                compare(AbstractFrame.of(needsInt), AbstractFrame.of(new RunTime(X).with(new TypeKind("float")))));
        assertInstanceOf(Match.Exact.class, compare(AbstractFrame.of(needsInt),
                AbstractFrame.of(new RunTime(X).with(new TypeKind("int")).with(new AtLeast(0)))), "knowing more is fine");
        RunTime nonNegative = new RunTime(A).with(new AtLeast(0));
        assertInstanceOf(Match.Exact.class, compare(AbstractFrame.of(nonNegative), AbstractFrame.of(new RunTime(X).with(new AtLeast(5)))));
        assertInstanceOf(Match.None.class, compare(AbstractFrame.of(nonNegative), AbstractFrame.of(new RunTime(X).with(new AtLeast(-1)))));
    }

    @Test
    void oneParameterOfTheVersionCannotStandForTwoLiveValues() {
        Match m = compare(AbstractFrame.of(new RunTime(A), new RunTime(A)), AbstractFrame.of(new RunTime(X), new RunTime(Y)));
        assertEquals(new Match.None("slot 1: the version has one value %1 where the live frame has %10 and %11"), m);
        assertEquals(new Match.Exact(List.of(X, X)),
                compare(AbstractFrame.of(new RunTime(A), new RunTime(B)), AbstractFrame.of(new RunTime(X), new RunTime(X))));
    }

    @Test
    void constantsMatchByValueWhateverTheirFixedFlag() {
        CompileTime fixed = CompileTime.fixed(Constant.of(3L));
        assertEquals(new Match.Exact(List.of()), compare(AbstractFrame.of(fixed), AbstractFrame.of(k(3))));
        assertEquals(new Match.Exact(List.of()), compare(AbstractFrame.of(k(3)), AbstractFrame.of(fixed)));
    }

    @Test
    void constantsNotFixedDifferOnlyPartially() {
        CompileTime live = k(1);
        assertEquals(new Match.Partial(List.of(live)), compare(AbstractFrame.of(k(0)), AbstractFrame.of(live)));
        assertEquals(new Match.Partial(List.of(live)), compare(AbstractFrame.of(new RunTime(A)), AbstractFrame.of(live)),
                "a live constant may be unfixed into a run-time slot");
        assertInstanceOf(Match.None.class, compare(AbstractFrame.of(CompileTime.fixed(Constant.of(0L))), AbstractFrame.of(live)));
        assertInstanceOf(Match.None.class, compare(AbstractFrame.of(k(0)), AbstractFrame.of(CompileTime.fixed(Constant.of(1L)))));
        assertInstanceOf(Match.None.class, compare(AbstractFrame.of(new RunTime(A)), AbstractFrame.of(CompileTime.fixed(Constant.of(1L)))));
        assertInstanceOf(Match.None.class, compare(AbstractFrame.of(k(0)), AbstractFrame.of(new RunTime(X))),
                "code made for a constant cannot run for a run-time value");
    }

    @Test
    void virtualsMatchByDescriptorAndFields() {
        Virtual version = box("pair", new RunTime(A), k(2));
        assertEquals(new Match.Exact(List.of(X)),
                compare(AbstractFrame.of(version), AbstractFrame.of(box("pair", new RunTime(X), k(2)))));
        CompileTime three = k(3);
        assertEquals(new Match.Partial(List.of(three)),
                compare(AbstractFrame.of(version), AbstractFrame.of(box("pair", new RunTime(X), three))));
        assertInstanceOf(Match.None.class, compare(AbstractFrame.of(version), AbstractFrame.of(box("other", new RunTime(X), k(2)))));
        assertInstanceOf(Match.None.class, compare(AbstractFrame.of(version), AbstractFrame.of(new RunTime(X))));
    }

    @Test
    void mutableVirtualsMustBeAliasedAlike() {
        Virtual shared = mutableBox("list", new RunTime(X));
        Match m = compare(AbstractFrame.of(mutableBox("list", new RunTime(A)), mutableBox("list", new RunTime(B))),
                AbstractFrame.of(shared, shared));
        assertEquals(new Match.None("slot 1: one mutable live object is two virtuals of the version"), m);
        Virtual versionShared = mutableBox("list", new RunTime(A));
        assertInstanceOf(Match.None.class, compare(AbstractFrame.of(versionShared, versionShared),
                AbstractFrame.of(mutableBox("list", new RunTime(X)), mutableBox("list", new RunTime(X)))));
        assertInstanceOf(Match.Exact.class, compare(AbstractFrame.of(versionShared, versionShared), AbstractFrame.of(shared, shared)));
    }

    @Test
    void keysAreEqualWheneverFramesMatch() {
        CompileTime fixed = CompileTime.fixed(Constant.of(3L));
        AbstractFrame version = AbstractFrame.of(new RunTime(A).with(new TypeKind("int")), k(3), box("t", k(0)));
        AbstractFrame exact = AbstractFrame.of(new RunTime(X).with(new TypeKind("int")).with(new AtLeast(1)), fixed, box("t", k(0)));
        AbstractFrame partial = AbstractFrame.of(k(9), k(4), box("t", k(1)));
        assertInstanceOf(Match.Exact.class, compare(version, exact));
        assertEquals(Snapshot.of(version).matchKey(), Snapshot.of(exact).matchKey());
        assertInstanceOf(Match.Partial.class, compare(version, partial));
        assertEquals(Snapshot.of(version).shapeKey(), Snapshot.of(partial).shapeKey());
        Snapshot s = Snapshot.of(version);
        int before = s.matchKey();
        Stages.fix((CompileTime) version.slot(1));
        assertEquals(before, Snapshot.matchKey(version), "fixing a value does not move an indexed snapshot");
    }
}
