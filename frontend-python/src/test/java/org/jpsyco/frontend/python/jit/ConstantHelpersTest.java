package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyInstance;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.kernel.cache.AssumptionRegistry;
import org.junit.jupiter.api.Test;

/** The run-time checks behind constants and resolved methods. */
class ConstantHelpersTest {
    @Test
    void checkingAResolvedMethodLeavesTheReceiverInMapModeAndSeesShadowingAttributes() {
        PyType t = PyType.heapType("P", new PyType[] {PyType.OBJECT}, new PyDict());
        PyInstance p = new PyInstance(t);
        p.putAttr(PyStr.of("x"), PyInt.of(1));
        Object a = new AssumptionRegistry().assume("move", "constant class P.move");
        assertTrue(ConstantHelpers.methodHolds(p, t, a, PyStr.of("move")));
        assertNotNull(p.map(), "the check must not move the instance to dict mode");
        p.putAttr(PyStr.of("move"), PyInt.of(2));
        assertFalse(ConstantHelpers.methodHolds(p, t, a, PyStr.of("move")));
        assertNotNull(p.map());
        PyInstance q = new PyInstance(t);
        q.dict().putStr("move", PyInt.of(3));
        assertFalse(ConstantHelpers.methodHolds(q, t, a, PyStr.of("move")));
        assertFalse(ConstantHelpers.methodHolds(new PyInstance(PyType.heapType("Q", new PyType[] {PyType.OBJECT},
                new PyDict())), t, a, PyStr.of("move")));
    }
}
