package org.jpsyco.backend.i386;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.List;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.backend.jvm.TestLinkage;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.LirParser;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirVerifier;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A unit calling itself natively: exactly as many nested calls as the recursion budget at entry
 * allows, the activation entered from Java leaving through the call's descriptor when a deeper
 * one could not go on, and the call made through Java when the budget allows none.
 */
class SelfCallTest {
    static final String DOWN = """
            func down
            b0(%0:i64):
              %1:i64 = const_i64 0
              %2:i1 = eq_i64 %0, %1
              branch %2 -> b1(), b2()
            b1():
              return %1
            b2():
              %3:i64 = const_i64 1
              %4:i64 = sub_i64_ovf %0, %3 deopt(@2 [%0])
              %5:i64 = call_version %4 @down(i64 -> i64) deopt(@3 [%0, %4])
              %6:i64 = add_i64_ovf %5, %3 deopt(@4 [%0, %5])
              return %6
            """;

    private final I386Backend backend = new I386Backend();
    private long budget;
    private int javaCalls;
    private CompiledUnit unit;

    @BeforeEach
    void native_() {
        assumeTrue(CodeMemory.supported(), "needs Linux on x86-64");
    }

    private long budget() {
        return budget;
    }

    private long throughJava(long n) throws Throwable {
        javaCalls++;
        return (long) unit.entry().invokeExact(n);
    }

    @Test
    void nestedCallsStopExactlyAtTheBudget() throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle budgetHandle = l.findVirtual(SelfCallTest.class, "budget", MethodType.methodType(long.class)).bindTo(this);
        MutableCallSite site = new MutableCallSite(l.findVirtual(SelfCallTest.class, "throughJava",
                MethodType.methodType(long.class, long.class)).bindTo(this));
        TestLinkage linkage = new TestLinkage(LirType.I64) {
            @Override
            public boolean callsItself(CallTarget.Version target) {
                return target.symbol().equals("down");
            }

            @Override
            public MethodHandle recursionBudget() {
                return budgetHandle;
            }

            @Override
            public MethodHandle countCalls() {
                return MethodHandles.empty(MethodType.methodType(void.class, long.class));
            }

            @Override
            public CallSite version(CallTarget.Version target) {
                return site;
            }
        };
        unit = backend.compile(LirVerifier.verify(LirParser.parse(DOWN)), linkage);
        assertTrue(unit.listing().matches("(?s).*cmp\\s+rsp,\\s*r14.*"), unit.listing());

        for (long b : new long[] {1, 7, 50, 300}) {
            budget = b;
            javaCalls = 0;
            linkage.events.clear();
            // b nested calls fit: all made natively
            assertEquals(b, (long) unit.entry().invokeExact(b));
            assertEquals(0, javaCalls);
            assertEquals(List.of(), linkage.events);
            // one more does not: the deepest activation gives up, level 0 leaves through the call's descriptor
            assertEquals(-1_000_003L, (long) unit.entry().invokeExact(b + 1));
            assertEquals(List.of("exit@3 [L" + (b + 1) + ", L" + b + "]"), linkage.events);
            assertEquals(0, javaCalls);
        }

        // no budget at all: level 0 makes its call through Java (which enters the unit again)
        budget = 0;
        javaCalls = 0;
        linkage.events.clear();
        assertEquals(0L, (long) unit.entry().invokeExact(0L));
        assertEquals(2L, (long) unit.entry().invokeExact(2L));
        assertEquals(2, javaCalls);
        assertEquals(List.of(), linkage.events);
        unit.free();
    }
}
