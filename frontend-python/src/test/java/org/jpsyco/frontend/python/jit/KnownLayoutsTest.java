package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jpsyco.frontend.python.jit.spi.InstanceLayout;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.junit.jupiter.api.Test;

class KnownLayoutsTest {
    private static final Object TYPE = new Object();
    private static final Object MAP = new Object();
    private static final InstanceLayout LAYOUT = new InstanceLayout(TYPE, 3, MAP, 0, null, null);

    private static LirValue call(LirBuilder b, String helper, LirValue... args) {
        List<LirType> params = java.util.Arrays.stream(args).map(LirValue::type).toList();
        return b.call(new CallTarget.Helper(helper, params, LirType.REF), null, args);
    }

    @Test
    void aGuardedLayoutStaysKnownAcrossHarmlessCode() {
        LirBuilder b = new LirBuilder("t");
        LirValue self = b.param(0, LirType.REF);
        KnownLayouts k = new KnownLayouts();
        assertFalse(k.known(b, self, LAYOUT));
        k.learn(b, self, LAYOUT);
        LirValue x = call(b, "instanceValue", self, b.constI64(0));
        call(b, "unboxFloat", x);
        call(b, "setInstanceValue", self, b.constI64(1), x);
        assertTrue(k.known(b, self, LAYOUT));
        assertTrue(k.known(b, self, LAYOUT));
    }

    @Test
    void aCallThatMayRunPythonCodeForgetsIt() {
        LirBuilder b = new LirBuilder("t");
        LirValue self = b.param(0, LirType.REF);
        LirValue other = b.param(0, LirType.REF);
        KnownLayouts k = new KnownLayouts();
        k.learn(b, self, LAYOUT);
        k.learn(b, other, LAYOUT);
        call(b, "binaryOp", self, other);
        assertFalse(k.known(b, self, LAYOUT));
        assertFalse(k.known(b, other, LAYOUT));
    }

    @Test
    void addingAnAttributeForgetsEveryObjectsLayout() {
        LirBuilder b = new LirBuilder("t");
        LirValue self = b.param(0, LirType.REF);
        LirValue alias = b.param(0, LirType.REF);
        KnownLayouts k = new KnownLayouts();
        k.learn(b, self, LAYOUT);
        call(b, "addInstanceValue", alias, b.constI64(0), self);
        assertFalse(k.known(b, self, LAYOUT));
    }

    @Test
    void anotherLayoutOrAnotherBlockIsNotKnown() {
        LirBuilder b = new LirBuilder("t");
        LirValue self = b.param(0, LirType.REF);
        KnownLayouts k = new KnownLayouts();
        k.learn(b, self, LAYOUT);
        assertFalse(k.known(b, self, new InstanceLayout(TYPE, 4, MAP, 0, null, null)));
        assertFalse(k.known(b, self, new InstanceLayout(TYPE, 3, new Object(), 0, null, null)));
        int next = b.newBlock();
        b.switchTo(next);
        assertFalse(k.known(b, self, LAYOUT));
    }
}
