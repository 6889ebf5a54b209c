package org.jpsyco.frontend.python.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * A Python class. Built-in types are created once per JVM (their dictionaries are filled by
 * {@link BuiltinMethods} and never change afterwards: Python forbids setting attributes on
 * them); classes made by {@code class} statements are heap types and belong to one runtime.
 */
public final class PyType extends PyObject {
    /** How instances of a class are laid out in Java, inherited from the solid built-in base. */
    public enum Layout { OBJECT, EXCEPTION, BUILTIN }

    public static final PyType TYPE = new PyType("type", null, Layout.BUILTIN, false);
    public static final PyType OBJECT = new PyType("object", null, Layout.OBJECT, false);

    static {
        OBJECT.setBases(new PyType[0]);
        TYPE.setBases(new PyType[] {OBJECT});
    }

    private String name;
    private String qualname;
    public String module = "builtins";
    private PyType[] bases;
    private PyType[] mro;
    /** Created on first use: PyDict's own type is built after TYPE and OBJECT exist. */
    private PyDict dict;
    public final Layout layout;
    public final boolean heap;
    /**
     * The built-in type whose instance layout this class uses when Python code may subclass it
     * (list, dict, set, frozenset, tuple, str, int, float), inherited by subclasses; else null.
     */
    public PyType builtinBase;
    /** Slots (from {@code __slots__}) an instance of this class holds, its bases' included. */
    public int slotCount;
    /** A class whose {@code __slots__} leave its instances without a {@code __dict__}. */
    public boolean noInstanceDict;
    /** The root of the instance maps of this heap class's instances ({@link PyInstance}), made on first use. */
    InstanceMap instanceMaps;
    /** The class of this class when it is not {@code type} (a metaclass defined in Python). */
    PyType metatype;
    /** Called for {@code T(...)} on a built-in type; null for heap types and types without constructor. */
    public BuiltinImpl constructor;
    /**
     * Heap types cache {@link #lookup} results (misses included) in {@code attrCache}, valid while
     * {@code version} equals {@code cacheVersion}. A change of the dict of a heap type bumps the
     * version of the type and of every heap type that has it in its MRO. Built-in types are
     * shared between runtimes and do not cache; their dicts are complete once set up.
     */
    private long version;
    private long cacheVersion = -1;
    private HashMap<String, Object> attrCache;
    /** Heap types with this heap type in their MRO. */
    private List<WeakReference<PyType>> descendants;
    private static final Object MISSING = new Object();
    /**
     * What calling this heap type runs ({@link TypeCalls}): its {@code __new__} (null for the
     * default) and {@code __init__}, resolved at {@link #callVersion}; -1 before the first call.
     */
    long callVersion = -1;

    /**
     * The {@code __init__} function when calling this class comes to "a new plain instance, then
     * that function with it and the arguments" (no metaclass {@code __call__}, no {@code __new__}
     * of its own, no built-in base, its {@code __init__} defined in Python), as resolved by the
     * last call; null otherwise or when the class changed since.
     */
    public PyFunction plainInit() {
        if (callVersion == version && heap && layout == Layout.OBJECT && builtinBase == null
                && type() == TYPE && callInit instanceof PyFunction f
                && (callNew == null || callNew instanceof PyBuiltinFunction)) {
            return f;
        }
        return null;
    }
    PyObject callNew;
    PyObject callInit;

    private PyType(String name, PyType[] bases, Layout layout, boolean heap) {
        this.name = name;
        this.qualname = name;
        this.layout = layout;
        this.heap = heap;
        if (bases != null) {
            setBases(bases);
        }
    }

    /** A built-in type with one base; its layout is {@code BUILTIN} unless the base is an exception. */
    public static PyType builtin(String name, PyType base) {
        Layout l = base.layout == Layout.EXCEPTION ? Layout.EXCEPTION : Layout.BUILTIN;
        return new PyType(name, new PyType[] {base}, l, false);
    }

    /** A built-in exception type with several bases (ExceptionGroup: BaseExceptionGroup and Exception). */
    public static PyType builtinException(String name, PyType... bases) {
        PyType t = new PyType(name, bases, Layout.EXCEPTION, false);
        t.mro = computeMro(t);
        return t;
    }

    /** The root of the exception hierarchy. */
    static PyType exceptionRoot(String name) {
        return new PyType(name, new PyType[] {OBJECT}, Layout.EXCEPTION, false);
    }

    /** A class made by a {@code class} statement or {@code type(name, bases, dict)}. */
    public static PyType heapType(String name, PyType[] bases, PyDict ns) {
        if (bases.length == 0) {
            bases = new PyType[] {OBJECT};
        }
        Layout layout = Layout.OBJECT;
        PyType solid = null;
        for (PyType b : bases) {
            if (b.layout == Layout.EXCEPTION) {
                layout = Layout.EXCEPTION;
            } else if (b.builtinBase != null) {
                if (solid != null && solid != b.builtinBase) {
                    throw Errors.typeError("multiple bases have instance lay-out conflict");
                }
                solid = b.builtinBase;
            } else if (b.layout == Layout.BUILTIN && b != OBJECT) {
                throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
            }
        }
        if (solid != null) {
            if (layout == Layout.EXCEPTION) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
            layout = Layout.BUILTIN;
        }
        PyType t = new PyType(name, bases, layout, true);
        t.builtinBase = solid;
        t.mro = computeMro(t);
        for (PyType a : t.mro) {
            if (a != t && a.heap) {
                if (a.descendants == null) {
                    a.descendants = new ArrayList<>();
                }
                a.descendants.add(new WeakReference<>(t));
            }
        }
        for (var e : ns.entries()) {
            t.rawDict().put(e.getKey(), e.getValue());
        }
        PyObject mod = ns.getStr("__module__");
        if (mod instanceof PyStr s) {
            t.module = s.value();
        }
        PyObject qn = ns.getStr("__qualname__");
        if (qn instanceof PyStr s) {
            t.qualname = s.value();
            t.rawDict().delStr("__qualname__");
        }
        return t;
    }

    private void setBases(PyType[] bases) {
        this.bases = bases;
        List<PyType> m = new ArrayList<>();
        m.add(this);
        if (bases.length > 0) {
            m.addAll(Arrays.asList(bases[0].mro));
        }
        this.mro = m.toArray(new PyType[0]);
    }

    /** C3 linearization, as CPython's {@code mro_implementation}. */
    private static PyType[] computeMro(PyType t) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : t.bases) {
            seqs.add(new ArrayList<>(Arrays.asList(b.mro)));
        }
        seqs.add(new ArrayList<>(Arrays.asList(t.bases)));
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = head;
                    break;
                }
            }
            if (cand == null) {
                java.util.LinkedHashSet<String> heads = new java.util.LinkedHashSet<>();
                for (List<PyType> s : seqs) {
                    heads.add(s.get(0).name());
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", heads));
            }
            result.add(cand);
            for (List<PyType> s : seqs) {
                if (s.get(0) == cand) {
                    s.remove(0);
                }
            }
        }
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    @Override
    public PyDict dict() {
        BuiltinMethods.ensure();
        return rawDict();
    }

    /** The dictionary while built-in methods are being registered. */
    PyDict rawDict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                if (dict == null) {
                    PyDict nd = new PyDict();
                    if (heap) {
                        nd.owner = this;
                    }
                    dict = nd;
                }
                d = dict;
            }
        }
        return d;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public PyType[] bases() {
        return bases;
    }

    public PyType[] mro() {
        return mro;
    }

    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    /** Looks {@code name} up along the MRO, as CPython's {@code _PyType_Lookup}; null if absent. */
    public PyObject lookup(String name) {
        BuiltinMethods.ensure();
        if (heap) {
            Object c = cachedLookup(name);
            if (c != null) {
                return c == MISSING ? null : (PyObject) c;
            }
            PyObject v = lookupMro(name);
            attrCache.put(name, v == null ? MISSING : v);
            return v;
        }
        return lookupMro(name);
    }

    private PyObject lookupMro(String name) {
        for (PyType t : mro) {
            PyObject v = t.rawDict().getStr(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** {@link #lookup(String)} with a str key, which allocates nothing. */
    public PyObject lookup(PyStr name) {
        BuiltinMethods.ensure();
        if (heap) {
            Object c = cachedLookup(name.value());
            if (c != null) {
                return c == MISSING ? null : (PyObject) c;
            }
            PyObject v = lookupMro(name);
            attrCache.put(name.value(), v == null ? MISSING : v);
            return v;
        }
        return lookupMro(name);
    }

    /** The cached lookup result (MISSING for a cached miss), or null when not cached. */
    private Object cachedLookup(String name) {
        if (cacheVersion != version || attrCache == null) {
            if (attrCache == null) {
                attrCache = new HashMap<>();
            } else {
                attrCache.clear();
            }
            cacheVersion = version;
            return null;
        }
        return attrCache.get(name);
    }

    /**
     * A number that changes whenever the class's attributes (its dict or those of its MRO) may
     * have changed: with the class's identity it keys inline caches. Built-in types never change.
     */
    public long version() {
        return version;
    }

    /** The dict of this heap type changed: drops the cached lookups of this type and its descendants. */
    void dictChanged() {
        version++;
        if (descendants != null) {
            for (WeakReference<PyType> r : descendants) {
                PyType d = r.get();
                if (d != null) {
                    d.version++;
                }
            }
        }
    }

    /**
     * The binding of attribute {@code key} (null: of any) in this heap type's dict changed: tells
     * the watchers of this type and of every type that has it in its MRO, whose lookups of that
     * name may answer differently now.
     */
    void attributeChanged(Object key) {
        if (watcher != null) {
            watcher.changed(key);
        }
        if (descendants != null) {
            for (WeakReference<PyType> r : descendants) {
                PyType d = r.get();
                if (d != null && d.watcher != null) {
                    d.watcher.changed(key);
                }
            }
        }
    }

    /**
     * Told of each change of an attribute binding along this class's MRO (per name: compiled code
     * that resolved this class's attributes at compile time depends on them); null when nothing
     * watches.
     */
    private ChangeWatcher watcher;

    public ChangeWatcher watcher() {
        return watcher;
    }

    /** Makes {@code w} the watcher of this class's attribute bindings (a heap type's; built-in types never change). */
    public void watch(ChangeWatcher w) {
        watcher = w;
    }

    private PyObject lookupMro(PyStr name) {
        for (PyType t : mro) {
            PyObject v = t.rawDict().get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtype(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    public void setAttr(String attr, PyObject value) {
        if (!heap) {
            throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (value == null) {
            if (rawDict().delStr(attr) == null) {
                throw Errors.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
            }
        } else if (attr.equals("__name__")) {
            name = Abstract.str(value).value();
        } else if (attr.equals("__qualname__")) {
            qualname = Abstract.str(value).value();
        } else if (attr.equals("__module__")) {
            // reprs and tracebacks name the class by its module (a str; other objects only stored)
            if (value instanceof PyStr s) {
                module = s.value();
            }
            rawDict().putStr(attr, value);
        } else {
            rawDict().putStr(attr, value);
        }
    }

    /** The name that tracebacks and reprs use: {@code module.qualname} unless the module is builtins or __main__. */
    public String fullName() {
        if (module == null || module.equals("builtins") || module.equals("__main__")) {
            return qualname;
        }
        return module + "." + qualname;
    }
}
