package org.jpsyco.frontend.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** Dicts keyed by tuples (memo dicts, lru_cache keys): hashing and equality as CPython's. */
class TupleKeyTest {
    private static PyTuple t(PyObject... items) {
        return PyTuple.of(items);
    }

    @Test
    void tupleHashesAreCPythons() {
        // hash((1, 2)) and hash(()) in CPython 3.11 on 64-bit builds
        assertEquals(-3550055125485641917L, PyDict.keyHash(t(PyInt.of(1), PyInt.of(2))));
        assertEquals(5740354900026072187L, PyDict.keyHash(PyTuple.EMPTY));
        assertEquals(Hashing.hash(t(PyInt.of(-1), PyInt.of(7))), PyDict.keyHash(t(PyInt.of(-1), PyInt.of(7))));
    }

    @Test
    void equalNumbersMakeOneKeyWhateverTheirType() {
        PyDict d = new PyDict();
        d.put(t(PyInt.of(1), PyInt.of(2)), PyStr.of("ints"));
        d.put(t(PyFloat.of(1.0), PyFloat.of(2.0)), PyStr.of("floats"));
        d.put(t(PyBool.of(true), PyInt.of(2)), PyStr.of("bool"));
        assertEquals(1, d.size());
        assertEquals("bool", ((PyStr) d.get(t(PyInt.of(1), PyInt.of(2)))).value());
        assertEquals(PyDict.keyHash(t(PyInt.of(1), PyInt.of(2))), PyDict.keyHash(t(PyFloat.of(1.0), PyFloat.of(2.0))));
        assertNull(d.get(t(PyInt.of(1), PyInt.of(3))));
        assertNull(d.get(t(PyInt.of(1), PyInt.of(2), PyInt.of(3))));
    }

    @Test
    void nestedAndBigKeysCompareByValue() {
        PyDict d = new PyDict();
        PyObject big = PyInt.of(BigInteger.TWO.pow(80));
        d.put(t(t(PyInt.of(1), PyStr.of("a")), big), PyInt.of(5));
        PyObject k = t(t(PyInt.of(1), PyStr.of("a")), PyInt.of(BigInteger.TWO.pow(80)));
        assertEquals(5, ((PyInt) d.get(k)).longValue());
        assertTrue(d.contains(k));
        assertFalse(d.contains(t(t(PyInt.of(1), PyStr.of("b")), big)));
    }

    @Test
    void knownHashPutAndGetAgreeWithPlainOnes() {
        PyDict d = new PyDict();
        for (int i = 0; i < 500; i++) {
            PyTuple key = t(PyInt.of(i % 25), PyInt.of(i / 25));
            d.putWithHash(key, PyDict.keyHash(key), PyInt.of(i));
        }
        assertEquals(500, d.size());
        for (int i = 0; i < 500; i++) {
            PyTuple key = t(PyInt.of(i % 25), PyInt.of(i / 25));
            assertEquals(i, ((PyInt) d.get(key)).longValue());
            assertEquals(i, ((PyInt) d.getWithHash(key, PyDict.keyHash(key))).longValue());
        }
    }
}
