package org.jpsyco.frontend.python.objects;

/**
 * An inline cache of one attribute instruction for instances of classes whose solid base is
 * {@code object}: what the class says about the name (the class attribute found along the MRO,
 * and that nothing in the class overrides the plain instance-dict protocol), valid while the
 * class is the same object at the same version. A hit leaves only the instance's own attributes
 * to look at: for an instance in map mode ({@link InstanceMap}) the entry remembers the map it
 * last met and the name's index there (a store that added the name remembers the transition),
 * so a hit is one map comparison and an array access; for an instance in dict mode it
 * remembers the name's dict position.
 *
 * <p>Entries are immutable: the interpreter replaces an entry rather than changing it, so a
 * site seen by several threads never reads a half-made entry.
 */
public final class AttrCache {
    /** Classes one site keeps entries for; a site that meets more takes the general path for good. */
    private static final int MAX_TYPES = 8;
    /** Entries one site may make (class changes included) before it takes the general path for good. */
    private static final int MAX_MISSES = 32;
    /** In a site's slot: this site always takes the general path. */
    private static final Object GENERAL = new Object();

    private final PyType type;
    private final long version;
    /** The class attribute of that name (bound when the instance dict lacks the name), or null. */
    private final PyObject descr;
    /** The entry for another class at the same site, or null. */
    private final AttrCache next;
    /** Entries made at this site so far. */
    private final int misses;
    /**
     * Where the name last sat in an instance dict (a hint checked by key identity on every use,
     * so a stale or racy value only costs a probe).
     */
    private int position;
    /** The instance map last met here and where the name sits in it (see {@link MapHint}), or null. */
    private MapHint hint;

    /**
     * For a load, or a store that replaced a value: {@code index} is the name's index in
     * {@code map} (for a load, -1: instances with that map lack the name, the class answers). For a store that added the name: {@code to} is the transition of {@code map}
     * that adds it (then {@code index} is {@code map.size()}). One object, so a racing reader sees
     * a consistent pair.
     */
    private record MapHint(InstanceMap map, int index, InstanceMap to) {
    }

    /**
     * What the most recent entry of a site says, for compiled code to specialize to: {class,
     * its version (a Long), the instance map last met, the name's index there (an Integer, -1
     * when the instance lacks the name), the transition a store took (or null), the class
     * attribute of that name (or null)}; null when the site has no valid entry with a map or
     * met more than one class.
     * Such an entry exists only when the class lets the instance's own attributes answer (no
     * data descriptor, property or {@code __getattribute__} of its own for the name).
     */
    public static Object[] seenLayout(Object slot) {
        if (!(slot instanceof AttrCache c) || c.version != c.type.version() || c.next != null) {
            // a site that met several classes: a guard on the last one would fail on the others
            return null;
        }
        if (c.descr instanceof PyMemberDescriptor md) {
            // a __slots__ member: no map, the member's index
            return new Object[] {c.type, c.version, null, md.index, null, md};
        }
        MapHint h = c.hint;
        return h == null ? null : new Object[] {c.type, c.version, h.map, h.index, h.to, c.descr};
    }

    /**
     * What a site that met several classes says, when every entry is valid, in map mode, and
     * finds the name among the instance's own attributes at one same index (the classes of a
     * hierarchy whose common {@code __init__} sets the attributes in the same order): {classes
     * (a {@code PyType[]}), their versions (a {@code long[]}), the map last met for each (an
     * {@code InstanceMap[]}), the index (an Integer)}; null otherwise. Each entry promises what
     * {@link #seenLayout} promises for its class, so a guard on "one of these" is as exact.
     */
    public static Object[] seenLayouts(Object slot) {
        if (!(slot instanceof AttrCache head) || head.next == null) {
            return null;
        }
        int n = 0;
        for (AttrCache c = head; c != null; c = c.next) {
            n++;
        }
        PyType[] types = new PyType[n];
        long[] versions = new long[n];
        InstanceMap[] maps = new InstanceMap[n];
        int index = -1;
        int k = 0;
        for (AttrCache c = head; c != null; c = c.next, k++) {
            MapHint h = c.hint;
            if (c.version != c.type.version() || c.descr instanceof PyMemberDescriptor || h == null || h.to != null
                    || h.index < 0 || k > 0 && h.index != index) {
                return null;
            }
            index = h.index;
            types[k] = c.type;
            versions[k] = c.version;
            maps[k] = h.map;
        }
        return new Object[] {types, versions, maps, index};
    }

    /**
     * What a method site that met several classes says, when every entry is valid, in map mode,
     * with the instance lacking the name, and every class resolving it to one same Python
     * function (a method a base class defines for a hierarchy): {classes, versions, maps, as
     * {@link #seenLayouts}, and the function}; null otherwise.
     */
    public static Object[] seenMethodLayouts(Object slot) {
        if (!(slot instanceof AttrCache head) || head.next == null || !(head.descr instanceof PyFunction f)) {
            return null;
        }
        int n = 0;
        for (AttrCache c = head; c != null; c = c.next) {
            n++;
        }
        PyType[] types = new PyType[n];
        long[] versions = new long[n];
        InstanceMap[] maps = new InstanceMap[n];
        int k = 0;
        for (AttrCache c = head; c != null; c = c.next, k++) {
            MapHint h = c.hint;
            if (c.version != c.type.version() || c.descr != f || h == null || h.to != null || h.index >= 0) {
                return null;
            }
            types[k] = c.type;
            versions[k] = c.version;
            maps[k] = h.map;
        }
        return new Object[] {types, versions, maps, f};
    }

    /**
     * What a method site says of the classes it met (one or several), when every entry is valid,
     * the instances last met lacking the name, and every class resolving it to a Python
     * function or a static method (an overridden method: each class may answer with its own):
     * {classes, versions, the map last met for each (null when none was), and the functions or
     * static methods (a {@code PyObject[]}), most recent class first}; null otherwise. A compiler
     * dispatches on these classes, each to its own function.
     */
    public static Object[] seenMethods(Object slot) {
        if (!(slot instanceof AttrCache head)) {
            return null;
        }
        int n = 0;
        for (AttrCache c = head; c != null; c = c.next) {
            n++;
        }
        PyType[] types = new PyType[n];
        long[] versions = new long[n];
        InstanceMap[] maps = new InstanceMap[n];
        PyObject[] methods = new PyObject[n];
        int k = 0;
        for (AttrCache c = head; c != null; c = c.next, k++) {
            MapHint h = c.hint;
            boolean method = c.descr instanceof PyFunction
                    || c.descr instanceof PyDescriptors.StaticMethod sm && sm.type() == PyDescriptors.STATICMETHOD
                    && sm.function instanceof PyFunction;
            if (c.version != c.type.version() || !method || h != null && (h.to != null || h.index >= 0)) {
                return null;
            }
            types[k] = c.type;
            versions[k] = c.version;
            maps[k] = h == null ? null : h.map;
            methods[k] = c.descr;
        }
        return new Object[] {types, versions, maps, methods};
    }

    /** What a site's cache holds, for the JIT log: each class met, whether current, and its hint. */
    public static String describe(Object slot) {
        if (slot == GENERAL) {
            return "general";
        }
        if (!(slot instanceof AttrCache head)) {
            return "empty";
        }
        StringBuilder sb = new StringBuilder();
        for (AttrCache c = head; c != null; c = c.next) {
            MapHint h = c.hint;
            sb.append(c == head ? "" : "; ").append(c.type.name()).append(c.version == c.type.version() ? "" : " (stale)")
                    .append(h == null ? " no hint" : h.to != null ? " store" : " at " + h.index)
                    .append(c.descr == null ? "" : " " + c.descr.type().name());
        }
        return sb.toString();
    }

    private AttrCache(PyType type, long version, PyObject descr, AttrCache next, int misses) {
        this.type = type;
        this.version = version;
        this.descr = descr;
        this.next = next;
        this.misses = misses;
    }

    /** The valid entry for {@code t} in the chain at {@code slot}, or null. */
    private static AttrCache hit(Object slot, PyType t) {
        for (AttrCache c = slot instanceof AttrCache a ? a : null; c != null; c = c.next) {
            if (c.type == t) {
                return c.version == t.version() ? c : null;
            }
        }
        return null;
    }

    /**
     * After a miss for class {@code t}: a new chain with {@code made} (for {@code t}, or null
     * when the class allows no cached answer) in front of the entries for other classes, or
     * {@link #GENERAL} when the site has met too many classes or changes.
     */
    private static Object refill(Object slot, PyType t, PyStr name, boolean forStore) {
        if (slot == GENERAL) {
            return GENERAL;
        }
        AttrCache head = slot instanceof AttrCache a ? a : null;
        int misses = head == null ? 1 : head.misses + 1;
        AttrCache made = forStore ? forStore(t, name) : forLoad(t, name);
        if (made == null || misses > MAX_MISSES) {
            return GENERAL;
        }
        AttrCache rest = null;
        int kept = 0;
        AttrCache[] others = new AttrCache[MAX_TYPES];
        for (AttrCache c = head; c != null; c = c.next) {
            if (c.type != t) {
                if (kept == MAX_TYPES - 1) {
                    return GENERAL;
                }
                others[kept++] = c;
            }
        }
        for (int k = kept - 1; k >= 0; k--) {
            rest = new AttrCache(others[k].type, others[k].version, others[k].descr, rest, misses);
            // the other classes' hints stay: a compiler reads them as the site's profile
            rest.hint = others[k].hint;
            rest.position = others[k].position;
        }
        return new AttrCache(t, t.version(), made.descr, rest, misses);
    }

    /**
     * {@code o.name}, through the cache entry in {@code caches[site]} when it is valid, else the
     * general lookup (which refreshes the entry when the class allows a cached answer).
     */
    public static PyObject load(PyInstance o, PyStr name, Object[] caches, int site) {
        PyType t = o.type();
        Object slot = caches[site];
        if (slot != GENERAL) {
            AttrCache c = hit(slot, t);
            if (c != null) {
                if (c.descr instanceof PyMemberDescriptor md) {
                    // a __slots__ member (a data descriptor: it wins over the instance's attributes)
                    PyObject v = o.slot(md.index);
                    return v != null ? v : Abstract.getAttr(o, name);
                }
                InstanceMap m = o.map();
                if (m != null) {
                    MapHint h = c.hint;
                    if (h != null && h.map == m && h.to == null) {
                        if (h.index >= 0) {
                            return o.valueAt(h.index);
                        }
                        if (c.descr != null) {
                            return Attributes.bind(c.descr, o, t);
                        }
                    }
                    int i = m.indexOf(name);
                    c.hint = new MapHint(m, i, null);
                    if (i >= 0) {
                        return o.valueAt(i);
                    }
                    if (c.descr != null) {
                        return Attributes.bind(c.descr, o, t);
                    }
                    return Abstract.getAttr(o, name);
                }
                PyDict d = o.dict();
                PyObject v = d.valueIfAt(c.position, name);
                if (v != null) {
                    return v;
                }
                int e = d.positionOf(name);
                if (e >= 0) {
                    c.position = e;
                    return d.valueAt(e);
                }
                if (c.descr != null) {
                    return Attributes.bind(c.descr, o, t);
                }
            } else {
                caches[site] = refill(slot, t, name, false);
            }
        }
        return Abstract.getAttr(o, name);
    }

    /**
     * The Python function {@code o.name} would bind to {@code o}, when the entry in
     * {@code caches[site]} answers it without a lookup (the class's version is current, the
     * instance is in map mode with the map the entry last met, and that map lacks the name);
     * null otherwise, and then the caller takes {@link #load}, which refreshes the entry. A
     * caller about to call the method at once calls the function with {@code o} first instead
     * of building the bound method.
     */
    public static PyFunction methodOf(PyInstance o, Object[] caches, int site) {
        Object slot = caches[site];
        if (slot instanceof AttrCache) {
            AttrCache c = hit(slot, o.type());
            if (c != null && c.descr instanceof PyFunction fn) {
                MapHint h = c.hint;
                if (h != null && h.map == o.map() && h.to == null && h.index < 0) {
                    return fn;
                }
            }
        }
        return null;
    }

    /**
     * The method descriptor {@code o.name} would bind to {@code o}, for an exact list, str or
     * dict whose site already cached it ({@link #loadBuiltin}), or null.
     */
    public static PyBuiltinFunction builtinMethodOf(PyObject o, Object[] caches, int site) {
        return caches[site] instanceof BuiltinMethod m && m.type == o.type() ? m.descr : null;
    }

    /**
     * {@code o.name} for an exact list, str or dict (built-in types, whose dicts never change,
     * and no instance dict): a method found at this site before is bound without a lookup.
     */
    public static PyObject loadBuiltin(PyObject o, PyStr name, Object[] caches, int site) {
        PyType t = o.type();
        if (caches[site] instanceof BuiltinMethod m && m.type == t) {
            return m.descr.bind(o);
        }
        String n = name.value();
        if (!n.isEmpty() && n.charAt(0) != '_' && t.lookup(name) instanceof PyBuiltinFunction b && b.isDescriptor()) {
            caches[site] = new BuiltinMethod(t, b);
        }
        return Abstract.getAttr(o, name);
    }

    /** A method descriptor found in a built-in type's dict. */
    private record BuiltinMethod(PyType type, PyBuiltinFunction descr) {
    }

    /** {@code o.name = value} through the cache, as {@link #load}. */
    public static void store(PyInstance o, PyStr name, PyObject value, Object[] caches, int site) {
        PyType t = o.type();
        Object slot = caches[site];
        if (slot != GENERAL) {
            AttrCache c = hit(slot, t);
            if (c != null) {
                if (c.descr instanceof PyMemberDescriptor md) {
                    o.setSlot(md.index, value, t.slotCount);
                    return;
                }
                InstanceMap m = o.map();
                if (m != null && name.isExact()) {
                    MapHint h = c.hint;
                    if (h != null && h.map == m) {
                        if (h.to == null) {
                            o.setValueAt(h.index, value);
                        } else {
                            o.addValue(h.to, value);
                        }
                        return;
                    }
                    int i = m.indexOf(name);
                    if (i >= 0) {
                        c.hint = new MapHint(m, i, null);
                        o.setValueAt(i, value);
                        return;
                    }
                    if (m.size() < InstanceMap.MAX_ATTRIBUTES) {
                        InstanceMap to = m.with(name);
                        c.hint = new MapHint(m, m.size(), to);
                        o.addValue(to, value);
                        return;
                    }
                }
                PyDict d = o.dict();
                if (!d.replaceIfAt(c.position, name, value)) {
                    c.position = d.putAndLocate(name, value);
                }
                return;
            }
            caches[site] = refill(slot, t, name, true);
        }
        Abstract.setAttr(o, name, value);
    }

    /**
     * An entry for loading {@code name} from instances of {@code t}, or null when the general
     * path must run every time: dunder names (special attributes), a {@code __getattribute__}
     * of the class's own, and class attributes that are descriptors defined in Python or
     * properties (they take precedence over the instance dict or run code). A {@code __slots__}
     * member is cached: a hit reads the instance's slot at the member's index.
     */
    private static AttrCache forLoad(PyType t, PyStr name) {
        if (isDunderish(name)) {
            return null;
        }
        if (t.lookup("__getattribute__") != PyType.OBJECT.lookup("__getattribute__")) {
            return null;
        }
        PyObject descr = t.lookup(name);
        if (descr instanceof PyMemberDescriptor) {
            return new AttrCache(t, t.version(), descr, null, 0);
        }
        if (descr != null && (descr.type().heap || descr instanceof PyDescriptors.Property)) {
            return null;
        }
        return new AttrCache(t, t.version(), descr, null, 0);
    }

    /**
     * The one class a load site has met, when the site's entry for it is current; null when it met
     * none, several, or took the general path. A compiler reads it as the site's class profile.
     */
    public static PyType monomorphic(Object slot) {
        if (slot instanceof AttrCache c && c.next == null && c.version == c.type.version()) {
            return c.type;
        }
        return null;
    }

    /** An entry for storing {@code name} into instances of {@code t}, or null (as {@link #forLoad}). */
    private static AttrCache forStore(PyType t, PyStr name) {
        if (isDunderish(name) || t == PyType.OBJECT) {
            return null;
        }
        PyObject sa = t.lookup("__setattr__");
        if (sa != null && !(sa instanceof PyBuiltinFunction)) {
            return null;
        }
        PyObject descr = t.lookup(name);
        if (descr instanceof PyMemberDescriptor) {
            return new AttrCache(t, t.version(), descr, null, 0);
        }
        if (t.noInstanceDict) {
            return null;
        }
        if (descr != null && (descr.type().heap || descr instanceof PyDescriptors.Property
                || descr instanceof PyMemberDescriptor)) {
            return null;
        }
        return new AttrCache(t, t.version(), null, null, 0);
    }

    /**
     * Names an instance's special attributes may answer ({@code __class__}, {@code __dict__})
     * start with two underscores; a private name like {@code _items} is an ordinary attribute.
     */
    static boolean isDunderish(PyStr name) {
        String n = name.value();
        return n.isEmpty() || n.startsWith("__");
    }
}
