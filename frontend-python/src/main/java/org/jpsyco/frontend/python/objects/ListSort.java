package org.jpsyco.frontend.python.objects;

import java.util.List;

/**
 * {@code list.sort()} and {@code sorted()}: a stable merge sort that only ever asks whether one
 * key is less than another, as CPython's sort does. A three-way comparator (what
 * {@code java.util.Arrays.sort} needs) costs a second {@code <} whenever the first says no, which
 * doubles the comparisons of keys that are mostly in order and calls a user's {@code __lt__} in
 * ways CPython never does.
 *
 * <p>Before sorting, the keys are classified once: all exact {@code str}, all small exact
 * {@code int}, or all exact tuples compare without the rich-comparison dispatch (the common
 * {@code key=lambda kv: (-kv[1], kv[0])} idiom sorts tuples of an int and a str). Anything else
 * goes through {@link Abstract#richCompareBool}.
 */
final class ListSort {
    /** Runs shorter than this are sorted by binary insertion. */
    private static final int SMALL = 24;

    private static final int GENERAL = 0;
    private static final int STR = 1;
    private static final int INT = 2;
    private static final int TUPLE = 3;
    /** All exact str of the Basic Multilingual Plane: the keys are their Java strings. */
    private static final int BMP = 4;

    private final int mode;

    private ListSort(int mode) {
        this.mode = mode;
    }

    /** Sorts {@code l} in place by {@code key(item)} (or the items), stable, optionally reversed. */
    static void sort(List<PyObject> l, PyObject key, boolean reverse) {
        int n = l.size();
        PyObject[] items = l.toArray(new PyObject[n]);
        Object[] keys = items;
        if (key != null && key != PySingleton.NONE) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Abstract.call(key, items[i]);
            }
        }
        if (n < 2) {
            return;
        }
        int mode = classify(keys);
        if (mode == STR || mode == BMP) {
            // comparing the Java strings directly saves a load per comparison
            Object[] strings = new Object[n];
            for (int i = 0; i < n; i++) {
                strings[i] = ((PyStr) keys[i]).value();
            }
            keys = strings;
        } else if (keys == items) {
            keys = items.clone();
        }
        // the keys move with their original positions, so each comparison reads both keys from
        // the arrays being merged rather than through an index
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = reverse ? n - 1 - i : i;
        }
        if (reverse) {
            // reversing before and after a stable sort keeps equal keys in their original order
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                Object t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
            }
        }
        // a comparison that raises leaves the list as it was
        new ListSort(mode).mergeSort(keys, order, new Object[n], new int[n], 0, n);
        if (reverse) {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        for (int i = 0; i < n; i++) {
            l.set(i, items[order[i]]);
        }
    }

    private static int classify(Object[] keys) {
        Object first = keys[0];
        int mode = first instanceof PyStr s && s.isExact() ? BMP
                : smallInt(first) ? INT
                : first instanceof PyTuple t && t.type() == PyTuple.TYPE ? TUPLE
                : GENERAL;
        for (int i = 0; i < keys.length && mode != GENERAL; i++) {
            Object k = keys[i];
            switch (mode) {
                case BMP, STR -> {
                    if (!(k instanceof PyStr s && s.isExact())) {
                        mode = GENERAL;
                    } else if (!s.isBmp()) {
                        mode = STR;
                    }
                }
                case INT -> mode = smallInt(k) ? INT : GENERAL;
                default -> mode = k instanceof PyTuple t && t.type() == PyTuple.TYPE ? TUPLE : GENERAL;
            }
        }
        return mode;
    }

    private static boolean smallInt(Object o) {
        return o.getClass() == PyInt.class && ((PyInt) o).isPlain() && !((PyInt) o).isBig();
    }

    /** Whether key {@code a} sorts before key {@code b}. */
    private boolean lt(Object a, Object b) {
        return switch (mode) {
            case BMP -> ((String) a).compareTo((String) b) < 0;
            case STR -> Compare.compareStr((String) a, (String) b) < 0;
            case INT -> ((PyInt) a).value < ((PyInt) b).value;
            case TUPLE -> tupleLt(((PyTuple) a).items, ((PyTuple) b).items);
            default -> Abstract.richCompareBool((PyObject) a, (PyObject) b, CompareOp.LT);
        };
    }

    /** Tuple {@code <}: the first items that differ decide, else the shorter tuple is less. */
    private static boolean tupleLt(PyObject[] x, PyObject[] y) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!Abstract.eq(x[i], y[i])) {
                return Abstract.richCompareBool(x[i], y[i], CompareOp.LT);
            }
        }
        return x.length < y.length;
    }

    /** Sorts {@code k[lo:hi]} and the positions {@code p[lo:hi]} with them; {@code tk}, {@code tp} are scratch. */
    private void mergeSort(Object[] k, int[] p, Object[] tk, int[] tp, int lo, int hi) {
        if (hi - lo <= SMALL) {
            insertionSort(k, p, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(k, p, tk, tp, lo, mid);
        mergeSort(k, p, tk, tp, mid, hi);
        if (!lt(k[mid], k[mid - 1])) {
            return; // already in order: sorted input costs one comparison per run
        }
        System.arraycopy(k, lo, tk, lo, mid - lo);
        System.arraycopy(p, lo, tp, lo, mid - lo);
        int i = lo;
        int j = mid;
        int d = lo;
        while (i < mid && j < hi) {
            // the right run's item goes first only when strictly less: that keeps the sort stable
            if (lt(k[j], tk[i])) {
                k[d] = k[j];
                p[d++] = p[j++];
            } else {
                k[d] = tk[i];
                p[d++] = tp[i++];
            }
        }
        while (i < mid) {
            k[d] = tk[i];
            p[d++] = tp[i++];
        }
    }

    /** Binary insertion sort of {@code k[lo:hi]}: each key goes after every key not greater than it. */
    private void insertionSort(Object[] k, int[] p, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            Object x = k[i];
            int xp = p[i];
            int left = lo;
            int right = i;
            while (left < right) {
                int m = (left + right) >>> 1;
                if (lt(x, k[m])) {
                    right = m;
                } else {
                    left = m + 1;
                }
            }
            System.arraycopy(k, left, k, left + 1, i - left);
            System.arraycopy(p, left, p, left + 1, i - left);
            k[left] = x;
            p[left] = xp;
        }
    }
}
