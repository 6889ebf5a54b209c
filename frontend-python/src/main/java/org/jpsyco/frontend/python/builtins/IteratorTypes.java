package org.jpsyco.frontend.python.builtins;

import java.util.List;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.DictView;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyIterator;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySet;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The built-in iterator classes {@code enumerate}, {@code zip}, {@code map}, {@code filter} and
 * {@code reversed}: each call makes a lazy iterator over its arguments' iterators. Their
 * constructors capture no runtime state, so they are set once per JVM.
 */
final class IteratorTypes {
    private IteratorTypes() {
    }

    static final PyType ENUMERATE = PyType.builtin("enumerate", PyType.OBJECT);
    static final PyType ZIP = PyType.builtin("zip", PyType.OBJECT);
    static final PyType MAP = PyType.builtin("map", PyType.OBJECT);
    static final PyType FILTER = PyType.builtin("filter", PyType.OBJECT);
    static final PyType REVERSED = PyType.builtin("reversed", PyType.OBJECT);
    /** The classes, as the builtins module binds them. */
    static final PyType[] ALL = {ENUMERATE, ZIP, MAP, FILTER, REVERSED};
    private static final PyObject NONE = PySingleton.NONE;

    static {
        ENUMERATE.constructor = (a, k) -> {
            Args.onlyKeywords("enumerate", k, "start");
            PyObject it = Abstract.getIter(a[0]);
            PyObject startObj = a.length - k.length > 1 ? a[1] : Args.keyword(a, k, "start");
            PyObject[] n = {startObj == null ? PyInt.of(0) : Abstract.index(startObj)};
            return new PyIterator.FnIter(ENUMERATE, () -> {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                PyObject i = n[0];
                n[0] = NumberOps.binary(org.jpsyco.frontend.python.objects.BinaryOp.ADD, i, PyInt.of(1));
                return PyTuple.of(i, v);
            });
        };
        ZIP.constructor = (a, k) -> {
            Args.onlyKeywords("zip", k, "strict");
            int n = a.length - k.length;
            PyObject strictO = Args.keyword(a, k, "strict");
            boolean strict = strictO != null && Abstract.isTrue(strictO);
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) {
                its[i] = Abstract.getIter(a[i]);
            }
            return new PyIterator.FnIter(ZIP, () -> {
                if (n == 0) {
                    return null;
                }
                PyObject[] t = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    t[i] = Abstract.next(its[i]);
                    if (t[i] == null) {
                        if (strict) {
                            // zip(strict=True): the first exhausted iterator must be the first one, and
                            // then every other one must be exhausted too
                            if (i > 0) {
                                throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                        + (i == 1 ? " 1" : "s 1-" + i));
                            }
                            for (int j = 1; j < n; j++) {
                                if (Abstract.next(its[j]) != null) {
                                    throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                            + (j == 1 ? " 1" : "s 1-" + j));
                                }
                            }
                        }
                        return null;
                    }
                }
                return PyTuple.of(t);
            });
        };
        MAP.constructor = (a, k) -> {
            Args.noKeywords("map", k);
            if (a.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            PyObject f = a[0];
            PyObject[] its = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                its[i - 1] = Abstract.getIter(a[i]);
            }
            return new PyIterator.FnIter(MAP, () -> {
                PyObject[] t = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    t[i] = Abstract.next(its[i]);
                    if (t[i] == null) {
                        return null;
                    }
                }
                return Abstract.call(f, t);
            });
        };
        FILTER.constructor = (a, k) -> {
            Args.check("filter", a, k, 2, 2);
            PyObject f = a[0];
            PyObject it = Abstract.getIter(a[1]);
            return new PyIterator.FnIter(FILTER, () -> {
                for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                    if (f == NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(f, v))) {
                        return v;
                    }
                }
                return null;
            });
        };
        REVERSED.constructor = (a, k) -> {
            Args.check("reversed", a, k, 1, 1);
            PyObject o = a[0];
            if (o.type().heap && o.type().lookup("__reversed__") != null) {
                return Abstract.callMethod(o, "__reversed__");
            }
            if (o instanceof PyList l) {
                int[] i = {l.size()};
                return new PyIterator.FnIter(PyIterator.GENERIC, () -> {
                    i[0] = Math.min(i[0], l.size());
                    return --i[0] >= 0 ? l.get(i[0]) : null;
                });
            }
            if (o instanceof PyDict || o instanceof PySet || o instanceof DictView) {
                if (o instanceof PySet) {
                    throw Errors.typeError("'" + o.type().name() + "' object is not reversible");
                }
                List<PyObject> items = Abstract.toList(o);
                java.util.Collections.reverse(items);
                return new PyIterator.JavaIter(items.iterator(), PyIterator.GENERIC);
            }
            long n;
            try {
                n = Abstract.length(o);
            } catch (PyException e) {
                throw Errors.typeError("'" + o.type().name() + "' object is not reversible");
            }
            long[] i = {n};
            return new PyIterator.FnIter(REVERSED, () -> --i[0] >= 0 ? Abstract.getItem(o, PyInt.of(i[0])) : null);
        };
    }
}
