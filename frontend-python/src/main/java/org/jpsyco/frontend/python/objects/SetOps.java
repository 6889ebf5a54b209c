package org.jpsyco.frontend.python.objects;

/**
 * Set algebra as CPython 3.11's {@code setobject.c} does it, step for step, because the order in
 * which a result's table is filled (and its size) decides the order the result prints in:
 * a union copies the left operand then adds the right one, an intersection walks the smaller
 * set, a symmetric difference starts from a copy of the right operand, and so on.
 */
final class SetOps {
    private SetOps() {
    }

    /** An empty set of the built-in base kind of {@code so} ({@code make_new_set_basetype}). */
    static PySet newLike(PySet so) {
        return new PySet(so.frozen);
    }

    /** {@code make_new_set_basetype(type(so), so)}. */
    static PySet copy(PySet so) {
        PySet r = newLike(so);
        r.set.merge(so.set);
        return r;
    }

    /** A new set (or frozenset) filled from an iterable as {@code set(iterable)} fills it. */
    static PySet fromIterable(boolean frozen, PyObject iterable) {
        PySet r = new PySet(frozen);
        update(r, iterable);
        return r;
    }

    /** CPython's {@code set_update_internal}. */
    static void update(PySet so, PyObject other) {
        if (other instanceof PySet o) {
            so.set.merge(o.set);
            return;
        }
        SetTable t = so.set;
        if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            int n = d.size();
            if ((long) (fillOf(t) + n) * 5 >= (long) (t.capacity() - 1) * 3) {
                t.resize((t.size() + n) * 2);
            }
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            t.add(v);
        }
    }

    private static int fillOf(SetTable t) {
        return t.fillCount();
    }

    static PySet union(PySet so, PyObject[] others, int from) {
        PySet r = copy(so);
        for (int i = from; i < others.length; i++) {
            if (others[i] != so) {
                update(r, others[i]);
            }
        }
        return r;
    }

    /** CPython's {@code set_intersection}: the smaller set is walked, its keys kept. */
    static PySet intersection(PySet so, PyObject other) {
        if (so == other) {
            return copy(so);
        }
        PySet r = newLike(so);
        if (other instanceof PySet o) {
            SetTable big = so.set;
            SetTable small = o.set;
            if (small.size() > big.size()) {
                SetTable t = big;
                big = small;
                small = t;
            }
            for (int i = small.next(0); i >= 0; i = small.next(i + 1)) {
                PyObject k = small.keyAt(i);
                long h = small.hashAt(i);
                if (big.containsEntry(k, h)) {
                    r.set.addEntry(k, h);
                }
            }
            return r;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            long h = SetTable.hashOf(v);
            if (so.set.containsEntry(v, h)) {
                r.set.addEntry(v, h);
            }
        }
        return r;
    }

    static PySet intersectionMulti(PySet so, PyObject[] others, int from) {
        if (from >= others.length) {
            return copy(so);
        }
        PySet r = so;
        for (int i = from; i < others.length; i++) {
            r = intersection(r, others[i]);
        }
        return r;
    }

    static void intersectionUpdate(PySet so, PyObject[] others, int from) {
        PySet tmp = intersectionMulti(so, others, from);
        if (tmp != so) {
            so.set.swap(tmp.set);
        }
    }

    /** CPython's {@code set_difference_update_internal}. */
    static void differenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.set.clear();
            return;
        }
        if (other instanceof PySet o) {
            SetTable ot = o.set;
            for (int i = ot.next(0); i >= 0; i = ot.next(i + 1)) {
                so.set.discardEntry(ot.keyAt(i), ot.hashAt(i));
            }
        } else {
            PyObject it = Abstract.getIter(other);
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                so.set.discard(v);
            }
        }
        so.set.shrinkAfterRemovals();
    }

    /** CPython's {@code set_difference}. */
    static PySet difference(PySet so, PyObject other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.size();
        } else if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            otherSize = d.size();
        } else {
            PySet r = copy(so);
            differenceUpdate(r, other);
            return r;
        }
        if ((so.size() >> 2) > otherSize) {
            PySet r = copy(so);
            differenceUpdate(r, other);
            return r;
        }
        PySet r = newLike(so);
        SetTable t = so.set;
        for (int i = t.next(0); i >= 0; i = t.next(i + 1)) {
            PyObject k = t.keyAt(i);
            long h = t.hashAt(i);
            boolean in = other instanceof PySet o ? o.set.containsEntry(k, h) : ((PyDict) other).contains(k);
            if (!in) {
                r.set.addEntry(k, h);
            }
        }
        return r;
    }

    static PySet differenceMulti(PySet so, PyObject[] others, int from) {
        if (from >= others.length) {
            return copy(so);
        }
        PySet r = difference(so, others[from]);
        for (int i = from + 1; i < others.length; i++) {
            differenceUpdate(r, others[i]);
        }
        return r;
    }

    /** CPython's {@code set_symmetric_difference_update}. */
    static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.set.clear();
            return;
        }
        PySet o;
        if (other instanceof PySet s) {
            o = s;
        } else if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            PyObject it = Abstract.getIter(d);
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                long h = SetTable.hashOf(v);
                if (!so.set.discardEntry(v, h)) {
                    so.set.addEntry(v, h);
                }
            }
            return;
        } else {
            o = fromIterable(so.frozen, other);
        }
        SetTable ot = o.set;
        for (int i = ot.next(0); i >= 0; i = ot.next(i + 1)) {
            PyObject k = ot.keyAt(i);
            long h = ot.hashAt(i);
            if (!so.set.discardEntry(k, h)) {
                so.set.addEntry(k, h);
            }
        }
    }

    /** CPython's {@code set_symmetric_difference}: a copy of {@code other}, updated with {@code so}. */
    static PySet symmetricDifference(PySet so, PyObject other) {
        PySet r = fromIterable(so.frozen, other);
        symmetricDifferenceUpdate(r, so);
        return r;
    }

    static boolean isSubset(PySet so, PyObject other) {
        if (!(other instanceof PySet o)) {
            return isSubset(so, fromIterable(false, other));
        }
        if (so.size() > o.size()) {
            return false;
        }
        SetTable t = so.set;
        for (int i = t.next(0); i >= 0; i = t.next(i + 1)) {
            if (!o.set.containsEntry(t.keyAt(i), t.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(PySet so, PyObject other) {
        if (other instanceof PySet o) {
            return isSubset(o, so);
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (!so.set.contains(v)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDisjoint(PySet so, PyObject other) {
        if (so == other) {
            return so.size() == 0;
        }
        if (other instanceof PySet o) {
            SetTable small = so.set;
            SetTable big = o.set;
            if (small.size() > big.size()) {
                small = o.set;
                big = so.set;
            }
            for (int i = small.next(0); i >= 0; i = small.next(i + 1)) {
                if (big.containsEntry(small.keyAt(i), small.hashAt(i))) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (so.set.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code == } between two sets: equal sizes, (equal cached frozenset hashes), subset. */
    static boolean equal(PySet a, PySet b) {
        if (a.size() != b.size()) {
            return false;
        }
        if (a.frozen && b.frozen && a.frozenHash() != b.frozenHash()) {
            return false;
        }
        return isSubset(a, b);
    }

    /** The operators {@code | & - ^}; null unless both operands are sets. */
    static PyObject binary(BinaryOp op, PyObject a, PyObject b) {
        if (isSetLikeView(a) || isSetLikeView(b)) {
            // dict_keys and dict_items combine with any iterable through a set copy of both sides
            return binary(op, fromIterable(false, a), b instanceof PySet ? b : fromIterable(false, b));
        }
        if (!(a instanceof PySet x) || !(b instanceof PySet)) {
            return null;
        }
        return switch (op) {
            case OR -> {
                PySet r = copy(x);
                if (a != b) {
                    update(r, b);
                }
                yield r;
            }
            case AND -> intersection(x, b);
            case SUB -> difference(x, b);
            case XOR -> symmetricDifference(x, b);
            default -> null;
        };
    }

    private static boolean isSetLikeView(PyObject o) {
        return o instanceof DictView v && v.kind != DictView.Kind.VALUES;
    }

    /** The in-place operators {@code |= &= -= ^=} on a set; null unless both operands are sets. */
    static PyObject inplace(BinaryOp op, PyObject a, PyObject b) {
        if (!(a instanceof PySet x) || x.frozen || !(b instanceof PySet)) {
            return null;
        }
        switch (op) {
            case OR -> update(x, b);
            case AND -> intersectionUpdate(x, new PyObject[] {b}, 0);
            case SUB -> differenceUpdate(x, b);
            case XOR -> symmetricDifferenceUpdate(x, b);
            default -> {
                return null;
            }
        }
        return x;
    }
}
