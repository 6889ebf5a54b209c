package org.jpsyco.frontend.python.objects;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Python's dict: insertion ordered, keys compared by Python hash and equality. The layout is
 * CPython's compact dict: the entries (key, value, stored hash) sit in arrays in insertion
 * order, and an open-addressing index maps hash slots to entry positions. A deleted entry
 * leaves a hole (null key) until the next resize compacts the entries. Stored hashes mean a
 * key's {@code __hash__} runs once, when it is inserted or looked up, never on a resize.
 */
public final class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT);

    /** A slot's low half: entry position + 1, 0 when empty, -1 for a deleted entry. */
    private static final long DUMMY = 0xFFFF_FFFFL;
    private static final int MIN_INDEX = 8;
    private static final long[] NO_INDEX = new long[0];
    private static final PyObject[] NO_OBJECTS = new PyObject[0];
    private static final long[] NO_HASHES = new long[0];

    /**
     * The hash index: per slot, the entry position + 1 in the low half (0: empty; -1: the slot
     * of a deleted entry, {@link #DUMMY}) and the low 32 bits of the entry's hash in the high
     * half, so that a probe rejects most other keys without touching the entry arrays.
     */
    private long[] index = NO_INDEX;
    private PyObject[] keys = NO_OBJECTS;
    private PyObject[] values = NO_OBJECTS;
    private long[] hashes = NO_HASHES;
    /** Entry positions used, holes included. */
    private int used;
    /** Index slots in use or dummy: probing needs empty slots, so this bounds insertions too. */
    private int fill;
    /** Live entries. */
    private int size;
    /**
     * Changes whenever a key is added or removed or the entries move (never when only a value
     * is replaced): a cache may keep an entry position while this stays the same.
     */
    private int layout;
    /** For instances of subclasses of dict: their class and attribute dict; null for plain dicts. */
    private PyType subtype;
    private PyDict instDict;
    /** The class whose attribute dict this is, told of every change (its lookups are cached); else null. */
    PyType owner;
    /**
     * Told of every rebinding, addition and removal of a key (namespaces whose bindings compiled
     * code holds as constants: module globals, builtins); null for the other dicts, which pay one
     * null test per change.
     */
    private ChangeWatcher watcher;
    /**
     * Set once a str key (hashed by the seed-independent dict hash), once a key whose class
     * defines {@code __hash__}, was inserted: only such dicts may miss a key of the other kind
     * that Python's hashes would find (see {@link #findAcrossHashes}).
     */
    private boolean heldStr;
    private boolean heldUserHash;

    /** An empty instance of a subclass of dict. */
    public static PyDict ofType(PyType t) {
        PyDict d = new PyDict();
        d.subtype = t;
        d.instDict = new PyDict();
        return d;
    }

    @Override
    public PyType type() {
        return subtype == null ? TYPE : subtype;
    }

    /** {@code __class__} assignment between subclasses of dict. */
    void setSubtype(PyType t) {
        subtype = t;
    }

    @Override
    public PyDict dict() {
        return instDict;
    }

    public int size() {
        return size;
    }

    // ---- hashing and probing ----

    private static long hashOf(PyObject key) {
        if (key.getClass() == PyInt.class && ((PyInt) key).big == null && ((PyInt) key).isPlain()) {
            return intHash(((PyInt) key).value); // the commonest key: no type dispatch
        }
        // str keys (and str subclasses that keep str's __hash__) use the seed-independent hash,
        // as DictKey does, so a subclass instance finds the equal str and the other way round
        if (isStrKey(key)) {
            return ((PyStr) key).hash();
        }
        if (key instanceof PyTuple t && t.isExact()) {
            return Hashing.tupleHash(t);
        }
        return Abstract.hash(key);
    }

    private static boolean isStrKey(PyObject key) {
        return key instanceof PyStr s && (s.isExact() || !DictKey.overridesHash(s.type()));
    }

    private static boolean hasUserHash(PyObject key) {
        return key.type().heap && !isStrKey(key) && DictKey.overridesHash(key.type());
    }

    /**
     * The lookup Python's own hashes would do, after a miss by the dict hash: a str key is stored
     * under the seed-independent hash, so an object of a class whose {@code __hash__} returns
     * {@code hash("k")} and whose {@code __eq__} says it equals "k" (or such a key stored, looked
     * up by the str) is found here, by comparing Python hashes then {@code ==} over the entries of
     * the other kind. Only dicts that have held both kinds of keys pay for it, on misses.
     */
    private int findAcrossHashes(PyObject key, long h) {
        boolean byStr = isStrKey(key);
        if (byStr ? !heldUserHash : !(heldStr && hasUserHash(key))) {
            return -1;
        }
        long pyHash = byStr ? ((PyStr) key).pyHash() : h;
        for (int e = 0; e < used; e++) {
            PyObject k = keys[e];
            if (k == null || isStrKey(k) == byStr) {
                continue;
            }
            long kh = byStr ? hashes[e] : ((PyStr) k).pyHash();
            if (kh == pyHash && Abstract.richCompareBool(k, key, CompareOp.EQ) && keys[e] == k) {
                return e;
            }
        }
        return -1;
    }

    private static boolean sameKey(PyObject a, PyObject b) {
        if (a instanceof PyStr x && b instanceof PyStr y && (x.isExact() && y.isExact()
                || !DictKey.overridesHash(x.type()) && !DictKey.overridesHash(y.type()))) {
            return x.value().equals(y.value());
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.isPlain() && y.isPlain()) {
                return x.big == null ? y.big == null && x.value == y.value : x.big.equals(y.big);
            }
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y && x.isExact() && y.isExact()) {
            return sameTuple(x.items, y.items);
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    /**
     * Tuple keys (memo dicts keyed by {@code (i, j)}, {@code lru_cache} keys) compared item by
     * item as tuple equality does, identity first, without the generic rich comparison.
     */
    private static boolean sameTuple(PyObject[] x, PyObject[] y) {
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i] && !sameKey(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    /** CPython's hash of an int that fits a long (what {@link PyInt#hash} computes, without a box). */
    public static long intHash(long v) {
        if (v == Long.MIN_VALUE) {
            return PyInt.of(v).hash();
        }
        long h = Math.abs(v) % NumberOps.HASH_MODULUS;
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** {@link #findInt} could not decide: an entry of another type (1.0, True, an int subclass) had the same hash. */
    private static final int UNDECIDED = -2;

    /**
     * The entry position of the exact int {@code v} (hash {@code h}), -1 when absent, or
     * {@link #UNDECIDED} when an entry with the same hash is not an exact int: only then does the
     * caller box the key and compare as Python does ({@code 1 == 1.0 == True}). An exact int
     * never finds an entry by the other hashes ({@link #findAcrossHashes}): it has no {@code __hash__} of its own.
     */
    private int findInt(long v, long h) {
        long[] idx = index;
        if (idx.length == 0) {
            return -1;
        }
        int mask = idx.length - 1;
        int tag = (int) h;
        long perturb = h;
        int i = (int) h & mask;
        while (true) {
            long slot = idx[i];
            if (slot == 0) {
                return -1;
            }
            int ix = (int) slot;
            if (ix > 0 && (int) (slot >>> 32) == tag) {
                int e = ix - 1;
                PyObject k = keys[e];
                if (k != null) {
                    if (k.getClass() == PyInt.class && ((PyInt) k).isPlain()) {
                        // equal values have equal hashes: the stored hash need not be read
                        PyInt x = (PyInt) k;
                        if (x.big == null && x.value == v) {
                            return e;
                        }
                    } else if (hashes[e] == h) {
                        return UNDECIDED;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    /** The entry position of the int {@code v}, or -1, deciding undecided probes the general way. */
    private int positionOfInt(long v, long h) {
        int e = findInt(v, h);
        return e != UNDECIDED ? e : find(PyInt.of(v), h);
    }

    /** {@code d[v]} for an int key without a box; null when absent. */
    public PyObject getInt(long v) {
        int e = positionOfInt(v, intHash(v));
        return e < 0 ? null : values[e];
    }

    /** {@code v in d} for an int key without a box. */
    public boolean containsInt(long v) {
        return positionOfInt(v, intHash(v)) >= 0;
    }

    /** {@code d[v] = value} for an int key: boxed only when it becomes a new key. */
    public void putInt(long v, PyObject value) {
        long h = intHash(v);
        int e = findInt(v, h);
        if (e == UNDECIDED || watcher != null || owner != null) {
            put(PyInt.of(v), value);
            return;
        }
        if (e >= 0) {
            values[e] = value;
        } else {
            append(PyInt.of(v), h, value);
        }
    }

    /** {@code d.pop(v, otherwise)} for an int key (null {@code otherwise}: none given); null when absent and none given. */
    public PyObject popInt(long v, PyObject otherwise) {
        int e = positionOfInt(v, intHash(v));
        if (e < 0) {
            return otherwise;
        }
        PyObject r = removeAt(e);
        changed();
        return r;
    }

    /** {@code d.pop(key, otherwise)}: the removed value, else {@code otherwise} (null: none given). */
    public PyObject pop(PyObject key, PyObject otherwise) {
        int e = find(key, hashOf(key));
        if (e < 0) {
            return otherwise;
        }
        PyObject r = removeAt(e);
        changed();
        return r;
    }

    /** The entry position of {@code key} (with hash {@code h}), or -1. */
    private int find(PyObject key, long h) {
        int e = findByHash(key, h);
        return e >= 0 || !(heldStr || heldUserHash) ? e : findAcrossHashes(key, h);
    }

    private int findByHash(PyObject key, long h) {
        while (true) {
            long[] idx = index;
            if (idx.length == 0) {
                return -1;
            }
            int mask = idx.length - 1;
            int tag = (int) h;
            long perturb = h;
            int i = (int) h & mask;
            while (true) {
                long slot = idx[i];
                if (slot == 0) {
                    return -1;
                }
                int ix = (int) slot;
                if (ix > 0 && (int) (slot >>> 32) == tag) {
                    int e = ix - 1;
                    PyObject k = keys[e];
                    if (k == key) {
                        return e;
                    }
                    if (hashes[e] == h && k != null) {
                        PyObject[] ks = keys;
                        boolean eq = sameKey(k, key);
                        if (ks != keys || ks[e] != k) {
                            break; // __eq__ changed the dict: look again from the start, as CPython does
                        }
                        if (eq) {
                            return e;
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) (i * 5L + perturb + 1) & mask;
            }
        }
    }

    /** The slot of the index that refers to entry {@code e} (whose hash is {@code h}). */
    private int slotOf(int e, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while ((int) index[i] != e + 1) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return i;
    }

    /** A free slot for a new entry with hash {@code h} (the index holds no dummies after a resize). */
    private int freeSlot(long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while ((int) index[i] > 0) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return i;
    }

    /** Makes room for one more entry: a larger (or compacted) table when the entry arrays are full. */
    private void ensureRoom() {
        if (used < keys.length && fill < keys.length) {
            return;
        }
        int want = Math.max(size * 3, MIN_INDEX * 2 / 3);
        int n = MIN_INDEX;
        while (n * 2 / 3 < want) {
            n <<= 1;
        }
        resize(n);
    }

    private void resize(int n) {
        int cap = n * 2 / 3;
        PyObject[] nk = new PyObject[cap];
        PyObject[] nv = new PyObject[cap];
        long[] nh = new long[cap];
        int j = 0;
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                nk[j] = keys[e];
                nv[j] = values[e];
                nh[j] = hashes[e];
                j++;
            }
        }
        keys = nk;
        values = nv;
        hashes = nh;
        used = j;
        index = new long[n];
        fill = j;
        for (int e = 0; e < j; e++) {
            index[freeSlot(nh[e])] = slotValue(nh[e], e);
        }
        layout++;
    }

    private static long slotValue(long h, int e) {
        return ((long) (int) h << 32) | (e + 1);
    }

    /** Adds or replaces the entry; returns its position. */
    private int insert(PyObject key, long h, PyObject value) {
        int e = find(key, h);
        if (e < 0) {
            if (isStrKey(key)) {
                heldStr = true;
            } else if (hasUserHash(key)) {
                heldUserHash = true;
            }
        }
        if (e >= 0) {
            PyObject old = values[e];
            values[e] = value;
            if ((watcher != null || owner != null) && old != value) {
                bindingChanged(keys[e]);
            }
            return e;
        }
        append(key, h, value);
        return used - 1;
    }

    /** Adds a new entry for a key known to be absent (the caller has done the flags and watcher). */
    private void append(PyObject key, long h, PyObject value) {
        ensureRoom();
        int e = used++;
        keys[e] = key;
        values[e] = value;
        hashes[e] = h;
        int slot = freeSlot(h);
        if (index[slot] == 0) {
            fill++;
        }
        index[slot] = slotValue(h, e);
        size++;
        layout++;
        if (watcher != null || owner != null) {
            bindingChanged(key);
        }
    }

    private PyObject removeAt(int e) {
        if (watcher != null || owner != null) {
            bindingChanged(keys[e]);
        }
        index[slotOf(e, hashes[e])] = DUMMY;
        PyObject v = values[e];
        keys[e] = null;
        values[e] = null;
        size--;
        layout++;
        if (e == used - 1) {
            used--;
        }
        return v;
    }

    // ---- the public interface ----

    public PyObject get(PyObject key) {
        int e = find(key, hashOf(key));
        return e < 0 ? null : values[e];
    }

    /** The value of {@code key} whose hash is known ({@code hash} must be {@code hash(key)}). */
    public PyObject getWithHash(PyObject key, long hash) {
        int e = find(key, hash);
        return e < 0 ? null : values[e];
    }

    /** The hash a key is stored under ({@code hash(key)}, computed as lookups compute it), for {@link #getWithHash} and {@link #putWithHash}. */
    public static long keyHash(PyObject key) {
        return hashOf(key);
    }

    /** {@link #put} of a key whose hash is known ({@code hash} must be {@link #keyHash keyHash(key)}). */
    public void putWithHash(PyObject key, long hash, PyObject value) {
        insert(key, hash, value);
        changed();
    }

    public PyObject getStr(String key) {
        return get(new PyStr(key));
    }

    public void put(PyObject key, PyObject value) {
        insert(key, hashOf(key), value);
        changed();
    }

    /** Called after every change of the entries: invalidates the owner's attribute cache. */
    void changed() {
        if (owner != null) {
            owner.dictChanged();
        }
    }

    public void putStr(String key, PyObject value) {
        put(new PyStr(key), value);
    }

    public PyObject del(PyObject key) {
        int e = find(key, hashOf(key));
        PyObject r = e < 0 ? null : removeAt(e);
        changed();
        return r;
    }

    public PyObject delStr(String key) {
        return del(new PyStr(key));
    }

    public boolean contains(PyObject key) {
        return find(key, hashOf(key)) >= 0;
    }

    /** Removes every entry. */
    public void clear() {
        index = NO_INDEX;
        keys = NO_OBJECTS;
        values = NO_OBJECTS;
        hashes = NO_HASHES;
        used = 0;
        fill = 0;
        size = 0;
        layout++;
        if (watcher != null || owner != null) {
            bindingChanged(null);
        }
        changed();
    }

    /** Adds (or replaces) every entry of {@code other}, in its order, with its stored hashes. */
    public void putAll(PyDict other) {
        int n = other.used;
        PyObject[] ok = other.keys;
        PyObject[] ov = other.values;
        long[] oh = other.hashes;
        for (int e = 0; e < n; e++) {
            if (ok[e] != null) {
                insert(ok[e], oh[e], ov[e]);
            }
        }
        changed();
    }

    /** Removes and returns the last entry as {key, value}, or null when empty ({@code popitem}). */
    public PyObject[] popLast() {
        for (int e = used - 1; e >= 0; e--) {
            if (keys[e] != null) {
                PyObject k = keys[e];
                PyObject v = removeAt(e);
                changed();
                return new PyObject[] {k, v};
            }
        }
        return null;
    }

    /** Removes the first entry (the oldest), if any. */
    public void removeFirst() {
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                removeAt(e);
                changed();
                return;
            }
        }
    }

    /**
     * Entry positions run from 0 to {@code entryEnd()}, in insertion order; {@link #keyAt} is
     * null at the position of a removed entry. Positions stay valid until the dict changes.
     */
    public int entryEnd() {
        return used;
    }

    public PyObject keyAt(int e) {
        return keys[e];
    }

    public PyObject valueAt(int e) {
        return values[e];
    }

    /** The stored hash of the entry at position {@code e}. */
    public long hashAt(int e) {
        return hashes[e];
    }

    /**
     * The value at entry position {@code e} when that entry's key is {@code key} itself, else
     * null: a read without hashing or probing for a caller that remembers where a name was
     * (instance attributes set in the same order share positions across instances).
     */
    public PyObject valueIfAt(int e, PyObject key) {
        PyObject[] ks = keys;
        return e < ks.length && ks[e] == key ? values[e] : null;
    }

    /** Replaces the value at position {@code e} when that entry's key is {@code key} itself; false otherwise. */
    public boolean replaceIfAt(int e, PyObject key, PyObject value) {
        PyObject[] ks = keys;
        if (e < ks.length && ks[e] == key && owner == null && watcher == null) {
            values[e] = value;
            return true;
        }
        return false;
    }

    /** {@link #put} of a key whose hash is known; returns the entry position it now has. */
    public int putAndLocate(PyObject key, PyObject value) {
        int e = insert(key, hashOf(key), value);
        changed();
        return e;
    }

    /** Tells the watcher, and the class whose attributes these are, that {@code key}'s binding changed (null: any). */
    private void bindingChanged(PyObject key) {
        if (watcher != null) {
            watcher.changed(key);
        }
        if (owner != null) {
            owner.attributeChanged(key);
        }
    }

    /** The watcher of this dict's bindings, or null. */
    public ChangeWatcher watcher() {
        return watcher;
    }

    /** Makes {@code w} the watcher of this dict's bindings (see {@link ChangeWatcher}). */
    public void watch(ChangeWatcher w) {
        watcher = w;
    }

    /** The {@link #layout} stamp (see there). */
    public int layout() {
        return layout;
    }

    /** The entry position of {@code key}, or -1; valid while {@link #layout()} stays the same. */
    public int positionOf(PyObject key) {
        return find(key, hashOf(key));
    }

    public List<PyObject> keys() {
        List<PyObject> r = new ArrayList<>(size);
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                r.add(keys[e]);
            }
        }
        return r;
    }

    /** A snapshot of the entries, safe against modification while iterating. */
    public List<Map.Entry<PyObject, PyObject>> entries() {
        List<Map.Entry<PyObject, PyObject>> r = new ArrayList<>(size);
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                r.add(new AbstractMap.SimpleImmutableEntry<>(keys[e], values[e]));
            }
        }
        return r;
    }

    /** A copy with the same entries (and order), sized to them. */
    public PyDict copy() {
        PyDict r = new PyDict();
        if (size > 0) {
            if (size == used) {
                r.index = Arrays.copyOf(index, index.length);
                r.keys = Arrays.copyOf(keys, keys.length);
                r.values = Arrays.copyOf(values, values.length);
                r.hashes = Arrays.copyOf(hashes, hashes.length);
                r.used = used;
                r.fill = fill;
                r.size = size;
                r.heldStr = heldStr;
                r.heldUserHash = heldUserHash;
            } else {
                r.putAll(this);
            }
        }
        return r;
    }
}
