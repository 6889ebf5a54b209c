package org.jpsyco.frontend.python.interp;

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
final class Support {
    private Support() {
    }

    static PyObject[] unpack(PyObject seq, int n) {
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
    static PyObject[] unpackEx(PyObject seq, int before, int after) {
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

    static PyObject callEx(PyObject fn, PyObject args, PyObject kwargs) {
        PyObject[] pos = args instanceof PyTuple t ? t.items : Abstract.toArray(args);
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

    static PyException raise(Interpreter interp, Frame f, PyObject exc, PyObject cause) {
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

    static void checkCatchable(PyObject type) {
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
}
