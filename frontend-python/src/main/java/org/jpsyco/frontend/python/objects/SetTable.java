package org.jpsyco.frontend.python.objects;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The hash table of a set, laid out as CPython 3.11's {@code setobject.c} lays it out, so that
 * iteration order (what {@code print({3, 1, 2})} shows) is CPython's: open addressing from
 * {@code hash & mask}, up to 9 linear probes, then perturbed jumps; deleted entries become
 * dummies; the table grows to the next power of two above 4 × used (2 × used past 50000)
 * when fill reaches 3/5 of the mask.
 */
public final class SetTable implements Iterable<DictKey> {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final DictKey DUMMY = new DictKey(PyStr.of("<dummy>"));

    private DictKey[] table = new DictKey[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;
    private int finger;

    public int size() {
        return used;
    }

    /** The slot holding {@code key}, or -1. */
    private int find(DictKey key) {
        long hash = key.hash;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                DictKey e = table[j];
                if (e == null) {
                    return -1;
                }
                if (e != DUMMY && e.hash == hash && e.equals(key)) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(DictKey key) {
        return find(key) >= 0;
    }

    /** CPython's {@code set_add_entry}; false if already present. */
    public boolean add(DictKey key) {
        long hash = key.hash;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeslot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                DictKey e = table[j];
                if (e == null) {
                    if (freeslot >= 0) {
                        table[freeslot] = key;
                        used++;
                        return true;
                    }
                    table[j] = key;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (e == DUMMY) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (e.hash == hash && e.equals(key)) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minused) {
        int newsize = MIN_SIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        DictKey[] old = table;
        table = new DictKey[newsize];
        mask = newsize - 1;
        for (DictKey e : old) {
            if (e != null && e != DUMMY) {
                insertClean(e);
            }
        }
        fill = used;
    }

    private void insertClean(DictKey key) {
        long perturb = key.hash;
        int i = (int) (key.hash & mask);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean remove(DictKey key) {
        int j = find(key);
        if (j < 0) {
            return false;
        }
        table[j] = DUMMY;
        used--;
        return true;
    }

    /** CPython's {@code set.pop}: the first entry from the moving finger. */
    public DictKey pop() {
        if (used == 0) {
            throw new NoSuchElementException();
        }
        int i = finger & mask;
        while (table[i] == null || table[i] == DUMMY) {
            i = (i + 1) & mask;
        }
        DictKey k = table[i];
        table[i] = DUMMY;
        used--;
        finger = i + 1;
        return k;
    }

    public void clear() {
        table = new DictKey[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        finger = 0;
    }

    public void addAll(SetTable other) {
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        for (DictKey k : other) {
            add(k);
        }
    }

    public boolean containsAll(SetTable other) {
        for (DictKey k : other) {
            if (!contains(k)) {
                return false;
            }
        }
        return true;
    }

    public boolean sameElements(SetTable other) {
        return used == other.used && containsAll(other);
    }

    @Override
    public Iterator<DictKey> iterator() {
        return new Iterator<>() {
            private int i = advance(0);

            private int advance(int from) {
                while (from < table.length && (table[from] == null || table[from] == DUMMY)) {
                    from++;
                }
                return from;
            }

            @Override
            public boolean hasNext() {
                return i < table.length;
            }

            @Override
            public DictKey next() {
                if (i >= table.length) {
                    throw new NoSuchElementException();
                }
                DictKey k = table[i];
                i = advance(i + 1);
                return k;
            }
        };
    }
}
