package org.jpsyco.kernel.lir;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class LirBuilderTest {
    @Test
    void emittingAfterATerminatorIsRefused() {
        LirBuilder b = new LirBuilder("f");
        b.retVoid();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.constI64(1));
        assertTrue(e.getMessage().contains("b0 is terminated"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> b.switchTo(0));
    }

    @Test
    void theBuilderIsFinishedAfterBuild() {
        LirBuilder b = new LirBuilder("f");
        b.retVoid();
        b.build();
        assertThrows(IllegalStateException.class, b::newBlock);
    }

    @Test
    void helpersPickTheOperationFromTheirArguments() {
        LirBuilder b = new LirBuilder("f");
        LirValue obj = b.param(0, LirType.REF);
        FieldDescriptor value = new FieldDescriptor("FloatBox", "value", LirType.F64);
        LirValue x = b.loadField(value, obj);
        b.storeField(value, obj, b.op(LirOp.ADD_F64, x, b.constF64(1.0)));
        LirValue r = b.call(new CallTarget.Helper("PyFloat_FromDouble", java.util.List.of(LirType.F64), LirType.REF), null, x);
        b.ret(r);
        LirFunction f = b.build();
        assertEquals(LirOp.LOAD_FIELD_F64, f.entry().instructions().get(0).op());
        assertEquals(LirOp.STORE_FIELD_F64, f.entry().instructions().get(3).op());
        assertEquals(LirOp.CALL_HELPER, f.entry().instructions().get(4).op());
        assertEquals(LirType.REF, r.type());
    }
}
