package org.jpsyco.frontend.python.jit;

import java.util.ArrayList;
import java.util.Arrays;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ListStorage;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySlice;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * Runtime helpers of typed code on str, list, tuple and dict operands whose exact kind a guard
 * established (a subclass never reaches them). Each does the common case directly and anything
 * unusual (an index out of range, a missing key, a slice with a step) the way the runtime's
 * generic operation does, so an error is the one CPython raises, raised from the instruction.
 * Dict helpers go through the dict's own lookup, so keys hash and compare exactly as everywhere
 * else (1, 1.0 and True are one key), and a dict changed while a compiled loop runs is simply
 * read again.
 */
public final class ContainerHelpers {
    private ContainerHelpers() {
    }

    // ---- str

    public static Object concatStr(Object a, Object b) {
        String x = ((PyStr) a).value();
        String y = ((PyStr) b).value();
        return x.isEmpty() ? b : y.isEmpty() ? a : PyStr.of(x.concat(y));
    }

    /**
     * Python's ordering of strs, by code point: UTF-16 order is the same unless a surrogate pair
     * meets a BMP character above the surrogates, so strs with pairs compare code point by code point.
     */
    public static long compareStr(Object a, Object b) {
        PyStr x = (PyStr) a;
        PyStr y = (PyStr) b;
        if (x.isBmp() && y.isBmp()) {
            return x.value().compareTo(y.value());
        }
        return Arrays.compare(x.codePoints(), y.codePoints());
    }

    /** {@code sub in s}, as the runtime's {@code in} does it. */
    public static boolean strContains(Object s, Object sub) {
        return ((PyStr) s).value().contains(((PyStr) sub).value());
    }

    /** {@code s[a:b]} (step 1; Python clamps both bounds to the str). */
    public static Object sliceStr(Object s, long a, long b) {
        PyStr str = (PyStr) s;
        int n = str.length();
        int from = clamp(a, n);
        int to = clamp(b, n);
        if (from == 0 && to == n) {
            return str;
        }
        return to <= from ? PyStr.EMPTY : PyStr.of(str.substring(from, to));
    }

    // ---- list and tuple

    public static Object sliceList(Object l, long a, long b) {
        PyList list = (PyList) l;
        int n = list.size();
        int from = clamp(a, n);
        int to = clamp(b, n);
        return to <= from ? new PyList() : PyList.adopt(list.items.copyRange(from, to));
    }

    public static Object sliceTuple(Object t, long a, long b) {
        PyTuple tuple = (PyTuple) t;
        int n = tuple.size();
        int from = clamp(a, n);
        int to = clamp(b, n);
        if (from == 0 && to == n) {
            return tuple;
        }
        return to <= from ? PyTuple.EMPTY : new PyTuple(Arrays.copyOfRange(tuple.items, from, to));
    }

    /** A slice with a step, or with bounds that are not both ints: the runtime's slicing. */
    public static Object sliceGeneric(Object seq, Object start, Object stop, Object step) {
        return Abstract.getItem((PyObject) seq, new PySlice((PyObject) start, (PyObject) stop, (PyObject) step));
    }

    /** A slice bound as Python adjusts it for step 1: negative counts from the end, then clamped to {@code [0, n]}. */
    private static int clamp(long i, int n) {
        if (i < 0) {
            i += n;
            return i < 0 ? 0 : (int) i;
        }
        return i > n ? n : (int) i;
    }

    /** {@code list[i] = v}: in range directly; out of range (and negative) as the runtime does it. */
    public static void setListItem(Object l, long i, Object v) {
        PyList list = (PyList) l;
        if (i >= 0 && i < list.size()) {
            list.items.set((int) i, (PyObject) v);
            return;
        }
        Abstract.setItem(list, PyInt.of(i), (PyObject) v);
    }

    /** {@code list[i] = v} for a float computed unboxed: no box is made when the list stores floats unboxed. */
    public static void setListItemF64(Object l, long i, double v) {
        PyList list = (PyList) l;
        if (i >= 0 && i < list.size()) {
            list.items.setDouble((int) i, v);
            return;
        }
        Abstract.setItem(list, PyInt.of(i), new PyFloat(v));
    }

    /** {@code list[i] = v} for an int computed unboxed: no box is made when the list stores ints unboxed. */
    public static void setListItemI64(Object l, long i, long v) {
        PyList list = (PyList) l;
        if (i >= 0 && i < list.size()) {
            list.items.setLong((int) i, v);
            return;
        }
        Abstract.setItem(list, PyInt.of(i), PyInt.of(v));
    }

    /** {@code list.append(v)} of a float computed unboxed. */
    public static void appendToListF64(Object l, double v) {
        ((PyList) l).items.addDouble(v);
    }

    /** {@code list.append(v)} of an int computed unboxed. */
    public static void appendToListI64(Object l, long v) {
        ((PyList) l).items.addLong(v);
    }

    /**
     * {@code v in seq} for an int {@code v}: exact ints compare by value, any other element as
     * the runtime compares it ({@code el == v}, the element first). The length is read each
     * step: an {@code __eq__} may change the list.
     */
    public static boolean listContainsInt(Object l, long v) {
        PyList list = (PyList) l;
        if (list.items.kind() == ListStorage.INT) {
            // exact ints only: compare the values, no element's __eq__ can run
            ListStorage items = list.items;
            for (int i = 0; i < items.size(); i++) {
                if (items.longAt(i) == v) {
                    return true;
                }
            }
            return false;
        }
        PyInt boxed = null;
        for (int i = 0; i < list.size(); i++) {
            PyObject e = list.items.get(i);
            if (TypedHelpers.isInt(e)) {
                if (((PyInt) e).value == v) {
                    return true;
                }
                continue;
            }
            if (boxed == null) {
                boxed = PyInt.of(v);
            }
            if (Abstract.eq(e, boxed)) {
                return true;
            }
        }
        return false;
    }

    /** {@code x in seq} for a list or tuple: identity first, then equality, the element first. */
    public static boolean seqContains(Object seq, Object x) {
        PyObject item = (PyObject) x;
        if (seq instanceof PyList list) {
            for (int i = 0; i < list.size(); i++) {
                if (Abstract.eq(list.items.get(i), item)) {
                    return true;
                }
            }
            return false;
        }
        for (PyObject e : ((PyTuple) seq).items) {
            if (Abstract.eq(e, item)) {
                return true;
            }
        }
        return false;
    }

    // ---- dict (str and int keys)

    /**
     * {@code d[k]}: a missing key raises KeyError (an exact dict has no {@code __missing__}),
     * without a second lookup, so a key's {@code __hash__} and {@code __eq__} run once.
     */
    public static Object dictItem(Object d, Object k) {
        PyObject v = ((PyDict) d).get((PyObject) k);
        if (v == null) {
            throw Errors.keyError((PyObject) k);
        }
        return v;
    }

    /** {@code d[k]} for an unboxed int key: probed by value, boxed only to raise KeyError. */
    public static Object dictItemInt(Object d, long k) {
        PyObject v = ((PyDict) d).getInt(k);
        if (v == null) {
            throw Errors.keyError(PyInt.of(k));
        }
        return v;
    }

    /** {@code d.get(k, default)}. */
    public static Object dictGet(Object d, Object k, Object otherwise) {
        PyObject v = ((PyDict) d).get((PyObject) k);
        return v != null ? v : otherwise;
    }

    public static Object dictGetInt(Object d, long k, Object otherwise) {
        PyObject v = ((PyDict) d).getInt(k);
        return v != null ? v : otherwise;
    }

    public static void dictSetItem(Object d, Object k, Object v) {
        ((PyDict) d).put((PyObject) k, (PyObject) v);
    }

    public static void dictSetItemInt(Object d, long k, Object v) {
        ((PyDict) d).putInt(k, (PyObject) v);
    }

    public static boolean dictContains(Object d, Object k) {
        return ((PyDict) d).contains((PyObject) k);
    }

    public static boolean dictContainsInt(Object d, long k) {
        return ((PyDict) d).containsInt(k);
    }

    /** {@code d.pop(k, otherwise)}. */
    public static Object dictPop(Object d, Object k, Object otherwise) {
        return ((PyDict) d).pop((PyObject) k, (PyObject) otherwise);
    }

    public static Object dictPopInt(Object d, long k, Object otherwise) {
        return ((PyDict) d).popInt(k, (PyObject) otherwise);
    }

    /** {@code d.pop(k)}: a missing key raises KeyError. */
    public static Object dictPopOrRaise(Object d, Object k) {
        PyObject v = ((PyDict) d).pop((PyObject) k, null);
        if (v == null) {
            throw Errors.keyError((PyObject) k);
        }
        return v;
    }

    public static Object dictPopIntOrRaise(Object d, long k) {
        PyObject v = ((PyDict) d).popInt(k, null);
        if (v == null) {
            throw Errors.keyError(PyInt.of(k));
        }
        return v;
    }
}
