package org.jpsyco.frontend.python.objects;

import java.util.Iterator;
import java.util.List;

/**
 * A built-in iterator. {@link #next()} returns null when exhausted instead of raising
 * StopIteration, so loops over built-in iterables never allocate an exception.
 */
public abstract class PyIterator extends PyObject {
    public static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", PyType.OBJECT);
    public static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", PyType.OBJECT);
    public static final PyType STR_ITERATOR = PyType.builtin("str_ascii_iterator", PyType.OBJECT);
    public static final PyType RANGE_ITERATOR = PyType.builtin("range_iterator", PyType.OBJECT);
    public static final PyType DICT_KEY_ITERATOR = PyType.builtin("dict_keyiterator", PyType.OBJECT);
    public static final PyType DICT_VALUE_ITERATOR = PyType.builtin("dict_valueiterator", PyType.OBJECT);
    public static final PyType DICT_ITEM_ITERATOR = PyType.builtin("dict_itemiterator", PyType.OBJECT);
    public static final PyType SET_ITERATOR = PyType.builtin("set_iterator", PyType.OBJECT);
    public static final PyType GENERIC = PyType.builtin("iterator", PyType.OBJECT);
    public static final PyType CALLABLE_ITERATOR = PyType.builtin("callable_iterator", PyType.OBJECT);

    private final PyType type;

    protected PyIterator(PyType type) {
        this.type = type;
    }

    /** The next item, or null when exhausted. */
    public abstract PyObject next();

    @Override
    public PyType type() {
        return type;
    }

    /** Iterates a list by index, seeing appends made during iteration as CPython does. */
    public static final class ListIter extends PyIterator {
        private final List<PyObject> list;
        private int i;

        public ListIter(List<PyObject> list, PyType type) {
            super(type);
            this.list = list;
        }

        @Override
        public PyObject next() {
            if (i < list.size()) {
                return list.get(i++);
            }
            i = Integer.MAX_VALUE;
            return null;
        }
    }

    public static final class ArrayIter extends PyIterator {
        private final PyObject[] items;
        private int i;

        public ArrayIter(PyObject[] items, PyType type) {
            super(type);
            this.items = items;
        }

        @Override
        public PyObject next() {
            return i < items.length ? items[i++] : null;
        }
    }

    public static final class StrIter extends PyIterator {
        private final PyStr s;
        private int i;

        public StrIter(PyStr s) {
            super(STR_ITERATOR);
            this.s = s;
        }

        @Override
        public PyObject next() {
            if (i >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(i++);
            return PyStr.ofCodePoint(cp);
        }

        /** {@link #next} taking one-character Latin-1 strings from a runtime's {@code cache}. */
        public PyObject next(PyStr[] cache) {
            if (i >= s.length()) {
                return null;
            }
            return PyStr.ofCodePoint(s.codePointAt(i++), cache);
        }
    }

    public static final class RangeIter extends PyIterator {
        private long next;
        private long remaining;
        private final long step;

        public RangeIter(PyRange r) {
            super(RANGE_ITERATOR);
            this.next = r.start;
            this.step = r.step;
            this.remaining = r.length();
        }

        @Override
        public PyObject next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }

    /** Wraps a Java iterator (over a snapshot, or a live collection that raises on change). */
    public static final class JavaIter extends PyIterator {
        private final Iterator<PyObject> it;

        public JavaIter(Iterator<PyObject> it, PyType type) {
            super(type);
            this.it = it;
        }

        @Override
        public PyObject next() {
            return it.hasNext() ? it.next() : null;
        }
    }

    /** Iterates a snapshot of a dict's or set's items, raising RuntimeError if the container changes size. */
    public static final class SizeCheckedIter extends PyIterator {
        private final java.util.Iterator<PyObject> it;
        private final java.util.function.IntSupplier size;
        private final int initial;
        private final String what;

        public SizeCheckedIter(PyType type, List<PyObject> snapshot, java.util.function.IntSupplier size, String what) {
            super(type);
            this.it = snapshot.iterator();
            this.size = size;
            this.initial = size.getAsInt();
            this.what = what;
        }

        @Override
        public PyObject next() {
            if (size.getAsInt() != initial) {
                throw Errors.runtimeError(what + " changed size during iteration");
            }
            return it.hasNext() ? it.next() : null;
        }
    }

    /** A Java-written iterator defined by a supplier returning null at the end. */
    public static final class FnIter extends PyIterator {
        private final java.util.function.Supplier<PyObject> fn;
        private boolean done;

        public FnIter(PyType type, java.util.function.Supplier<PyObject> fn) {
            super(type);
            this.fn = fn;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            PyObject v = fn.get();
            if (v == null) {
                done = true;
            }
            return v;
        }
    }
}
