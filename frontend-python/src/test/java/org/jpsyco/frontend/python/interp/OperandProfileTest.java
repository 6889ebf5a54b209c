package org.jpsyco.frontend.python.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyStr;
import org.junit.jupiter.api.Test;

/** The operand classes an operator site met: one pair kept, a second pair makes the site mixed for good. */
class OperandProfileTest {
    @Test
    void onePairIsKeptAndASecondMakesTheSiteMixed() {
        Object[] caches = new Object[3];
        assertNull(OperandProfile.at(caches, 1));
        OperandProfile.record(caches, 1, PyInt.of(1), PyFloat.of(2.0));
        OperandProfile.record(caches, 1, PyInt.of(5), PyFloat.of(0.5));
        OperandProfile p = OperandProfile.at(caches, 1);
        assertTrue(p.monomorphic());
        assertSame(PyInt.TYPE, p.left);
        assertSame(PyFloat.TYPE, p.right);
        OperandProfile.record(caches, 1, PyStr.of("a"), PyFloat.of(0.5));
        assertSame(OperandProfile.MIXED, OperandProfile.at(caches, 1));
        OperandProfile.record(caches, 1, PyInt.of(1), PyFloat.of(2.0));
        assertFalse(OperandProfile.at(caches, 1).monomorphic());
        assertNull(OperandProfile.at(caches, 0));
    }

    @Test
    void anotherCacheInTheSlotIsLeftAlone() {
        Object[] caches = {"not a profile"};
        OperandProfile.record(caches, 0, PyInt.of(1), PyInt.of(2));
        assertEquals("not a profile", caches[0]);
        assertNull(OperandProfile.at(caches, 0));
    }
}
