package org.jpsyco.backend.i386;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.invoke.MethodType;
import java.util.List;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.backend.jvm.LirEvaluator;
import org.jpsyco.backend.jvm.TestLinkage;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirParser;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirVerifier;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class I386BackendTest {
    static final String LOOP = """
            func counted_loop
            b0(%0:i64, %9:ref):
              %1:i64 = const_i64 0
              jump -> b1(%1, %1)
            b1(%2:i64, %3:i64):
              safepoint deopt(@4 [%9, %0, %2, %3])
              %4:i1 = lt_i64 %2, %0
              branch %4 -> b2(), b3()
            b2():
              %5:i64 = add_i64_ovf %3, %2 deopt(@10 [%9, %0, %2, %3])
              %6:i64 = const_i64 1
              %7:i64 = add_i64_ovf %2, %6 deopt(@14 [%9, %0, %2, %5])
              jump -> b1(%7, %5)
            b3():
              return %3
            """;

    private final I386Backend backend = new I386Backend();

    @BeforeEach
    void native_() {
        assumeTrue(CodeMemory.supported(), "needs Linux on x86-64");
    }

    static LirFunction parse(String text) {
        return LirVerifier.verify(LirParser.parse(text));
    }

    private CompiledUnit compile(LirFunction f, TestLinkage l) {
        String why = backend.declines(f);
        assertNull(why, why);
        return backend.compile(f, l);
    }

    @Test
    void aCountedLoopRunsNativelyAndKeepsTheFrameForExits() throws Throwable {
        LirFunction f = parse(LOOP);
        TestLinkage l = new TestLinkage(LirType.I64);
        CompiledUnit u = compile(f, l);
        assertEquals("i386", u.backend());
        assertEquals(MethodType.methodType(long.class, long.class, Object.class), u.entry().type());
        Object frame = "frame";
        assertEquals(4950L, (long) u.entry().invokeExact(100L, frame));
        assertEquals(List.of(), l.events);
        // the sum overflows: the exit gets the frame object back, untouched by native code
        long big = 5_000_000_000L;
        long r = (long) u.entry().invokeExact(big, frame);
        assertEquals(-1_000_010L, r);
        assertTrue(l.events.get(0).startsWith("exit@10 [String:frame, L5000000000, L"), l.events.toString());
        String listing = u.listing();
        assertTrue(listing.contains("add_i64_ovf") && listing.contains("ret"), listing);
        u.free();
        assertFalse(u.isValid());
    }

    @Test
    void invalidationAndThePollLeaveAtTheNextSafepoint() throws Throwable {
        LirFunction f = parse(LOOP);
        TestLinkage l = new TestLinkage(LirType.I64);
        CompiledUnit u = new I386Backend(null, 1).compile(f, l);
        int[] polls = {0};
        l.poll = () -> ++polls[0] == 3;
        assertEquals(-1_000_004L, (long) u.entry().invokeExact(100L, (Object) "f"));
        assertEquals(List.of("exit@4 [String:f, L100, L2, L1]"), l.events);
        l.events.clear();
        l.poll = () -> false;
        u.invalidate();
        assertEquals(-1_000_004L, (long) u.entry().invokeExact(100L, (Object) "f"));
        assertEquals(List.of("exit@4 [String:f, L100, L0, L0]"), l.events);
        u.free();
    }

    @Test
    void arraysArePassedAsHeapSegments() throws Throwable {
        LirFunction f = parse("""
                func dot
                b0(%0:ref, %1:ref):
                  %2:i64 = array_length %0
                  %3:i64 = const_i64 0
                  %4:f64 = const_f64 0.0
                  jump -> b1(%3, %4)
                b1(%5:i64, %6:f64):
                  %7:i1 = lt_i64 %5, %2
                  branch %7 -> b2(), b3()
                b2():
                  %8:f64 = load_f64_elem %0, %5
                  %9:f64 = load_f64_elem %1, %5
                  %10:f64 = mul_f64 %8, %9
                  %11:f64 = add_f64 %6, %10
                  store_f64_elem %1, %5, %10
                  %12:i64 = const_i64 1
                  %13:i64 = add_i64 %5, %12
                  jump -> b1(%13, %11)
                b3():
                  return %6
                """);
        TestLinkage l = new TestLinkage(LirType.F64);
        CompiledUnit u = compile(f, l);
        double[] x = {1, 2, 3};
        double[] y = {4, 5, 6};
        assertEquals(32.0, (double) u.entry().invokeExact((Object) x, (Object) y));
        assertEquals(List.of(4.0, 10.0, 18.0), List.of(y[0], y[1], y[2]));
        // y shorter than x: the index check throws instead of touching memory past the array
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> {
            double ignored = (double) u.entry().invokeExact((Object) x, (Object) new double[2]);
        });
        u.free();
    }

    @Test
    void floatAndDivisionEdgesMatchTheEvaluator() throws Throwable {
        LirFunction f = parse("""
                func edges
                b0(%0:i64, %1:i64, %2:f64):
                  %3:i64 = div_i64 %0, %1 deopt(@1 [%0, %1])
                  %4:i64 = rem_i64 %0, %1 deopt(@2 [%0, %1])
                  %5:i64 = f64_to_i64 %2 deopt(@3 [%2])
                  %6:i64 = add_i64 %3, %4
                  %7:i64 = add_i64 %6, %5
                  return %7
                """);
        long[][] ints = {{7, 2}, {-7, 2}, {Long.MIN_VALUE, -1}, {5, 0}, {0, 3}};
        double[] doubles = {2.9, -2.9, Double.NaN, 1e19, -0x1p63, 0x1p63, Double.NEGATIVE_INFINITY};
        for (long[] p : ints) {
            for (double d : doubles) {
                TestLinkage le = new TestLinkage(LirType.I64);
                Object expected = new LirEvaluator(f, le).run(p[0], p[1], d);
                TestLinkage ln = new TestLinkage(LirType.I64);
                CompiledUnit u = compile(f, ln);
                Object actual = u.entry().invokeWithArguments(p[0], p[1], d);
                assertEquals(expected, actual, p[0] + " " + p[1] + " " + d);
                assertEquals(le.events, ln.events);
                u.free();
            }
        }
    }

    @Test
    void declinesSaysWhatIsOutsideTheNativeSubset() {
        String why = backend.declines(parse("""
                func fields
                b0(%0:ref):
                  %1:i64 = load_field_i64 %0 {Obj.value:i64}
                  return %1
                """));
        assertTrue(why.contains("load_field_i64"), why);
        why = backend.declines(parse("""
                func arraysAndCalls
                b0(%0:ref, %1:i64):
                  %2:i64 = array_length %0
                  %3:i64 = call_helper %2, %1 @h_add(i64, i64 -> i64)
                  return %3
                """));
        assertTrue(why.contains("critical"), why);
        BackendException e = assertThrows(BackendException.class, () -> backend.compile(parse("""
                func fields
                b0(%0:ref):
                  %1:i64 = load_field_i64 %0 {Obj.value:i64}
                  return %1
                """), new TestLinkage(LirType.I64)));
        assertTrue(e.getMessage().contains("declines"), e.getMessage());
    }

    @Test
    void referencesTravelAsHandlesAndHelpersRunAsUpcalls() throws Throwable {
        LirFunction f = parse("""
                func refs
                b0(%0:ref, %1:ref, %2:i64):
                  %3:i1 = eq_ref %0, %1
                  branch %3 -> b1(%0), b1(%1)
                b1(%4:ref):
                  %5:ref = call_helper %2 @h_box(i64 -> ref)
                  %6:i64 = call_helper %5 @h_unbox(ref -> i64)
                  %7:i64 = call_helper %6, %2 @h_add(i64, i64 -> i64) deopt(@3 [%4, %5, %6])
                  guard_true %3 deopt(@4 [%4, %7])
                  return %4
                """);
        assertNull(backend.declines(f), backend.declines(f));
        String a = "a";
        String b = "b";
        for (long n : new long[] {1, 2, 7, -3}) {
            for (Object[] args : new Object[][] {{a, a, n}, {a, b, n}}) {
                TestLinkage le = new TestLinkage(LirType.REF);
                Object expected = new LirEvaluator(f, le).run(args);
                TestLinkage ln = new TestLinkage(LirType.REF);
                CompiledUnit u = compile(f, ln);
                Object actual = u.entry().invokeWithArguments(args);
                assertEquals(expected, actual, java.util.Arrays.toString(args));
                assertEquals(le.events, ln.events);
                u.free();
            }
        }
    }

    @Test
    void freedUnitsGiveTheirCodeMemoryBack() {
        CodeMemory mem = new CodeMemory(4 * CodeMemory.PAGE);
        try {
            I386Backend small = new I386Backend(mem, 1);
            LirFunction f = parse(LOOP);
            CompiledUnit[] units = new CompiledUnit[4];
            for (int i = 0; i < 4; i++) {
                units[i] = small.compile(f, new TestLinkage(LirType.I64));
            }
            assertEquals(4, mem.stats().units());
            BackendException full = assertThrows(BackendException.class, () -> small.compile(f, new TestLinkage(LirType.I64)));
            assertTrue(full.getMessage().contains("exhausted"), full.getMessage());
            units[1].free();
            CompiledUnit again = small.compile(f, new TestLinkage(LirType.I64));
            assertEquals(((NativeUnit) units[1]).block().address(), ((NativeUnit) again).block().address());
            for (CompiledUnit u : new CompiledUnit[] {units[0], units[2], units[3], again}) {
                u.free();
            }
            assertEquals(0, mem.stats().units());
        } finally {
            mem.close();
        }
    }

    @Test
    void manyLiveValuesSpillToTheFrameAndStillReachTheExit() throws Throwable {
        // 30 integers and 20 doubles live at once: more than the registers, so some live in frame slots
        StringBuilder t = new StringBuilder("func spills\nb0(%0:i64, %1:f64):\n");
        int id = 2;
        StringBuilder live = new StringBuilder();
        for (int k = 0; k < 30; k++) {
            t.append("  %").append(id).append(":i64 = const_i64 ").append(k + 1).append('\n');
            t.append("  %").append(id + 1).append(":i64 = mul_i64 %0, %").append(id).append('\n');
            live.append(live.length() == 0 ? "" : ", ").append('%').append(id + 1);
            id += 2;
        }
        for (int k = 0; k < 20; k++) {
            t.append("  %").append(id).append(":f64 = const_f64 ").append(k + 0.5).append('\n');
            t.append("  %").append(id + 1).append(":f64 = mul_f64 %1, %").append(id).append('\n');
            live.append(", %").append(id + 1);
            id += 2;
        }
        int zero = id++;
        int cond = id++;
        t.append("  %").append(zero).append(":i64 = const_i64 0\n");
        t.append("  %").append(cond).append(":i1 = ne_i64 %0, %").append(zero).append('\n');
        t.append("  guard_true %").append(cond).append(" deopt(@3 [").append(live).append("])\n");
        int acc = 3;
        for (int k = 1; k < 30; k++) {
            t.append("  %").append(id).append(":i64 = add_i64 %").append(acc).append(", %").append(3 + 2 * k).append('\n');
            acc = id++;
        }
        t.append("  return %").append(acc).append('\n');
        LirFunction f = parse(t.toString());
        for (long x : new long[] {0, 1, 7, -3}) {
            for (double d : new double[] {0.25, -2.0}) {
                TestLinkage le = new TestLinkage(LirType.I64);
                Object expected = new LirEvaluator(f, le).run(x, d);
                TestLinkage ln = new TestLinkage(LirType.I64);
                CompiledUnit u = compile(f, ln);
                assertEquals(expected, u.entry().invokeWithArguments(x, d));
                assertEquals(le.events, ln.events);
                u.free();
            }
        }
    }

    @Test
    void aFrameTooLargeForANativeStackIsABackendException() {
        // 2100 doubles live across one guard: their frame would pass the 16 KB native code may use
        StringBuilder t = new StringBuilder("func huge\nb0(%0:f64, %1:i1):\n");
        StringBuilder live = new StringBuilder();
        for (int k = 0; k < 2100; k++) {
            t.append("  %").append(2 + k).append(":f64 = add_f64 %0, %0\n");
            live.append(k == 0 ? "" : ", ").append('%').append(2 + k);
        }
        t.append("  guard_true %1 deopt(@1 [").append(live).append("])\n  return_void\n");
        LirFunction f = parse(t.toString());
        BackendException e = assertThrows(BackendException.class, () -> backend.compile(f, new TestLinkage(null)));
        assertTrue(e.getMessage().contains("frame"), e.getMessage());
    }
}
