package org.jpsyco.frontend.python.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.junit.jupiter.api.Test;

/** Struct layouts and conversions against values CPython 3.11 gives on x86-64 Linux. */
class StructModuleTest {
    @Test
    void nativeLayoutAlignsEachItemToItsSize() {
        assertEquals(24, StructModule.Layout.compile("@bhiqd").size);
        assertEquals(23, StructModule.Layout.compile("<bhiqd").size);
        assertEquals(8, StructModule.Layout.compile("c0l").size);
        assertEquals(6, StructModule.Layout.compile(" i  h ").size);
        assertEquals(16, StructModule.Layout.compile("@2sIHHI").size);
    }

    @Test
    void halfPrecisionRoundTripsEveryFiniteHalf() {
        for (int h = 0; h < 0x10000; h++) {
            float f = Float.float16ToFloat((short) h);
            if (Float.isNaN(f)) {
                continue;
            }
            assertEquals(h, StructModule.Half.pack(f), "half 0x" + Integer.toHexString(h));
        }
    }

    @Test
    void halfPrecisionRoundsTiesToEven() {
        // 1 + 2**-11 lies halfway between 1.0 and the next half: even mantissa wins
        assertEquals(0x3c00, StructModule.Half.pack(1 + 0x1p-11));
        assertEquals(0x3c02, StructModule.Half.pack(1 + 3 * 0x1p-11));
        assertEquals(0x7bff, StructModule.Half.pack(65519.0));
        assertEquals(0x7e00, StructModule.Half.pack(Double.NaN));
    }

    @Test
    void halfPrecisionOverflowIsAnError() {
        assertThrows(PyException.class, () -> StructModule.Half.pack(65520.0));
    }

    @Test
    void packsAndUnpacksMixedRecords() {
        StructModule.Layout l = StructModule.Layout.compile("<hId?");
        byte[] b = l.pack(new PyObject[] {PyInt.of(-2), PyInt.of(4000000000L), PyFloat.of(0.5),
            PyInt.of(3)}, 0);
        assertArrayEquals(new byte[] {-2, -1, 0, 0x28, 0x6b, -18, 0, 0, 0, 0, 0, 0, -32, 0x3f, 1}, b);
        PyTuple t = l.unpack(b);
        assertEquals(-2, ((PyInt) t.items[0]).longValue());
        assertEquals(4000000000L, ((PyInt) t.items[1]).longValue());
        assertEquals(0.5, ((PyFloat) t.items[2]).value);
        assertEquals(PyBool.TRUE, t.items[3]);
    }

    @Test
    void rangeErrorsNameTheTableCPythonUses() {
        PyException e = assertThrows(PyException.class,
                () -> StructModule.Layout.compile(">h").pack(new PyObject[] {PyInt.of(70000)}, 0));
        assertEquals("error: 'h' format requires -32768 <= number <= 32767", e.getMessage());
    }
}
