package org.jpsyco.frontend.python.objects;

/**
 * An instance of a class whose solid base is {@code object}.
 *
 * <p>Attributes live in one of two modes. In <em>map mode</em> ({@link #map()} not null) they
 * are the entries of a values array laid out by a shared {@link InstanceMap}: attribute
 * {@code map.nameAt(i)} has value {@code values[i]}, so a cache or compiled code that knows the
 * map reads a fixed index. In <em>dict mode</em> they are a real {@link PyDict}. An instance
 * starts in map mode (instances of built-in classes in dict mode) and moves to dict mode for
 * good the first time its {@code __dict__} is asked for ({@link #dict()} builds the dict from
 * the map, in the same order, so {@code vars(obj)} and every dict operation on it are exact), an
 * attribute is deleted, a name is not an exact str or there are too many attributes.
 */
public final class PyInstance extends PyObject {
    private static final PyObject[] NO_VALUES = new PyObject[0];

    /** Not final: assignment to {@code __class__} changes it (between layout-compatible classes). */
    private PyType type;
    /** Map mode: the layout of {@link #values}; null in dict mode. */
    private InstanceMap map;
    /** Map mode: the attribute values, at least {@code map.size()} long (entries past it are null). */
    private PyObject[] values;
    /** Dict mode: the attributes; null in map mode. */
    private PyDict dict;
    /** Values of the class's {@code __slots__} (null entries are unset); null until one is set. */
    private PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        if (type.heap) {
            InstanceMap root = type.instanceMaps;
            if (root == null) {
                root = InstanceMap.root();
                type.instanceMaps = root;
            }
            map = root;
            values = NO_VALUES;
        } else {
            dict = new PyDict();
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The instance's {@code __dict__}: in map mode, built from the map and values, and the instance moves to dict mode. */
    @Override
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict();
            InstanceMap m = map;
            PyObject[] vs = values;
            for (int i = 0; i < m.size(); i++) {
                d.put(m.nameAt(i), vs[i]);
            }
            dict = d;
            map = null;
            values = null;
        }
        return d;
    }

    /** {@code obj.__dict__ = d} (d a dict, checked by the caller): the instance is in dict mode from now on. */
    void setDict(PyDict d) {
        dict = d;
        map = null;
        values = null;
    }

    /** The instance map in map mode, null in dict mode. */
    public InstanceMap map() {
        return map;
    }

    /** Map mode: the value at index {@code i} of the current map. */
    public PyObject valueAt(int i) {
        return values[i];
    }

    /** Map mode: replaces the value at index {@code i} of the current map. */
    public void setValueAt(int i, PyObject v) {
        values[i] = v;
    }

    /**
     * Map mode: adds the attribute that takes this instance's map to {@code to} (a transition of
     * the current map, one attribute longer), with value {@code v}.
     */
    public void addValue(InstanceMap to, PyObject v) {
        int i = to.size() - 1;
        PyObject[] vs = values;
        if (i >= vs.length) {
            PyObject[] n = new PyObject[Math.max(4, vs.length * 2)];
            System.arraycopy(vs, 0, n, 0, vs.length);
            values = vs = n;
        }
        vs[i] = v;
        map = to;
    }

    /** The attribute {@code name} from the instance's own attributes (never the class), or null. */
    public PyObject attr(PyStr name) {
        InstanceMap m = map;
        if (m != null) {
            int i = m.indexOf(name);
            return i < 0 ? null : values[i];
        }
        return dict.get(name);
    }

    /** {@link #attr(PyStr)} with the name as a Java string. */
    PyObject attr(String name) {
        InstanceMap m = map;
        if (m != null) {
            int i = m.indexOf(name);
            return i < 0 ? null : values[i];
        }
        return dict.getStr(name);
    }

    /** Sets the instance's own attribute {@code name}. */
    public void putAttr(PyStr name, PyObject v) {
        InstanceMap m = map;
        if (m != null && name.isExact()) {
            int i = m.indexOf(name);
            if (i >= 0) {
                values[i] = v;
                return;
            }
            if (m.size() < InstanceMap.MAX_ATTRIBUTES) {
                addValue(m.with(name), v);
                return;
            }
        }
        dict().put(name, v);
    }

    /** Deletes the instance's own attribute {@code name}; false when it has none (the instance moves to dict mode). */
    boolean deleteAttr(PyStr name) {
        InstanceMap m = map;
        if (m != null && m.indexOf(name) < 0) {
            return false;
        }
        return dict().del(name) != null;
    }

    /** The value of {@code __slots__} member {@code i}, or null when it is unset. */
    public PyObject slotValue(int i) {
        return slot(i);
    }

    /** Sets {@code __slots__} member {@code i} (a member of this instance's class). */
    public void setSlotValue(int i, PyObject v) {
        setSlot(i, v, type.slotCount);
    }

    void setType(PyType t) {
        type = t;
    }

    PyObject slot(int i) {
        return slots == null || i >= slots.length ? null : slots[i];
    }

    void setSlot(int i, PyObject v, int count) {
        if (slots == null || i >= slots.length) {
            PyObject[] n = new PyObject[Math.max(count, i + 1)];
            if (slots != null) {
                System.arraycopy(slots, 0, n, 0, slots.length);
            }
            slots = n;
        }
        slots[i] = v;
    }
}
