package org.jpsyco.frontend.python.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;

import org.junit.jupiter.api.Test;

class ListStorageTest {
    private static ListStorage of(PyObject... items) {
        return new ListStorage(List.of(items));
    }

    @Test
    void intsAndFloatsGetTheirOwnKinds() {
        assertEquals(ListStorage.INT, of(PyInt.of(1), PyInt.of(1000)).kind());
        assertEquals(ListStorage.FLOAT, of(PyFloat.of(1.5), PyFloat.of(-0.0)).kind());
        assertEquals(ListStorage.OBJECT, of(PyInt.of(1), PyFloat.of(2.0)).kind());
        assertEquals(ListStorage.OBJECT, of(PyStr.of("a")).kind());
    }

    @Test
    void boolsBignumsAndSubclassInstancesAreObjects() {
        assertEquals(ListStorage.OBJECT, ListStorage.kindOf(PyBool.TRUE));
        assertEquals(ListStorage.OBJECT, ListStorage.kindOf(PyInt.of(java.math.BigInteger.TEN.pow(30))));
        assertEquals(ListStorage.INT, ListStorage.kindOf(PyInt.of(Long.MIN_VALUE)));
    }

    @Test
    void anEmptyListTakesTheKindOfItsFirstItem() {
        ListStorage s = new ListStorage();
        s.add(PyFloat.of(1.0));
        assertEquals(ListStorage.FLOAT, s.kind());
        s.clear();
        s.add(PyInt.of(3));
        assertEquals(ListStorage.INT, s.kind());
    }

    @Test
    void theFirstOtherItemSwitchesToObjectsKeepingValuesAndIdentity() {
        PyFloat a = PyFloat.of(0.5);
        ListStorage s = of(a, PyFloat.of(2.5));
        s.setDouble(1, 7.25);
        s.add(PyInt.of(4));
        assertEquals(ListStorage.OBJECT, s.kind());
        assertSame(a, s.get(0));
        assertEquals(7.25, ((PyFloat) s.get(1)).value);
        assertEquals(4, ((PyInt) s.get(2)).value);
        s.add(PyFloat.of(1.0));
        assertEquals(ListStorage.OBJECT, s.kind());
    }

    @Test
    void storedBoxesKeepTheirIdentityAndUnboxedValuesGetOneBox() {
        PyInt big = PyInt.of(123456789);
        ListStorage s = of(big, PyInt.of(2));
        assertSame(big, s.get(0));
        s.setLong(1, 987654321);
        PyObject first = s.get(1);
        assertSame(first, s.get(1));
        assertEquals(987654321L, s.longAt(1));
        assertEquals(123456789L, s.longAt(0));
    }

    @Test
    void unboxedStoresIntoAnotherKindBox() {
        ListStorage s = of(PyStr.of("x"), PyInt.of(1));
        s.setDouble(1, 2.5);
        assertEquals(ListStorage.OBJECT, s.kind());
        assertEquals(2.5, ((PyFloat) s.get(1)).value);
        ListStorage ints = of(PyInt.of(1), PyInt.of(2));
        ints.setDouble(0, 0.5);
        assertEquals(ListStorage.OBJECT, ints.kind());
        assertEquals(2, ((PyInt) ints.get(1)).value);
    }

    @Test
    void insertRemoveAndRangesKeepValuesInStep() {
        ListStorage s = new ListStorage();
        for (int i = 0; i < 20; i++) {
            s.addDouble(i);
        }
        s.add(0, PyFloat.of(-1.0));
        s.remove(5);
        s.subList(2, 4).clear();
        s.addAll(3, List.of(PyFloat.of(100.0), PyFloat.of(101.0)));
        List<Double> expected = new ArrayList<>(List.of(-1.0, 0.0, 3.0, 100.0, 101.0));
        for (int i = 5; i < 20; i++) {
            expected.add((double) i);
        }
        assertEquals(expected.size(), s.size());
        for (int i = 0; i < s.size(); i++) {
            assertEquals(expected.get(i), s.doubleAt(i));
            assertEquals(expected.get(i), ((PyFloat) s.get(i)).value);
        }
        assertEquals(ListStorage.FLOAT, s.kind());
    }

    @Test
    void extendingWithItselfAndCopyingRanges() {
        ListStorage s = of(PyInt.of(1), PyInt.of(2));
        s.addAll(s);
        assertEquals(4, s.size());
        ListStorage part = s.copyRange(1, 3);
        assertEquals(ListStorage.INT, part.kind());
        assertEquals(2, part.longAt(0));
        assertEquals(1, part.longAt(1));
        assertSame(s.get(1), part.get(0));
    }

    @Test
    void steppedSlicesKeepTheKindAndTheBoxes() {
        ListStorage s = new ListStorage();
        for (int i = 0; i < 10; i++) {
            s.addDouble(i * 0.5);
        }
        PyObject third = s.get(3);
        ListStorage back = s.slice(9, -2, 5);
        assertEquals(ListStorage.FLOAT, back.kind());
        assertEquals(4.5, back.doubleAt(0));
        assertEquals(0.5, back.doubleAt(4));
        assertSame(third, back.get(3));
        assertEquals(0, s.slice(0, 3, 0).size());
    }

    @Test
    void toArrayBoxesEveryItem() {
        ListStorage s = new ListStorage();
        s.addLong(300);
        s.addLong(-7);
        PyObject[] a = s.toPyArray();
        assertEquals(300, ((PyInt) a[0]).value);
        assertSame(a[0], s.get(0));
        assertArrayEquals(a, s.toArray(new PyObject[0]));
    }

    @Test
    void adoptionChoosesTheKindFromTheItems() {
        assertEquals(ListStorage.FLOAT, ListStorage.adopt(new PyObject[] {PyFloat.of(1), PyFloat.of(2)}).kind());
        assertEquals(ListStorage.OBJECT, ListStorage.adopt(new PyObject[] {PyFloat.of(1), PyInt.of(2)}).kind());
        assertEquals(ListStorage.INT, ListStorage.adopt(new PyObject[0]).kind());
    }

    @Test
    void indexesAreChecked() {
        ListStorage s = of(PyInt.of(1));
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> s.setDouble(-1, 0));
    }

    @Test
    void iteratorsFailFastOnStructuralChange() {
        ListStorage s = of(PyInt.of(1), PyInt.of(2));
        assertThrows(ConcurrentModificationException.class, () -> {
            for (PyObject o : s) {
                s.add(o);
            }
        });
    }
}
