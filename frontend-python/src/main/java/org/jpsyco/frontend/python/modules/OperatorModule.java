package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.JavaSlots;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The {@code operator} module: Python's operators as functions (each also under its dunder
 * name, as CPython's), and the {@code itemgetter}, {@code attrgetter} and {@code methodcaller}
 * callables.
 */
public final class OperatorModule {
    private OperatorModule() {
    }

    static final PyType ITEMGETTER = type("itemgetter", (a, k) -> {
        ModuleArgs.noKeywords("itemgetter", k);
        if (a.length == 0) {
            throw Errors.typeError("itemgetter expected 1 argument, got 0");
        }
        return new Getter(OperatorModule.ITEMGETTER, a.clone(), null);
    });
    static final PyType ATTRGETTER = type("attrgetter", (a, k) -> {
        ModuleArgs.noKeywords("attrgetter", k);
        if (a.length == 0) {
            throw Errors.typeError("attrgetter expected 1 argument, got 0");
        }
        String[][] paths = new String[a.length][];
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] instanceof PyStr s)) {
                throw Errors.typeError("attribute name must be a string");
            }
            paths[i] = s.value().split("\\.", -1);
        }
        return new Getter(OperatorModule.ATTRGETTER, a.clone(), paths);
    });
    static final PyType METHODCALLER = type("methodcaller", (a, k) -> {
        int npos = a.length - k.length;
        if (npos < 1) {
            throw Errors.typeError("methodcaller needs at least one argument, the method name");
        }
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError("method name must be a string");
        }
        PyObject[] rest = new PyObject[a.length - 1];
        System.arraycopy(a, 1, rest, 0, rest.length);
        return new MethodCaller(((PyStr) a[0]).value(), rest, k.clone());
    });

    private static PyType type(String name, BuiltinImpl constructor) {
        PyType t = PyType.builtin(name, PyType.OBJECT);
        t.module = "operator";
        t.constructor = constructor;
        return t;
    }

    /** An {@code itemgetter} (paths null) or {@code attrgetter}. */
    static final class Getter extends PyObject implements JavaSlots.Call, JavaSlots.Repr {
        private final PyType type;
        private final PyObject[] items;
        private final String[][] paths;

        Getter(PyType type, PyObject[] items, String[][] paths) {
            this.type = type;
            this.items = items;
            this.paths = paths;
        }

        private PyObject one(PyObject obj, int i) {
            if (paths == null) {
                return Abstract.getItem(obj, items[i]);
            }
            PyObject o = obj;
            for (String name : paths[i]) {
                o = Abstract.getAttr(o, name);
            }
            return o;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            ModuleArgs.noKeywords(type.name(), kwnames);
            if (args.length != 1) {
                throw Errors.typeError(type.name() + " expected 1 argument, got " + args.length);
            }
            if (items.length == 1) {
                return one(args[0], 0);
            }
            PyObject[] r = new PyObject[items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = one(args[0], i);
            }
            return PyTuple.of(r);
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("operator.").append(type.name()).append('(');
            for (int i = 0; i < items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(Abstract.repr(items[i]).value());
            }
            return sb.append(')').toString();
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    static final class MethodCaller extends PyObject implements JavaSlots.Call, JavaSlots.Repr {
        private final String name;
        private final PyObject[] args;
        private final String[] kwnames;

        MethodCaller(String name, PyObject[] args, String[] kwnames) {
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public PyObject call(PyObject[] a, String[] k) {
            ModuleArgs.noKeywords("methodcaller", k);
            if (a.length != 1) {
                throw Errors.typeError("methodcaller expected 1 argument, got " + a.length);
            }
            return Abstract.call(Abstract.getAttr(a[0], name), args, kwnames);
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Repr.str(name));
            int npos = args.length - kwnames.length;
            for (int i = 0; i < npos; i++) {
                sb.append(", ").append(Abstract.repr(args[i]).value());
            }
            for (int i = 0; i < kwnames.length; i++) {
                sb.append(", ").append(kwnames[i]).append('=').append(Abstract.repr(args[npos + i]).value());
            }
            return sb.append(')').toString();
        }

        @Override
        public PyType type() {
            return METHODCALLER;
        }
    }

    /** The repr of a Python string. */
    private static final class Repr {
        static String str(String s) {
            return Abstract.repr(PyStr.of(s)).value();
        }
    }

    private interface Binary {
        PyObject apply(PyObject a, PyObject b);
    }

    private interface Unary {
        PyObject apply(PyObject a);
    }

    private static void binary(PyModule m, String name, Binary f) {
        BuiltinImpl impl = (a, k) -> {
            ModuleArgs.positional(name, a, k, 2, 2);
            return f.apply(a[0], a[1]);
        };
        m.def(name, impl);
        String bare = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
        m.def("__" + bare + "__", impl);
    }

    private static void unary(PyModule m, String name, Unary f) {
        BuiltinImpl impl = (a, k) -> {
            ModuleArgs.positional(name, a, k, 1, 1);
            return f.apply(a[0]);
        };
        m.def(name, impl);
        String bare = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
        m.def("__" + bare + "__", impl);
    }

    public static PyModule create() {
        PyModule m = new PyModule("operator");
        m.put("itemgetter", ITEMGETTER);
        m.put("attrgetter", ATTRGETTER);
        m.put("methodcaller", METHODCALLER);
        String[][] ops = {{"add", "ADD"}, {"sub", "SUB"}, {"mul", "MUL"}, {"matmul", "MATMUL"},
            {"truediv", "TRUEDIV"}, {"floordiv", "FLOORDIV"}, {"mod", "MOD"}, {"pow", "POW"},
            {"lshift", "LSHIFT"}, {"rshift", "RSHIFT"}, {"and_", "AND"}, {"or_", "OR"}, {"xor", "XOR"}};
        for (String[] op : ops) {
            BinaryOp b = BinaryOp.valueOf(op[1]);
            binary(m, op[0], (x, y) -> NumberOps.binary(b, x, y));
            String in = "i" + (op[0].endsWith("_") ? op[0].substring(0, op[0].length() - 1) : op[0]);
            binary(m, in, (x, y) -> NumberOps.inplace(b, x, y));
        }
        binary(m, "concat", (x, y) -> {
            if (x instanceof PyInt || x instanceof org.jpsyco.frontend.python.objects.PyFloat) {
                throw Errors.typeError("'" + x.type().name() + "' object can't be concatenated");
            }
            return NumberOps.binary(BinaryOp.ADD, x, y);
        });
        binary(m, "iconcat", (x, y) -> NumberOps.inplace(BinaryOp.ADD, x, y));
        for (CompareOp op : CompareOp.values()) {
            binary(m, op.dunder.substring(2, 4), (x, y) -> Abstract.richCompare(x, y, op));
        }
        unary(m, "neg", NumberOps::negative);
        unary(m, "pos", NumberOps::positive);
        unary(m, "abs", NumberOps::absolute);
        unary(m, "invert", NumberOps::invert);
        unary(m, "inv", NumberOps::invert);
        unary(m, "not_", x -> PyBool.of(!Abstract.isTrue(x)));
        unary(m, "index", Abstract::index);
        m.def("call", (a, k) -> {
            // call(obj, /, *args, **kwargs): the keyword values are the last k.length of a
            if (a.length - k.length < 1) {
                throw Errors.typeError("call expected at least 1 argument, got " + (a.length - k.length));
            }
            return Abstract.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
        m.def("truth", (a, k) -> {
            ModuleArgs.positional("truth", a, k, 1, 1);
            return PyBool.of(Abstract.isTrue(a[0]));
        });
        m.def("is_", (a, k) -> {
            ModuleArgs.positional("is_", a, k, 2, 2);
            return PyBool.of(a[0] == a[1]);
        });
        m.def("is_not", (a, k) -> {
            ModuleArgs.positional("is_not", a, k, 2, 2);
            return PyBool.of(a[0] != a[1]);
        });
        binary(m, "contains", (x, y) -> PyBool.of(Abstract.contains(x, y)));
        binary(m, "getitem", Abstract::getItem);
        m.def("setitem", (a, k) -> {
            ModuleArgs.positional("setitem", a, k, 3, 3);
            Abstract.setItem(a[0], a[1], a[2]);
            return PySingleton.NONE;
        });
        m.def("__setitem__", (a, k) -> {
            ModuleArgs.positional("setitem", a, k, 3, 3);
            Abstract.setItem(a[0], a[1], a[2]);
            return PySingleton.NONE;
        });
        binary(m, "delitem", (x, y) -> {
            Abstract.delItem(x, y);
            return PySingleton.NONE;
        });
        m.def("countOf", (a, k) -> {
            ModuleArgs.positional("countOf", a, k, 2, 2);
            long n = 0;
            PyObject it = Abstract.getIter(a[0]);
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                if (v == a[1] || Abstract.eq(v, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        m.def("indexOf", (a, k) -> {
            ModuleArgs.positional("indexOf", a, k, 2, 2);
            long n = 0;
            PyObject it = Abstract.getIter(a[0]);
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), n++) {
                if (v == a[1] || Abstract.eq(v, a[1])) {
                    return PyInt.of(n);
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        m.def("length_hint", (a, k) -> {
            // len() when the object has one, else its __length_hint__, else the default
            ModuleArgs.positional("length_hint", a, k, 1, 2);
            if (a[0].type().lookup("__len__") != null) {
                return PyInt.of(Abstract.length(a[0]));
            }
            PyObject hint = a[0].type().lookup("__length_hint__");
            if (hint != null) {
                PyObject r = Abstract.callDescriptor(hint, a[0]);
                if (r != org.jpsyco.frontend.python.objects.PySingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            return a.length > 1 ? a[1] : PyInt.of(0);
        });
        return m;
    }
}
