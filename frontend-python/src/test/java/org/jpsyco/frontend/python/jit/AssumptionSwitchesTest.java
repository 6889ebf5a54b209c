package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.invoke.MethodHandle;
import java.util.List;

import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.cache.AssumptionRegistry;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.LirType;
import org.junit.jupiter.api.Test;

class AssumptionSwitchesTest {
    @Test
    void answersTrueUntilAnAssumptionBreaks() throws Throwable {
        AssumptionRegistry r = new AssumptionRegistry();
        Assumption a = r.assume("a", "global a");
        Assumption b = r.assume("b", "builtin b");
        AssumptionSwitches sw = new AssumptionSwitches();
        CallTarget.Helper t = sw.target(List.of(a, b));
        assertEquals(List.of(LirType.REF), t.params());
        assertEquals(LirType.I1, t.result());
        assertTrue(AssumptionSwitches.names(t.symbol()));
        assertEquals(t.symbol(), sw.target(List.of(a, b)).symbol(), "one check per set of assumptions");
        MethodHandle h = sw.handle(t.symbol(), 1);
        assertTrue((boolean) h.invoke((Object) a));
        b.invalidate();
        assertFalse((boolean) h.invoke((Object) a), "the handle compiled in answers false once one breaks");
        assertFalse((boolean) sw.handle(t.symbol(), 1).invoke((Object) a));
        assertFalse((boolean) sw.handle("holds#999", 1).invoke((Object) a));
    }

    @Test
    void aBrokenAssumptionGivesACheckThatFails() throws Throwable {
        Assumption a = new AssumptionRegistry().assume("a", "global a");
        a.invalidate();
        AssumptionSwitches sw = new AssumptionSwitches();
        assertFalse((boolean) sw.handle(sw.target(List.of(a)).symbol(), 1).invoke((Object) a));
    }
}
