package org.jpsyco.backend.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpsyco.backend.jvm.codegen.UnitCompiler;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.Test;

/** The JVM's limits on methods are declined with a reason, never hit as a crash. */
class LimitsTest {
    /** {@code n} overflow-checked additions in a row, each with its own exit. */
    static LirFunction chain(int n) {
        LirBuilder b = new LirBuilder("chain" + n);
        LirValue x = b.param(0, LirType.I64);
        LirValue acc = x;
        for (int i = 0; i < n; i++) {
            LirValue c = b.constI64(i);
            acc = b.op(LirOp.ADD_I64_OVF, DeoptDescriptor.of(i, DeoptDescriptor.Recovery.of(acc), DeoptDescriptor.Recovery.of(x)), acc, c);
        }
        b.ret(acc);
        return b.build();
    }

    @Test
    void largeFunctionsCompileAndRun() throws Throwable {
        LirFunction f = chain(800);
        assertNull(Harness.BACKEND.declines(f));
        CompiledUnit u = Harness.compile(f, new TestLinkage(LirType.I64));
        assertEquals(800L * 799 / 2 + 5, (long) u.entry().invokeExact(5L));
        assertEquals(-1_000_000L - 2, (long) u.entry().invokeExact(Long.MAX_VALUE - 1));
    }

    @Test
    void functionsOverTheMethodLimitAreDeclined() {
        LirFunction f = chain(5000);
        String why = Harness.BACKEND.declines(f);
        assertNotNull(why);
        assertTrue(why.contains("65535"), why);
        BackendException e = assertThrows(BackendException.class, () -> Harness.BACKEND.compile(f, new TestLinkage(LirType.I64)));
        assertTrue(e.getMessage().contains("65535"), e.getMessage());
    }

    @Test
    void generatingPastTheLimitFailsAsABackendException() {
        LirFunction f = chain(9000);
        assertThrows(BackendException.class, () -> new UnitCompiler(f, new TestLinkage(LirType.I64)).compile());
    }

    @Test
    void descriptorsWithMoreValuesThanAMethodTakesStillLeave() {
        LirBuilder b = new LirBuilder("wide_exit");
        LirValue x = b.param(0, LirType.I64);
        java.util.List<DeoptDescriptor.Recovery> slots = new java.util.ArrayList<>();
        for (int i = 0; i < 140; i++) {
            slots.add(DeoptDescriptor.Recovery.of(b.op(LirOp.ADD_I64, x, b.constI64(i))));
        }
        DeoptDescriptor wide = new DeoptDescriptor(9, slots, java.util.List.of());
        LirValue sum = b.call(new org.jpsyco.kernel.lir.CallTarget.Helper("h_add", java.util.List.of(LirType.I64, LirType.I64),
                LirType.I64), new DeoptDescriptor(10, slots, java.util.List.of()), x, x);
        LirValue positive = b.op(LirOp.GT_I64, sum, b.constI64(0));
        b.guard(LirOp.GUARD_TRUE, wide, positive);
        b.ret(sum);
        LirFunction f = b.build();
        assertEquals("L4", Harness.agree(f, 2L).result());
        Harness.Outcome exit = Harness.agree(f, -2L);
        assertEquals("L-1000009", exit.result());
        assertTrue(exit.events().get(1).startsWith("exit@9 [L-2, L-1, L0, L1"), exit.events().toString());
        Harness.Outcome raise = Harness.agree(f, 7L);
        assertEquals("L-1000011", raise.result());
        assertTrue(raise.events().get(1).startsWith("raise@10 [L7, L8, L9"), raise.events().toString());
    }

    @Test
    void tooManyEntryParametersAreDeclined() {
        LirBuilder b = new LirBuilder("wide");
        LirValue last = null;
        for (int i = 0; i < 130; i++) {
            last = b.param(0, LirType.I64);
        }
        b.ret(last);
        String why = Harness.BACKEND.declines(b.build());
        assertNotNull(why);
        assertTrue(why.contains("255"), why);
    }
}
