package org.jpsyco.frontend.python.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * Unique identities for {@code id()} and the addresses in default reprs.
 *
 * <p>{@code System.identityHashCode} is not unique: with tens of thousands of live objects two of
 * them share a code every few runs, and programs key memo tables by {@code id()} ({@code copy.deepcopy},
 * {@code pickle}, hand-written caches), so a shared code silently gives a wrong answer. Only objects
 * whose identity is asked for pay: they get the next number from a counter, kept in a table of weak
 * references keyed by their identity hash, so a number is never given to two objects alive at the
 * same time and the table forgets objects that die. (A field in every object would cost eight bytes
 * on each of them; hashing keeps using the identity hash, where a collision is harmless.)
 */
final class ObjectIds {
    private static final long BASE = 0x7f0000000000L;

    private static final class Entry extends WeakReference<PyObject> {
        final int hash;
        final long id;
        Entry next;

        Entry(PyObject o, int hash, long id, ReferenceQueue<PyObject> queue, Entry next) {
            super(o, queue);
            this.hash = hash;
            this.id = id;
            this.next = next;
        }
    }

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static Entry[] table = new Entry[256];
    private static int size;
    private static long counter;

    private ObjectIds() {
    }

    /** The object's identity: stable while it lives, never shared with another live object. */
    static synchronized long of(PyObject o) {
        expunge();
        int h = System.identityHashCode(o);
        int i = h & (table.length - 1);
        for (Entry e = table[i]; e != null; e = e.next) {
            if (e.hash == h && e.get() == o) {
                return e.id;
            }
        }
        long id = BASE + (++counter) * 16;
        table[i] = new Entry(o, h, id, QUEUE, table[i]);
        if (++size > table.length * 3 / 4) {
            grow();
        }
        return id;
    }

    private static void expunge() {
        for (Object r; (r = QUEUE.poll()) != null; ) {
            Entry dead = (Entry) r;
            int i = dead.hash & (table.length - 1);
            Entry prev = null;
            for (Entry e = table[i]; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    if (prev == null) {
                        table[i] = e.next;
                    } else {
                        prev.next = e.next;
                    }
                    size--;
                    break;
                }
            }
        }
    }

    private static void grow() {
        Entry[] old = table;
        Entry[] bigger = new Entry[old.length * 2];
        for (Entry head : old) {
            for (Entry e = head; e != null; ) {
                Entry next = e.next;
                int i = e.hash & (bigger.length - 1);
                e.next = bigger[i];
                bigger[i] = e;
                e = next;
            }
        }
        table = bigger;
    }
}
