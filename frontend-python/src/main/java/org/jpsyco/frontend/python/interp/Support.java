package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.bytecode.CodeObject;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/** The larger instruction bodies: unpacking, calls with * and **, raise. */
public final class Support {
    private Support() {
    }

    public static PyObject[] unpack(PyObject seq, int n) {
        PyObject[] items;
        if (seq instanceof PyTuple t) {
            items = t.items;
        } else if (seq instanceof PyList l) {
            items = l.items.toArray(new PyObject[0]);
        } else {
            PyObject it = iterForUnpack(seq);
            List<PyObject> r = new ArrayList<>();
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                r.add(v);
                if (r.size() > n) {
                    throw Errors.valueError("too many values to unpack (expected " + n + ")");
                }
            }
            items = r.toArray(new PyObject[0]);
        }
        if (items.length < n) {
            throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        }
        if (items.length > n) {
            throw Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        return items;
    }

    private static PyObject iterForUnpack(PyObject seq) {
        try {
            return Abstract.getIter(seq);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.TYPE_ERROR) && e.value.strValue().endsWith("is not iterable")) {
                throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            throw e;
        }
    }

    /** Items for {@code a, *b, c = seq}: before, the starred list, after. */
    public static PyObject[] unpackEx(PyObject seq, int before, int after) {
        List<PyObject> all = new ArrayList<>();
        PyObject it = iterForUnpack(seq);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            all.add(v);
        }
        if (all.size() < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + all.size() + ")");
        }
        PyObject[] r = new PyObject[before + after + 1];
        for (int i = 0; i < before; i++) {
            r[i] = all.get(i);
        }
        r[before] = new PyList(all.subList(before, all.size() - after));
        for (int i = 0; i < after; i++) {
            r[before + 1 + i] = all.get(all.size() - after + i);
        }
        return r;
    }

    /** The values of {@code keys} in a mapping subject, or None when one is missing. */
    public static PyObject matchKeys(PyObject subject, PyTuple keys) {
        PyObject[] values = new PyObject[keys.size()];
        PyDict d = (PyDict) subject;
        for (int i = 0; i < values.length; i++) {
            PyObject v = d.get(keys.items[i]);
            if (v == null) {
                return PySingleton.NONE;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    private static final java.util.Set<PyType> SELF_MATCHING = java.util.Set.of(
            org.jpsyco.frontend.python.objects.PyBool.TYPE, org.jpsyco.frontend.python.objects.PyInt.TYPE,
            org.jpsyco.frontend.python.objects.PyFloat.TYPE, PyStr.TYPE, PyDict.TYPE, PyList.TYPE, PyTuple.TYPE,
            org.jpsyco.frontend.python.objects.PySet.TYPE, org.jpsyco.frontend.python.objects.PySet.FROZEN_TYPE);

    /** CPython's {@code match_class}: the attributes a class pattern matches, or None. */
    public static PyObject matchClass(PyObject subject, PyObject cls, int npos, PyTuple kwNames) {
        if (!(cls instanceof PyType type)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        if (!subject.type().isSubtype(type)) {
            return PySingleton.NONE;
        }
        List<PyObject> attrs = new ArrayList<>();
        if (npos > 0) {
            PyObject matchArgs = Abstract.lookupAttr(type, "__match_args__");
            if (matchArgs == null) {
                boolean self = false;
                for (PyType t : type.mro()) {
                    if (SELF_MATCHING.contains(t)) {
                        self = true;
                    }
                }
                if (!self || npos > 1) {
                    throw Errors.typeError(type.name() + "() accepts " + (self ? 1 : 0)
                            + " positional sub-pattern" + (self ? "" : "s") + " (" + npos + " given)");
                }
                attrs.add(subject);
            } else {
                if (!(matchArgs instanceof PyTuple t)) {
                    throw Errors.typeError(type.name() + ".__match_args__ must be a tuple (got "
                            + matchArgs.type().name() + ")");
                }
                if (npos > t.size()) {
                    throw Errors.typeError(type.name() + "() accepts " + t.size() + " positional sub-pattern"
                            + (t.size() == 1 ? "" : "s") + " (" + npos + " given)");
                }
                for (int i = 0; i < npos; i++) {
                    PyObject v = Abstract.lookupAttr(subject, ((PyStr) t.items[i]).value());
                    if (v == null) {
                        return PySingleton.NONE;
                    }
                    attrs.add(v);
                }
            }
        }
        for (PyObject name : kwNames.items) {
            PyObject v = Abstract.lookupAttr(subject, ((PyStr) name).value());
            if (v == null) {
                return PySingleton.NONE;
            }
            attrs.add(v);
        }
        return PyTuple.of(attrs);
    }

    public static PyObject callEx(PyObject fn, PyObject args, PyObject kwargs) {
        PyObject[] pos = args instanceof PyTuple t ? t.items : org.jpsyco.frontend.python.objects.CallSiteArgs.starred(fn, args);
        if (kwargs instanceof PyTuple pieces) {
            kwargs = org.jpsyco.frontend.python.objects.CallSiteArgs.mergeKeywords(fn, pieces.items);
        }
        if (kwargs == null || (kwargs instanceof PyDict d && d.size() == 0)) {
            return Abstract.call(fn, pos, new String[0]);
        }
        PyDict d = (PyDict) kwargs;
        PyObject[] all = new PyObject[pos.length + d.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        String[] names = new String[d.size()];
        int i = 0;
        for (var e : d.entries()) {
            if (!(e.getKey() instanceof PyStr s)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[i] = s.value();
            all[pos.length + i] = e.getValue();
            i++;
        }
        return Abstract.call(fn, all, names);
    }

    public static PyException raise(Interpreter interp, Frame f, PyObject exc, PyObject cause) {
        if (exc == null) {
            PyBaseException cur = interp.handledException(f);
            if (cur == null) {
                return Errors.runtimeError("No active exception to reraise");
            }
            PyException e = cur.toThrowable();
            e.reraised = true;
            return e;
        }
        PyBaseException e = instantiate(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PySingleton.NONE) {
                e.cause = null;
            } else {
                e.cause = instantiate(cause, "exception causes must derive from BaseException");
            }
            e.suppressContext = true;
        }
        return e.toThrowable();
    }

    private static PyBaseException instantiate(PyObject exc, String msg) {
        if (exc instanceof PyType t && t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject v = Abstract.call(t);
            if (!(v instanceof PyBaseException e)) {
                throw Errors.typeError("calling " + Abstract.repr(t).value()
                        + " should have returned an instance of BaseException, not " + v.type().name());
            }
            return e;
        }
        if (exc instanceof PyBaseException e) {
            return e;
        }
        throw Errors.typeError(msg);
    }

    /**
     * {@code SEND} as the interpreter runs it: the next value {@code it} yields for {@code sent},
     * or, when it is exhausted, null with its result in {@code result[0]}.
     */
    public static PyObject send(PyObject it, PyObject sent, PyObject[] result) {
        PyObject r;
        result[0] = PySingleton.NONE;
        if (it instanceof PyGenerator g) {
            r = g.resume(sent, null);
            if (r == null && g.returnValue != null) {
                result[0] = g.returnValue;
            }
        } else {
            r = AsyncSupport.send(it, sent);
            if (r instanceof AsyncSupport.Done d) {
                r = null;
                result[0] = d.value;
            }
        }
        return r;
    }

    public static void checkCatchable(PyObject type) {
        if (type instanceof PyType t && t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            return;
        }
        if (type instanceof PyTuple tup) {
            for (PyObject x : tup.items) {
                checkCatchable(x);
            }
            return;
        }
        throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    // ---- async iteration, async with and except*, for compiled code (the interpreter's own cases call the same)

    public static PyObject getAiter(PyObject o) {
        return AsyncSupport.getAiter(o);
    }

    public static PyObject getAnext(PyObject aiter) {
        return AsyncSupport.getAnext(aiter);
    }

    public static void endAsyncFor(PyObject exc) {
        AsyncSupport.endAsyncFor(exc);
    }

    public static PyObject asyncExit(PyObject mgr) {
        return AsyncSupport.asyncExit(mgr);
    }

    public static PyObject asyncEnter(PyObject mgr) {
        return AsyncSupport.asyncEnter(mgr);
    }

    public static PyObject asyncGenWrap(PyObject value) {
        return new PyAsyncGenerator.Wrapped(value);
    }

    /** {@code CHECK_EG_MATCH}: {rest, match} of {@code exc} against {@code type}; a match becomes the handled exception. */
    public static PyObject[] checkEgMatch(Frame f, PyObject exc, PyObject type) {
        PyObject[] restMatch = ExceptionGroups.match(exc, type);
        if (restMatch[1] != org.jpsyco.frontend.python.objects.PySingleton.NONE) {
            f.handled = (org.jpsyco.frontend.python.objects.PyBaseException) restMatch[1];
        }
        return restMatch;
    }

    public static PyObject prepReraiseStar(PyObject orig, PyObject raised) {
        return ExceptionGroups.prepReraiseStar(orig, (org.jpsyco.frontend.python.objects.PyList) raised);
    }

    // ---- name lookups and their errors, worded as CPython words them (interpreter and compiled code)

    /** DELETE_NAME: from a dict, or through {@code __delitem__} of any other mapping. */
    public static void deleteName(Frame f, String name) {
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            if (d.delStr(name) == null) {
                throw Errors.nameError("name '" + name + "' is not defined");
            }
            return;
        }
        try {
            Abstract.delItem(f.locals, PyStr.of(name));
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.KEY_ERROR)) {
                throw Errors.nameError("name '" + name + "' is not defined");
            }
            throw e;
        }
    }

    /** A name in a namespace that is not a dict (a class body's mapping from {@code __prepare__}), or null. */
    public static PyObject loadFromLocals(Frame f, String name) {
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            return d.getStr(name);
        }
        if (f.locals == null) {
            return null;
        }
        try {
            return Abstract.getItem(f.locals, PyStr.of(name));
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    public static PyException nameError(String name) {
        PyException e = Errors.nameError("name '" + name + "' is not defined");
        e.value.dict().putStr("name", PyStr.of(name));
        return e;
    }

    public static PyException unboundLocal(String name) {
        return Errors.raise(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    public static PyException unboundCell(CodeObject co, int i) {
        String name = co.cellName(i);
        if (i < co.cellvars.length) {
            return unboundLocal(name);
        }
        return Errors.nameError("cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }

    // ---- attribute and global access through the instruction's inline cache (interpreter and compiled code)

    /** {@code LOAD_ATTR} at instruction {@code site} of the code whose caches are {@code caches}. */
    public static PyObject loadAttr(PyObject o, PyStr name, Object[] caches, int site) {
        if (o instanceof org.jpsyco.frontend.python.objects.PyInstance i) {
            return org.jpsyco.frontend.python.objects.AttrCache.load(i, name, caches, site);
        }
        if (o instanceof org.jpsyco.frontend.python.objects.PyList l ? l.isExact() : o instanceof PyStr s ? s.isExact()
                : o instanceof PyDict d ? d.type() == PyDict.TYPE : exactSetOrTuple(o)) {
            return org.jpsyco.frontend.python.objects.AttrCache.loadBuiltin(o, name, caches, site);
        }
        return Abstract.getAttr(o, name);
    }

    /** An exact set, frozenset or tuple: built-in types without instance attributes, as {@link #loadAttr} needs. */
    private static boolean exactSetOrTuple(PyObject o) {
        if (o instanceof org.jpsyco.frontend.python.objects.PySet s) {
            PyType t = s.type();
            return t == org.jpsyco.frontend.python.objects.PySet.TYPE || t == org.jpsyco.frontend.python.objects.PySet.FROZEN_TYPE;
        }
        return o instanceof PyTuple t && t.type() == PyTuple.TYPE;
    }

    /** {@code STORE_ATTR} at instruction {@code site}. */
    public static void storeAttr(PyObject obj, PyStr name, PyObject v, Object[] caches, int site) {
        if (obj instanceof org.jpsyco.frontend.python.objects.PyInstance i) {
            org.jpsyco.frontend.python.objects.AttrCache.store(i, name, v, caches, site);
        } else {
            Abstract.setAttr(obj, name, v);
        }
    }

    /** {@code LOAD_GLOBAL} at instruction {@code site}. */
    public static PyObject loadGlobal(Frame f, PyStr name, Object[] caches, int site) {
        PyObject v = GlobalCache.cached(caches, site, f.globals, f.builtins);
        if (v == null) {
            v = GlobalCache.lookup(caches, site, f.globals, f.builtins, name);
            if (v == null) {
                throw nameError(name.value());
            }
        }
        return v;
    }
}
