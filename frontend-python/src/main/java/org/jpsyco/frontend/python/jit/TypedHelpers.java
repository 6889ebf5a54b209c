package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInstance;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyIterator;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyRange;
import org.jpsyco.frontend.python.objects.PySet;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.frontend.python.jit.spi.PyKind;

/**
 * The runtime helpers of typed code: kind tests behind type guards, boxing and unboxing, and the
 * operations on unboxed values whose Python semantics need more than one LIR operation. Each is a
 * small static method HotSpot inlines into compiled units. Helpers taking unboxed operands rely
 * on the guards their callers emitted (a zero divisor never reaches {@link #floorDivInt}); a
 * helper that must raise does so with CPython's message, and compiled code then leaves at the
 * instruction, whose generic form the interpreter re-runs.
 */
public final class TypedHelpers {
    private TypedHelpers() {
    }

    // ---- kinds

    /** The kind of a run-time object, as type guards and the profile see it. */
    static PyKind kindOf(Object o) {
        if (o == null) {
            return PyKind.OBJECT;
        }
        Class<?> c = o.getClass();
        if (c == PyInt.class) {
            PyInt i = (PyInt) o;
            return i.isPlain() && !i.isBig() ? PyKind.INT : PyKind.OBJECT;
        }
        if (c == PyBool.class) {
            return PyKind.BOOL;
        }
        if (c == PyFloat.class) {
            return ((PyFloat) o).isExact() ? PyKind.FLOAT : PyKind.OBJECT;
        }
        if (c == PyStr.class) {
            return ((PyStr) o).type() == PyStr.TYPE ? PyKind.STR : PyKind.OBJECT;
        }
        if (c == PyList.class) {
            return ((PyList) o).isExact() ? PyKind.LIST : PyKind.OBJECT;
        }
        if (c == PyTuple.class) {
            return ((PyTuple) o).type() == PyTuple.TYPE ? PyKind.TUPLE : PyKind.OBJECT;
        }
        if (c == PyDict.class) {
            return ((PyDict) o).type() == PyDict.TYPE ? PyKind.DICT : PyKind.OBJECT;
        }
        if (c == PySet.class) {
            return ((PySet) o).type() == PySet.TYPE ? PyKind.SET : PyKind.OBJECT;
        }
        if (o == PySingleton.NONE) {
            return PyKind.NONE;
        }
        if (c == PyIterator.RangeIter.class) {
            return PyKind.RANGE_ITERATOR;
        }
        if (c == PyIterator.ListIter.class || c == PyIterator.ArrayIter.class) {
            return PyKind.SEQUENCE_ITERATOR;
        }
        return PyKind.OBJECT;
    }

    /** The built-in type whose exact instances are {@code k}'s values; null for OBJECT. */
    static Object typeOf(PyKind k) {
        return switch (k) {
            case INT -> PyInt.TYPE;
            case FLOAT -> PyFloat.TYPE;
            case BOOL -> PyBool.TYPE;
            case STR -> PyStr.TYPE;
            case LIST -> PyList.TYPE;
            case TUPLE -> PyTuple.TYPE;
            case DICT -> PyDict.TYPE;
            case SET -> PySet.TYPE;
            case NONE -> PySingleton.NONE_TYPE;
            default -> null;
        };
    }

    public static boolean isInt(Object o) {
        return o != null && o.getClass() == PyInt.class && ((PyInt) o).big == null && ((PyInt) o).isPlain();
    }

    public static boolean isFloat(Object o) {
        return o != null && o.getClass() == PyFloat.class && ((PyFloat) o).isExact();
    }

    public static boolean isBool(Object o) {
        return o == PyBool.TRUE || o == PyBool.FALSE;
    }

    public static boolean isStr(Object o) {
        return kindOf(o) == PyKind.STR;
    }

    public static boolean isList(Object o) {
        return o != null && o.getClass() == PyList.class && ((PyList) o).isExact();
    }

    public static boolean isTuple(Object o) {
        return kindOf(o) == PyKind.TUPLE;
    }

    public static boolean isDict(Object o) {
        return kindOf(o) == PyKind.DICT;
    }

    /** An exact set (not a frozenset, not a subclass instance). */
    public static boolean isSet(Object o) {
        return o != null && o.getClass() == PySet.class && ((PySet) o).type() == PySet.TYPE;
    }

    public static boolean isNone(Object o) {
        return o == PySingleton.NONE;
    }

    /**
     * {@code x OP y} ({@code op} a {@code COMPARE_OP} argument) as 1 or 0 when no Python code
     * decides it: two ints of 64 bits, two exact floats, two exact strs, two bools, or an
     * equality test with None beside None, a bool, an int, a float or a str (an identity test
     * there); otherwise {@link #TRUTH_UNKNOWN}, and the caller leaves for the interpreter.
     */
    public static long plainCompare(Object x, Object y, long op) {
        PyKind a = kindOf(x);
        PyKind b = kindOf(y);
        int cmp;
        if (a == PyKind.INT && b == PyKind.INT) {
            cmp = Long.compare(((PyInt) x).value, ((PyInt) y).value);
        } else if (a == PyKind.FLOAT && b == PyKind.FLOAT) {
            double p = ((PyFloat) x).value;
            double q = ((PyFloat) y).value;
            if (p != p || q != q) {
                return op == 3 ? 1 : 0; // NaN: only != holds
            }
            cmp = p == q ? 0 : p < q ? -1 : 1;
        } else if (a == PyKind.STR && b == PyKind.STR) {
            PyStr p = (PyStr) x;
            PyStr q = (PyStr) y;
            if (op == 2 || op == 3) {
                cmp = p == q || p.value().equals(q.value()) ? 0 : 1;
            } else if (p.isBmp() && q.isBmp()) {
                cmp = p.value().compareTo(q.value()); // UTF-16 order is code point order here
            } else {
                return TRUTH_UNKNOWN;
            }
        } else if (a == PyKind.BOOL && b == PyKind.BOOL) {
            cmp = Boolean.compare(x == PyBool.TRUE, y == PyBool.TRUE);
        } else if ((op == 2 || op == 3) && (a == PyKind.NONE && plainScalar(b) || b == PyKind.NONE && plainScalar(a))) {
            cmp = x == y ? 0 : 1;
        } else {
            return TRUTH_UNKNOWN;
        }
        return org.jpsyco.frontend.python.objects.CompareOp.values()[(int) op].test(cmp) ? 1 : 0;
    }

    private static boolean plainScalar(PyKind k) {
        return k == PyKind.NONE || k == PyKind.BOOL || k == PyKind.INT || k == PyKind.FLOAT || k == PyKind.STR;
    }

    /** What {@link #plainTruth} answers for an object whose truth may run Python code. */
    static final long TRUTH_UNKNOWN = 2;

    /**
     * The truth of {@code v} as 1 or 0 when no Python code decides it: a bool, None, an exact int,
     * str, list, tuple or dict, or an instance of a class that defines neither {@code __bool__}
     * nor {@code __len__}; otherwise {@link #TRUTH_UNKNOWN}, and the caller leaves for the
     * interpreter (frameless code may run no Python code).
     */
    public static long plainTruth(Object v) {
        if (v == PyBool.TRUE) {
            return 1;
        }
        if (v == PyBool.FALSE || v == PySingleton.NONE) {
            return 0;
        }
        Class<?> c = v.getClass();
        if (c == PyInstance.class) {
            PyType t = ((PyInstance) v).type();
            return t.lookup("__bool__") == null && t.lookup("__len__") == null ? 1 : TRUTH_UNKNOWN;
        }
        return switch (kindOf(v)) {
            case INT -> ((PyInt) v).value != 0 ? 1 : 0;
            case STR -> ((PyStr) v).value().isEmpty() ? 0 : 1;
            case LIST -> ((PyList) v).size() != 0 ? 1 : 0;
            case TUPLE -> ((PyTuple) v).size() != 0 ? 1 : 0;
            case DICT -> ((PyDict) v).size() != 0 ? 1 : 0;
            default -> TRUTH_UNKNOWN;
        };
    }

    // ---- boxing

    public static long unboxInt(Object o) {
        return ((PyInt) o).value;
    }

    public static double unboxFloat(Object o) {
        return ((PyFloat) o).value;
    }

    public static Object boxInt(long v) {
        return PyInt.of(v);
    }

    public static Object boxFloat(double v) {
        return PyFloat.of(v);
    }

    public static Object boxBool(boolean v) {
        return PyBool.of(v);
    }

    // ---- int arithmetic with Python's semantics

    /** {@code a // b}; the caller guarded {@code b != 0} and not {@code MIN // -1}. */
    public static long floorDivInt(long a, long b) {
        return Math.floorDiv(a, b);
    }

    /** {@code a % b}; the caller guarded {@code b != 0}. */
    public static long modInt(long a, long b) {
        return Math.floorMod(a, b);
    }

    /** Whether {@code a << n} fits 64 bits (and {@code n} is a valid count): otherwise the instruction leaves. */
    public static boolean shlFits(long a, long n) {
        return n >= 0 && n < 64 && ((a << n) >> n) == a;
    }

    /** {@code a >> n} for {@code n >= 0} (guarded by the caller). */
    public static long shrInt(long a, long n) {
        return a >> Math.min(n, 63);
    }

    /** {@code a / b} for ints; the caller guarded {@code b != 0}. */
    public static double trueDivInt(long a, long b) {
        if (Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53)) {
            return (double) a / (double) b;
        }
        return ((PyFloat) NumberOps.binary(BinaryOp.TRUEDIV, PyInt.of(a), PyInt.of(b))).value;
    }

    public static long absInt(long a) {
        return Math.abs(a);
    }

    /** {@code min(a, b)} as Python computes it: the first unless the second is smaller. */
    public static long minInt(long a, long b) {
        return b < a ? b : a;
    }

    public static long maxInt(long a, long b) {
        return b > a ? b : a;
    }

    public static double minFloat(double a, double b) {
        return b < a ? b : a;
    }

    public static double maxFloat(double a, double b) {
        return b > a ? b : a;
    }

    // ---- float arithmetic whose semantics need the runtime (errors raised with CPython's messages)

    public static double floorDivFloat(double a, double b) {
        return ((PyFloat) NumberOps.floatOp(BinaryOp.FLOORDIV, a, b)).value;
    }

    public static double modFloat(double a, double b) {
        return ((PyFloat) NumberOps.floatOp(BinaryOp.MOD, a, b)).value;
    }

    public static double divFloat(double a, double b) {
        return ((PyFloat) NumberOps.floatOp(BinaryOp.TRUEDIV, a, b)).value;
    }

    // ---- sequences

    public static long lenStr(Object s) {
        return ((PyStr) s).length();
    }

    public static long lenList(Object l) {
        return ((PyList) l).size();
    }

    public static long lenTuple(Object t) {
        return ((PyTuple) t).size();
    }

    public static long lenDict(Object d) {
        return Abstract.length((PyObject) d);
    }

    /** {@code list[i]}: the in-range case directly, the rest (negative indexes, errors) as the runtime does it. */
    public static Object listItem(Object list, long i) {
        PyList l = (PyList) list;
        if (i >= 0 && i < l.size()) {
            return l.items.get((int) i);
        }
        return Abstract.getItem(l, PyInt.of(i));
    }

    public static Object tupleItem(Object tuple, long i) {
        PyTuple t = (PyTuple) tuple;
        if (i >= 0 && i < t.size()) {
            return t.get((int) i);
        }
        return Abstract.getItem(t, PyInt.of(i));
    }

    public static Object strItem(Object s, long i) {
        return Abstract.getItem((PyObject) s, PyInt.of(i));
    }

    public static boolean strEq(Object a, Object b) {
        return ((PyStr) a).value().equals(((PyStr) b).value());
    }

    public static void appendToList(Object list, Object v) {
        ((PyList) list).append((PyObject) v);
    }

    /** {@code list.pop()} and {@code list.pop(i)}, with the built-in method's IndexErrors. */
    public static Object listPop(Object list, long i) {
        PyList l = (PyList) list;
        int n = l.size();
        if (n == 0) {
            throw Errors.indexError("pop from empty list");
        }
        long at = i < 0 ? i + n : i;
        if (at < 0 || at >= n) {
            throw Errors.indexError("pop index out of range");
        }
        return l.items.remove((int) at);
    }

    // ---- sets (exact sets: their methods are the built-in ones; s.add(x) is the SET_ADD helper, setAdd)

    public static Object newSet() {
        return new PySet(false);
    }

    public static long lenSet(Object s) {
        return ((PySet) s).size();
    }

    /** {@code x in s}: hashed and compared as the generic path does (an unhashable x raises its TypeError). */
    public static boolean setContains(Object s, Object x) {
        return ((PySet) s).contains((PyObject) x);
    }

    /** {@code v in s} for an unboxed int, without a box unless a member of another type shares its hash. */
    public static boolean setContainsInt(Object s, long v) {
        return ((PySet) s).set.containsInt(v);
    }

    public static void setDiscard(Object s, Object x) {
        ((PySet) s).remove((PyObject) x);
    }

    /** {@code s.remove(x)}: KeyError(x) when absent, as the built-in method raises it. */
    public static void setRemove(Object s, Object x) {
        if (!((PySet) s).remove((PyObject) x)) {
            throw Errors.keyError((PyObject) x);
        }
    }

    // ---- ranges

    public static Object makeRange(long start, long stop, long step) {
        return new PyRange(start, stop, step);
    }

    // a running range iterator stepped by compiled code (its fields are private to the object
    // model, which needs no accessors of its own)
    private static final java.lang.invoke.VarHandle NEXT;
    private static final java.lang.invoke.VarHandle REMAINING;
    private static final java.lang.invoke.VarHandle STEP;

    static {
        try {
            java.lang.invoke.MethodHandles.Lookup l = java.lang.invoke.MethodHandles.privateLookupIn(
                    PyIterator.RangeIter.class, java.lang.invoke.MethodHandles.lookup());
            NEXT = l.findVarHandle(PyIterator.RangeIter.class, "next", long.class);
            REMAINING = l.findVarHandle(PyIterator.RangeIter.class, "remaining", long.class);
            STEP = l.findVarHandle(PyIterator.RangeIter.class, "step", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static boolean isSequenceIterator(Object o) {
        return o != null && (o.getClass() == PyIterator.ListIter.class || o.getClass() == PyIterator.ArrayIter.class);
    }

    /** The next item of a list or tuple iterator (the list's live length checked), or null when exhausted. */
    public static Object sequenceIteratorNext(Object it) {
        return ((PyIterator) it).next();
    }

    public static boolean isRangeIterator(Object o) {
        return o != null && o.getClass() == PyIterator.RangeIter.class;
    }

    public static boolean rangeIteratorHasNext(Object o) {
        return (long) REMAINING.get((PyIterator.RangeIter) o) > 0;
    }

    /** The iterator's next value, stepping past it; an exhausted iterator stays as it is. */
    public static long rangeIteratorAdvance(Object o) {
        PyIterator.RangeIter it = (PyIterator.RangeIter) o;
        long v = (long) NEXT.get(it);
        long left = (long) REMAINING.get(it);
        if (left > 0) {
            REMAINING.set(it, left - 1);
            NEXT.set(it, v + (long) STEP.get(it));
        }
        return v;
    }

    /** A range iterator whose next value is {@code cur}: how a virtual counted loop's iterator is rebuilt. */
    public static Object rangeIterator(long cur, long stop, long step) {
        return new PyIterator.RangeIter(new PyRange(cur, stop, step));
    }
}
