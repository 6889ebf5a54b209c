package org.jpsyco.backend.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodType;
import java.util.List;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.Test;

class JvmBackendTest {
    static final String LOOP = """
            func counted_loop
            b0(%0:i64):
              %1:i64 = const_i64 0
              jump -> b1(%1, %1)
            b1(%2:i64, %3:i64):
              safepoint deopt(@4 [%0, %2, %3])
              %4:i1 = lt_i64 %2, %0
              branch %4 -> b2(), b3()
            b2():
              %5:i64 = add_i64_ovf %3, %2 deopt(@10 [%0, %2, %3])
              %6:i64 = const_i64 1
              %7:i64 = add_i64_ovf %2, %6 deopt(@14 [%0, %2, %5])
              jump -> b1(%7, %5)
            b3():
              return %3
            """;

    @Test
    void countedLoopSumsAndHasAnUnboxedSignature() throws Throwable {
        LirFunction f = Harness.parse(LOOP);
        TestLinkage l = new TestLinkage(LirType.I64);
        CompiledUnit u = Harness.compile(f, l);
        assertEquals(MethodType.methodType(long.class, long.class), u.entry().type());
        assertEquals(4950L, (long) u.entry().invokeExact(100L));
        assertEquals("jvm", u.backend());
        assertTrue(u.codeBytes() > 0);
        Harness.agree(f, 10L);
        Harness.agree(f, 0L);
    }

    @Test
    void overflowLeavesThroughTheDescriptorWithLiveValues() {
        LirFunction f = Harness.parse("""
                func ovf
                b0(%0:i64, %1:i64):
                  %2:i64 = add_i64_ovf %0, %1 deopt(@7 [%0, _, %1, i64:3, %0])
                  %3:i64 = mul_i64_ovf %2, %2 deopt(@8 [%2])
                  %4:i64 = neg_i64_ovf %3 deopt(@9 [%3])
                  %5:i64 = sub_i64_ovf %4, %1 deopt(@10 [%4, %1])
                  return %5
                """);
        assertEquals(new Harness.Outcome("L-1000007", List.of("exit@7 [L9223372036854775807, L1, L9223372036854775807]")),
                Harness.agree(f, Long.MAX_VALUE, 1L));
        assertEquals(new Harness.Outcome("L-1000008", List.of("exit@8 [L4294967296]")), Harness.agree(f, 1L << 32, 0L));
        assertEquals("L-10", Harness.agree(f, 2L, 1L).result());
        Harness.agree(f, 1L << 31, 1L);
        Harness.agree(f, -3037000500L, 0L);
        Harness.agree(f, 0L, Long.MIN_VALUE);
    }

    @Test
    void divisionByZeroAndBadTruncationsExit() {
        LirFunction f = Harness.parse("""
                func div
                b0(%0:i64, %1:i64, %2:f64):
                  %3:i64 = div_i64 %0, %1 deopt(@1 [%0, %1])
                  %4:i64 = rem_i64 %0, %1 deopt(@2 [%0, %1])
                  %5:i64 = f64_to_i64 %2 deopt(@3 [%2])
                  %6:i64 = add_i64 %3, %4
                  %7:i64 = add_i64 %6, %5
                  return %7
                """);
        Harness.agree(f, 7L, 0L, 1.0);
        Harness.agree(f, Long.MIN_VALUE, -1L, 1.0);
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0x1p63, -0x1p63, -0x1p63 - 4096,
                0x1p63 - 1024, -0.5, 1e300}) {
            Harness.agree(f, 7L, 2L, d);
        }
        assertEquals("L-1000003", Harness.agree(f, 7L, 2L, Double.NaN).result());
        assertEquals("L" + (3 + 1 + Long.MIN_VALUE), Harness.agree(f, 7L, 2L, -0x1p63).result());
    }

    @Test
    void helperRaisesGoToTheRaiseHandlerOnlyWithADescriptor() throws Throwable {
        LirFunction f = Harness.parse("""
                func calls
                b0(%0:i64, %1:i64):
                  %2:i64 = call_helper %0, %1 @h_add(i64, i64 -> i64) deopt(@5 [%0, %1])
                  call_helper %2 @h_void(i64 -> void) deopt(@6 [%2])
                  %3:i64 = call_helper %2 @h_bug(i64 -> i64) deopt(@7 [%2])
                  %4:i64 = call_helper %3, %0 @h_add(i64, i64 -> i64)
                  return %4
                """);
        assertEquals(new Harness.Outcome("L-1000006", List.of("h_add(3, 4)", "raise@5 [L3, L4] h_add 7")), Harness.agree(f, 3L, 4L));
        assertEquals(new Harness.Outcome("L-1000007", List.of("h_add(6, 7)", "h_void(13)", "raise@6 [L13] h_void 13")),
                Harness.agree(f, 6L, 7L));
        // not the raised type: propagates although the call has a descriptor
        assertEquals("threw IllegalStateException: h_bug 43", Harness.agree(f, 40L, 3L).result());
        // no descriptor: the raised type propagates too
        assertEquals("threw Raise: h_add 7", Harness.agree(f, 2L, 3L).result());
    }

    @Test
    void promotionSwitchesOnIdentityAndValue() {
        LirFunction f = Harness.parse("""
                func promote_i64
                b0(%0:i64, %1:i64):
                  promote %0 site 1 [i64:1 -> b1(%1), i64:-5 -> b2(%1, %0)] deopt(@2 [%0, %1])
                b1(%2:i64):
                  return %2
                b2(%3:i64, %4:i64):
                  %5:i64 = add_i64 %3, %4
                  return %5
                """);
        assertEquals("L9", Harness.agree(f, 1L, 9L).result());
        assertEquals("L4", Harness.agree(f, -5L, 9L).result());
        assertEquals(new Harness.Outcome("L-1000002", List.of("exit@2 [L7, L9]")), Harness.agree(f, 7L, 9L));
    }

    @Test
    void parallelMovesSwapThroughCycles() {
        LirFunction f = Harness.parse("""
                func rotate
                b0(%0:i64, %1:i64, %2:i64, %3:i64):
                  jump -> b1(%0, %1, %2, %3)
                b1(%4:i64, %5:i64, %6:i64, %7:i64):
                  %8:i1 = gt_i64 %7, %4
                  %9:i64 = const_i64 1
                  %10:i64 = sub_i64 %7, %9
                  branch %8 -> b1(%5, %6, %4, %10), b2()
                b2():
                  %11:i64 = mul_i64 %4, %9
                  %12:i64 = const_i64 1000
                  %13:i64 = mul_i64 %4, %12
                  %14:i64 = add_i64 %13, %5
                  %15:i64 = mul_i64 %14, %12
                  %16:i64 = add_i64 %15, %6
                  return %16
                """);
        for (long n = 0; n < 8; n++) {
            Harness.agree(f, 1L, 2L, 3L, n);
        }
    }

    @Test
    void safepointsLeaveAfterInvalidationAndWhenPolled() throws Throwable {
        LirFunction f = Harness.parse(LOOP);
        TestLinkage l = new TestLinkage(LirType.I64);
        CompiledUnit u = Harness.compile(f, l);
        assertEquals(45L, (long) u.entry().invokeExact(10L));
        l.poll = () -> true;
        assertEquals(-1_000_004L, (long) u.entry().invokeExact(10L));
        assertEquals(List.of("exit@4 [L10, L0, L0]"), l.events);
        l.poll = () -> false;
        l.events.clear();
        assertTrue(u.isValid());
        u.invalidate();
        assertFalse(u.isValid());
        assertEquals(-1_000_004L, (long) u.entry().invokeExact(10L));
        assertEquals(List.of("exit@4 [L10, L0, L0]"), l.events);
    }

    @Test
    void listingShowsTheBytecode() {
        LirFunction f = Harness.parse(LOOP);
        CompiledUnit u = Harness.compile(f, new TestLinkage(LirType.I64));
        String listing = u.listing();
        assertTrue(listing.contains("method entry(long)long"), listing);
        assertTrue(listing.contains("invokestatic java/lang/Math.addExact"), listing);
        assertTrue(listing.contains("lreturn"), listing);
        // the LIR each run of bytecode comes from
        assertTrue(listing.contains("; %5:i64 = add_i64_ovf %3, %2 deopt(@10 [%0, %2, %3])"), listing);
        assertTrue(listing.contains("; b1(%2:i64, %3:i64):"), listing);
        assertTrue(listing.contains("; exit deopt(@4 [%0, %2, %3])"), listing);
    }

    @Test
    void theEntryBlockCanBeAJumpTarget() {
        LirFunction f = Harness.parse("""
                func gcd
                b0(%0:i64, %1:i64):
                  %2:i64 = const_i64 0
                  %3:i1 = eq_i64 %1, %2
                  branch %3 -> b1(), b2()
                b1():
                  return %0
                b2():
                  %4:i64 = rem_i64 %0, %1 deopt(@1 [%0, %1])
                  jump -> b0(%1, %4)
                """);
        assertEquals("L6", Harness.agree(f, 48L, 18L).result());
        assertEquals("L1", Harness.agree(f, 17L, 5L).result());
    }

    @Test
    void sitesWithTheSameLiveValuesShareTheirExitMethod() {
        LirFunction f = Harness.parse("""
                func shared
                b0(%0:i64, %1:i64):
                  %2:i1 = gt_i64 %0, %1
                  guard_true %2 deopt(@1 [%0, %1])
                  %3:i1 = lt_i64 %0, %1
                  guard_false %3 deopt(@2 [%0, %1])
                  %4:i64 = div_i64 %0, %1 deopt(@3 [%0, %1, %0])
                  return %4
                """);
        String listing = Harness.compile(f, new TestLinkage(LirType.I64)).listing();
        assertTrue(listing.contains("method exit$0(Object,long,long)long"), listing);
        assertTrue(listing.contains("method exit$1(Object,long,long)long"), listing);
        assertFalse(listing.contains("method exit$2"), listing);
        assertEquals(new Harness.Outcome("L-1000001", List.of("exit@1 [L1, L2]")), Harness.agree(f, 1L, 2L));
        assertEquals(new Harness.Outcome("L-1000003", List.of("exit@3 [L3, L0, L3]")), Harness.agree(f, 3L, 0L));
        assertEquals("L2", Harness.agree(f, 4L, 2L).result());
    }

    @Test
    void freeDropsTheEntry() {
        CompiledUnit u = Harness.compile(Harness.parse(LOOP), new TestLinkage(LirType.I64));
        assertNotNull(u.entry());
        u.free();
        assertFalse(u.isValid());
        assertThrows(IllegalStateException.class, u::entry);
    }

    @Test
    void declinesMixedReturns() {
        LirFunction f = org.jpsyco.kernel.lir.LirParser.parse("""
                func mixed
                b0(%0:i1, %1:i64):
                  branch %0 -> b1(), b2()
                b1():
                  return %1
                b2():
                  return_void
                """);
        assertNotNull(Harness.BACKEND.declines(f));
        assertNull(Harness.BACKEND.declines(Harness.parse(LOOP)));
    }
}
