package org.jpsyco.frontend.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FloatFormatTest {
    @Test
    void reprIsShortestRoundTripLaidOutLikeCPython() {
        assertEquals("0.1", FloatFormat.repr(0.1));
        assertEquals("1e+16", FloatFormat.repr(1e16));
        assertEquals("1000000000000000.0", FloatFormat.repr(1e15));
        assertEquals("1e-05", FloatFormat.repr(1e-5));
        assertEquals("0.0001", FloatFormat.repr(1e-4));
        assertEquals("inf", FloatFormat.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatFormat.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatFormat.repr(Double.NaN));
        assertEquals("-0.0", FloatFormat.repr(-0.0));
        assertEquals("0.30000000000000004", FloatFormat.repr(0.1 + 0.2));
        assertEquals("1.2345678901234568e+17", FloatFormat.repr(123456789012345678.0));
        assertEquals("5e-324", FloatFormat.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatFormat.repr(Double.MAX_VALUE));
        assertEquals("2e+22", FloatFormat.repr(2e22));
    }

    @Test
    void fixedExponentAndGeneralFormatsRoundTheExactBinaryValueHalfEven() {
        assertEquals("2.67", FloatFormat.fixed(2.675, 2, false));
        assertEquals("2", FloatFormat.fixed(2.5, 0, false));
        assertEquals("1.234568e+04", FloatFormat.exponent(12345.678, 6, false));
        assertEquals("1.234e-05", FloatFormat.general(0.00001234, 6, false, false));
        assertEquals("1.23457e+08", FloatFormat.general(123456789.0, 6, false, false));
        assertEquals("1", FloatFormat.general(1.0, 6, false, false));
    }
}
