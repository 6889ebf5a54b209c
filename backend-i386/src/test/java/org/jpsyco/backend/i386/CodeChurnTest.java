package org.jpsyco.backend.i386;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.backend.jvm.TestLinkage;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.Test;

/**
 * Code memory under churn: thousands of units are compiled, run, discarded (some while one of
 * their activations runs) and their space reused in a small region, while other threads keep
 * running long-lived units of the same region. Any page a running unit needs turning writable,
 * or code freed under a running activation, would crash the JVM here.
 */
class CodeChurnTest {
    private static final int UNITS = Integer.getInteger("i386.churn.units", 2000);

    /** A counted loop summing {@code i + k} for each of {@code extra} constants k: more constants, more code. */
    static String loop(int extra) {
        StringBuilder s = new StringBuilder("""
                func churn
                b0(%0:i64, %9:ref):
                  %1:i64 = const_i64 0
                  jump -> b1(%1, %1)
                b1(%2:i64, %3:i64):
                  safepoint deopt(@4 [%9, %0, %2, %3])
                  %4:i1 = lt_i64 %2, %0
                  branch %4 -> b2(), b3()
                b2():
                  %5:i64 = add_i64_ovf %3, %2 deopt(@10 [%9, %0, %2, %3])
                """);
        String acc = "%5";
        for (int k = 0; k < extra; k++) {
            s.append("  %c").append(k).append(":i64 = const_i64 ").append(k + 1).append('\n');
            s.append("  %a").append(k).append(":i64 = add_i64_ovf ").append(acc).append(", %c").append(k)
                    .append(" deopt(@10 [%9, %0, %2, %3])\n");
            acc = "%a" + k;
        }
        s.append("""
                  %6:i64 = const_i64 1
                  %7:i64 = add_i64_ovf %2, %6 deopt(@14 [%9, %0, %2, %5])
                  jump -> b1(%7, ACC)
                b3():
                  return %3
                """.replace("ACC", acc));
        return s.toString().replaceAll("%c(\\d+)", "%10$1").replaceAll("%a(\\d+)", "%20$1");
    }

    static long expected(long n, int extra) {
        return n * (n - 1) / 2 + n * ((long) extra * (extra + 1) / 2);
    }

    @Test
    void thousandsOfUnitsComeAndGoWhileOthersRun() throws Throwable {
        assumeTrue(CodeMemory.supported(), "needs Linux on x86-64");
        CodeMemory mem = new CodeMemory(48 * CodeMemory.PAGE);
        I386Backend backend = new I386Backend(mem, 1);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong runs = new AtomicLong();
        List<Thread> runners = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int extra = 3 + t * 200; // one small unit, one spanning pages
            CompiledUnit u = backend.compile(I386BackendTest.parse(loop(extra)), new TestLinkage(LirType.I64));
            Thread th = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        long r = (long) u.entry().invokeExact(2000L, (Object) "f");
                        assertEquals(expected(2000, extra), r);
                        runs.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "runner-" + t);
            th.start();
            runners.add(th);
        }
        Random rnd = new Random(7);
        Set<Long> addresses = new HashSet<>();
        List<CompiledUnit> window = new ArrayList<>();
        try {
            for (int i = 0; i < UNITS && failure.get() == null; i++) {
                int extra = switch (rnd.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 20;
                    case 2 -> 150;
                    default -> 400;
                };
                TestLinkage l = new TestLinkage(LirType.I64);
                NativeUnit u = (NativeUnit) backend.compile(I386BackendTest.parse(loop(extra)), l);
                addresses.add(u.block().address());
                long n = 50 + rnd.nextInt(50);
                if (rnd.nextInt(5) == 0) {
                    // discarded while its activation runs: it leaves at the next safepoint, and the
                    // code goes back only when it has returned
                    int[] polls = {0};
                    l.poll = () -> {
                        if (++polls[0] == 2) {
                            u.discarded();
                            assertFalse(u.released(), "freed under a running activation");
                        }
                        return false;
                    };
                    assertEquals(-1_000_004L, (long) u.entry().invokeExact(n, (Object) "f"));
                    assertTrue(u.released());
                    assertThrows(IllegalStateException.class, u::entry);
                    continue;
                }
                assertEquals(expected(n, extra), (long) u.entry().invokeExact(n, (Object) "f"));
                window.add(u);
                if (window.size() > 6) {
                    window.remove(rnd.nextInt(window.size())).discarded();
                }
            }
        } finally {
            stop.set(true);
            for (Thread th : runners) {
                th.join();
            }
        }
        assertNull(failure.get(), () -> "a runner failed: " + failure.get());
        assertTrue(runs.get() > 0);
        window.forEach(CompiledUnit::discarded);
        assertTrue(addresses.size() < 48, "space is reused: " + addresses.size() + " distinct addresses");
        assertEquals(2, mem.stats().units(), "only the runners' units are left");
        backend.deactivate();
        assertEquals(0, mem.stats().units());
        assertEquals(0, backend.liveUnits());
        mem.close();
    }
}
