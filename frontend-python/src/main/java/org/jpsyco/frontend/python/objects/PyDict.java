package org.jpsyco.frontend.python.objects;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python's dict: insertion ordered, keys compared by Python hash and equality. */
public final class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT);
    public final LinkedHashMap<DictKey, PyObject> map = new LinkedHashMap<>();
    /** For instances of subclasses of dict: their class and attribute dict; null for plain dicts. */
    private PyType subtype;
    private PyDict instDict;
    /** The class whose attribute dict this is, told of every change (its lookups are cached); else null. */
    PyType owner;

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

    @Override
    public PyDict dict() {
        return instDict;
    }

    public int size() {
        return map.size();
    }

    public PyObject get(PyObject key) {
        return map.get(keyOf(key));
    }

    /** The key wrapper of {@code key}; exact strs bring their own, cached. */
    private static DictKey keyOf(PyObject key) {
        return key instanceof PyStr s && s.isExact() ? s.key() : new DictKey(key);
    }

    public PyObject getStr(String key) {
        return map.get(new DictKey(new PyStr(key)));
    }

    public void put(PyObject key, PyObject value) {
        map.put(keyOf(key), value);
        changed();
    }

    /** Called after every change of the entries: invalidates the owner's attribute cache. */
    void changed() {
        if (owner != null) {
            owner.dictChanged();
        }
    }

    public void putStr(String key, PyObject value) {
        map.put(new DictKey(new PyStr(key)), value);
        changed();
    }

    public PyObject del(PyObject key) {
        PyObject r = map.remove(keyOf(key));
        changed();
        return r;
    }

    public PyObject delStr(String key) {
        PyObject r = map.remove(new DictKey(new PyStr(key)));
        changed();
        return r;
    }

    public boolean contains(PyObject key) {
        return map.containsKey(keyOf(key));
    }

    public List<PyObject> keys() {
        List<PyObject> r = new ArrayList<>(map.size());
        for (DictKey k : map.keySet()) {
            r.add(k.obj);
        }
        return r;
    }

    /** A snapshot of the entries, safe against modification while iterating. */
    public List<Map.Entry<PyObject, PyObject>> entries() {
        List<Map.Entry<PyObject, PyObject>> r = new ArrayList<>(map.size());
        for (var e : map.entrySet()) {
            r.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey().obj, e.getValue()));
        }
        return r;
    }
}
