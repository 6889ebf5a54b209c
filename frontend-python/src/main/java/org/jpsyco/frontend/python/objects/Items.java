package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.List;

/** Subscription: {@code o[k]}, {@code o[k] = v}, {@code del o[k]}, including slices. */
final class Items {
    private Items() {
    }

    private static PyObject userMethod(PyObject o, String name) {
        if (!o.type().heap) {
            return null;
        }
        PyObject m = o.type().lookup(name);
        return m instanceof PyBuiltinFunction ? null : m;
    }

    static PyObject get(PyObject o, PyObject key) {
        PyObject um = userMethod(o, "__getitem__");
        if (um != null) {
            return Abstract.callDescriptor(um, o, key);
        }
        return builtinGet(o, key);
    }

    /** The built-in types' own {@code __getitem__}, never a subclass override: what {@code dict.__getitem__(self, k)} calls. */
    static PyObject builtinGet(PyObject o, PyObject key) {
        if (o instanceof PyByteArray ba) {
            return ba.getItem(key);
        }
        if (o instanceof PyMemoryView mv) {
            return mv.getItem(key);
        }
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                long[] ix = s.indices(l.size());
                return PyList.adopt(l.items.slice((int) ix[0], (int) ix[2], (int) ix[3]));
            }
            return l.items.get(seqIndex(key, l.size(), "list"));
        }
        if (o instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return sliceTuple(t, s);
            }
            return t.items[seqIndex(key, t.size(), "tuple")];
        }
        if (o instanceof PyDict d) {
            PyObject v = d.get(key);
            if (v == null) {
                PyObject missing = userMethod(o, "__missing__");
                if (missing != null) {
                    return Abstract.callDescriptor(missing, o, key);
                }
                throw Errors.keyError(key);
            }
            return v;
        }
        if (o instanceof PyBytes b) {
            if (key instanceof PySlice s) {
                List<PyObject> r = slice(new java.util.AbstractList<PyObject>() {
                    @Override
                    public PyObject get(int i) {
                        return PyInt.of(b.value[i] & 0xff);
                    }

                    @Override
                    public int size() {
                        return b.size();
                    }
                }, s);
                byte[] out = new byte[r.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (byte) ((PyInt) r.get(i)).value;
                }
                return new PyBytes(out);
            }
            return PyInt.of(b.value[seqIndex(key, b.size(), "bytes")] & 0xff);
        }
        if (o instanceof PyStr str) {
            if (key instanceof PySlice s) {
                long[] ix = s.indices(str.length());
                if (ix[2] == 1) {
                    return PyStr.of(str.substring((int) ix[0], (int) Math.max(ix[0], ix[1])));
                }
                StringBuilder sb = new StringBuilder();
                for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
                    sb.appendCodePoint(str.codePointAt((int) j));
                }
                return PyStr.of(sb.toString());
            }
            int i = seqIndex(key, str.length(), "string");
            return str.charAt(i);
        }
        if (o instanceof PyRange r) {
            if (key instanceof PySlice s) {
                long[] ix = s.indices(r.length());
                return new PyRange(r.start + ix[0] * r.step, r.start + ix[1] * r.step, r.step * ix[2]);
            }
            long i = longIndex(key, r.length(), "range object");
            return PyInt.of(r.start + i * r.step);
        }
        if (o instanceof PyType t && t.heap) {
            PyObject m = t.lookup("__class_getitem__");
            if (m != null) {
                return Abstract.call(Attributes.bind(m, null, t), key);
            }
        }
        if (o instanceof PyType t && PyGenericAlias.subscriptable(t)) {
            return new PyGenericAlias(t, key);
        }
        PyObject m = o.type().lookup("__getitem__");
        if (m != null && o.type().heap) {
            return Abstract.callDescriptor(m, o, key);
        }
        if (o instanceof PyType t) {
            throw Errors.typeError("type '" + t.name() + "' is not subscriptable");
        }
        throw Errors.typeError("'" + o.type().name() + "' object is not subscriptable");
    }

    static void set(PyObject o, PyObject key, PyObject value) {
        PyObject um = userMethod(o, "__setitem__");
        if (um != null) {
            Abstract.callDescriptor(um, o, key, value);
            return;
        }
        builtinSet(o, key, value);
    }

    /** The built-in types' own {@code __setitem__}, never a subclass override: what {@code dict.__setitem__(self, k)} calls. */
    static void builtinSet(PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyByteArray ba) {
            ba.setItem(key, value);
            return;
        }
        if (o instanceof PyMemoryView mv) {
            mv.setItem(key, value);
            return;
        }
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                setSlice(l, s, value);
                return;
            }
            l.items.set(seqIndex(key, l.size(), "list assignment"), value);
            return;
        }
        if (o instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        PyObject m = o.type().lookup("__setitem__");
        if (m != null && o.type().heap) {
            Abstract.callDescriptor(m, o, key, value);
            return;
        }
        throw Errors.typeError("'" + o.type().name() + "' object does not support item assignment");
    }

    static void del(PyObject o, PyObject key) {
        PyObject um = userMethod(o, "__delitem__");
        if (um != null) {
            Abstract.callDescriptor(um, o, key);
            return;
        }
        builtinDel(o, key);
    }

    /** The built-in types' own {@code __delitem__}, never a subclass override: what {@code dict.__delitem__(self, k)} calls. */
    static void builtinDel(PyObject o, PyObject key) {
        if (o instanceof PyByteArray ba) {
            ba.delItem(key);
            return;
        }
        if (o instanceof PyMemoryView) {
            Abstract.callMethod(o, "__delitem__", key);
            return;
        }
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                long[] ix = s.indices(l.size());
                List<Integer> idx = new ArrayList<>();
                for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) {
                    idx.add((int) j);
                }
                idx.sort(null);
                for (int k = idx.size() - 1; k >= 0; k--) {
                    l.items.remove((int) idx.get(k));
                }
                return;
            }
            l.items.remove(seqIndex(key, l.size(), "list assignment"));
            return;
        }
        if (o instanceof PyDict d) {
            if (d.del(key) == null) {
                throw Errors.keyError(key);
            }
            return;
        }
        PyObject m = o.type().lookup("__delitem__");
        if (m != null && o.type().heap) {
            Abstract.callDescriptor(m, o, key);
            return;
        }
        throw Errors.typeError("'" + o.type().name() + "' object doesn't support item deletion");
    }

    private static void setSlice(PyList l, PySlice s, PyObject value) {
        // a new list on the right (the usual case) needs no copy; the target itself does
        List<PyObject> vals = value instanceof PyList v && v != l ? v.items : Abstract.toList(value);
        long[] ix = s.indices(l.size());
        if (ix[2] == 1) {
            int start = (int) ix[0];
            int stop = (int) Math.max(ix[0], ix[1]);
            l.items.subList(start, stop).clear();
            l.items.addAll(start, vals);
            return;
        }
        if (vals.size() != ix[3]) {
            throw Errors.valueError("attempt to assign sequence of size " + vals.size()
                    + " to extended slice of size " + ix[3]);
        }
        l.items.setStrided((int) ix[0], (int) ix[2], (int) ix[3], vals);
    }

    static int seqIndex(PyObject key, long len, String what) {
        return (int) longIndex(key, len, what);
    }

    /** The checked, normalized index into a sequence of len items (ranges go beyond int). */
    static long longIndex(PyObject key, long len, String what) {
        if (!(key instanceof PyInt)) {
            if (key.type().heap && key.type().lookup("__index__") != null) {
                key = Abstract.index(key);
            } else {
                String w = what.endsWith(" assignment") ? what.substring(0, what.length() - 11) : what;
                if (w.equals("string")) {
                    throw Errors.typeError("string indices must be integers, not '" + key.type().name() + "'");
                }
                if (w.equals("bytes")) {
                    throw Errors.typeError("byte indices must be integers or slices, not " + key.type().name());
                }
                if (w.equals("range object")) {
                    throw Errors.typeError("range indices must be integers or slices, not " + key.type().name());
                }
                throw Errors.typeError(w + " indices must be integers or slices, not " + key.type().name());
            }
        }
        PyInt k = (PyInt) key;
        long i = k.isBig() ? Long.MAX_VALUE : k.value;
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Errors.indexError(what.equals("bytes") ? "index out of range" : what + " index out of range");
        }
        return i;
    }

    static ArrayList<PyObject> slice(List<PyObject> items, PySlice s) {
        long[] ix = s.indices(items.size());
        int n = (int) ix[3];
        ArrayList<PyObject> r = new ArrayList<>(n);
        if (ix[2] == 1) {
            int start = (int) ix[0];
            r.addAll(items.subList(start, start + n));
            return r;
        }
        for (long i = 0, j = ix[0]; i < n; i++, j += ix[2]) {
            r.add(items.get((int) j));
        }
        return r;
    }

    private static PyTuple sliceTuple(PyTuple t, PySlice s) {
        long[] ix = s.indices(t.size());
        int n = (int) ix[3];
        if (ix[2] == 1 && n == t.size() && t.type() == PyTuple.TYPE) {
            return t;
        }
        PyObject[] r = new PyObject[n];
        for (int i = 0, j = (int) ix[0]; i < n; i++, j += (int) ix[2]) {
            r[i] = t.items[j];
        }
        return PyTuple.of(r);
    }
}
