package org.jpsyco.kernel.cache;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.value.AbstractFrame;
import org.jpsyco.kernel.value.CompileTime;
import org.jpsyco.kernel.value.MergePoint;
import org.jpsyco.kernel.value.RunTime;
import org.jpsyco.kernel.value.Snapshot;
import org.junit.jupiter.api.Test;

class CodeCacheTest {
    private final Object codeF = new Object();
    private final Object codeG = new Object();
    private final AbstractFrame oneArg = AbstractFrame.of(new RunTime(new LirValue(0, LirType.I64)));
    private final AssumptionRegistry assumptions = new AssumptionRegistry();

    @Test
    void versionsAreFoundByCodeIdentityAndEntryFrame() {
        CodeCache cache = new CodeCache(1 << 20, 4, 15);
        assertInstanceOf(MergePoint.Miss.class, cache.lookup(codeF, oneArg));
        CompiledVersion v = cache.install(codeF, Snapshot.of(oneArg), "artifact", 100, List.of());
        LirValue caller = new LirValue(7, LirType.I64);
        MergePoint.Lookup<CompiledVersion> l = cache.lookup(codeF, AbstractFrame.of(new RunTime(caller)));
        MergePoint.Found<CompiledVersion> found = l instanceof MergePoint.Found<CompiledVersion> f ? f : fail("expected a version, got " + l);
        assertSame(v, found.version().code());
        assertEquals(List.of(caller), found.args(), "the caller's value is passed for the version's parameter");
        assertInstanceOf(MergePoint.Miss.class, cache.lookup(codeG, oneArg), "another code object has its own versions");
        assertEquals(new CacheStats(1, 100 + CodeCache.SNAPSHOT_SLOT_BYTES, 1 << 20, 1, 0, 0, 0), cache.stats());
    }

    @Test
    void entryFramesAreGeneralizedLikeAnyMergePoint() {
        CodeCache cache = new CodeCache(1 << 20, 4, 15);
        cache.install(codeF, Snapshot.of(AbstractFrame.of(CompileTime.of(Constant.of(1L)))), "f(1)", 10, List.of());
        CompileTime two = CompileTime.of(Constant.of(2L));
        assertEquals(new MergePoint.Unfix<CompiledVersion>(List.of(two), false), cache.lookup(codeF, AbstractFrame.of(two)));
    }

    @Test
    void breakingAnAssumptionRemovesItsVersions() {
        CodeCache cache = new CodeCache(1 << 20, 4, 15);
        Assumption global = assumptions.assume("g", "global g is 3");
        CompiledVersion f = cache.install(codeF, Snapshot.of(oneArg), "f", 100, List.of(global));
        CompiledVersion g = cache.install(codeG, Snapshot.of(oneArg), "g", 100, List.of());
        assertEquals(1, assumptions.invalidate("g"));
        assertFalse(f.valid());
        assertEquals(Invalidation.Reason.ASSUMPTION_BROKEN, f.invalidation().reason());
        assertTrue(g.valid());
        assertInstanceOf(MergePoint.Miss.class, cache.lookup(codeF, oneArg));
        assertEquals(List.of(), cache.versions(codeF));
        CacheStats stats = cache.stats();
        assertEquals(1, stats.versions());
        assertEquals(1, stats.invalidated());
        assertEquals(100 + CodeCache.SNAPSHOT_SLOT_BYTES, stats.bytes());
    }

    @Test
    void versionsDependingOnABrokenAssumptionAreRefused() {
        CodeCache cache = new CodeCache(1 << 20, 4, 15);
        Assumption ok = assumptions.assume("ok", "ok");
        Assumption gone = assumptions.assume("gone", "gone");
        gone.invalidate();
        assertNull(cache.install(codeF, Snapshot.of(oneArg), "f", 100, List.of(ok, gone)));
        assertEquals(0, ok.dependentCount(), "a refused version leaves no dependency behind");
        assertEquals(1, cache.stats().refused());
        assertEquals(0, cache.stats().versions());
    }

    @Test
    void theLeastRecentlyEnteredVersionsAreEvictedPastTheBound() {
        long each = 100 + CodeCache.SNAPSHOT_SLOT_BYTES;
        CodeCache cache = new CodeCache(2 * each, 4, 15);
        Object codeH = new Object();
        Assumption a = assumptions.assume("a", "a");
        CompiledVersion f = cache.install(codeF, Snapshot.of(oneArg), "f", 100, List.of(a));
        CompiledVersion g = cache.install(codeG, Snapshot.of(oneArg), "g", 100, List.of());
        cache.entered(f);
        CompiledVersion h = cache.install(codeH, Snapshot.of(oneArg), "h", 100, List.of());
        assertTrue(f.valid());
        assertFalse(g.valid(), "g was entered least recently");
        assertEquals(Invalidation.Reason.EVICTED, g.invalidation().reason());
        assertTrue(h.valid());
        assertEquals(new CacheStats(2, 2 * each, 2 * each, 3, 0, 1, 0), cache.stats());
        cache.invalidateAll(new Invalidation(Invalidation.Reason.BACKEND_UNBOUND, "jvm"));
        assertEquals(0, cache.stats().versions());
        assertEquals(0, cache.stats().bytes());
        assertEquals(0, a.dependentCount(), "invalidated versions leave their assumptions");
    }
}
