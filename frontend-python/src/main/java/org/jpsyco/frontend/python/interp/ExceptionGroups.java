package org.jpsyco.frontend.python.interp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654) and the run-time side of
 * {@code except*}: CHECK_EG_MATCH splits the group a clause sees into the part it matches and
 * the rest; PREP_RERAISE_STAR combines, after the last clause, the unmatched rest, the parts
 * re-raised unchanged (recognised by their traceback, cause and context being the original's,
 * which splitting copies) and the new exceptions the clauses raised.
 */
final class ExceptionGroups {
    private static final PyType BASE_EXCEPTION_GROUP = ExceptionTypes.BASE_EXCEPTION_GROUP;
    private static final PyType EXCEPTION_GROUP = ExceptionTypes.EXCEPTION_GROUP;

    static {
        BASE_EXCEPTION_GROUP.constructor = (a, k) -> create(BASE_EXCEPTION_GROUP, a);
        EXCEPTION_GROUP.constructor = (a, k) -> create(EXCEPTION_GROUP, a);
        BuiltinMethods.define(BASE_EXCEPTION_GROUP, "__init__", (a, k) -> PySingleton.NONE);
        BuiltinMethods.define(BASE_EXCEPTION_GROUP, "derive", (a, k) -> create(BASE_EXCEPTION_GROUP,
                new PyObject[] {message((PyBaseException) a[0]), a[1]}));
        BuiltinMethods.define(BASE_EXCEPTION_GROUP, "split", (a, k) -> {
            PyBaseException[] r = split((PyBaseException) a[0], matcher(a[1]), true);
            return PyTuple.of(orNone(r[0]), orNone(r[1]));
        });
        BuiltinMethods.define(BASE_EXCEPTION_GROUP, "subgroup", (a, k) -> orNone(split((PyBaseException) a[0],
                matcher(a[1]), false)[0]));
    }

    private ExceptionGroups() {
    }

    /** Loads the class, which gives the group types their constructors and methods. */
    static void install() {
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PySingleton.NONE : o;
    }

    /** {@code BaseExceptionGroup(message, exceptions)}, which is an ExceptionGroup when every item is an Exception. */
    private static PyBaseException create(PyType cls, PyObject[] a) {
        if (a.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + a.length + " given)");
        }
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + a[0].type().name());
        }
        if (!(a[1] instanceof PyList) && !(a[1] instanceof PyTuple)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        List<PyObject> items = Abstract.toList(a[1]);
        if (items.isEmpty()) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PyBaseException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= e.isInstance(ExceptionTypes.EXCEPTION);
        }
        if (cls == BASE_EXCEPTION_GROUP && allExceptions) {
            cls = EXCEPTION_GROUP;
        } else if (cls == EXCEPTION_GROUP && !allExceptions) {
            throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        PyBaseException g = new PyBaseException(cls, PyTuple.of(a[0], a[1]));
        g.dict().putStr("message", a[0]);
        g.dict().putStr("exceptions", PyTuple.of(items));
        return g;
    }

    private static PyObject message(PyBaseException g) {
        PyObject m = g.dict().getStr("message");
        return m != null ? m : g.args.size() > 0 ? g.args.get(0) : PyStr.of("");
    }

    private static List<PyObject> exceptions(PyBaseException g) {
        PyObject e = g.dict().getStr("exceptions");
        return e != null ? Abstract.toList(e) : g.args.size() > 1 ? Abstract.toList(g.args.get(1)) : List.of();
    }

    static boolean isGroup(PyObject o) {
        return o instanceof PyBaseException e && e.isInstance(BASE_EXCEPTION_GROUP);
    }

    /** A split condition: an exception type, a tuple of them, or a predicate. */
    private static Predicate<PyBaseException> matcher(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            return e -> e.isInstance(t);
        }
        if (cond instanceof PyTuple tuple) {
            for (PyObject t : tuple.items) {
                if (!(t instanceof PyType ty && ty.isSubtype(ExceptionTypes.BASE_EXCEPTION))) {
                    throw Errors.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> Abstract.isInstance(e, cond);
        }
        if (!(cond instanceof PyType) && (cond instanceof org.jpsyco.frontend.python.objects.PyFunction
                || cond instanceof org.jpsyco.frontend.python.objects.PyMethod
                || cond instanceof org.jpsyco.frontend.python.objects.PyBuiltinFunction
                || cond.type().lookup("__call__") != null)) {
            return e -> Abstract.isTrue(Abstract.call(cond, e));
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** Splits {@code g} into [match, rest] (each null when empty), keeping the nesting and the metadata. */
    private static PyBaseException[] split(PyBaseException g, Predicate<PyBaseException> matches, boolean withRest) {
        if (matches.test(g)) {
            return new PyBaseException[] {g, null};
        }
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject o : exceptions(g)) {
            PyBaseException e = (PyBaseException) o;
            if (isGroup(e)) {
                PyBaseException[] r = split(e, matches, withRest);
                if (r[0] != null) {
                    matched.add(r[0]);
                }
                if (r[1] != null) {
                    rest.add(r[1]);
                }
            } else if (matches.test(e)) {
                matched.add(e);
            } else {
                rest.add(e);
            }
        }
        return new PyBaseException[] {subset(g, matched), withRest ? subset(g, rest) : null};
    }

    /** {@code g.derive(items)} with g's traceback, cause, context and notes. */
    private static PyBaseException subset(PyBaseException g, List<PyObject> items) {
        if (items.isEmpty()) {
            return null;
        }
        PyObject d = Abstract.callMethod(g, "derive", new PyList(new ArrayList<>(items)));
        if (!(d instanceof PyBaseException eg) || !eg.isInstance(BASE_EXCEPTION_GROUP)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.traceback = g.traceback;
        eg.cause = g.cause;
        eg.context = g.context;
        eg.suppressContext = g.suppressContext;
        PyObject notes = g.dict().getStr("__notes__");
        if (notes != null) {
            eg.dict().putStr("__notes__", new PyList(new ArrayList<>(Abstract.toList(notes))));
        }
        return eg;
    }

    private static void checkExceptStarType(PyObject t) {
        if (t instanceof PyTuple tuple) {
            for (PyObject x : tuple.items) {
                checkExceptStarType(x);
            }
            return;
        }
        if (!(t instanceof PyType ty && ty.isSubtype(ExceptionTypes.BASE_EXCEPTION))) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (ty.isSubtype(BASE_EXCEPTION_GROUP)) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /** CHECK_EG_MATCH: [rest, match] for the clause's type; [exc, None] when nothing matches. */
    static PyObject[] match(PyObject exc, PyObject type) {
        checkExceptStarType(type);
        if (exc == PySingleton.NONE) {
            return new PyObject[] {exc, PySingleton.NONE};
        }
        PyBaseException e = (PyBaseException) exc;
        if (Abstract.isInstance(e, type)) {
            if (isGroup(e)) {
                return new PyObject[] {PySingleton.NONE, e};
            }
            // a naked exception is matched as a group of one
            PyBaseException wrapped = create(BASE_EXCEPTION_GROUP, new PyObject[] {PyStr.of(""),
                    PyTuple.of(e)});
            wrapped.traceback = e.traceback;
            return new PyObject[] {PySingleton.NONE, wrapped};
        }
        if (isGroup(e)) {
            PyBaseException[] r = split(e, x -> Abstract.isInstance(x, type), true);
            if (r[0] == null) {
                return new PyObject[] {exc, PySingleton.NONE};
            }
            return new PyObject[] {orNone(r[1]), r[0]};
        }
        return new PyObject[] {exc, PySingleton.NONE};
    }

    /** PREP_RERAISE_STAR: what the except* clauses leave to propagate, or None. */
    static PyObject prepReraiseStar(PyObject orig, PyList excs) {
        if (excs.items.isEmpty()) {
            return PySingleton.NONE;
        }
        if (!isGroup(orig)) {
            // a naked exception was wrapped: at most one clause ran
            return excs.items.get(0);
        }
        PyBaseException o = (PyBaseException) orig;
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (PyObject x : excs.items) {
            if (x == PySingleton.NONE) {
                continue;
            }
            PyBaseException e = (PyBaseException) x;
            boolean same = e.traceback == o.traceback && e.cause == o.cause && e.context == o.context;
            (same ? reraised : raised).add(e);
        }
        PyBaseException reraisedGroup = null;
        if (!reraised.isEmpty()) {
            Map<PyObject, Boolean> leaves = new IdentityHashMap<>();
            for (PyObject e : reraised) {
                collectLeaves((PyBaseException) e, leaves);
            }
            reraisedGroup = split(o, x -> leaves.containsKey(x), false)[0];
        }
        if (raised.isEmpty()) {
            return orNone(reraisedGroup);
        }
        if (reraisedGroup != null) {
            raised.add(reraisedGroup);
        }
        if (raised.size() > 1) {
            return create(BASE_EXCEPTION_GROUP, new PyObject[] {PyStr.of(""), new PyList(new ArrayList<>(raised))});
        }
        return raised.get(0);
    }

    private static void collectLeaves(PyBaseException e, Map<PyObject, Boolean> into) {
        if (!isGroup(e)) {
            into.put(e, Boolean.TRUE);
            return;
        }
        for (PyObject x : exceptions(e)) {
            collectLeaves((PyBaseException) x, into);
        }
    }
}
