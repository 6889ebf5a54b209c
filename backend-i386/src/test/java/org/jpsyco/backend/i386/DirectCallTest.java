package org.jpsyco.backend.i386;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.backend.jvm.TestLinkage;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirParser;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirVerifier;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A version's native code calling another's directly, and falling back to the call site whenever it may not. */
class DirectCallTest {
    static final String CALLEE = """
            func tri
            b0(%0:i64, %1:i64):
              %2:i64 = add_i64_ovf %0, %1 deopt(@1 [%0, %1])
              %3:f64 = i64_to_f64 %2
              return %3
            """;

    static final String CALLER = """
            func sum
            b0(%0:i64, %1:i64, %9:ref):
              %2:i64 = const_i64 0
              %3:f64 = const_f64 0.0
              jump -> b1(%2, %3)
            b1(%4:i64, %5:f64):
              safepoint deopt(@4 [%9, %0, %4])
              %6:i1 = lt_i64 %4, %0
              branch %6 -> b2(), b3()
            b2():
              %7:f64 = call_version %4, %1 @tri(i64, i64 -> f64) deopt(@6 [%9, %0, %4])
              %8:f64 = add_f64 %5, %7
              %10:i64 = const_i64 1
              %11:i64 = add_i64_ovf %4, %10 deopt(@8 [%9, %0, %4])
              jump -> b1(%11, %8)
            b3():
              return %5
            """;

    private final I386Backend backend = new I386Backend();
    private int javaCalls;

    @BeforeEach
    void native_() {
        assumeTrue(CodeMemory.supported(), "needs Linux on x86-64");
    }

    static LirFunction parse(String text) {
        return LirVerifier.verify(LirParser.parse(text));
    }

    private double counted(MethodHandle callee, long a, long b) throws Throwable {
        javaCalls++;
        return (double) callee.invokeExact(a, b);
    }

    @Test
    void aLeafVersionIsCalledDirectlyWhileItIsValid() throws Throwable {
        LirFunction tri = parse(CALLEE);
        assertNull(backend.declines(tri));
        NativeUnit callee = (NativeUnit) backend.compile(tri, new TestLinkage(LirType.F64));
        assertTrue(callee.directlyCallable());
        MethodHandle through = MethodHandles.lookup().findVirtual(DirectCallTest.class, "counted",
                MethodType.methodType(double.class, MethodHandle.class, long.class, long.class)).bindTo(this).bindTo(callee.entry());
        MutableCallSite site = new MutableCallSite(through);
        TestLinkage l = new TestLinkage(LirType.F64) {
            @Override
            public CallSite version(CallTarget.Version target) {
                return site;
            }

            @Override
            public CompiledUnit linkedUnit(CallTarget.Version target) {
                return callee;
            }
        };
        CompiledUnit caller = backend.compile(parse(CALLER), l);
        assertTrue(caller.listing().matches("(?s).*call\\s+r11.*"), caller.listing());
        assertEquals(5450.0, (double) caller.entry().invokeExact(100L, 5L, (Object) "f"));
        assertEquals(0, javaCalls);

        // the callee overflows from i = 1 on: its exit sends the call through Java, which runs it again
        double expected = 0;
        for (long i = 0; i < 3; i++) {
            expected += (double) callee.entry().invokeExact(i, Long.MAX_VALUE);
        }
        assertEquals(expected, (double) caller.entry().invokeExact(3L, Long.MAX_VALUE, (Object) "f"));
        assertEquals(2, javaCalls);

        // an invalid callee is not called directly any more
        javaCalls = 0;
        callee.invalidate();
        assertEquals(55.0, (double) caller.entry().invokeExact(10L, 1L, (Object) "f"));
        assertEquals(10, javaCalls);

        // its code stays until the caller that may jump into it is gone
        callee.free();
        assertFalse(callee.released());
        caller.free();
        assertTrue(callee.released());
    }
}
