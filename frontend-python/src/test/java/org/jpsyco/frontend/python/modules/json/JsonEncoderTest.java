package org.jpsyco.frontend.python.modules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.junit.jupiter.api.Test;

/** The encoder's text against what CPython 3.11's json.dumps prints for the same values. */
class JsonEncoderTest {
    private static String dumps(PyObject o, boolean ascii, String indent, String itemSep) {
        return new JsonEncoder(ascii, indent, itemSep, ": ", false, false, true, true, null).encode(o);
    }

    @Test
    void stringsAreEscapedAsCPythonDoes() {
        // json.dumps("\x00\x7f\u2028 \" \\ é 😀")
        PyStr s = PyStr.of("\u0000\u007f\u2028 \" \\ é 😀");
        assertEquals("\"\\u0000\\u007f\\u2028 \\\" \\\\ \\u00e9 \\ud83d\\ude00\"", dumps(s, true, null, ", "));
        // json.dumps(..., ensure_ascii=False)
        assertEquals("\"\\u0000\u007f\u2028 \\\" \\\\ é 😀\"", dumps(s, false, null, ", "));
    }

    @Test
    void numbersUseReprAndJsonConstants() {
        PyList l = new PyList(new PyObject[] {PyFloat.of(0.1), PyFloat.of(1e16), PyFloat.of(-0.0),
                PyFloat.of(Double.NaN), PyFloat.of(Double.NEGATIVE_INFINITY), PyInt.of(10), PyBool.TRUE,
                PySingleton.NONE});
        assertEquals("[0.1, 1e+16, -0.0, NaN, -Infinity, 10, true, null]", dumps(l, true, null, ", "));
    }

    @Test
    void indentPutsEachItemOnItsLine() {
        PyDict d = new PyDict();
        d.putStr("a", new PyList(new PyObject[] {PyInt.of(1), new PyList()}));
        d.put(PyInt.of(2), new PyDict());
        assertEquals("{\n  \"a\": [\n    1,\n    []\n  ],\n  \"2\": {}\n}", dumps(d, true, "  ", ","));
    }
}
