package org.jpsyco.frontend.python.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the dictionaries of the built-in types with their methods and sets their
 * constructors. Runs once per JVM, on first attribute lookup; the tables never change later.
 */
public final class BuiltinMethods {
    private BuiltinMethods() {
    }

    static {
        registerObject();
        StrMethods.register(PyStr.TYPE);
        registerList();
        registerTuple();
        registerDict();
        SetMethods.register();
        registerNumbers();
        registerExceptions();
        registerDunders();
        Constructors.register();
        PyBytes.register();
        PyByteArray.register();
        NumberMethods.register();
        PyComplex.register();
        PyMemoryView.register();
    }

    /** Makes sure registration has run (class initialization does it exactly once). */
    public static void ensure() {
    }

    /** Adds a method to a built-in type; only while the type is being set up. */
    public static void define(PyType t, String name, BuiltinImpl impl) {
        def(t, name, impl);
    }

    static void def(PyType t, String name, BuiltinImpl impl) {
        t.rawDict().putStr(name, new PyBuiltinFunction(name, impl, null, t));
    }

    /** Adds the methods {@code names} to a built-in type, each made by {@code table} when first called. */
    public static void lazy(PyType t, BuiltinTable table, String... names) {
        for (String name : names) {
            t.rawDict().putStr(name, new PyBuiltinFunction(name, table, t));
        }
    }

    /** Sets the constructors of {@code types}, each made by {@code table} (from the type's name) on its first call. */
    static void lazyConstructors(BuiltinTable table, PyType... types) {
        for (PyType t : types) {
            t.constructor = new DeferredConstructor(t, table);
        }
    }

    /** A built-in type's constructor until its first call, which makes the real one and puts it in its place. */
    public record DeferredConstructor(PyType type, BuiltinTable table) implements BuiltinImpl {
        /** The constructor, now made and installed. */
        public BuiltinImpl made() {
            BuiltinImpl made = table.make(type.name());
            type.constructor = made;
            return made;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            return made().call(args, kwnames);
        }
    }

    private static void registerObject() {
        PyType o = PyType.OBJECT;
        lazy(o, BuiltinMethods::objectMethod, "__init__", "__new__", "__repr__", "__str__", "__eq__", "__ne__",
                "__hash__", "__setattr__", "__delattr__", "__init_subclass__", "__getattribute__", "__format__");
        def(PyType.TYPE, "mro", (a, k) -> new PyList(((PyType) a[0]).mro()));
        // pickling's defaults, written in Python in copyreg (as CPython's object.__reduce_ex__
        // imports copyreg for them): imported on first use, so start-up never pays for it
        lazy(o, BuiltinMethods::objectPickling, "__reduce_ex__", "__reduce__", "__getstate__");
    }

    private static BuiltinImpl objectMethod(String which) {
        return switch (which) {
            case "__init__" -> (a, k) -> PySingleton.NONE;
            case "__new__" -> (a, k) -> {
                PyType t = (PyType) a[0];
                return t.layout == PyType.Layout.EXCEPTION ? new PyBaseException(t, PyTuple.EMPTY) : new PyInstance(t);
            };
            case "__repr__" -> (a, k) -> PyStr.of(Repr.builtinRepr(a[0]));
            case "__str__" -> (a, k) -> Abstract.repr(a[0]);
            case "__eq__" -> (a, k) -> a[0] == a[1] ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED;
            case "__ne__" -> (a, k) -> a[0] == a[1] ? PyBool.FALSE : PySingleton.NOT_IMPLEMENTED;
            case "__hash__" -> (a, k) -> PyInt.of(Abstract.identityHash(a[0]));
            case "__setattr__" -> (a, k) -> {
                Attributes.genericSet(a[0], Args.str(a[1], "attribute name"), a[2]);
                return PySingleton.NONE;
            };
            case "__delattr__" -> (a, k) -> {
                Attributes.genericSet(a[0], Args.str(a[1], "attribute name"), null);
                return PySingleton.NONE;
            };
            case "__init_subclass__" -> (a, k) -> {
                if (k.length > 0) {
                    String who = a.length > k.length && a[0] instanceof PyType t ? t.name() + "." : "";
                    throw Errors.typeError(who + "__init_subclass__() takes no keyword arguments");
                }
                return PySingleton.NONE;
            };
            case "__getattribute__" -> (a, k) -> Attributes.objectGetAttribute(a[0], Args.str(a[1], "attribute name"));
            case "__format__" -> (a, k) -> PyStr.of(StrFormat.format(a[0], Args.str(a[1], "format")));
            default -> throw BuiltinTable.unknown(which);
        };
    }

    private static BuiltinImpl objectPickling(String which) {
        return switch (which) {
            case "__reduce_ex__" -> (a, k) -> {
                if (a.length - k.length != 2 || k.length > 0) {
                    throw Errors.typeError("object.__reduce_ex__() takes exactly one argument (" + (a.length - 1)
                            + " given)");
                }
                return Abstract.callMethod(importModule("copyreg"), "_reduce_ex", a[0], Abstract.index(a[1]));
            };
            case "__reduce__" -> (a, k) -> {
                Args.check("__reduce__", a, k, 1, 1);
                return Abstract.callMethod(importModule("copyreg"), "_default_reduce", a[0], PyInt.of(0));
            };
            case "__getstate__" -> (a, k) -> {
                Args.check("__getstate__", a, k, 1, 1);
                return Abstract.callMethod(importModule("copyreg"), "_object_getstate", a[0]);
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }

    /** Imports a module through the running code's {@code __import__}, as CPython's C code does. */
    static PyObject importModule(String name) {
        PyDict builtins = ThreadContext.builtins();
        PyObject imp = builtins == null ? null : builtins.getStr("__import__");
        if (imp == null) {
            throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "__import__ not found");
        }
        return Abstract.call(imp, PyStr.of(name));
    }

    private static List<PyObject> items(PyObject o) {
        return ((PyList) o).items;
    }

    private static void registerList() {
        PyType t = PyList.TYPE;
        lazy(t, BuiltinMethods::listMethod, "append", "extend", "insert", "pop", "remove", "index", "count", "reverse",
                "clear", "copy", "sort");
    }

    private static BuiltinImpl listMethod(String which) {
        return switch (which) {
            case "append" -> (a, k) -> {
                Args.check("append", a, k, 2, 2);
                items(a[0]).add(a[1]);
                return PySingleton.NONE;
            };
            case "extend" -> (a, k) -> {
                items(a[0]).addAll(Abstract.toList(a[1]));
                return PySingleton.NONE;
            };
            case "insert" -> (a, k) -> {
                Args.check("insert", a, k, 3, 3);
                List<PyObject> l = items(a[0]);
                long i = Abstract.index(a[1]).longValue();
                if (i < 0) {
                    i = Math.max(0, i + l.size());
                }
                l.add((int) Math.min(i, l.size()), a[2]);
                return PySingleton.NONE;
            };
            case "pop" -> (a, k) -> {
                List<PyObject> l = items(a[0]);
                if (l.isEmpty()) {
                    throw Errors.indexError("pop from empty list");
                }
                long i = a.length > 1 ? Abstract.index(a[1]).longValue() : -1;
                if (i < 0) {
                    i += l.size();
                }
                if (i < 0 || i >= l.size()) {
                    throw Errors.indexError("pop index out of range");
                }
                return l.remove((int) i);
            };
            case "remove" -> (a, k) -> {
                List<PyObject> l = items(a[0]);
                for (int i = 0; i < l.size(); i++) {
                    if (Abstract.eq(l.get(i), a[1])) {
                        l.remove(i);
                        return PySingleton.NONE;
                    }
                }
                throw Errors.valueError("list.remove(x): x not in list");
            };
            case "index" -> (a, k) -> {
                List<PyObject> l = items(a[0]);
                for (int i = 0; i < l.size(); i++) {
                    if (Abstract.eq(l.get(i), a[1])) {
                        return PyInt.of(i);
                    }
                }
                throw Errors.valueError(Abstract.repr(a[1]).value() + " is not in list");
            };
            case "count" -> (a, k) -> PyInt.of(count(items(a[0]), a[1]));
            case "reverse" -> (a, k) -> {
                java.util.Collections.reverse(items(a[0]));
                return PySingleton.NONE;
            };
            case "clear" -> (a, k) -> {
                items(a[0]).clear();
                return PySingleton.NONE;
            };
            case "copy" -> (a, k) -> new PyList(items(a[0]));
            case "sort" -> (a, k) -> {
                Args.onlyKeywords("sort", k, "key", "reverse");
                if (a.length - k.length > 1) {
                    throw Errors.typeError("sort() takes no positional arguments");
                }
                PyObject key = Args.keyword(a, k, "key");
                PyObject rev = Args.keyword(a, k, "reverse");
                sort(items(a[0]), key, rev != null && Abstract.index(rev).signum() != 0);
                return PySingleton.NONE;
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }

    /** Where an int (or a value equal to one) is in a range, or -1; range.index and range.count. */
    private static long rangeIndex(PyRange r, PyObject v) {
        if (v instanceof PyInt i && !i.isBig()) {
            long x = i.value;
            boolean in = r.step > 0 ? x >= r.start && x < r.stop : x <= r.start && x > r.stop;
            return in && (x - r.start) % r.step == 0 ? (x - r.start) / r.step : -1;
        }
        long n = r.length();
        for (long j = 0; j < n; j++) {
            if (Abstract.eq(PyInt.of(r.start + j * r.step), v)) {
                return j;
            }
        }
        return -1;
    }

    private static long count(List<PyObject> l, PyObject x) {
        long n = 0;
        for (PyObject v : l) {
            if (Abstract.eq(v, x)) {
                n++;
            }
        }
        return n;
    }

    /** A stable sort by {@code <} (like CPython's list.sort), optionally by key and reversed. */
    public static void sort(List<PyObject> l, PyObject key, boolean reverse) {
        ListSort.sort(l, key, reverse);
    }

    private static void registerTuple() {
        PyType t = PyTuple.TYPE;
        def(t, "index", (a, k) -> {
            PyObject[] it = ((PyTuple) a[0]).items;
            for (int i = 0; i < it.length; i++) {
                if (Abstract.eq(it[i], a[1])) {
                    return PyInt.of(i);
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        def(t, "count", (a, k) -> PyInt.of(count(List.of(((PyTuple) a[0]).items), a[1])));
    }

    private static void registerDict() {
        PyType t = PyDict.TYPE;
        lazy(t, BuiltinMethods::dictMethod, "get", "keys", "values", "items", "pop", "popitem", "setdefault", "update",
                "copy", "clear");
        t.rawDict().putStr("fromkeys", new PyDescriptors.ClassMethod(new PyBuiltinFunction("fromkeys", (a, k) -> {
            Args.check("fromkeys", a, k, 2, 3);
            PyObject r = a[0] == PyDict.TYPE ? new PyDict() : Abstract.call(a[0]);
            PyObject v = a.length > 2 ? a[2] : PySingleton.NONE;
            for (PyObject key : Abstract.toList(a[1])) {
                Abstract.setItem(r, key, v);
            }
            return r;
        })));
    }

    private static BuiltinImpl dictMethod(String which) {
        return switch (which) {
            case "get" -> (a, k) -> {
                Args.check("get", a, k, 2, 3);
                PyObject v = ((PyDict) a[0]).get(a[1]);
                return v != null ? v : a.length > 2 ? a[2] : PySingleton.NONE;
            };
            case "keys" -> (a, k) -> new DictView((PyDict) a[0], DictView.Kind.KEYS);
            case "values" -> (a, k) -> new DictView((PyDict) a[0], DictView.Kind.VALUES);
            case "items" -> (a, k) -> new DictView((PyDict) a[0], DictView.Kind.ITEMS);
            case "pop" -> (a, k) -> {
                PyObject v = ((PyDict) a[0]).del(a[1]);
                if (v == null) {
                    if (a.length > 2) {
                        return a[2];
                    }
                    throw Errors.keyError(a[1]);
                }
                return v;
            };
            case "popitem" -> (a, k) -> {
                PyDict d = (PyDict) a[0];
                if (d.size() == 0) {
                    throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
                }
                PyObject[] last = d.popLast();
                return PyTuple.of(last[0], last[1]);
            };
            case "setdefault" -> (a, k) -> {
                PyDict d = (PyDict) a[0];
                PyObject v = d.get(a[1]);
                if (v == null) {
                    v = a.length > 2 ? a[2] : PySingleton.NONE;
                    d.put(a[1], v);
                }
                return v;
            };
            case "update" -> (a, k) -> {
                PyDict d = (PyDict) a[0];
                if (a.length - k.length > 1) {
                    update(d, a[1]);
                }
                int base = a.length - k.length;
                for (int i = 0; i < k.length; i++) {
                    d.putStr(k[i], a[base + i]);
                }
                return PySingleton.NONE;
            };
            case "copy" -> (a, k) -> {
                return ((PyDict) a[0]).copy();
            };
            case "clear" -> (a, k) -> {
                ((PyDict) a[0]).clear();
                return PySingleton.NONE;
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }

    /** {@code dict.update(other)}: a mapping or an iterable of pairs. */
    public static void update(PyDict d, PyObject other) {
        if (other instanceof PyDict o) {
            d.putAll(o);
            return;
        }
        if (other.type().heap && other.type().lookup("keys") != null) {
            for (PyObject key : Abstract.toList(Abstract.callMethod(other, "keys"))) {
                d.put(key, Abstract.getItem(other, key));
            }
            return;
        }
        int i = 0;
        for (PyObject item : Abstract.toList(other)) {
            List<PyObject> kv;
            try {
                kv = Abstract.toList(item);
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + i
                            + " to a sequence");
                }
                throw e;
            }
            if (kv.size() != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + kv.size()
                        + "; 2 is required");
            }
            d.put(kv.get(0), kv.get(1));
            i++;
        }
    }

    static PySet toSet(PyObject o) {
        if (o instanceof PySet s) {
            return s;
        }
        return SetOps.fromIterable(false, o);
    }

    private static void registerNumbers() {
        def(PyInt.TYPE, "bit_length", (a, k) -> PyInt.of(((PyInt) a[0]).toBig().abs().bitLength()));
        def(PySlice.TYPE, "indices", (a, k) -> {
            Args.check("indices", a, k, 2, 2);
            PyInt n = Abstract.index(a[1]);
            if (n.signum() < 0) {
                throw Errors.valueError("length should not be negative");
            }
            long[] r = ((PySlice) a[0]).indices(n.longValue());
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
        def(PyRange.TYPE, "index", (a, k) -> {
            Args.check("index", a, k, 2, 2);
            long at = rangeIndex((PyRange) a[0], a[1]);
            if (at < 0) {
                throw Errors.valueError(Abstract.repr(a[1]).value() + " is not in range");
            }
            return PyInt.of(at);
        });
        def(PyRange.TYPE, "count", (a, k) -> {
            Args.check("count", a, k, 2, 2);
            return PyInt.of(rangeIndex((PyRange) a[0], a[1]) < 0 ? 0 : 1);
        });
        lazy(PyInt.TYPE, BuiltinMethods::intMethod, "bit_count", "__index__", "conjugate", "as_integer_ratio");
        for (String name : new String[] {"__trunc__", "__floor__", "__ceil__"}) {
            def(PyInt.TYPE, name, (a, k) -> Constructors.newIntFrom(a[0]));
        }
        lazy(PyFloat.TYPE, BuiltinMethods::floatMethod, "conjugate", "__trunc__", "__floor__", "__ceil__", "is_integer",
                "as_integer_ratio");
    }

    private static BuiltinImpl intMethod(String which) {
        return switch (which) {
            case "bit_count" -> (a, k) -> PyInt.of(((PyInt) a[0]).toBig().abs().bitCount());
            case "__index__" -> (a, k) -> a[0];
            case "conjugate" -> (a, k) -> Constructors.newIntFrom(a[0]);
            case "as_integer_ratio" -> (a, k) -> PyTuple.of(Constructors.newIntFrom(a[0]), PyInt.of(1));
            default -> throw BuiltinTable.unknown(which);
        };
    }

    private static BuiltinImpl floatMethod(String which) {
        return switch (which) {
            case "conjugate" -> (a, k) -> a[0];
            case "__trunc__" -> (a, k) -> Constructors.newIntFrom(a[0]);
            case "__floor__" -> (a, k) -> Constructors.newIntFrom(PyFloat.of(Math.floor(((PyFloat) a[0]).value)));
            case "__ceil__" -> (a, k) -> Constructors.newIntFrom(PyFloat.of(Math.ceil(((PyFloat) a[0]).value)));
            case "is_integer" -> (a, k) -> {
                double d = ((PyFloat) a[0]).value;
                return PyBool.of(Double.isFinite(d) && d == Math.floor(d));
            };
            case "as_integer_ratio" -> (a, k) -> {
                double d = ((PyFloat) a[0]).value;
                if (Double.isInfinite(d)) {
                    throw Errors.overflowError("cannot convert Infinity to integer ratio");
                }
                if (Double.isNaN(d)) {
                    throw Errors.valueError("cannot convert NaN to integer ratio");
                }
                java.math.BigDecimal b = new java.math.BigDecimal(d);
                BigInteger num = b.unscaledValue();
                BigInteger den = BigInteger.ONE;
                if (b.scale() > 0) {
                    den = BigInteger.TEN.pow(b.scale());
                } else {
                    num = num.multiply(BigInteger.TEN.pow(-b.scale()));
                }
                BigInteger g = num.gcd(den);
                return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }

    /** The special methods of built-in types that Python code calls directly ({@code x.__len__()}, {@code int.__add__}). */
    private static void registerDunders() {
        PyType[] containers = {PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE, PyStr.TYPE,
            PyRange.TYPE};
        for (PyType t : containers) {
            def(t, "__len__", (a, k) -> PyInt.of(Abstract.builtinLength(a[0])));
            def(t, "__contains__", (a, k) -> PyBool.of(Abstract.contains(a[0], a[1])));
            def(t, "__iter__", (a, k) -> Abstract.getIter(a[0]));
            if (t != PySet.TYPE && t != PySet.FROZEN_TYPE) {
                def(t, "__getitem__", (a, k) -> Items.builtinGet(a[0], a[1]));
            }
        }
        for (PyType t : new PyType[] {PyList.TYPE, PyDict.TYPE}) {
            def(t, "__setitem__", (a, k) -> {
                Items.builtinSet(a[0], a[1], a[2]);
                return PySingleton.NONE;
            });
            def(t, "__delitem__", (a, k) -> {
                Items.builtinDel(a[0], a[1]);
                return PySingleton.NONE;
            });
        }
        PyType[] values = {PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE,
            PySet.FROZEN_TYPE};
        for (PyType t : values) {
            for (CompareOp op : CompareOp.values()) {
                def(t, op.dunder, (a, k) -> {
                    Args.check(op.dunder, a, k, 2, 2);
                    if (!a[1].type().isSubtype(t) && !(NumberOps.isNumber(a[0])
                            && NumberOps.isNumber(a[1]))) {
                        return PySingleton.NOT_IMPLEMENTED;
                    }
                    PyObject r = Compare.builtin(a[0], a[1], op);
                    return r == null ? PySingleton.NOT_IMPLEMENTED : r;
                });
            }
            // the base type's own hash: a subclass whose __hash__ calls int.__hash__(self) must not recurse
            def(t, "__hash__", (a, k) -> PyInt.of(a[0] instanceof PyInt i && !(a[0] instanceof PyBool) ? i.hash()
                    : a[0] instanceof PyFloat f && !Double.isNaN(f.value) ? PyFloat.hash(f.value)
                    : a[0] instanceof PyStr s ? s.pyHash() : Abstract.hash(a[0])));
            def(t, "__repr__", (a, k) -> PyStr.of(Repr.builtinRepr(a[0])));
        }
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE}) {
            for (BinaryOp op : BinaryOp.values()) {
                def(t, op.dunder, (a, k) -> {
                    if (!NumberOps.isNumber(a[1]) || (t == PyInt.TYPE && a[1] instanceof PyFloat)) {
                        return PySingleton.NOT_IMPLEMENTED;
                    }
                    return NumberOps.binary(op, a[0], a[1]);
                });
                def(t, op.rdunder, (a, k) -> {
                    if (!NumberOps.isNumber(a[1]) || (t == PyInt.TYPE && a[1] instanceof PyFloat)) {
                        return PySingleton.NOT_IMPLEMENTED;
                    }
                    return NumberOps.binary(op, a[1], a[0]);
                });
            }
            def(t, "__neg__", (a, k) -> NumberOps.negative(a[0]));
            def(t, "__abs__", (a, k) -> NumberOps.absolute(a[0]));
            def(t, "__bool__", (a, k) -> PyBool.of(Abstract.isTrue(a[0])));
            def(t, "__int__", (a, k) -> Constructors.newIntFrom(a[0]));
            def(t, "__float__", (a, k) -> Constructors.toFloat(a[0]));
        }
        for (PyType t : new PyType[] {PyStr.TYPE, PyList.TYPE, PyTuple.TYPE}) {
            def(t, "__add__", (a, k) -> NumberOps.binary(BinaryOp.ADD, a[0], a[1]));
            def(t, "__mul__", (a, k) -> NumberOps.binary(BinaryOp.MUL, a[0], a[1]));
        }
        def(PyStr.TYPE, "__str__", (a, k) -> a[0]);
    }

    private static void registerExceptions() {
        def(ExceptionTypes.BASE_EXCEPTION, "__init__", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            e.args = PyTuple.of(rest);
            return PySingleton.NONE;
        });
        for (PyType t : new PyType[] {ExceptionTypes.OS_ERROR, ExceptionTypes.UNICODE_DECODE_ERROR,
                ExceptionTypes.UNICODE_ENCODE_ERROR, ExceptionTypes.UNICODE_TRANSLATE_ERROR}) {
            def(t, "__init__", (a, k) -> {
                PyBaseException e = (PyBaseException) a[0];
                PyObject[] rest = new PyObject[a.length - 1];
                System.arraycopy(a, 1, rest, 0, rest.length);
                e.args = PyTuple.of(rest);
                ExceptionArgs.init(e, rest);
                return PySingleton.NONE;
            });
        }
        lazy(ExceptionTypes.BASE_EXCEPTION, BuiltinMethods::exceptionMethod, "with_traceback", "add_note", "__str__",
                "__repr__");
    }

    private static BuiltinImpl exceptionMethod(String which) {
        return switch (which) {
            case "with_traceback" -> (a, k) -> {
                PyBaseException e = (PyBaseException) a[0];
                e.traceback = a[1] instanceof PyTraceback tb ? tb : null;
                return e;
            };
            case "add_note" -> (a, k) -> {
                Args.check("add_note", a, k, 2, 2);
                if (!(a[1] instanceof PyStr)) {
                    throw Errors.typeError("note must be a str, not '" + a[1].type().name() + "'");
                }
                PyObject notes = a[0].dict().getStr("__notes__");
                if (notes == null) {
                    notes = new PyList(new java.util.ArrayList<>());
                    a[0].dict().putStr("__notes__", notes);
                }
                if (!(notes instanceof PyList list)) {
                    throw Errors.typeError("Cannot add note: __notes__ is not a list");
                }
                list.items.add(a[1]);
                return PySingleton.NONE;
            };
            case "__str__" -> (a, k) -> PyStr.of(((PyBaseException) a[0]).strValue());
            case "__repr__" -> (a, k) -> PyStr.of(Repr.builtinRepr(a[0]));
            default -> throw BuiltinTable.unknown(which);
        };
    }
}
