package org.jpsyco.frontend.python.objects;

import java.util.Arrays;

/**
 * The hash table of a set, laid out as CPython 3.11's {@code setobject.c} lays it out, so that
 * iteration order (what {@code print({3, 1, 2})} shows) is CPython's: open addressing from
 * {@code hash & mask}, up to 9 linear probes, then perturbed jumps; deleted entries become
 * dummies; the table grows to the next power of two above 4 × used (2 × used past 50000)
 * when fill reaches 3/5 of the mask. Each slot keeps the key's Python hash ({@link Abstract#hash}),
 * which for str depends on the runtime's hash seed.
 */
public final class SetTable {
    static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a slot whose key was removed; probing continues past it. */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;
    private int finger;

    public int size() {
        return used;
    }

    /** Slots in use by live keys or dummies. */
    int fillCount() {
        return fill;
    }

    /** Slots {@code 0..capacity()-1}; live ones are those {@link #next} visits. */
    int capacity() {
        return mask + 1;
    }

    /** The first slot at or after {@code pos} holding a live key, or -1. */
    public int next(int pos) {
        PyObject[] k = keys;
        for (int i = pos; i < k.length; i++) {
            if (k[i] != null && k[i] != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    public PyObject keyAt(int slot) {
        return keys[slot];
    }

    long hashAt(int slot) {
        return hashes[slot];
    }

    /** Python's hash of a key, exact ints (the commonest set members) without the type dispatch. */
    static long hashOf(PyObject key) {
        if (key.getClass() == PyInt.class && ((PyInt) key).big == null && ((PyInt) key).isPlain()) {
            return PyDict.intHash(((PyInt) key).value);
        }
        return Abstract.hash(key);
    }

    private static boolean same(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.isPlain() && y.isPlain() && x.big == null && y.big == null) {
                return x.value == y.value; // no __eq__ to run
            }
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.isExact() && y.isExact()) {
            return x.value().equals(y.value());
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    /** The slot holding {@code key}, or -1 (CPython's {@code set_lookkey}). */
    int find(PyObject key, long hash) {
        PyObject[] k = keys;
        long perturb = hash;
        int m = mask;
        int i = (int) (hash & m);
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject e = k[j];
                if (e == null) {
                    return -1;
                }
                if (hashes[j] == hash && e != DUMMY) {
                    if (same(e, key)) {
                        return j;
                    }
                    if (keys != k || k[j] != e) {
                        // the comparison changed the table: start over, as CPython does
                        return find(key, hash);
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    public boolean contains(PyObject key) {
        return find(key, hashOf(key)) >= 0;
    }

    /**
     * Whether the exact int {@code v} is a member, without boxing it: entries that are exact ints
     * compare by value (no {@code __eq__} can run); the first other entry with the same hash (a
     * float, a bool, an object of a user class) makes the lookup the boxed one, which compares
     * as Python does.
     */
    public boolean containsInt(long v) {
        long hash = PyDict.intHash(v);
        PyObject[] k = keys;
        long perturb = hash;
        int m = mask;
        int i = (int) (hash & m);
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject e = k[j];
                if (e == null) {
                    return false;
                }
                if (hashes[j] == hash && e != DUMMY) {
                    if (e.getClass() != PyInt.class || !((PyInt) e).isPlain() || ((PyInt) e).big != null) {
                        return find(PyInt.of(v), hash) >= 0;
                    }
                    if (((PyInt) e).value == v) {
                        return true;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    boolean containsEntry(PyObject key, long hash) {
        return find(key, hash) >= 0;
    }

    public boolean add(PyObject key) {
        return addEntry(key, hashOf(key));
    }

    /** CPython's {@code set_add_entry}; false if already present. */
    boolean addEntry(PyObject key, long hash) {
        while (true) {
            PyObject[] k = keys;
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            int freeslot = -1;
            boolean restart = false;
            probe:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject e = k[j];
                    if (e == null) {
                        if (freeslot >= 0) {
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            return true;
                        }
                        k[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (e == DUMMY) {
                        // the last dummy on the probe path, not the first (CPython does so)
                        freeslot = j;
                    } else if (hashes[j] == hash) {
                        if (same(e, key)) {
                            return false;
                        }
                        if (keys != k || k[j] != e) {
                            restart = true;
                            break probe;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return false;
            }
        }
    }

    /** Removes {@code key}; false if it was absent. */
    public boolean discard(PyObject key) {
        return discardEntry(key, hashOf(key));
    }

    boolean discardEntry(PyObject key, long hash) {
        int j = find(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** CPython's {@code set_table_resize}: a fresh table, live keys reinserted in slot order. */
    void resize(int minused) {
        int newsize = MIN_SIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject e = oldKeys[i];
            if (e != null && e != DUMMY) {
                insertClean(e, oldHashes[i]);
            }
        }
        fill = used;
    }

    /** Places a key known to be absent into a table without dummies. */
    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int m = mask;
        int i = (int) (hash & m);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** CPython's {@code set.pop}: the first live entry from the moving finger. */
    public PyObject pop() {
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = (i + 1) & mask;
        }
        PyObject k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    public void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** CPython's {@code set_merge}: adds every key of {@code other}, reusing its stored hashes. */
    void merge(SetTable other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            // same size, no dummies to drop: the layout is copied slot for slot
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject e = other.keys[i];
                if (e != null && e != DUMMY) {
                    insertClean(e, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject e = other.keys[i];
            if (e != null && e != DUMMY) {
                addEntry(e, other.hashes[i]);
            }
        }
    }

    /** After removals: drops the dummies when they are more than a quarter of the table. */
    void shrinkAfterRemovals() {
        if (fill - used <= mask / 4) {
            return;
        }
        resize(used > 50000 ? used * 2 : used * 4);
    }

    /** Exchanges contents with {@code o} (CPython's {@code set_swap_bodies}). */
    void swap(SetTable o) {
        PyObject[] k = keys;
        keys = o.keys;
        o.keys = k;
        long[] h = hashes;
        hashes = o.hashes;
        o.hashes = h;
        int t = mask;
        mask = o.mask;
        o.mask = t;
        t = fill;
        fill = o.fill;
        o.fill = t;
        t = used;
        used = o.used;
        o.used = t;
    }

    /** CPython's frozenset hash: shuffled entry hashes combined by xor, then dispersed. */
    long frozenHash() {
        long h = 0;
        for (int i = 0; i <= mask; i++) {
            PyObject e = keys[i];
            if (e != null && e != DUMMY) {
                long x = hashes[i];
                h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
            }
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    @Override
    public String toString() {
        return "SetTable" + Arrays.toString(keys);
    }
}
