package org.jpsyco.frontend.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class ListSortTest {
    private static final String[] WORDS = {"b", "a", "ab", "\u00e9t\u00e9", "\uD83D\uDE00x", "\uFFFF", "", "ba", "Z"};

    /** What CPython's sort gives for a total order: a stable sort, reversed around it when asked. */
    private static List<PyObject> expected(List<PyObject> l, Comparator<PyObject> cmp, boolean reverse) {
        List<PyObject> copy = new ArrayList<>(l);
        if (reverse) {
            Collections.reverse(copy);
            copy.sort(cmp);
            Collections.reverse(copy);
        } else {
            copy.sort(cmp);
        }
        return copy;
    }

    private static void check(List<PyObject> l, Comparator<PyObject> cmp) {
        for (boolean reverse : new boolean[] {false, true}) {
            List<PyObject> want = expected(l, cmp, reverse);
            List<PyObject> got = new ArrayList<>(l);
            ListSort.sort(got, null, reverse);
            assertEquals(want.size(), got.size());
            for (int i = 0; i < want.size(); i++) {
                assertSame(want.get(i), got.get(i), "item " + i + (reverse ? " (reversed)" : ""));
            }
        }
    }

    private static int codePoints(PyObject a, PyObject b) {
        return Compare.compareStr(((PyStr) a).value(), ((PyStr) b).value());
    }

    private static List<PyObject> random(int n, long seed, Function<Random, PyObject> make) {
        Random rng = new Random(seed);
        List<PyObject> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(make.apply(rng));
        }
        return l;
    }

    @Test
    void strsSortByCodePointAndStayStable() {
        for (int n : new int[] {0, 1, 2, 23, 24, 25, 300, 5000}) {
            // fresh str objects for equal values show whether equal keys kept their order
            check(random(n, n, r -> new PyStr(WORDS[r.nextInt(WORDS.length)] + WORDS[r.nextInt(3)])),
                    ListSortTest::codePoints);
            check(random(n, n, r -> new PyStr(WORDS[r.nextInt(3)])), ListSortTest::codePoints);
        }
    }

    @Test
    void smallIntsBignumsAndBoolsSortNumerically() {
        Comparator<PyObject> numeric = (a, b) -> ((PyInt) a).toBig().compareTo(((PyInt) b).toBig());
        check(random(3000, 1, r -> PyInt.of(r.nextInt(50) - 25)), numeric);
        check(random(3000, 2, r -> r.nextInt(10) == 0 ? PyInt.of(BigInteger.TEN.pow(20 + r.nextInt(3)).negate())
                : r.nextInt(10) == 1 ? PyBool.of(r.nextBoolean()) : PyInt.of(r.nextLong())), numeric);
    }

    @Test
    void tuplesCompareItemByItemThenByLength() {
        Comparator<PyObject> tuples = (a, b) -> {
            PyObject[] x = ((PyTuple) a).items;
            PyObject[] y = ((PyTuple) b).items;
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                int c = x[i] instanceof PyInt xi ? Long.compare(xi.value, ((PyInt) y[i]).value) : codePoints(x[i], y[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.length, y.length);
        };
        check(random(4000, 3, r -> {
            PyObject count = PyInt.of(-r.nextInt(4));
            return r.nextInt(8) == 0 ? PyTuple.of(count) : PyTuple.of(count, new PyStr(WORDS[r.nextInt(WORDS.length)]));
        }), tuples);
    }

    @Test
    void mixedKeysGoThroughRichComparison() {
        Comparator<PyObject> numeric = Comparator.comparingDouble(a -> a instanceof PyFloat f ? f.value
                : ((PyInt) a).value);
        check(random(2000, 4, r -> r.nextBoolean() ? PyFloat.of(r.nextInt(100) / 4.0) : PyInt.of(r.nextInt(25))),
                numeric);
    }
}
