package org.jpsyco.frontend.python.objects;

import java.util.List;

/** Rich comparison of built-in types; null when the operands are not both built-in comparable. */
final class Compare {
    private Compare() {
    }

    static PyObject builtin(PyObject a, PyObject b, CompareOp op) {
        if (NumberOps.isNumber(a) && NumberOps.isNumber(b)) {
            int c = NumberOps.compareNumbers(a, b);
            if (c == 2) {
                return PyBool.of(op == CompareOp.NE);
            }
            return PyBool.of(op.test(c));
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            // without surrogate pairs UTF-16 order is code point order: String.compareTo is exact
            int c = x.isBmp() && y.isBmp() ? x.value().compareTo(y.value()) : compareStr(x.value(), y.value());
            return PyBool.of(op.test(c));
        }
        if ((a instanceof PyComplex || b instanceof PyComplex) && (op == CompareOp.EQ || op == CompareOp.NE)) {
            PyComplex x = PyComplex.of(a);
            PyComplex y = PyComplex.of(b);
            if (x != null && y != null) {
                boolean eq = x.real == y.real && x.imag == y.imag;
                return PyBool.of(op == CompareOp.EQ ? eq : !eq);
            }
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
            return PyBool.of(op.test(java.util.Arrays.compareUnsigned(x.value, y.value)));
        }
        if (a instanceof PyByteArray || b instanceof PyByteArray) {
            byte[] x = PyByteArray.bytesLike(a);
            byte[] y = PyByteArray.bytesLike(b);
            if (x != null && y != null) {
                return PyBool.of(op.test(java.util.Arrays.compareUnsigned(x, y)));
            }
        }
        if (a instanceof PySlice x && b instanceof PySlice y) {
            // CPython compares slices as the tuples (start, stop, step)
            return sequence(List.of(x.start, x.stop, x.step), List.of(y.start, y.stop, y.step), op);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            if (x.items.length != y.items.length && (op == CompareOp.EQ || op == CompareOp.NE)) {
                return PyBool.of(op == CompareOp.NE); // as CPython: sizes differ, no item is compared
            }
            return sequence(java.util.Arrays.asList(x.items), java.util.Arrays.asList(y.items), op);
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            if (x.items.size() != y.items.size() && (op == CompareOp.EQ || op == CompareOp.NE)) {
                return PyBool.of(op == CompareOp.NE);
            }
            return sequence(x.items, y.items, op);
        }
        if (a instanceof DictView x && b instanceof DictView y && x.kind != DictView.Kind.VALUES
                && (op == CompareOp.EQ || op == CompareOp.NE)) {
            boolean eq = SetOps.equal(BuiltinMethods.toSet(new PyList(x.items())),
                    BuiltinMethods.toSet(new PyList(y.items())));
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            boolean eq;
            if (a instanceof PyDict x && b instanceof PyDict y) {
                eq = dictEq(x, y);
            } else if (a instanceof PySet x && b instanceof PySet y) {
                eq = SetOps.equal(x, y);
            } else if (a instanceof PyMethod x && b instanceof PyMethod y) {
                // bound methods are equal when they bind the same object to equal functions
                eq = x.self == y.self && (x.function == y.function || Abstract.richCompareBool(x.function, y.function,
                        CompareOp.EQ));
            } else if (a instanceof PyRange x && b instanceof PyRange y) {
                eq = x.length() == y.length() && (x.length() == 0 || (x.start == y.start
                        && (x.length() == 1 || x.step == y.step)));
            } else {
                return null;
            }
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return switch (op) {
                case LE -> PyBool.of(SetOps.isSubset(x, y));
                case LT -> PyBool.of(x.size() < y.size() && SetOps.isSubset(x, y));
                case GE -> PyBool.of(SetOps.isSubset(y, x));
                case GT -> PyBool.of(x.size() > y.size() && SetOps.isSubset(y, x));
                default -> null;
            };
        }
        return null;
    }

    /** Compares by code point, as Python does (Java's compareTo compares UTF-16 units). */
    static int compareStr(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c1 = x.charAt(i);
            char c2 = y.charAt(i);
            if (c1 != c2) {
                if (Character.isSurrogate(c1) || Character.isSurrogate(c2)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return c1 - c2;
            }
        }
        return x.length() - y.length();
    }

    private static boolean dictEq(PyDict x, PyDict y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int e = 0; e < x.entryEnd(); e++) {
            PyObject k = x.keyAt(e);
            if (k == null) {
                continue;
            }
            PyObject xv = x.valueAt(e);
            // the stored hash, as CPython's dict_equal: the key's __hash__ does not run again
            PyObject v = y.getWithHash(k, x.hashAt(e));
            if (v == null || !itemEq(xv, v)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject sequence(List<PyObject> x, List<PyObject> y, CompareOp op) {
        int i = 0;
        // the sizes are read again after each item: an item's __eq__ may shrink either list
        for (; i < x.size() && i < y.size(); i++) {
            if (!itemEq(x.get(i), y.get(i))) {
                break;
            }
        }
        if (i >= x.size() || i >= y.size()) {
            return PyBool.of(op.test(Integer.compare(x.size(), y.size())));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(x.get(i), y.get(i), op);
    }

    /**
     * Whether two items of containers being compared are equal: the items a data structure is
     * usually made of (exact str, int, float, and lists, tuples and dicts of them) are decided here
     * without the generic rich comparison's dispatch; anything else goes through it.
     */
    private static boolean itemEq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x) {
            if (b instanceof PyStr y && x.isExact() && y.isExact()) {
                return x.value().equals(y.value());
            }
        } else if (a instanceof PyInt x) {
            if (b instanceof PyInt y && x.big == null && y.big == null && x.type() == PyInt.TYPE
                    && y.type() == PyInt.TYPE) {
                return x.value == y.value;
            }
        } else if (a instanceof PyFloat x) {
            if (b instanceof PyFloat y && x.isExact() && y.isExact()) {
                return x.value == y.value;
            }
        } else if (a instanceof PyList x) {
            if (b instanceof PyList y && x.isExact() && y.isExact()) {
                return x.items.size() == y.items.size() && sequence(x.items, y.items, CompareOp.EQ) == PyBool.TRUE;
            }
        } else if (a instanceof PyDict x) {
            if (b instanceof PyDict y && x.type() == PyDict.TYPE && y.type() == PyDict.TYPE) {
                return dictEq(x, y);
            }
        } else if (a instanceof PyTuple x) {
            if (b instanceof PyTuple y && x.type() == PyTuple.TYPE && y.type() == PyTuple.TYPE) {
                return x.items.length == y.items.length && sequence(java.util.Arrays.asList(x.items),
                        java.util.Arrays.asList(y.items), CompareOp.EQ) == PyBool.TRUE;
            }
        }
        return Abstract.eq(a, b);
    }
}
