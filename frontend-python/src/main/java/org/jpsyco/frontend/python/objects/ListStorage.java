package org.jpsyco.frontend.python.objects;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The items of a {@link PyList}, held in one of three storage kinds:
 * <ul>
 * <li>{@link #INT}: every item is an exact int that fits a {@code long} (no bool, no bignum, no
 * subclass instance); the values live in a {@code long[]}.</li>
 * <li>{@link #FLOAT}: every item is an exact float; the values live in a {@code double[]}.</li>
 * <li>{@link #OBJECT}: anything; the items live in the {@code PyObject[]}.</li>
 * </ul>
 * A numeric list switches to {@link #OBJECT} for good on the first item of another kind (the
 * values are boxed once then); an empty list takes the kind of the first item it receives.
 *
 * <p><b>Identity.</b> Python can observe the identity of any item ({@code a[0] is a[0]},
 * {@code a[0] is x} after {@code a[0] = x}, {@code nan in a}). A numeric list therefore keeps, beside
 * its primitive values, the box each item was stored as, in the same {@code PyObject[]} the object
 * kind uses: the interpreter reads and writes boxes exactly as before, so nothing observable changes.
 * Compiled code stores values it computed unboxed with {@link #setDouble}/{@link #setLong}/{@link
 * #addDouble}/{@link #addLong}, which leave the item without a box: such a value has no identity
 * yet, and the first boxed read makes one and keeps it, so every later read returns that same
 * object. Compiled code reads items by reference (a value read unboxed would get a new box
 * wherever it escapes, and {@code x in a} or {@code a.index(x)} of a NaN would then fail);
 * searches over int lists compare the values directly ({@link #longAt}). Invariant: for a numeric kind, a non-null box always
 * holds the item's primitive value; for {@link #OBJECT} no item is null.
 *
 * <p>The class is a {@link java.util.List} so that code written against lists keeps working;
 * {@code modCount} is kept, so an iterator over it fails fast as an {@code ArrayList}'s did.
 */
public final class ListStorage extends AbstractList<PyObject> implements RandomAccess {
    public static final int OBJECT = 0;
    public static final int INT = 1;
    public static final int FLOAT = 2;
    private static final PyObject[] NONE = {};
    private static final long[] NO_LONGS = {};

    private int kind = INT;
    private int size;
    /** {@link #OBJECT}: the items; numeric kinds: each item's box, null when it has none yet. */
    private PyObject[] objs;
    /** The values of an {@link #INT} list (as long as {@link #objs}), else null. */
    private long[] longs;
    /** The values of a {@link #FLOAT} list (as long as {@link #objs}), else null. */
    private double[] doubles;

    public ListStorage() {
        objs = NONE;
        longs = NO_LONGS;
    }

    public ListStorage(int capacity) {
        objs = capacity == 0 ? NONE : new PyObject[capacity];
        longs = capacity == 0 ? NO_LONGS : new long[capacity];
    }

    /** A storage holding {@code items} (copied). */
    public ListStorage(Collection<? extends PyObject> items) {
        this(items.size());
        addAll(items);
    }

    /** A storage that takes {@code items} over (the caller keeps no reference to the array). */
    public static ListStorage adopt(PyObject[] items) {
        ListStorage s = new ListStorage();
        int k = items.length == 0 ? INT : kindOf(items[0]);
        for (int i = 1; i < items.length && k != OBJECT; i++) {
            if (kindOf(items[i]) != k) {
                k = OBJECT;
            }
        }
        s.objs = items;
        s.size = items.length;
        s.kind = k;
        s.longs = null;
        if (k == INT) {
            s.longs = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                s.longs[i] = ((PyInt) items[i]).value;
            }
        } else if (k == FLOAT) {
            s.doubles = new double[items.length];
            for (int i = 0; i < items.length; i++) {
                s.doubles[i] = ((PyFloat) items[i]).value;
            }
        }
        return s;
    }

    /** The storage kind an item asks for on its own. */
    public static int kindOf(PyObject v) {
        if (v.getClass() == PyInt.class) {
            PyInt i = (PyInt) v;
            return i.big == null && i.isPlain() ? INT : OBJECT;
        }
        return v.getClass() == PyFloat.class && ((PyFloat) v).isExact() ? FLOAT : OBJECT;
    }

    public int kind() {
        return kind;
    }

    @Override
    public int size() {
        return size;
    }

    // ---- reads

    @Override
    public PyObject get(int i) {
        Objects.checkIndex(i, size);
        PyObject o = objs[i];
        return o != null ? o : (objs[i] = box(i));
    }

    private PyObject box(int i) {
        return kind == INT ? PyInt.of(longs[i]) : kind == FLOAT ? new PyFloat(doubles[i]) : null;
    }

    /** The value of item {@code i} of a {@link #FLOAT} list ({@code 0 <= i < size}). */
    public double doubleAt(int i) {
        return doubles[i];
    }

    /** The value of item {@code i} of an {@link #INT} list ({@code 0 <= i < size}). */
    public long longAt(int i) {
        return longs[i];
    }

    // ---- writes

    @Override
    public PyObject set(int i, PyObject v) {
        Objects.checkIndex(i, size);
        PyObject old = objs[i];
        if (old == null) {
            old = box(i);
        }
        store(i, v);
        return old;
    }

    /**
     * Items {@code start}, {@code start + step}, ... ({@code n} of them, all in range) become the
     * items of {@code vals} in order ({@code lst[a:b:step] = vals}); an object list taking the
     * items of another object list copies the references directly.
     */
    public void setStrided(int start, int step, int n, java.util.List<PyObject> vals) {
        if (kind == OBJECT && vals instanceof ListStorage src && src.kind == OBJECT && src != this) {
            PyObject[] from = src.objs;
            PyObject[] to = objs;
            for (int i = 0, j = start; i < n; i++, j += step) {
                to[j] = from[i];
            }
            return;
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            set(j, vals.get(i));
        }
    }

    /** Item {@code i} becomes the float {@code v} ({@code 0 <= i < size}), unboxed when the list is a float list. */
    public void setDouble(int i, double v) {
        Objects.checkIndex(i, size);
        if (kind == FLOAT) {
            doubles[i] = v;
            objs[i] = null;
        } else {
            store(i, new PyFloat(v));
        }
    }

    /** Item {@code i} becomes the int {@code v} ({@code 0 <= i < size}), unboxed when the list is an int list. */
    public void setLong(int i, long v) {
        Objects.checkIndex(i, size);
        if (kind == INT) {
            longs[i] = v;
            objs[i] = null;
        } else {
            store(i, PyInt.of(v));
        }
    }

    /** Writes an in-range item, switching to the object kind first when {@code v} does not fit. */
    private void store(int i, PyObject v) {
        if (kind != OBJECT && kindOf(v) != kind) {
            if (size == 1) {
                // the only item is replaced: nothing to keep of the old kind
                kind = kindOf(v);
                allocateValues(objs.length);
            } else {
                generalize();
            }
        }
        objs[i] = v;
        put(i, v);
    }

    /** Copies {@code v}'s value into the primitive array of a numeric kind (v fits the kind). */
    private void put(int i, PyObject v) {
        if (kind == INT) {
            longs[i] = ((PyInt) v).value;
        } else if (kind == FLOAT) {
            doubles[i] = ((PyFloat) v).value;
        }
    }

    @Override
    public boolean add(PyObject v) {
        admit(kindOf(v));
        grow(size + 1);
        objs[size] = v;
        put(size, v);
        size++;
        modCount++;
        return true;
    }

    /** Appends the float {@code v}, unboxed when the list is (or, empty, becomes) a float list. */
    public void addDouble(double v) {
        if (kind == FLOAT || size == 0) {
            admit(FLOAT);
            grow(size + 1);
            doubles[size] = v;
            objs[size] = null;
            size++;
            modCount++;
        } else {
            add(new PyFloat(v));
        }
    }

    /** Appends the int {@code v}, unboxed when the list is (or, empty, becomes) an int list. */
    public void addLong(long v) {
        if (kind == INT || size == 0) {
            admit(INT);
            grow(size + 1);
            longs[size] = v;
            objs[size] = null;
            size++;
            modCount++;
        } else {
            add(PyInt.of(v));
        }
    }

    @Override
    public void add(int index, PyObject v) {
        Objects.checkIndex(index, size + 1);
        admit(kindOf(v));
        grow(size + 1);
        shift(index, index + 1, size - index);
        objs[index] = v;
        put(index, v);
        size++;
        modCount++;
    }

    @Override
    public PyObject remove(int index) {
        PyObject old = get(index);
        shift(index + 1, index, size - index - 1);
        objs[--size] = null;
        modCount++;
        return old;
    }

    @Override
    protected void removeRange(int from, int to) {
        if (from >= to) {
            return;
        }
        shift(to, from, size - to);
        Arrays.fill(objs, size - (to - from), size, null);
        size -= to - from;
        modCount++;
    }

    @Override
    public void clear() {
        Arrays.fill(objs, 0, size, null);
        size = 0;
        modCount++;
    }

    @Override
    public boolean addAll(Collection<? extends PyObject> c) {
        return addAll(size, c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends PyObject> c) {
        Objects.checkIndex(index, size + 1);
        if (c instanceof ListStorage s && s.kind == kind && s != this) {
            int n = s.size;
            grow(size + n);
            shift(index, index + n, size - index);
            System.arraycopy(s.objs, 0, objs, index, n);
            if (kind == INT) {
                System.arraycopy(s.longs, 0, longs, index, n);
            } else if (kind == FLOAT) {
                System.arraycopy(s.doubles, 0, doubles, index, n);
            }
            size += n;
            modCount++;
            return n > 0;
        }
        Object[] a = c.toArray();
        if (a.length == 0) {
            return false;
        }
        int k = kindOf((PyObject) a[0]);
        for (int j = 1; j < a.length && k != OBJECT; j++) {
            if (kindOf((PyObject) a[j]) != k) {
                k = OBJECT;
            }
        }
        admit(k);
        grow(size + a.length);
        shift(index, index + a.length, size - index);
        for (int j = 0; j < a.length; j++) {
            objs[index + j] = (PyObject) a[j];
            put(index + j, (PyObject) a[j]);
        }
        size += a.length;
        modCount++;
        return true;
    }

    /** Makes the storage able to hold an item of kind {@code k}: an empty list takes it, a numeric one may generalize. */
    private void admit(int k) {
        if (k == kind) {
            return;
        }
        if (size == 0) {
            kind = k;
            allocateValues(objs.length);
        } else if (kind != OBJECT) {
            generalize();
        }
    }

    /** Switches a numeric list to the object kind, boxing the items that have no box. */
    private void generalize() {
        for (int i = 0; i < size; i++) {
            if (objs[i] == null) {
                objs[i] = box(i);
            }
        }
        kind = OBJECT;
        longs = null;
        doubles = null;
    }

    private void allocateValues(int capacity) {
        longs = kind == INT ? new long[capacity] : null;
        doubles = kind == FLOAT ? new double[capacity] : null;
    }

    private void grow(int min) {
        int cap = objs.length;
        if (min <= cap) {
            return;
        }
        int n = Math.max(min, cap < 4 ? 4 : cap + (cap >> 1));
        objs = Arrays.copyOf(objs, n);
        if (kind == INT) {
            longs = Arrays.copyOf(longs, n);
        } else if (kind == FLOAT) {
            doubles = Arrays.copyOf(doubles, n);
        }
    }

    /** Moves {@code n} items from {@code from} to {@code to} in every array of the kind. */
    private void shift(int from, int to, int n) {
        if (n <= 0) {
            return;
        }
        System.arraycopy(objs, from, objs, to, n);
        if (kind == INT) {
            System.arraycopy(longs, from, longs, to, n);
        } else if (kind == FLOAT) {
            System.arraycopy(doubles, from, doubles, to, n);
        }
    }

    // ---- bulk reads

    /** Gives every item a box, so {@link #objs} holds all items. */
    private void boxAll() {
        if (kind != OBJECT) {
            for (int i = 0; i < size; i++) {
                if (objs[i] == null) {
                    objs[i] = box(i);
                }
            }
        }
    }

    /** Items {@code from} to {@code to} (exclusive, in range) in a new storage of the same kind, boxes included. */
    public ListStorage copyRange(int from, int to) {
        ListStorage s = new ListStorage();
        s.kind = kind;
        s.size = to - from;
        s.objs = Arrays.copyOfRange(objs, from, to);
        s.longs = kind == INT ? Arrays.copyOfRange(longs, from, to) : null;
        s.doubles = kind == FLOAT ? Arrays.copyOfRange(doubles, from, to) : null;
        return s;
    }

    /** The {@code n} items from {@code start} by {@code step} (all in range) in a new storage of the same kind. */
    public ListStorage slice(int start, int step, int n) {
        if (step == 1) {
            return copyRange(start, start + n);
        }
        ListStorage s = new ListStorage();
        s.kind = kind;
        s.size = n;
        s.objs = n == 0 ? NONE : new PyObject[n];
        s.allocateValues(n);
        for (int i = 0, j = start; i < n; i++, j += step) {
            s.objs[i] = objs[j];
            if (kind == INT) {
                s.longs[i] = longs[j];
            } else if (kind == FLOAT) {
                s.doubles[i] = doubles[j];
            }
        }
        return s;
    }

    /** The items in a new array. */
    public PyObject[] toPyArray() {
        boxAll();
        return Arrays.copyOf(objs, size);
    }

    @Override
    public Object[] toArray() {
        boxAll();
        return Arrays.copyOf(objs, size, Object[].class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        boxAll();
        if (a.length < size) {
            return (T[]) Arrays.copyOf(objs, size, a.getClass());
        }
        System.arraycopy(objs, 0, a, 0, size);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }
}
