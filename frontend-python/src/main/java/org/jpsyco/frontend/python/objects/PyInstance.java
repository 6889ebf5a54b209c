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
 *
 * <p>Unboxed floats: compiled code stores a float attribute as a bare {@code double}
 * ({@link #setFloatAt}), so a loop updating {@code body.vx} allocates nothing. Such an entry is a
 * null in {@link #values} (no box exists yet) with its payload in {@link #doubles}; the first
 * reader that needs the object ({@link #valueAt}, {@link #attr}, {@link #dict()}, compiled code
 * letting the value escape through {@link #floatBox}) boxes it once and keeps the box, so
 * {@code obj.x is obj.x} holds as in CPython. Compiled loads read the payload without a box
 * ({@link #floatAt}) behind {@link #holdsFloat}. Every store records in the map whether the slot
 * ever held something else than a float ({@link InstanceMap#markNotFloat}), which is what
 * compiled code consults to decide whether unboxing a slot is worth a guard.
 */
public final class PyInstance extends PyObject {
    private static final PyObject[] NO_VALUES = new PyObject[0];

    /** Not final: assignment to {@code __class__} changes it (between layout-compatible classes). */
    private PyType type;
    /** Map mode: the layout of {@link #values}; null in dict mode. */
    private InstanceMap map;
    /** Map mode: the attribute values, at least {@code map.size()} long (entries past it are null). */
    private PyObject[] values;
    /** Map mode: the payloads of unboxed float entries (where {@code values[i]} is null); null until one is stored. */
    private double[] doubles;
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
                d.put(m.nameAt(i), vs[i] != null ? vs[i] : boxAt(i));
            }
            dict = d;
            map = null;
            values = null;
            doubles = null;
        }
        return d;
    }

    /** {@code obj.__dict__ = d} (d a dict, checked by the caller): the instance is in dict mode from now on. */
    void setDict(PyDict d) {
        dict = d;
        map = null;
        values = null;
        doubles = null;
    }

    /** The instance map in map mode, null in dict mode. */
    public InstanceMap map() {
        return map;
    }

    /** Map mode: the value at index {@code i} of the current map. */
    public PyObject valueAt(int i) {
        PyObject v = values[i];
        return v != null ? v : boxAt(i);
    }

    /** Boxes the unboxed float at {@code i} and keeps the box, so later readers get the same object. */
    private PyObject boxAt(int i) {
        PyFloat f = new PyFloat(doubles[i]);
        values[i] = f;
        return f;
    }

    /** Map mode: replaces the value at index {@code i} of the current map. */
    public void setValueAt(int i, PyObject v) {
        if (!isExactFloat(v)) {
            map.markNotFloat(i);
        }
        values[i] = v;
    }

    private static boolean isExactFloat(PyObject v) {
        return v.getClass() == PyFloat.class && ((PyFloat) v).isExact();
    }

    /** Map mode: whether the value at {@code i} is an exact float (boxed or not). */
    public boolean holdsFloat(int i) {
        PyObject v = values[i];
        return v == null || isExactFloat(v);
    }

    /** Map mode: the payload of the float at {@code i} ({@link #holdsFloat} checked). */
    public double floatAt(int i) {
        PyObject v = values[i];
        return v == null ? doubles[i] : ((PyFloat) v).value;
    }

    /**
     * Map mode: stores the float {@code d} at {@code i} without boxing it. A box already there
     * with the same bits is kept ({@code o.x = o.x} keeps the object, as CPython does).
     */
    public void setFloatAt(int i, double d) {
        PyObject v = values[i];
        if (v instanceof PyFloat f && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(d)
                && f.isExact()) {
            return;
        }
        double[] ds = doubles;
        if (ds == null || i >= ds.length) {
            ds = new double[Math.max(values.length, i + 1)];
            if (doubles != null) {
                System.arraycopy(doubles, 0, ds, 0, doubles.length);
            }
            doubles = ds;
        }
        ds[i] = d;
        values[i] = null;
    }

    /**
     * The object of a float {@code d} that compiled code read from {@code i} and now lets escape:
     * the slot's own box when the slot still holds those bits (boxed once, then shared), else a
     * new float.
     */
    public PyObject floatBox(int i, double d) {
        long bits = Double.doubleToRawLongBits(d);
        if (map != null && i < map.size()) {
            PyObject v = values[i];
            if (v == null) {
                if (Double.doubleToRawLongBits(doubles[i]) == bits) {
                    return boxAt(i);
                }
            } else if (v instanceof PyFloat f && f.isExact() && Double.doubleToRawLongBits(f.value) == bits) {
                return f;
            }
        }
        return new PyFloat(d);
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
        InstanceMap from = map;
        map = to;
        to.inheritNotFloat(from);
        if (!isExactFloat(v)) {
            to.markNotFloat(i);
        }
    }

    /** The attribute {@code name} from the instance's own attributes (never the class), or null. */
    public PyObject attr(PyStr name) {
        InstanceMap m = map;
        if (m != null) {
            int i = m.indexOf(name);
            return i < 0 ? null : valueAt(i);
        }
        return dict.get(name);
    }

    /** {@link #attr(PyStr)} with the name as a Java string. */
    PyObject attr(String name) {
        InstanceMap m = map;
        if (m != null) {
            int i = m.indexOf(name);
            return i < 0 ? null : valueAt(i);
        }
        return dict.getStr(name);
    }

    /** Sets the instance's own attribute {@code name}. */
    public void putAttr(PyStr name, PyObject v) {
        InstanceMap m = map;
        if (m != null && name.isExact()) {
            int i = m.indexOf(name);
            if (i >= 0) {
                setValueAt(i, v);
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
