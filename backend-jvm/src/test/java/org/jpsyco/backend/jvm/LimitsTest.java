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
