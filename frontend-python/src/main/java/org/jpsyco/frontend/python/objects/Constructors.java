package org.jpsyco.frontend.python.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Constructors of built-in types: {@code int(x)}, {@code list(it)}, {@code type(n, b, d)}, ... */
final class Constructors {
    private Constructors() {
    }

    static void register() {
        PyInt.TYPE.constructor = Constructors::newInt;
        // made on each type's first call (see BuiltinTable)
        BuiltinMethods.lazyConstructors(Constructors::constructor, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyList.TYPE,
                PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE, PyRange.TYPE, PySlice.TYPE, PyType.OBJECT,
                PyType.TYPE, PyDescriptors.PROPERTY, PyDescriptors.STATICMETHOD, PyDescriptors.CLASSMETHOD,
                PyDescriptors.SUPER);
        PyType.TYPE.builtinBase = PyType.TYPE;
        BuiltinMethods.def(PyType.TYPE, "__new__", (a, k) -> {
            if (a.length == 2) {
                return a[1].type();
            }
            if (a.length != 4 || !(a[0] instanceof PyType mcs)) {
                throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + (a.length - 1) + " given)");
            }
            PyDict ns = ClassCreation.namespaceArg(a[3]);
            if (ns.getStr("__module__") == null) {
                ns = ns.copy();
                ThreadContext.defaultModule(ns);
            }
            return ClassCreation.newClass(mcs, Args.str(a[1], "type.__new__()"), a[2], ns);
        });
        BuiltinMethods.def(PyType.TYPE, "__init__", (a, k) -> PySingleton.NONE);
        BuiltinMethods.def(PyType.TYPE, "__call__", (a, k) -> {
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return TypeCalls.call((PyType) a[0], rest, k);
        });
        for (PyType t : new PyType[] {PyDescriptors.CLASSMETHOD, PyDescriptors.STATICMETHOD, PyDescriptors.PROPERTY}) {
            t.builtinBase = t;
        }
        for (PyType t : new PyType[] {PyList.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE, PyTuple.TYPE, PyStr.TYPE,
            PyInt.TYPE, PyFloat.TYPE, PyBytes.TYPE, PyComplex.TYPE, PyByteArray.TYPE}) {
            t.builtinBase = t;
            BuiltinMethods.def(t, "__new__", (a, k) -> {
                if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtype(t)) {
                    throw Errors.typeError(t.name() + ".__new__(X): X is not a subtype of " + t.name());
                }
                PyObject[] rest = new PyObject[a.length - 1];
                System.arraycopy(a, 1, rest, 0, rest.length);
                if (cls == t) {
                    return t.constructor.call(rest, k);
                }
                if (t == PyList.TYPE || t == PyDict.TYPE || t == PySet.TYPE || t == PyByteArray.TYPE) {
                    return newSubclassInstance(cls, new PyObject[0], BuiltinImpl.NO_KW);
                }
                return retype(t.constructor.call(rest, k), cls);
            });
        }
        BuiltinMethods.def(PyList.TYPE, "__init__", (a, k) -> {
            PyList l = (PyList) a[0];
            l.items.clear();
            if (a.length > 1) {
                l.items.addAll(Abstract.toList(a[1]));
            }
            return PySingleton.NONE;
        });
        BuiltinMethods.def(PyDict.TYPE, "__init__", (a, k) -> {
            PyDict d = (PyDict) a[0];
            int npos = a.length - k.length;
            if (npos > 1) {
                BuiltinMethods.update(d, a[1]);
            }
            for (int i = 0; i < k.length; i++) {
                d.putStr(k[i], a[npos + i]);
            }
            return PySingleton.NONE;
        });
        BuiltinMethods.def(PySet.TYPE, "__init__", (a, k) -> {
            PySet s = (PySet) a[0];
            s.set.clear();
            if (a.length > 1) {
                SetOps.update(s, a[1]);
            }
            return PySingleton.NONE;
        });
        BuiltinMethods.def(PyFunction.TYPE, "__get__", (a, k) -> a.length < 2 || a[1] == PySingleton.NONE ? a[0]
                : new PyMethod(a[0], a[1]));
        PyGetSetDescriptor.register(PyFunction.TYPE, "__code__", "__defaults__", "__kwdefaults__", "__annotations__");
        BuiltinMethods.def(PyDescriptors.PROPERTY, "setter", (a, k) -> {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            PyDescriptors.Property r = new PyDescriptors.Property(p.fget, a[1], p.fdel);
            r.doc = p.doc;
            return r;
        });
        BuiltinMethods.def(PyDescriptors.PROPERTY, "getter", (a, k) -> {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            PyDescriptors.Property r = new PyDescriptors.Property(a[1], p.fset, p.fdel);
            r.doc = p.doc;
            return r;
        });
        BuiltinMethods.def(PyDescriptors.PROPERTY, "deleter", (a, k) -> {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            PyDescriptors.Property r = new PyDescriptors.Property(p.fget, p.fset, a[1]);
            r.doc = p.doc;
            return r;
        });
    }

    /** The constructors of built-in types, each made on its type's first call, by the type's name. */
    private static BuiltinImpl constructor(String which) {
        return switch (which) {
            case "bool" -> (a, k) -> {
                Args.check("bool", a, k, 0, 1);
                return PyBool.of(a.length > 0 && Abstract.isTrue(a[0]));
            };
            case "float" -> (a, k) -> {
                Args.check("float", a, k, 0, 1);
                return a.length == 0 ? PyFloat.of(0) : toFloat(a[0]);
            };
            case "str" -> (a, k) -> {
                if (a.length > 1 || k.length > 0) {
                    if (a.length > 3) {
                        throw Errors.typeError("str() takes at most 3 arguments (" + a.length + " given)");
                    }
                    return Codecs.strFromBytes(a, k);
                }
                return a.length == 0 ? PyStr.EMPTY : Abstract.str(a[0]);
            };
            case "list" -> (a, k) -> {
                Args.check("list", a, k, 0, 1);
                return a.length == 0 ? new PyList() : new PyList(Abstract.toList(a[0]));
            };
            case "tuple" -> (a, k) -> {
                Args.check("tuple", a, k, 0, 1);
                return a.length == 0 ? PyTuple.EMPTY : a[0] instanceof PyTuple t && t.type() == PyTuple.TYPE ? t
                        : PyTuple.of(Abstract.toList(a[0]));
            };
            case "dict" -> (a, k) -> {
                PyDict d = new PyDict();
                int npos = a.length - k.length;
                Args.count("dict", npos, 0, 1);
                if (npos == 1) {
                    BuiltinMethods.update(d, a[0]);
                }
                for (int i = 0; i < k.length; i++) {
                    d.putStr(k[i], a[npos + i]);
                }
                return d;
            };
            case "set" -> (a, k) -> {
                Args.check("set", a, k, 0, 1);
            
                PySet s = new PySet(false);
                if (a.length > 0) {
                    SetOps.update(s, a[0]);
                }
                return s;
            };
            case "frozenset" -> (a, k) -> {
                Args.check("frozenset", a, k, 0, 1);
                if (a.length > 0 && a[0] instanceof PySet f && f.frozen && f.type() == PySet.FROZEN_TYPE) { return f; }
                PySet s = new PySet(true);
                if (a.length > 0) {
                    SetOps.update(s, a[0]);
                }
                return s;
            };
            case "range" -> (a, k) -> {
                Args.noKeywords("range", k);
                if (a.length == 0) {
                    throw Errors.typeError("range expected at least 1 argument, got 0");
                }
                if (a.length > 3) {
                    throw Errors.typeError("range expected at most 3 arguments, got " + a.length);
                }
                if (a.length == 1) {
                    return new PyRange(0, Abstract.index(a[0]).longValue(), 1);
                }
                return new PyRange(Abstract.index(a[0]).longValue(), Abstract.index(a[1]).longValue(),
                        a.length > 2 ? Abstract.index(a[2]).longValue() : 1);
            };
            case "slice" -> (a, k) -> {
                Args.check("slice", a, k, 1, 3);
                if (a.length == 1) {
                    return new PySlice(PySingleton.NONE, a[0], PySingleton.NONE);
                }
                return new PySlice(a[0], a[1], a.length > 2 ? a[2] : PySingleton.NONE);
            };
            case "object" -> (a, k) -> {
                Args.check("object", a, k, 0, 0);
                return new PyInstance(PyType.OBJECT);
            };
            case "type" -> (a, k) -> {
                if (a.length == 1) {
                    return a[0].type();
                }
                if (a.length != 3) {
                    throw Errors.typeError("type() takes 1 or 3 arguments");
                }
                PyObject meta = ClassCreation.metaclassFor(null, Abstract.toArray(a[1]));
                if (meta != PyType.TYPE) {
                    return Abstract.call(meta, a[0], a[1], a[2]);
                }
                PyDict ns = ClassCreation.namespaceArg(a[2]);
                if (ns.getStr("__module__") == null) {
                    ns = ns.copy();
                    ThreadContext.defaultModule(ns);
                }
                return ClassCreation.newClass(PyType.TYPE, Args.str(a[0], "type.__new__()"), a[1], ns);
            };
            case "property" -> (a, k) -> {
                PyObject fget = a.length > 0 ? a[0] : Args.keyword(a, k, "fget");
                PyObject fset = a.length - k.length > 1 ? a[1] : Args.keyword(a, k, "fset");
                PyObject fdel = a.length - k.length > 2 ? a[2] : Args.keyword(a, k, "fdel");
                PyObject doc = a.length - k.length > 3 ? a[3] : Args.keyword(a, k, "doc");
                PyDescriptors.Property p = new PyDescriptors.Property(none(fget), none(fset), none(fdel));
                p.doc = doc == PySingleton.NONE ? null : doc;
                return p;
            };
            case "staticmethod" -> (a, k) -> new PyDescriptors.StaticMethod(a[0]);
            case "classmethod" -> (a, k) -> new PyDescriptors.ClassMethod(a[0]);
            case "super" -> (a, k) -> {
                if (a.length != 2) {
                    throw Errors.runtimeError("super(): no arguments");
                }
                if (!(a[0] instanceof PyType t)) {
                    throw Errors.typeError("super() argument 1 must be a type, not " + a[0].type().name());
                }
                if (!(a[1] instanceof PyType ot && ot.isSubtype(t)) && !a[1].type().isSubtype(t)) {
                    throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
                }
                return new PyDescriptors.Super(t, a[1]);
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }

    /** A new instance of a Python subclass of a built-in type, before {@code __init__}. */
    static PyObject newSubclassInstance(PyType t, PyObject[] args, String[] kwnames) {
        PyType base = t.builtinBase;
        if (base == PyType.TYPE) {
            int npos = args.length - kwnames.length;
            if (npos != 3) {
                throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
            }
            return ClassCreation.newClass(t, Args.str(args[0], "type.__new__()"), args[1],
                    ClassCreation.namespaceArg(args[2]));
        }
        if (base == PyList.TYPE) {
            return PyList.ofType(t);
        }
        if (base == PyDict.TYPE) {
            return PyDict.ofType(t);
        }
        if (base == PySet.TYPE) {
            return PySet.ofType(t, false);
        }
        if (base == PyByteArray.TYPE) {
            return PyByteArray.ofType(t);
        }
        var blank = SubclassableValue.BLANK.get(base);
        if (blank != null) {
            return blank.get().asSubclass(t);
        }
        return retype(base.constructor.call(args, kwnames), t);
    }

    /** The value {@code v} of a built-in type as an instance of the subclass {@code t}. */
    static PyObject retype(PyObject v, PyType t) {
        if (v instanceof SubclassableValue s) {
            return s.asSubclass(t);
        }
        if (v instanceof PyInt i) {
            return i.withType(t);
        }
        if (v instanceof PyFloat f) {
            return PyFloat.ofType(t, f.value);
        }
        if (v instanceof PyStr s) {
            return PyStr.ofType(t, s.value());
        }
        if (v instanceof PyTuple tu) {
            return PyTuple.ofType(t, tu.items);
        }
        if (v instanceof PyDescriptors.ClassMethod c) {
            c.subtype = t;
            c.instDict = new PyDict();
            return c;
        }
        if (v instanceof PyDescriptors.StaticMethod c) {
            c.subtype = t;
            c.instDict = new PyDict();
            return c;
        }
        if (v instanceof PyDescriptors.Property c) {
            c.subtype = t;
            c.instDict = new PyDict();
            return c;
        }
        if (v instanceof PySet s && s.frozen) {
            PySet r = PySet.ofType(t, true);
            r.set.merge(s.set);
            return r;
        }
        throw Errors.typeError("cannot create '" + t.name() + "' instances");
    }

    static PyObject newIntFrom(PyObject o) {
        return newInt(new PyObject[] {o}, BuiltinImpl.NO_KW);
    }

    private static PyObject none(PyObject o) {
        return o == PySingleton.NONE ? null : o;
    }

    private static PyObject newInt(PyObject[] a, String[] k) {
        Args.onlyKeywords("int", k, "base");
        int npos = a.length - k.length;
        PyObject baseObj = npos > 1 ? a[1] : Args.keyword(a, k, "base");
        if (npos == 0) {
            if (baseObj != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return PyInt.of(0);
        }
        PyObject x = a[0];
        if (baseObj != null) {
            PyInt baseInt = Abstract.index(baseObj);
            int base = baseInt.isBig() ? -1 : (int) Math.max(-1, Math.min(baseInt.value, 37));
            if (base != 0 && (base < 2 || base > 36)) {
                throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyBytes || x instanceof PyByteArray) {
                return parseInt(new String(PyByteArray.bytesLike(x), java.nio.charset.StandardCharsets.ISO_8859_1), base);
            }
            if (!(x instanceof PyStr s)) {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
            return parseInt(s.value(), base);
        }
        if (x instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (x instanceof PyInt i) {
            return i.isPlain() ? i : (i.isBig() ? PyInt.of(i.toBig()) : PyInt.of(i.value));
        }
        if (x instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw Errors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(f.value)) {
                throw Errors.overflowError("cannot convert float infinity to integer");
            }
            if (Math.abs(f.value) < 9e18) {
                return PyInt.of((long) f.value);
            }
            return PyInt.of(new BigDecimal(f.value).toBigInteger());
        }
        if (x instanceof PyStr s) {
            return parseInt(s.value(), 10);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            return parseInt(new String(PyByteArray.bytesLike(x), java.nio.charset.StandardCharsets.ISO_8859_1), 10);
        }
        if (x.type().heap) {
            for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
                PyObject f = x.type().lookup(m);
                if (f != null) {
                    PyObject r = Abstract.callDescriptor(f, x);
                    if (!(r instanceof PyInt) && !m.equals("__trunc__")) {
                        throw Errors.typeError(m + " returned non-int (type " + r.type().name() + ")");
                    }
                    return r;
                }
            }
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    /** Python's int literal parsing for {@code int(str, base)}. */
    static PyInt parseInt(String text, int base) {
        String s = text.strip();
        String err = "invalid literal for int() with base " + base + ": " + Repr.strRepr(text);
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            String low = s.toLowerCase();
            int b = low.startsWith("0x") ? 16 : low.startsWith("0o") ? 8 : low.startsWith("0b") ? 2 : 0;
            if (b != 0 && (base == 0 || base == b)) {
                s = s.substring(2);
                if (s.startsWith("_")) {
                    s = s.substring(1);
                }
                base = b;
            } else if (base == 0) {
                if (s.length() > 1 && s.chars().allMatch(c -> c == '0' || c == '_') == false && s.startsWith("0")) {
                    throw Errors.valueError(err);
                }
                base = 10;
            }
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
            throw Errors.valueError(err);
        }
        s = s.replace("_", "");
        int limit = PyInt.maxStrDigits();
        if (limit > 0 && base == 10 && s.length() > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + s.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        try {
            BigInteger v = new BigInteger(s, base);
            return PyInt.of(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw Errors.valueError(err);
        }
    }

    static PyFloat toFloat(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.type() == PyFloat.TYPE ? f : PyFloat.of(f.value);
        }
        if (x instanceof PyInt i) {
            return PyFloat.of(i.doubleValue());
        }
        if (x instanceof PyStr s) {
            return PyFloat.of(parseFloat(s.value()));
        }
        if (x.type().heap) {
            PyObject f = x.type().lookup("__float__");
            if (f != null) {
                return (PyFloat) Abstract.callDescriptor(f, x);
            }
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }

    /** The digits of a finite float literal after its sign (compiled once: float(str) is common in parsers). */
    private static final Pattern FLOAT_BODY =
            Pattern.compile("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?");

    static double parseFloat(String text) {
        String s = text.strip().toLowerCase();
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        double sign = s.startsWith("-") ? -1 : 1;
        switch (body) {
            case "inf", "infinity":
                return sign * Double.POSITIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                break;
        }
        if (body.isEmpty() || !FLOAT_BODY.matcher(body).matches()
                || body.startsWith(".e") || body.equals(".") || body.startsWith("e")) {
            throw Errors.valueError("could not convert string to float: " + Repr.strRepr(text));
        }
        return sign * Double.parseDouble(body.replace("_", ""));
    }
}
