package org.jpsyco.kernel.value;

import static org.junit.jupiter.api.Assertions.*;
import static org.jpsyco.kernel.value.TestKinds.*;

import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.LirPrinter;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.junit.jupiter.api.Test;

class FrameDescriptorsTest {
    @Test
    void everyStageHasItsRecoveryAndSharedVirtualsAreListedOnce() {
        LirValue x = new LirValue(4, LirType.I64);
        CompileTime k = CompileTime.of(Constant.of(2L));
        Virtual cell = mutableBox("cell", new RunTime(x));
        Virtual pair = box("pair", cell, k);
        AbstractFrame frame = AbstractFrame.of(new RunTime(x), null, pair, cell, k);
        assertEquals("deopt(@17 [%4, _, v0, v1, i64:2] v0=pair{v1, i64:2} v1=cell{%4})",
                LirPrinter.deopt(FrameDescriptors.describe(frame, 17)));
        assertEquals(Stage.COMPILE_TIME, k.stage(), "describing a constant does not fix it");
    }
}
