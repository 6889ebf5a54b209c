package org.jpsyco.frontend.python.modules.re;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.JavaSlots;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyMethod;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The matching methods of one compiled pattern as built-in functions with the program bound:
 * {@code re.py} stores them on the Pattern instance, so {@code pattern.match(s)} is a single
 * call into the engine rather than a Python method that calls it. Arguments are bound as
 * CPython's argument clinic binds the methods' parameters.
 */
final class SreBound {
    private SreBound() {
    }

    private static final String[] MATCH_ARGS = {"string", "pos", "endpos"};
    private static final String[] SPLIT_ARGS = {"string", "maxsplit"};
    private static final String[] SUB_ARGS = {"repl", "string", "count"};
    private static final PyInt MAXSIZE = PyInt.of(Long.MAX_VALUE);

    static PyTuple bind(SreModule.Program p) {
        return PyTuple.of(
                fn("match", MATCH_ARGS, 1, (a, k) -> SreModule.matchCall(p, a[0], opt(a[1], PyInt.of(0)), opt(a[2], MAXSIZE), 0)),
                fn("fullmatch", MATCH_ARGS, 1, (a, k) -> SreModule.matchCall(p, a[0], opt(a[1], PyInt.of(0)), opt(a[2], MAXSIZE), 1)),
                fn("search", MATCH_ARGS, 1, (a, k) -> SreModule.matchCall(p, a[0], opt(a[1], PyInt.of(0)), opt(a[2], MAXSIZE), 2)),
                fn("findall", MATCH_ARGS, 1, (a, k) -> SreModule.findallCall(p, a[0], opt(a[1], PyInt.of(0)), opt(a[2], MAXSIZE))),
                fn("finditer", MATCH_ARGS, 1, (a, k) -> Abstract.getIter(
                        SreModule.finditerCall(p, a[0], opt(a[1], PyInt.of(0)), opt(a[2], MAXSIZE)))),
                fn("split", SPLIT_ARGS, 1, (a, k) -> SreSub.split(p, a[0], index(opt(a[1], PyInt.of(0))))),
                fn("sub", SUB_ARGS, 2, (a, k) -> subx(p, a[0], a[1], opt(a[2], PyInt.of(0))).get(0)),
                fn("subn", SUB_ARGS, 2, (a, k) -> subx(p, a[0], a[1], opt(a[2], PyInt.of(0)))));
    }

    private static PyObject opt(PyObject v, PyObject dflt) {
        return v == null ? dflt : v;
    }

    private static int index(PyObject v) {
        PyInt i = v instanceof PyInt pi ? pi : Abstract.index(v);
        if (i.isBig()) {
            return i.signum() < 0 ? -1 : Integer.MAX_VALUE;
        }
        long x = i.longValue();
        return x < Integer.MIN_VALUE ? -1 : x > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) x;
    }

    private static PyBuiltinFunction fn(String name, String[] names, int required, BuiltinImpl body) {
        return new PyBuiltinFunction(name, (a, k) -> body.call(bindArgs(name, a, k, names, required), new String[0]));
    }

    private static PyObject[] bindArgs(String fname, PyObject[] args, String[] kwnames, String[] names, int required) {
        int npos = args.length - kwnames.length;
        if (npos > names.length) {
            throw Errors.typeError(fname + "() takes at most " + names.length + " arguments (" + args.length
                    + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int i = 0; i < kwnames.length; i++) {
            int idx = -1;
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(kwnames[i])) {
                    idx = j;
                }
            }
            if (idx < 0) {
                throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for " + fname + "()");
            }
            if (out[idx] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + names[idx]
                        + "') and position (" + (idx + 1) + ")");
            }
            out[idx] = args[npos + i];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    private static boolean isCallable(PyObject o) {
        return o instanceof JavaSlots.Call || o instanceof PyBuiltinFunction || o instanceof PyType
                || o instanceof PyFunction || o instanceof PyMethod || o.type().lookup("__call__") != null;
    }

    /** {@code Pattern.subn}: (new string, count). */
    static PyTuple subx(SreModule.Program p, PyObject repl, PyObject string, PyObject countObj) {
        int count = Math.max(0, index(countObj));
        if (isCallable(repl)) {
            return (PyTuple) SreSub.sub(p, repl, string, count, SreSub.CALLABLE);
        }
        boolean literal;
        if (p.isStr) {
            if (!(repl instanceof PyStr s)) {
                if (repl instanceof PyBytes || repl.type().name().equals("bytearray")) {
                    throw Errors.typeError("expected str instance, " + repl.type().name() + " found");
                }
                throw Errors.typeError("decoding to str: need a bytes-like object, " + repl.type().name() + " found");
            }
            literal = s.value().indexOf('\\') < 0;
        } else {
            if (!(repl instanceof PyBytes b)) {
                if (repl instanceof PyStr) {
                    throw Errors.typeError("expected a bytes-like object, str found");
                }
                throw Errors.typeError("a bytes-like object is required, not '" + repl.type().name() + "'");
            }
            literal = true;
            for (byte x : b.value) {
                if (x == '\\') {
                    literal = false;
                    break;
                }
            }
        }
        if (literal) {
            return (PyTuple) SreSub.sub(p, repl, string, count, SreSub.LITERAL);
        }
        PyObject items = Abstract.callMethod(p.pattern, "_template", repl);
        return (PyTuple) SreSub.sub(p, (PyList) items, string, count, SreSub.TEMPLATE);
    }
}
