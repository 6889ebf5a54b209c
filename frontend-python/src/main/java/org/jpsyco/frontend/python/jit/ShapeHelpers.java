package org.jpsyco.frontend.python.jit;

import java.util.Arrays;

import org.jpsyco.frontend.python.objects.InstanceMap;
import org.jpsyco.frontend.python.objects.PyInstance;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * Runtime helpers of attribute access specialized to an instance layout ({@code hasLayout}
 * guards it; the accessors then use a fixed index). Registered in {@link HelperTable} beside the
 * generic and typed helpers; small enough for HotSpot to inline into compiled units.
 */
public final class ShapeHelpers {
    private ShapeHelpers() {
    }

    /**
     * Whether {@code o} is an instance of exactly {@code type}, whose class is still at
     * {@code version} (so what the class said about the name still holds), in map mode with
     * map {@code map}.
     */
    public static boolean hasLayout(Object o, Object type, long version, Object map) {
        return o instanceof PyInstance i && i.map() == map && i.type() == type && ((PyType) type).version() == version;
    }

    /**
     * {@code o.name} when it is an attribute of the instance itself, in map mode, that its class
     * neither defines nor intercepts (no {@code __getattribute__} of its own): found without
     * running Python code. Otherwise null, and the caller leaves for the interpreter's load.
     */
    public static Object instanceAttrPlain(Object o, Object name) {
        if (!(o instanceof PyInstance i) || i.map() == null) {
            return null;
        }
        PyType t = i.type();
        PyStr n = (PyStr) name;
        if (t.lookup(n) != null || t.lookup("__getattribute__") != PyType.OBJECT.lookup("__getattribute__")) {
            return null;
        }
        return i.attr(n);
    }

    /**
     * {@code o.name = v} when {@code name} is already an attribute of the instance itself, in map
     * mode, and its class neither defines the name nor intercepts stores (no {@code __setattr__}
     * of its own): true once stored. Otherwise false, nothing is written, and the caller leaves.
     */
    public static boolean setInstanceAttrPlain(Object o, Object name, Object v) {
        if (!(o instanceof PyInstance i) || i.map() == null) {
            return false;
        }
        PyType t = i.type();
        PyStr n = (PyStr) name;
        int at = i.map().indexOf(n);
        if (at < 0 || t.lookup(n) != null || t.lookup("__setattr__") != PyType.OBJECT.lookup("__setattr__")) {
            return false;
        }
        i.setValueAt(at, (PyObject) v);
        return true;
    }

    /**
     * The layouts a polymorphic attribute site met, one per class (see
     * {@code AttrCache.seenLayouts}): an instance with any of them has the name at one index.
     * Equal when they list the same classes, versions and maps, so a version guards an object
     * once for several sites that saw the same classes.
     */
    public static final class Layouts {
        final PyType[] types;
        final long[] versions;
        final InstanceMap[] maps;

        Layouts(PyType[] types, long[] versions, InstanceMap[] maps) {
            this.types = types;
            this.versions = versions;
            this.maps = maps;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Layouts l && Arrays.equals(types, l.types) && Arrays.equals(versions, l.versions)
                    && Arrays.equals(maps, l.maps);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(types) * 31 + Arrays.hashCode(maps);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("layouts(");
            for (int k = 0; k < types.length; k++) {
                sb.append(k == 0 ? "" : ", ").append(types[k].name()).append(' ').append(maps[k]);
            }
            return sb.append(')').toString();
        }
    }

    /**
     * Whether {@code o} is an instance of one of the classes of {@code layouts} (a {@link Layouts}),
     * that class still at its version and the instance in map mode with that class's map.
     */
    public static boolean hasOneOfLayouts(Object o, Object layouts) {
        if (!(o instanceof PyInstance i)) {
            return false;
        }
        Layouts l = (Layouts) layouts;
        PyType t = i.type();
        PyType[] ts = l.types;
        for (int k = 0; k < ts.length; k++) {
            if (ts[k] == t) {
                return i.map() == l.maps[k] && t.version() == l.versions[k];
            }
        }
        return false;
    }

    /**
     * Whether {@code o} is an instance of exactly {@code type}, that class still at {@code version}
     * (so its MRO still resolves the method name as it did), and the instance does not shadow the
     * name: its map is {@code seen} (a map met lacking the name; maps never change) or another map
     * or dict lacking it.
     */
    public static boolean inheritsMethod(Object o, Object type, long version, Object seen, Object name) {
        if (!(o instanceof PyInstance i) || i.type() != type || ((PyType) type).version() != version) {
            return false;
        }
        InstanceMap m = i.map();
        if (m == seen) {
            return true;
        }
        if (m != null) {
            return m.lacks((org.jpsyco.frontend.python.objects.PyStr) name);
        }
        org.jpsyco.frontend.python.objects.PyDict d = i.dict();
        return d == null || d.positionOf((org.jpsyco.frontend.python.objects.PyStr) name) < 0;
    }

    /** Whether {@code o} is an exact tuple of {@code n} items (unpacking it reads them without iterating). */
    public static boolean isTupleOfSize(Object o, long n) {
        return o != null && o.getClass() == PyTuple.class && ((PyTuple) o).items.length == n;
    }

    /** Item {@code i} of a tuple whose size was guarded. */
    public static Object tupleItemAt(Object o, long i) {
        return ((PyTuple) o).items[(int) i];
    }

    /** Whether {@code o} is an instance of exactly {@code type}, whose class is still at {@code version}. */
    public static boolean hasClass(Object o, Object type, long version) {
        return o instanceof PyInstance i && i.type() == type && ((PyType) type).version() == version;
    }

    /** Whether {@code __slots__} member {@code index} of a guarded instance is set. */
    public static boolean hasMember(Object o, long index) {
        return ((PyInstance) o).slotValue((int) index) != null;
    }

    /** {@code __slots__} member {@code index} of a guarded instance (set). */
    public static Object memberValue(Object o, long index) {
        return ((PyInstance) o).slotValue((int) index);
    }

    /** Sets {@code __slots__} member {@code index} of a guarded instance. */
    public static void setMemberValue(Object o, long index, Object v) {
        ((PyInstance) o).setSlotValue((int) index, (PyObject) v);
    }

    /** The value at {@code index} of a guarded instance. */
    public static Object instanceValue(Object o, long index) {
        return ((PyInstance) o).valueAt((int) index);
    }

    /** Replaces the value at {@code index} of a guarded instance. */
    public static void setInstanceValue(Object o, long index, Object v) {
        ((PyInstance) o).setValueAt((int) index, (PyObject) v);
    }

    /** Whether the value at {@code index} of a guarded instance is an exact float (boxed or not). */
    public static boolean holdsFloat(Object o, long index) {
        return ((PyInstance) o).holdsFloat((int) index);
    }

    /** The payload of the float at {@code index} of a guarded instance ({@link #holdsFloat} checked). */
    public static double instanceFloat(Object o, long index) {
        return ((PyInstance) o).floatAt((int) index);
    }

    /** Stores the float {@code d} at {@code index} of a guarded instance, unboxed. */
    public static void setInstanceFloat(Object o, long index, double d) {
        ((PyInstance) o).setFloatAt((int) index, d);
    }

    /** The object of float {@code d} read from {@code index} of {@code o}: the slot's box while it holds those bits. */
    public static Object instanceFloatBox(Object o, long index, double d) {
        return ((PyInstance) o).floatBox((int) index, d);
    }

    /** Adds the attribute that takes a guarded instance's map to {@code to}. */
    public static void addInstanceValue(Object o, Object to, Object v) {
        ((PyInstance) o).addValue((InstanceMap) to, (PyObject) v);
    }
}
