package org.jpsyco.frontend.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class InstanceMapTest {
    private static PyType cls(String name) {
        return PyType.heapType(name, new PyType[] {PyType.OBJECT}, new PyDict());
    }

    private static List<String> keys(PyDict d) {
        return d.keys().stream().map(k -> ((PyStr) k).value()).toList();
    }

    @Test
    void instancesThatAddTheSameNamesInTheSameOrderShareOneMap() {
        PyType t = cls("P");
        PyInstance a = new PyInstance(t);
        PyInstance b = new PyInstance(t);
        a.putAttr(PyStr.of("x"), PyInt.of(1));
        a.putAttr(PyStr.of("y"), PyInt.of(2));
        b.putAttr(PyStr.of("x"), PyInt.of(3));
        b.putAttr(PyStr.of("y"), PyInt.of(4));
        assertNotNull(a.map());
        assertSame(a.map(), b.map());
        assertEquals(1, a.map().indexOf(PyStr.of("y")));
        assertEquals(4, ((PyInt) b.valueAt(1)).value);
        PyInstance c = new PyInstance(t);
        c.putAttr(PyStr.of("y"), PyInt.of(5));
        c.putAttr(PyStr.of("x"), PyInt.of(6));
        assertNotSame(a.map(), c.map());
        assertEquals(0, c.map().indexOf("y"));
    }

    @Test
    void replacingAValueKeepsTheMap() {
        PyInstance a = new PyInstance(cls("P"));
        a.putAttr(PyStr.of("x"), PyInt.of(1));
        InstanceMap m = a.map();
        a.putAttr(PyStr.of("x"), PyInt.of(2));
        assertSame(m, a.map());
        assertEquals(2, ((PyInt) a.attr(PyStr.of("x"))).value);
        assertNull(a.attr(PyStr.of("nope")));
    }

    @Test
    void theDictIsBuiltInInsertionOrderAndTheInstanceThenStaysInDictMode() {
        PyInstance a = new PyInstance(cls("P"));
        for (String n : List.of("b", "a", "c")) {
            a.putAttr(PyStr.of(n), PyStr.of(n + n));
        }
        PyDict d = a.dict();
        assertNull(a.map());
        assertSame(d, a.dict());
        assertEquals(List.of("b", "a", "c"), keys(d));
        d.putStr("z", PyInt.of(9));
        assertEquals(9, ((PyInt) a.attr(PyStr.of("z"))).value);
        a.putAttr(PyStr.of("w"), PyInt.of(1));
        assertEquals(List.of("b", "a", "c", "z", "w"), keys(d));
    }

    @Test
    void deletingMovesToDictModeAndReportsMissingNames() {
        PyInstance a = new PyInstance(cls("P"));
        a.putAttr(PyStr.of("x"), PyInt.of(1));
        assertFalse(a.deleteAttr(PyStr.of("y")));
        assertNotNull(a.map());
        assertTrue(a.deleteAttr(PyStr.of("x")));
        assertNull(a.map());
        assertEquals(0, a.dict().size());
    }

    @Test
    void tooManyAttributesFallBackToADict() {
        PyInstance a = new PyInstance(cls("P"));
        for (int i = 0; i < InstanceMap.MAX_ATTRIBUTES; i++) {
            a.putAttr(PyStr.of("a" + i), PyInt.of(i));
        }
        assertEquals(InstanceMap.MAX_ATTRIBUTES, a.map().size());
        assertEquals(40, a.map().indexOf(PyStr.of("a40")));
        a.putAttr(PyStr.of("one_more"), PyInt.of(-1));
        assertNull(a.map());
        assertEquals(InstanceMap.MAX_ATTRIBUTES + 1, a.dict().size());
        assertEquals(63, ((PyInt) a.attr(PyStr.of("a63"))).value);
    }

    @Test
    void instancesOfBuiltinClassesStartInDictMode() {
        PyInstance o = new PyInstance(PyType.OBJECT);
        assertNull(o.map());
        assertEquals(0, o.dict().size());
    }

    @Test
    void transitionsAreReusedAndBranch() {
        InstanceMap root = InstanceMap.root();
        InstanceMap x = root.with(PyStr.of("x"));
        assertSame(x, root.with(PyStr.of("x")));
        InstanceMap y = root.with(PyStr.of("y"));
        assertNotSame(x, y);
        assertSame(x, root.with(PyStr.of("x")));
        assertSame(y, root.with(PyStr.of("y")));
        InstanceMap xy = x.with(PyStr.of("y"));
        assertEquals("map(x, y)", xy.toString());
        assertEquals(-1, xy.indexOf(PyStr.of("z")));
    }

    @Test
    void aMapTellsWhetherItLacksANameWithoutTheInstanceLeavingMapMode() {
        PyInstance a = new PyInstance(cls("P"));
        a.putAttr(PyStr.of("x"), PyInt.of(1));
        InstanceMap m = a.map();
        PyStr method = PyStr.of("move");
        assertTrue(m.lacks(method));
        assertTrue(m.lacks(method)); // remembered
        assertFalse(m.lacks(PyStr.of("x")));
        assertTrue(m.lacks(method));
        assertSame(m, a.map());
    }

    @Test
    void aFloatStoredUnboxedIsBoxedOnceWhenReadAsAnObject() {
        PyInstance a = new PyInstance(cls("P"));
        a.putAttr(PyStr.of("x"), new PyFloat(1.0));
        a.setFloatAt(0, 2.5);
        assertTrue(a.holdsFloat(0));
        assertEquals(2.5, a.floatAt(0));
        PyObject first = a.valueAt(0);
        assertEquals(2.5, ((PyFloat) first).value);
        assertSame(first, a.attr(PyStr.of("x")));
        assertSame(first, a.floatBox(0, 2.5));
        assertNotSame(first, a.floatBox(0, 3.0));
        a.setFloatAt(0, 2.5);
        assertSame(first, a.valueAt(0), "storing the same bits back keeps the object");
        a.setFloatAt(0, -0.0);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(((PyFloat) a.valueAt(0)).value));
        a.setFloatAt(0, Double.NaN);
        assertEquals(1, keys(a.dict()).size());
        assertTrue(Double.isNaN(((PyFloat) a.dict().get(PyStr.of("x"))).value));
    }

    @Test
    void theMapRemembersSlotsThatHeldSomethingElseThanAFloat() {
        PyType t = cls("P");
        PyInstance a = new PyInstance(t);
        a.putAttr(PyStr.of("x"), new PyFloat(1.0));
        a.putAttr(PyStr.of("n"), PyInt.of(1));
        InstanceMap m = a.map();
        assertTrue(m.onlyFloatsAt(0));
        assertFalse(m.onlyFloatsAt(1));
        a.putAttr(PyStr.of("x"), PyStr.of("s"));
        assertFalse(m.onlyFloatsAt(0));
        assertFalse(a.holdsFloat(0));
        a.putAttr(PyStr.of("z"), new PyFloat(0.0));
        assertFalse(a.map().onlyFloatsAt(0), "an added attribute's map inherits what the instance held");
        assertTrue(a.map().onlyFloatsAt(2));
    }
}
