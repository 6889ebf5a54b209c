package org.jpsyco.frontend.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class NumberOpsTest {
    private static String op(BinaryOp op, long a, long b) {
        return Abstract.repr(NumberOps.binary(op, PyInt.of(a), PyInt.of(b))).value();
    }

    @Test
    void floorDivisionAndModuloRoundTowardNegativeInfinity() {
        assertEquals("-4", op(BinaryOp.FLOORDIV, -7, 2));
        assertEquals("1", op(BinaryOp.MOD, -7, 2));
        assertEquals("-2", op(BinaryOp.MOD, 7, -3));
        assertEquals("9223372036854775808", op(BinaryOp.FLOORDIV, Long.MIN_VALUE, -1));
    }

    @Test
    void overflowSwitchesToBigIntegersAndBackWhenTheValueFits() {
        assertEquals("9223372036854775808", op(BinaryOp.ADD, Long.MAX_VALUE, 1));
        assertEquals("85070591730234615847396907784232501249", op(BinaryOp.MUL, Long.MAX_VALUE, Long.MAX_VALUE));
        assertEquals("18446744073709551616", op(BinaryOp.LSHIFT, 1, 64));
        assertEquals("-1", op(BinaryOp.RSHIFT, -5, 100));
        PyObject small = NumberOps.binary(BinaryOp.SUB, PyInt.of(BigInteger.TWO.pow(70)), PyInt.of(BigInteger.TWO
                .pow(70).subtract(BigInteger.ONE)));
        assertEquals(false, ((PyInt) small).isBig());
    }

    @Test
    void powersAndTrueDivisionFollowCPython() {
        assertEquals("1024", op(BinaryOp.POW, 2, 10));
        assertEquals("0.25", op(BinaryOp.POW, 2, -2));
        assertEquals("2.5", op(BinaryOp.TRUEDIV, 5, 2));
        PyException e = assertThrows(PyException.class, () -> op(BinaryOp.MOD, 5, 0));
        assertEquals("integer modulo by zero", e.value.strValue());
    }

    @Test
    void intHashIsModuloTwoToTheSixtyOneMinusOne() {
        assertEquals(-2, PyInt.of(-1).hash());
        assertEquals(1, PyInt.of(BigInteger.TWO.pow(61)).hash());
        assertEquals(PyInt.of(3).hash(), PyFloat.hash(3.0));
    }
}
