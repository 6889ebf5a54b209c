package org.jpsyco.frontend.python.objects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SetTableTest {
    @Test
    void intMembershipWithoutBoxesAgreesWithTheBoxedLookup() {
        SetTable t = new SetTable();
        for (long v = -50; v < 500; v += 3) {
            t.add(PyInt.of(v));
        }
        t.discard(PyInt.of(-50));
        t.add(PyInt.of(Long.MIN_VALUE));
        for (long v = -60; v < 520; v++) {
            assertTrue(t.containsInt(v) == t.contains(PyInt.of(v)), "value " + v);
        }
        assertFalse(t.containsInt(-50));
        assertTrue(t.containsInt(Long.MIN_VALUE));
        assertFalse(t.containsInt(Long.MAX_VALUE));
    }

    @Test
    void membersOfOtherTypesWithTheSameHashCompareAsPythonDoes() {
        SetTable t = new SetTable();
        t.add(PyFloat.of(3.0));
        t.add(PyBool.TRUE);
        t.add(PyFloat.of(2.5));
        t.add(PyInt.of(java.math.BigInteger.TWO.pow(70)));
        assertTrue(t.containsInt(3));
        assertTrue(t.containsInt(1));
        assertFalse(t.containsInt(2));
        assertFalse(t.containsInt(0));
        assertFalse(t.containsInt(4));
    }
}
