package org.jpsyco.frontend.python.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** Python repr of AST constants; expected strings are CPython 3.11's. */
class PyReprTest {

    @Test
    void floatsUseShortestRoundTripAndPythonExponentRules() {
        assertEquals("1e+16", PyRepr.floatRepr(1e16));
        assertEquals("1000000000000000.0", PyRepr.floatRepr(1e15));
        assertEquals("1e-05", PyRepr.floatRepr(1e-05));
        assertEquals("0.0001", PyRepr.floatRepr(0.0001));
        assertEquals("5e-324", PyRepr.floatRepr(5e-324));
        assertEquals("0.1", PyRepr.floatRepr(0.1));
        assertEquals("1e+22", PyRepr.floatRepr(1e22));
        assertEquals("1.2345678901234568e+17", PyRepr.floatRepr(123456789012345678.0));
        assertEquals("1.7976931348623157e+308", PyRepr.floatRepr(Double.MAX_VALUE));
        assertEquals("inf", PyRepr.floatRepr(Double.POSITIVE_INFINITY));
        assertEquals("-0.0", PyRepr.floatRepr(-0.0));
        assertEquals("0.3333333333333333", PyRepr.floatRepr(1.0 / 3));
        assertEquals("100.0", PyRepr.floatRepr(100.0));
        assertEquals("1e-07", PyRepr.floatRepr(1e-7));
        assertEquals("1e+23", PyRepr.floatRepr(9.999999999999999e22));
    }

    @Test
    void imaginaryNumbersPrintLikeComplexRepr() {
        assertEquals("3j", PyRepr.imagRepr(3));
        assertEquals("1.5j", PyRepr.imagRepr(1.5));
        assertEquals("1e+16j", PyRepr.imagRepr(1e16));
        assertEquals("1e-05j", PyRepr.imagRepr(1e-5));
        assertEquals("0j", PyRepr.imagRepr(0));
    }

    @Test
    void stringsChooseQuotesAndEscapeLikeCPython() {
        assertEquals("\"it's\"", PyRepr.str("it's"));
        assertEquals("'a\"b'", PyRepr.str("a\"b"));
        assertEquals("'both\\'\"'", PyRepr.str("both'\""));
        assertEquals("'\\x00\\t\\n\\xa0\\u2028é\uD83D\uDE00'", PyRepr.str("\0\t\n\u00a0\u2028é\uD83D\uDE00"));
        assertEquals("'\\ud800'", PyRepr.str("\uD800"));
    }

    @Test
    void bytesEscapeNonAscii() {
        assertEquals("b'a\\'\\x00\\xff\"'", PyRepr.bytes(new byte[] {'a', '\'', 0, (byte) 0xff, '"'}));
        assertEquals("b'\"'", PyRepr.bytes(new byte[] {'"'}));
    }

    @Test
    void singletonsAndIntegers() {
        assertEquals("None", PyRepr.repr(ConstantValue.NONE));
        assertEquals("Ellipsis", PyRepr.repr(ConstantValue.ELLIPSIS));
        assertEquals("True", PyRepr.repr(Boolean.TRUE));
        assertEquals("1267650600228229401496703205376", PyRepr.repr(BigInteger.TWO.pow(100)));
    }
}
