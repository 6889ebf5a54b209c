package org.jpsyco.frontend.python.objects;

import java.util.List;

/**
 * The argument checks of a call with {@code *args} or {@code **kwargs} that CPython reports with
 * the callee's name ({@code _PyObject_FunctionStr}): a non-iterable after {@code *}, a
 * non-mapping after {@code **} and a keyword given twice.
 */
public final class CallSiteArgs {
    private CallSiteArgs() {
    }

    /** CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()}, without the module for builtins. */
    public static String functionStr(PyObject fn) {
        PyObject qn = lookup(fn, "__qualname__");
        if (!(qn instanceof PyStr q)) {
            return Abstract.str(fn).value();
        }
        PyObject mod = lookup(fn, "__module__");
        if (mod instanceof PyStr m && !m.value().equals("builtins")) {
            return m.value() + "." + q.value() + "()";
        }
        return q.value() + "()";
    }

    private static PyObject lookup(PyObject o, String name) {
        try {
            return Abstract.lookupAttr(o, name);
        } catch (PyException e) {
            return null;
        }
    }

    private static boolean iterable(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyDict
                || o instanceof PySet || o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyRange
                || o instanceof DictView || o instanceof PyIterator || o instanceof Abstract.Iterable
                || o.type().lookup("__iter__") != null || o.type().lookup("__getitem__") != null;
    }

    /** The positional arguments of {@code f(*x)}. */
    public static PyObject[] starred(PyObject fn, PyObject args) {
        if (!iterable(args)) {
            throw Errors.typeError(functionStr(fn) + " argument after * must be an iterable, not "
                    + args.type().name());
        }
        return Abstract.toArray(args);
    }

    /** {@code LIST_EXTEND} of {@code [*x]}, {@code (*x,)} and {@code f(a, *x)}. */
    public static void extend(PyList list, PyObject v) {
        if (!iterable(v)) {
            throw Errors.typeError("Value after * must be an iterable, not " + v.type().name());
        }
        list.items.addAll(Abstract.toList(v));
    }

    /** The keywords of {@code f(**a, k=v, **b)}: the mappings merged in order, each key once. */
    public static PyDict mergeKeywords(PyObject fn, PyObject[] pieces) {
        PyDict r = new PyDict();
        for (PyObject m : pieces) {
            if (m instanceof PyDict d) {
                for (var e : d.entries()) {
                    add(fn, r, e.getKey(), e.getValue());
                }
                continue;
            }
            PyObject keys = m.type().lookup("keys");
            if (keys == null) {
                throw Errors.typeError(functionStr(fn) + " argument after ** must be a mapping, not "
                        + m.type().name());
            }
            List<PyObject> ks = Abstract.toList(Abstract.callDescriptor(keys, m));
            for (PyObject k : ks) {
                add(fn, r, k, Abstract.getItem(m, k));
            }
        }
        return r;
    }

    private static void add(PyObject fn, PyDict into, PyObject key, PyObject value) {
        if (into.get(key) != null) {
            if (key instanceof PyStr s) {
                throw Errors.typeError(functionStr(fn) + " got multiple values for keyword argument '" + s.value()
                        + "'");
            }
            throw Errors.typeError(functionStr(fn) + " keywords must be strings");
        }
        into.put(key, value);
    }
}
