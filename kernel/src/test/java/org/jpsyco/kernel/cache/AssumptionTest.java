package org.jpsyco.kernel.cache;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AssumptionTest {
    /** A dependent that counts its invalidations. */
    static final class Probe implements Dependent {
        final AtomicInteger invalidations = new AtomicInteger();
        volatile Invalidation last;

        @Override
        public void invalidate(Invalidation why) {
            last = why;
            invalidations.incrementAndGet();
        }
    }

    @Test
    void breakingAnAssumptionInvalidatesEveryDependentOnce() {
        AssumptionRegistry registry = new AssumptionRegistry();
        Assumption a = registry.assume("len", "builtin len is unchanged");
        Probe p1 = new Probe();
        Probe p2 = new Probe();
        assertTrue(a.addDependent(p1));
        assertTrue(a.addDependent(p2));
        assertSame(a, registry.assume("len", "builtin len is unchanged"));
        assertEquals(2, registry.invalidate("len"));
        assertEquals(1, p1.invalidations.get());
        assertEquals(1, p2.invalidations.get());
        assertEquals("assumption_broken: a fact it was compiled under changed (builtin len is unchanged)", p1.last.toString());
        assertEquals(0, a.invalidate(), "an assumption breaks once");
        assertFalse(a.addDependent(new Probe()), "a broken assumption refuses new dependents");
        Assumption fresh = registry.assume("len", "builtin len is unchanged");
        assertNotSame(a, fresh);
        assertTrue(fresh.valid());
    }

    @Test
    void removedDependentsAreNotInvalidated() {
        Assumption a = new AssumptionRegistry().assume("k", "k");
        Probe p = new Probe();
        a.addDependent(p);
        a.removeDependent(p);
        assertEquals(0, a.invalidate());
        assertEquals(0, p.invalidations.get());
    }

    @Test
    void noDependentMissesAConcurrentInvalidation() throws InterruptedException {
        for (int round = 0; round < 200; round++) {
            Assumption a = new AssumptionRegistry().assume("k", "k");
            List<Probe> probes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                probes.add(new Probe());
            }
            boolean[] accepted = new boolean[probes.size()];
            CountDownLatch start = new CountDownLatch(1);
            Thread adder = Thread.ofPlatform().start(() -> {
                awaitQuietly(start);
                for (int i = 0; i < probes.size(); i++) {
                    accepted[i] = a.addDependent(probes.get(i));
                }
            });
            Thread breaker = Thread.ofPlatform().start(() -> {
                awaitQuietly(start);
                a.invalidate();
            });
            start.countDown();
            adder.join();
            breaker.join();
            for (int i = 0; i < probes.size(); i++) {
                assertEquals(accepted[i] ? 1 : 0, probes.get(i).invalidations.get(),
                        "round " + round + ": dependent " + i + " accepted=" + accepted[i]);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
