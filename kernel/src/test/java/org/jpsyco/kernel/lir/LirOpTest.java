package org.jpsyco.kernel.lir;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class LirOpTest {
    @Test
    void signaturesAreReadFromTheTable() {
        assertEquals(List.of(LirType.I64, LirType.I64), LirOp.ADD_I64_OVF.operands());
        assertEquals(LirType.I64, LirOp.ADD_I64_OVF.result());
        assertTrue(LirOp.ADD_I64_OVF.is(LirOp.Flag.GUARD));
        assertTrue(LirOp.ADD_I64_OVF.is(LirOp.Flag.COMMUTATIVE));
        assertFalse(LirOp.ADD_I64_OVF.is(LirOp.Flag.PURE));
        assertEquals(LirType.I1, LirOp.LT_F64.result());
        assertFalse(LirOp.STORE_I64_ELEM.hasResult());
        assertEquals(List.of(LirType.REF, LirType.I64, LirType.I64), LirOp.STORE_I64_ELEM.operands());
        assertTrue(LirOp.CALL_HELPER.variadic());
        assertTrue(LirOp.CALL_HELPER.resultOptional());
        assertNull(LirOp.RETURN.operands().get(0), "return's operand is typed by the instruction");
    }

    @Test
    void flagsAreConsistent() {
        for (LirOp op : LirOp.values()) {
            if (op.is(LirOp.Flag.PURE)) {
                assertFalse(op.is(LirOp.Flag.GUARD) || op.is(LirOp.Flag.CAN_RAISE) || op.is(LirOp.Flag.WRITES)
                        || op.is(LirOp.Flag.TERMINATOR), op + " cannot be pure and have effects");
                assertTrue(op.hasResult(), op + " is pure, so only its result matters");
            }
            if (op.is(LirOp.Flag.COMMUTATIVE)) {
                assertEquals(2, op.operands().size(), op.text());
                assertEquals(op.operands().get(0), op.operands().get(1), op.text());
            }
            if (op.is(LirOp.Flag.CONTROL)) {
                assertTrue(op.is(LirOp.Flag.TERMINATOR), op.text());
            }
            if (op.is(LirOp.Flag.COMPARE)) {
                assertEquals(LirType.I1, op.result(), op.text());
            }
            assertSame(op, LirOp.byText(op.text()));
        }
        assertNull(LirOp.byText("frobnicate"));
    }

    @Test
    void guardsRequireDeoptAndCallsMayCarryOne() {
        assertTrue(LirOp.GUARD_TRUE.requiresDeopt());
        assertTrue(LirOp.PROMOTE.requiresDeopt());
        assertFalse(LirOp.CALL_HELPER.requiresDeopt());
        assertTrue(LirOp.CALL_HELPER.allowsDeopt());
        assertFalse(LirOp.ADD_I64.allowsDeopt());
    }

    /** The table as text, in src/test/resources/lir/ops.table; -Djpsyco.golden.update=true rewrites it. */
    @Test
    void theOperationTableMatchesItsGoldenListing() throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        for (LirOp op : LirOp.values()) {
            sb.append(op.describe().stripTrailing()).append('\n');
        }
        java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/lir/ops.table");
        if (Boolean.getBoolean("jpsyco.golden.update")) {
            java.nio.file.Files.writeString(golden, sb.toString());
        }
        assertEquals(java.nio.file.Files.readString(golden), sb.toString());
    }
}
