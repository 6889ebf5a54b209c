package org.jpsyco.frontend.python.objects;

import java.util.HashMap;
import java.util.Map;

/**
 * An instance map (a "hidden class"): the attribute names of an instance in insertion order,
 * each with its index in the instance's values array. Maps are immutable and shared: instances
 * that got the same attributes in the same order share one map, so "the map is M" tells
 * compiled code and inline caches where every attribute sits.
 *
 * <p>Maps form a tree per class: the root has no attribute and each map knows the map that
 * adding one name leads to (its transitions, made on first use and then reused). An instance
 * leaves the tree for good (its attributes move to a real dict, see {@link PyInstance}) when its
 * {@code __dict__} is asked for, when an attribute is deleted, when a name is not an exact str,
 * or past {@link #MAX_ATTRIBUTES} attributes.
 *
 * <p>Thread safety: a map's names never change; transitions are added under the map's lock and
 * read through a volatile field, so a racing reader at worst makes a twin map (instances with
 * twin maps are correct, they only miss each other's inline caches).
 */
public final class InstanceMap {
    /** Attributes an instance may hold in map mode; one more moves it to a dict. */
    public static final int MAX_ATTRIBUTES = 64;
    /** Maps with more attributes than this find names through a hash table, smaller ones by scanning. */
    private static final int SCAN_LIMIT = 8;

    private final PyStr[] names;
    private final Map<String, Integer> index;
    /** The name {@link #lacks} last found absent (racy on purpose: any value read is a correct hint). */
    private PyStr absent;
    /**
     * Bit i: an instance with this map held something else than an exact float at index i
     * (monotonic; racy on purpose: a missed bit costs compiled code one failed guard, never a
     * wrong value, since compiled loads check the value itself).
     */
    private long notFloat;
    /** Transitions: null, a single {@link Transition}, or a map from name to the next map. */
    private volatile Object next;

    private record Transition(String name, InstanceMap to) {
    }

    private InstanceMap(PyStr[] names) {
        this.names = names;
        if (names.length > SCAN_LIMIT) {
            Map<String, Integer> m = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) {
                m.put(names[i].value(), i);
            }
            index = m;
        } else {
            index = null;
        }
    }

    /** A new tree's root: no attributes. */
    public static InstanceMap root() {
        return new InstanceMap(new PyStr[0]);
    }

    /** Attributes an instance with this map holds. */
    public int size() {
        return names.length;
    }

    /** The name at {@code i}, in insertion order. */
    public PyStr nameAt(int i) {
        return names[i];
    }

    /** The index of attribute {@code name} (an exact str), or -1. */
    public int indexOf(PyStr name) {
        PyStr[] ns = names;
        for (int i = 0; i < ns.length; i++) {
            if (ns[i] == name) {
                return i;
            }
        }
        String n = name.value();
        if (index != null) {
            Integer i = index.get(n);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < ns.length; i++) {
            if (ns[i].value().equals(n)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether instances with this map lack attribute {@code name} (an exact str): what compiled
     * code asks at each call of a method it resolved in the class. The last name found absent is
     * remembered (a map's names never change, so a stale read only costs a scan).
     */
    public boolean lacks(PyStr name) {
        if (absent == name) {
            return true;
        }
        if (indexOf(name) >= 0) {
            return false;
        }
        absent = name;
        return true;
    }

    /** {@link #indexOf(PyStr)} with the name as a Java string. */
    public int indexOf(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        PyStr[] ns = names;
        for (int i = 0; i < ns.length; i++) {
            if (ns[i].value().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Records that an instance with this map stored something else than an exact float at {@code i}. */
    public void markNotFloat(int i) {
        long bit = 1L << i;
        if ((notFloat & bit) == 0) {
            notFloat |= bit;
        }
    }

    /** Whether every instance with this map so far held only exact floats at {@code i}. */
    public boolean onlyFloatsAt(int i) {
        return (notFloat & (1L << i)) == 0;
    }

    /** An instance moved from {@code from} to this map: what it held there it holds here. */
    void inheritNotFloat(InstanceMap from) {
        long bits = from.notFloat;
        if ((notFloat | bits) != notFloat) {
            notFloat |= bits;
        }
    }

    /** The map of an instance with this map after adding {@code name} (not present here). */
    public InstanceMap with(PyStr name) {
        Object n = next;
        String key = name.value();
        if (n instanceof Transition t) {
            if (t.name.equals(key)) {
                return t.to;
            }
        } else if (n instanceof Map<?, ?> m) {
            InstanceMap to = (InstanceMap) m.get(key);
            if (to != null) {
                return to;
            }
        }
        synchronized (this) {
            n = next;
            if (n instanceof Transition t && t.name.equals(key)) {
                return t.to;
            }
            if (n instanceof Map<?, ?> m && m.get(key) instanceof InstanceMap to) {
                return to;
            }
            PyStr[] more = new PyStr[names.length + 1];
            System.arraycopy(names, 0, more, 0, names.length);
            // the key object kept is an exact str with the name's text: __dict__ shows it
            more[names.length] = name;
            InstanceMap to = new InstanceMap(more);
            if (n == null) {
                next = new Transition(key, to);
            } else {
                Map<String, InstanceMap> m = new HashMap<>();
                if (n instanceof Transition t) {
                    m.put(t.name, t.to);
                } else {
                    for (Map.Entry<?, ?> e : ((Map<?, ?>) n).entrySet()) {
                        m.put((String) e.getKey(), (InstanceMap) e.getValue());
                    }
                }
                m.put(key, to);
                next = m;
            }
            return to;
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("map(");
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(names[i].value());
        }
        return sb.append(')').toString();
    }
}
