package org.jpsyco.frontend.python.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.modules.TextFile;
import org.jpsyco.frontend.python.modules.TextStream;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.BuiltinTable;
import org.jpsyco.frontend.python.objects.ClassCreation;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.DictView;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyCell;
import org.jpsyco.frontend.python.objects.PyDescriptors;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyIterator;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyRange;
import org.jpsyco.frontend.python.objects.PySet;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PySlice;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/** The {@code builtins} module of one runtime. */
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    private static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType
                || o instanceof org.jpsyco.frontend.python.objects.PyMethod
                || o instanceof org.jpsyco.frontend.python.objects.JavaSlots.Call || o.type().lookup("__call__") != null;
    }

    /**
     * The arguments of a builtin whose parameters may be given by position or keyword, in
     * parameter order; trailing ones not given are left out (so {@code a.length} counts them); the
     * first two are required.
     */
    private static PyObject[] positionalOrKeyword(String fname, PyObject[] a, String[] k, String... params) {
        int npos = a.length - k.length;
        if (npos > params.length) {
            throw Errors.typeError(fname + "() takes at most " + params.length + " arguments (" + npos + " given)");
        }
        PyObject[] p = new PyObject[params.length];
        System.arraycopy(a, 0, p, 0, npos);
        for (int i = 0; i < k.length; i++) {
            int at = List.of(params).indexOf(k[i]);
            if (at < 0) {
                throw Errors.typeError(fname + "() got an unexpected keyword argument '" + k[i] + "'");
            }
            if (p[at] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + k[i] + "') and position ("
                        + (at + 1) + ")");
            }
            p[at] = a[npos + i];
        }
        int n = 0;
        while (n < p.length && p[n] != null) {
            n++;
        }
        for (int i = n; i < p.length; i++) {
            if (p[i] != null) {
                throw Errors.typeError(fname + "() missing required argument '" + params[n] + "' (pos " + (n + 1) + ")");
            }
        }
        if (n < 2) {
            throw Errors.typeError(fname + "() missing required argument '" + params[n] + "' (pos " + (n + 1) + ")");
        }
        return java.util.Arrays.copyOf(p, n);
    }

    private static final PyObject NONE = PySingleton.NONE;

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("builtins");
        for (PyType t : new PyType[] {PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyList.TYPE, PyTuple.TYPE,
                PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE, PyRange.TYPE, PySlice.TYPE, PyType.OBJECT, PyType.TYPE,
                PyDescriptors.PROPERTY, PyDescriptors.STATICMETHOD, PyDescriptors.CLASSMETHOD, PyDescriptors.SUPER,
                org.jpsyco.frontend.python.objects.PyBytes.TYPE, org.jpsyco.frontend.python.objects.PyComplex.TYPE,
                org.jpsyco.frontend.python.objects.PyByteArray.TYPE,
                org.jpsyco.frontend.python.objects.PyMemoryView.TYPE}) {
            m.put(t.name(), t);
        }
        for (PyType t : ExceptionTypes.ALL) {
            m.put(t.name(), t);
        }
        for (PyType t : ExceptionTypes.MORE_WARNINGS) {
            m.put(t.name(), t);
        }
        for (PyType t : ExceptionTypes.UNICODE_ERRORS) {
            m.put(t.name(), t);
        }
        for (PyType t : ExceptionTypes.MORE_ERRORS) {
            m.put(t.name(), t);
        }
        m.put("EnvironmentError", ExceptionTypes.OS_ERROR);
        m.put("IOError", ExceptionTypes.OS_ERROR);
        m.put("None", NONE);
        m.put("Ellipsis", PySingleton.ELLIPSIS);
        m.put("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        m.put("True", PyBool.TRUE);
        m.put("False", PyBool.FALSE);
        m.put("__debug__", PyBool.TRUE);
        for (PyType t : IteratorTypes.ALL) {
            m.put(t.name(), t);
        }
        // made when a program first calls each (see BuiltinTable)
        BuiltinTable functions = name -> builtinFunction(rt, name);
        m.lazy(functions, "print", "input", "len", "repr", "ascii", "abs", "isinstance", "issubclass", "callable",
                "iter", "next", "sorted", "min", "max", "sum", "any", "all", "divmod");
        def(m, "pow", (a0, k) -> {
            PyObject[] a = positionalOrKeyword("pow", a0, k, "base", "exp", "mod");
            if (a.length == 3 && a[2] != NONE) {
                if (!(a[0] instanceof PyInt x) || !(a[1] instanceof PyInt y) || !(a[2] instanceof PyInt z)) {
                    throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                }
                if (z.signum() == 0) {
                    throw Errors.valueError("pow() 3rd argument cannot be 0");
                }
                BigInteger mod = z.toBig();
                if (mod.abs().equals(BigInteger.ONE)) {
                    return PyInt.of(0);
                }
                BigInteger r;
                try {
                    r = x.toBig().modPow(y.toBig(), mod.abs());
                } catch (ArithmeticException e) {
                    throw Errors.valueError("base is not invertible for the given modulus");
                }
                if (mod.signum() < 0 && r.signum() != 0) {
                    r = r.add(mod);
                }
                return PyInt.of(r);
            }
            return NumberOps.binary(org.jpsyco.frontend.python.objects.BinaryOp.POW, a[0], a[1]);
        });
        def(m, "round", BuiltinFunctions::round);
        m.lazy(functions, "hex", "oct", "bin", "chr", "ord", "hash", "id", "getattr", "setattr", "delattr", "hasattr",
                "format", "vars", "dir", "globals", "locals", "__build_class__", "__import__");
        SiteBuiltins.install(rt, m);
        m.lazy(functions, "exec", "eval", "compile", "open");
        return m;
    }

    private static BuiltinImpl builtinFunction(PythonRuntimeState rt, String which) {
        return switch (which) {
            case "print" -> (a, k) -> {
                Args.onlyKeywords("print", k, "sep", "end", "file", "flush");
                PyObject sepO = Args.keyword(a, k, "sep");
                PyObject endO = Args.keyword(a, k, "end");
                PyObject file = Args.keyword(a, k, "file");
                PyObject flush = Args.keyword(a, k, "flush");
                String sep = sepO == null || sepO == NONE ? " " : strArg(sepO, "sep");
                String end = endO == null || endO == NONE ? "\n" : strArg(endO, "end");
                if (file == null || file == NONE) {
                    file = rt.sysAttr("stdout");
                }
                StringBuilder sb = new StringBuilder();
                int n = a.length - k.length;
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(Abstract.str(a[i]).value());
                }
                sb.append(end);
                if (file instanceof TextStream ts) {
                    ts.write(sb.toString());
                    if (flush != null && Abstract.isTrue(flush)) {
                        ts.flush();
                    }
                } else {
                    // a file-like object gets each piece in its own write call, as CPython does
                    PyObject write = Abstract.getAttr(file, "write");
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            Abstract.call(write, PyStr.of(sep));
                        }
                        Abstract.call(write, Abstract.str(a[i]));
                    }
                    Abstract.call(write, PyStr.of(end));
                    if (flush != null && Abstract.isTrue(flush)) {
                        Abstract.callMethod(file, "flush");
                    }
                }
                return NONE;
            };
            case "input" -> (a, k) -> {
                Args.check("input", a, k, 0, 1);
                PyObject out = rt.sysAttr("stdout");
                if (a.length > 0) {
                    Abstract.callMethod(out, "write", Abstract.str(a[0]));
                }
                Abstract.callMethod(out, "flush");
                PyObject line = Abstract.callMethod(rt.sysAttr("stdin"), "readline");
                String s = ((PyStr) line).value();
                if (s.isEmpty()) {
                    throw Errors.raise(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
                }
                return PyStr.of(s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
            };
            case "len" -> (a, k) -> {
                if (a.length == 1 && k.length == 0) {
                    // exact str, list, tuple and dict first: no special method of a class to look for
                    PyObject o = a[0];
                    if (o instanceof PyStr s && s.isExact()) {
                        return PyInt.of(s.length());
                    }
                    if (o instanceof PyList l && l.isExact()) {
                        return PyInt.of(l.size());
                    }
                    if (o instanceof PyTuple t && t.isExact()) {
                        return PyInt.of(t.size());
                    }
                    if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
                        return PyInt.of(d.size());
                    }
                }
                Args.check("len", a, k, 1, 1);
                if (a[0] instanceof DictView v) {
                    return PyInt.of(v.dict.size());
                }
                return PyInt.of(Abstract.length(a[0]));
            };
            case "repr" -> (a, k) -> {
                Args.check("repr", a, k, 1, 1);
                return Abstract.repr(a[0]);
            };
            case "ascii" -> (a, k) -> Abstract.ascii(a[0]);
            case "abs" -> (a, k) -> {
                Args.check("abs", a, k, 1, 1);
                return NumberOps.absolute(a[0]);
            };
            case "isinstance" -> (a, k) -> {
                Args.check("isinstance", a, k, 2, 2);
                return PyBool.of(Abstract.isInstance(a[0], a[1]));
            };
            case "issubclass" -> (a, k) -> {
                Args.check("issubclass", a, k, 2, 2);
                return PyBool.of(Abstract.isSubclass(a[0], a[1]));
            };
            case "callable" -> (a, k) -> PyBool.of(isCallable(a[0]));
            case "iter" -> (a, k) -> {
                Args.check("iter", a, k, 1, 2);
                if (a.length == 2) {
                    if (!isCallable(a[0])) {
                        throw Errors.typeError("iter(v, w): v must be callable");
                    }
                    PyObject f = a[0];
                    PyObject sentinel = a[1];
                    return new PyIterator.FnIter(PyIterator.CALLABLE_ITERATOR, () -> {
                        PyObject v = Abstract.call(f);
                        return Abstract.eq(v, sentinel) ? null : v;
                    });
                }
                return Abstract.getIter(a[0]);
            };
            case "next" -> (a, k) -> {
                Args.check("next", a, k, 1, 2);
                PyObject it = a[0];
                if (!(it instanceof PyIterator) && !(it instanceof Abstract.Iterable)
                        && it.type().lookup("__next__") == null) {
                    throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
                }
                if (!(it instanceof PyIterator) && !(it instanceof Abstract.Iterable)) {
                    if (a.length == 1) {
                        return Abstract.callMethod(it, "__next__");
                    }
                }
                PyObject v = Abstract.next(it);
                if (v == null) {
                    if (a.length > 1) {
                        return a[1];
                    }
                    if (it instanceof org.jpsyco.frontend.python.interp.PyGenerator g) {
                        throw Errors.stopIteration(g.takeReturnValue());
                    }
                    throw Errors.stopIteration(null);
                }
                return v;
            };
            case "sorted" -> (a, k) -> {
                Args.onlyKeywords("sorted", k, "key", "reverse");
                if (a.length - k.length != 1) {
                    throw Errors.typeError("sorted expected 1 argument, got " + (a.length - k.length));
                }
                PyList l = new PyList(Abstract.toList(a[0]));
                PyObject rev = Args.keyword(a, k, "reverse");
                BuiltinMethods.sort(l.items, Args.keyword(a, k, "key"),
                        rev != null && Abstract.index(rev).signum() != 0);
                return l;
            };
            case "min" -> (a, k) -> minmax(a, k, "min", CompareOp.LT);
            case "max" -> (a, k) -> minmax(a, k, "max", CompareOp.GT);
            case "sum" -> (a, k) -> {
                Args.onlyKeywords("sum", k, "start");
                int n = a.length - k.length;
                PyObject acc = n > 1 ? a[1] : Args.keyword(a, k, "start");
                if (acc == null) {
                    acc = PyInt.of(0);
                }
                if (acc instanceof PyStr) {
                    throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
                }
                PyObject it = Abstract.getIter(a[0]);
                for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                    acc = NumberOps.binary(org.jpsyco.frontend.python.objects.BinaryOp.ADD, acc, v);
                }
                return acc;
            };
            case "any" -> (a, k) -> {
                PyObject it = Abstract.getIter(a[0]);
                for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                    if (Abstract.isTrue(v)) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            };
            case "all" -> (a, k) -> {
                PyObject it = Abstract.getIter(a[0]);
                for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                    if (!Abstract.isTrue(v)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            };
            case "divmod" -> (a, k) -> {
                Args.check("divmod", a, k, 2, 2);
                if (NumberOps.isNumber(a[0]) && NumberOps.isNumber(a[1])) {
                    if (a[0] instanceof PyFloat || a[1] instanceof PyFloat) {
                        double y = NumberOps.toDouble(a[1]);
                        if (y == 0) {
                            throw Errors.zeroDivision("float divmod()");
                        }
                        double[] r = NumberOps.floatDivmod(NumberOps.toDouble(a[0]), y);
                        return PyTuple.of(PyFloat.of(r[0]), PyFloat.of(r[1]));
                    }
                    if (((PyInt) a[1]).signum() == 0) {
                        throw Errors.zeroDivision("integer division or modulo by zero");
                    }
                }
                if (a[0].type().heap && a[0].type().lookup("__divmod__") != null) {
                    return Abstract.callMethod(a[0], "__divmod__", a[1]);
                }
                if (a[1].type().heap && a[1].type().lookup("__rdivmod__") != null) {
                    return Abstract.callMethod(a[1], "__rdivmod__", a[0]);
                }
                if (!NumberOps.isNumber(a[0]) || !NumberOps.isNumber(a[1])) {
                    throw Errors.typeError("unsupported operand type(s) for divmod(): '" + a[0].type().name()
                            + "' and '" + a[1].type().name() + "'");
                }
                return PyTuple.of(NumberOps.binary(org.jpsyco.frontend.python.objects.BinaryOp.FLOORDIV, a[0], a[1]),
                        NumberOps.binary(org.jpsyco.frontend.python.objects.BinaryOp.MOD, a[0], a[1]));
            };
            case "hex" -> (a, k) -> PyStr.of(radix(a[0], 16, "0x"));
            case "oct" -> (a, k) -> PyStr.of(radix(a[0], 8, "0o"));
            case "bin" -> (a, k) -> PyStr.of(radix(a[0], 2, "0b"));
            case "chr" -> (a, k) -> {
                Args.check("chr", a, k, 1, 1);
                PyInt i = Abstract.index(a[0]);
                if (i.isBig() || i.value < 0 || i.value > 0x10ffff) {
                    throw Errors.valueError("chr() arg not in range(0x110000)");
                }
                return PyStr.of(Character.toString((int) i.value));
            };
            case "ord" -> (a, k) -> {
                Args.check("ord", a, k, 1, 1);
                if (a[0] instanceof org.jpsyco.frontend.python.objects.PyBytes
                        || a[0] instanceof org.jpsyco.frontend.python.objects.PyByteArray) {
                    long n = Abstract.length(a[0]);
                    if (n != 1) {
                        throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
                    }
                    return Abstract.getItem(a[0], PyInt.of(0));
                }
                if (!(a[0] instanceof PyStr s)) {
                    throw Errors.typeError("ord() expected string of length 1, but " + a[0].type().name() + " found");
                }
                if (s.length() != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + s.length() + " found");
                }
                return PyInt.of(s.codePointAt(0));
            };
            case "hash" -> (a, k) -> {
                Args.check("hash", a, k, 1, 1);
                return PyInt.of(Abstract.hash(a[0]));
            };
            case "id" -> (a, k) -> {
                Args.check("id", a, k, 1, 1);
                return PyInt.of(Abstract.id(a[0]));
            };
            case "getattr" -> (a, k) -> {
                Args.check("getattr", a, k, 2, 3);
                String name = attrName(a[1], "getattr");
                if (a.length == 3) {
                    PyObject v = Abstract.lookupAttr(a[0], name);
                    return v == null ? a[2] : v;
                }
                return Abstract.getAttr(a[0], name);
            };
            case "setattr" -> (a, k) -> {
                Args.check("setattr", a, k, 3, 3);
                Abstract.setAttr(a[0], attrName(a[1], "setattr"), a[2]);
                return NONE;
            };
            case "delattr" -> (a, k) -> {
                Args.check("delattr", a, k, 2, 2);
                Abstract.setAttr(a[0], attrName(a[1], "delattr"), null);
                return NONE;
            };
            case "hasattr" -> (a, k) -> {
                Args.check("hasattr", a, k, 2, 2);
                return PyBool.of(Abstract.lookupAttr(a[0], attrName(a[1], "hasattr")) != null);
            };
            case "format" -> (a, k) -> {
                Args.check("format", a, k, 1, 2);
                return Abstract.format(a[0], a.length > 1 ? Args.str(a[1], "format()") : "");
            };
            case "vars" -> (a, k) -> {
                if (a.length == 0) {
                    return locals(rt);
                }
                PyDict d = a[0].type().noInstanceDict ? null : a[0].dict();
                if (d == null) {
                    throw Errors.typeError("vars() argument must have __dict__ attribute");
                }
                return d;
            };
            case "dir" -> (a, k) -> {
                List<PyObject> names = new ArrayList<>();
                if (a.length == 0) {
                    PyObject l = locals(rt);
                    names.addAll(((PyDict) l).keys());
                } else {
                    PyObject hook = a[0] instanceof PyModule mod ? mod.dict().getStr("__dir__")
                            : a[0].type().heap && !(a[0] instanceof PyType) ? a[0].type().lookup("__dir__") : null;
                    if (hook instanceof PyBuiltinFunction) {
                        hook = null;
                    }
                    if (hook != null) {
                        // a module's __dir__ function (PEP 562) or a class's __dir__ method
                        PyObject r = a[0] instanceof PyModule ? Abstract.call(hook)
                                : Abstract.callDescriptor(hook, a[0]);
                        names.addAll(Abstract.toList(r));
                    } else {
                        for (String n : Abstract.dir(a[0])) {
                            names.add(PyStr.of(n));
                        }
                    }
                }
                PyList l = new PyList(names);
                BuiltinMethods.sort(l.items, null, false);
                return l;
            };
            case "globals" -> (a, k) -> rt.interpreter.currentFrame().globals;
            case "locals" -> (a, k) -> locals(rt);
            case "__build_class__" -> (a, k) -> buildClass(rt, a, k);
            case "__import__" -> (a, k) -> {
                // __import__(name, globals=None, locals=None, fromlist=(), level=0)
                PyObject[] p = new PyObject[5];
                int npos = a.length - k.length;
                System.arraycopy(a, 0, p, 0, Math.min(npos, 5));
                List<String> order = List.of("name", "globals", "locals", "fromlist", "level");
                for (int i = 0; i < k.length; i++) {
                    int at = order.indexOf(k[i]);
                    if (at < 0) {
                        throw Errors.typeError("__import__() got an unexpected keyword argument '" + k[i] + "'");
                    }
                    p[at] = a[npos + i];
                }
                if (p[0] == null) {
                    throw Errors.typeError("__import__() missing required argument 'name' (pos 1)");
                }
                return rt.importName(Args.str(p[0], "__import__()"), p[1] instanceof PyDict d ? d : new PyDict(),
                        p[3] == null ? NONE : p[3], p[4] == null ? 0 : Abstract.index(p[4]).intValue());
            };
            case "exec" -> (a, k) -> {
                Args.check("exec", a, k, 1, 3);
                PyDict g = a.length > 1 && a[1] != NONE ? (PyDict) a[1] : rt.interpreter.currentFrame().globals;
                PyObject l = a.length > 2 && a[2] != NONE ? a[2] : (a.length > 1 && a[1] != NONE ? g : locals(rt));
                if (a[0] instanceof org.jpsyco.frontend.python.bytecode.CodeObject code) {
                    runCompiled(rt, code, g, l);
                    return NONE;
                }
                return rt.exec(Args.str(a[0], "exec()"), "<string>", g, l, false);
            };
            case "eval" -> (a, k) -> {
                Args.check("eval", a, k, 1, 3);
                if (a.length > 1 && a[1] != NONE && !(a[1] instanceof PyDict)) {
                    throw Errors.typeError(a[1].type().lookup("__getitem__") != null
                            ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
                }
                PyDict g = a.length > 1 && a[1] != NONE ? (PyDict) a[1] : rt.interpreter.currentFrame().globals;
                PyObject l = a.length > 2 && a[2] != NONE ? a[2] : (a.length > 1 && a[1] != NONE ? g : locals(rt));
                if (a[0] instanceof org.jpsyco.frontend.python.bytecode.CodeObject code) {
                    return runCompiled(rt, code, g, l);
                }
                String src = a[0] instanceof PyStr ps ? ps.value()
                        : a[0] instanceof org.jpsyco.frontend.python.objects.PyBytes pb ? pb.latin1() : null;
                if (src == null) {
                    throw Errors.typeError("eval() arg 1 must be a string, bytes or code object");
                }
                return rt.exec(src.strip(), "<string>", g, l, true);
            };
            case "compile" -> (a, k) -> {
                // a code object made here is what exec() and eval() run without parsing again
                Args.onlyKeywords("compile", k, "source", "filename", "mode", "flags", "dont_inherit", "optimize");
                int npos = a.length - k.length;
                PyObject src = npos > 0 ? a[0] : Args.keyword(a, k, "source");
                PyObject file = npos > 1 ? a[1] : Args.keyword(a, k, "filename");
                PyObject modeObj = npos > 2 ? a[2] : Args.keyword(a, k, "mode");
                if (src == null || file == null || modeObj == null) {
                    throw Errors.typeError("compile() missing required argument 'source' (pos 1)");
                }
                String mode = Args.str(modeObj, "compile() argument 'mode'");
                PyObject flags = npos > 3 ? a[3] : Args.keyword(a, k, "flags");
                boolean onlyAst = flags != null && (Abstract.index(flags).longValue() & 0x400) != 0;
                if (onlyAst || !(src instanceof PyStr || src instanceof org.jpsyco.frontend.python.objects.PyBytes)) {
                    // AST objects in or out: the ast module converts between them and the parser's trees
                    PyObject astModule = rt.importName("ast", new PyDict(), PySingleton.NONE, 0);
                    boolean isTree = Abstract.isInstance(src, Abstract.getAttr(astModule, "AST"));
                    if (isTree || onlyAst) {
                        return isTree && onlyAst ? src : Abstract.call(Abstract.getAttr(astModule,
                                isTree ? "_compile_tree" : "parse"), src, file, modeObj);
                    }
                }
                String text = src instanceof org.jpsyco.frontend.python.objects.PyBytes b ? b.latin1()
                        : Args.str(src, "compile() arg 1");
                return switch (mode) {
                    case "exec" -> rt.compile(text, Args.str(file, "compile() argument 'filename'"),
                            org.jpsyco.frontend.python.compiler.Compiler.Mode.EXEC);
                    case "single" -> rt.compile(text, Args.str(file, "compile() argument 'filename'"),
                            org.jpsyco.frontend.python.compiler.Compiler.Mode.SINGLE);
                    case "eval" -> rt.compile(text.strip(), Args.str(file, "compile() argument 'filename'"),
                            org.jpsyco.frontend.python.compiler.Compiler.Mode.EVAL);
                    default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
                };
            };
            case "open" -> (a, k) -> {
                // open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)
                Args.onlyKeywords("open", k, "file", "mode", "buffering", "encoding", "errors", "newline");
                int npos = a.length - k.length;
                String[] order = {"file", "mode", "buffering", "encoding", "errors", "newline"};
                PyObject[] p = new PyObject[order.length];
                System.arraycopy(a, 0, p, 0, Math.min(npos, order.length));
                for (int i = 0; i < order.length; i++) {
                    PyObject kw = Args.keyword(a, k, order[i]);
                    if (kw != null) {
                        p[i] = kw;
                    }
                }
                if (p[0] == null) {
                    throw Errors.typeError("open() missing required argument 'file' (pos 1)");
                }
                String mode = p[1] == null ? "r" : Args.str(p[1], "open() argument 'mode'");
                String[] opt = new String[3];
                for (int i = 0; i < 3; i++) {
                    PyObject v = p[3 + i];
                    opt[i] = v == null || v == NONE ? null : Args.str(v, "open() argument '" + order[3 + i] + "'");
                }
                TextFile f = TextFile.open(rt.cwd, Args.path(p[0], "open() argument 'file'"), mode, opt[0], opt[1],
                        opt[2]);
                rt.openFiles.add(f);
                return f;
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }

    /** Runs a code object from {@code compile()}: eval mode gives its value, exec mode None. */
    private static PyObject runCompiled(PythonRuntimeState rt, org.jpsyco.frontend.python.bytecode.CodeObject code,
            PyDict globals, PyObject locals) {
        if (globals.getStr("__builtins__") == null) {
            globals.putStr("__builtins__", rt.builtins);
        }
        return rt.interpreter.runCode(code, globals, locals);
    }

    /** PEP 560: a base that is no class may name the classes to use instead ({@code Generic[T]}). */
    private static PyObject[] resolveMroEntries(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject entries = b instanceof PyType ? null : Abstract.lookupAttr(b, "__mro_entries__");
            if (entries != null) {
                if (out == null) {
                    out = new ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
                }
                out.addAll(Abstract.toList(Abstract.call(entries, PyTuple.of(bases))));
            } else if (out != null) {
                out.add(b);
            }
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    private static PyObject locals(PythonRuntimeState rt) {
        return org.jpsyco.frontend.python.modules.FrameObjects.locals(rt.interpreter.currentFrame());
    }

    private static String attrName(PyObject o, String fname) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + o.type().name() + "'");
        }
        return s.value();
    }

    private static String strArg(PyObject o, String what) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(what + " must be None or a string, not " + o.type().name());
        }
        return s.value();
    }

    private static void def(PyModule m, String name, BuiltinImpl impl) {
        m.def(name, impl);
    }

    private static PyObject minmax(PyObject[] a, String[] k, String name, CompareOp op) {
        Args.onlyKeywords(name, k, "key", "default");
        int n = a.length - k.length;
        PyObject key = Args.keyword(a, k, "key");
        PyObject dflt = Args.keyword(a, k, "default");
        if (n == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        PyObject it;
        if (n == 1) {
            it = Abstract.getIter(a[0]);
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional "
                        + "arguments");
            }
            PyObject[] items = new PyObject[n];
            System.arraycopy(a, 0, items, 0, n);
            it = new PyIterator.ArrayIter(items, PyIterator.TUPLE_ITERATOR);
        }
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            PyObject kv = key == null || key == NONE ? v : Abstract.call(key, v);
            if (best == null || Abstract.richCompareBool(kv, bestKey, op)) {
                best = v;
                bestKey = kv;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static PyObject round(PyObject[] a, String[] k) {
        Args.onlyKeywords("round", k, "ndigits");
        PyObject x = a[0];
        PyObject nd = a.length - k.length > 1 ? a[1] : Args.keyword(a, k, "ndigits");
        if (x instanceof PyFloat f) {
            double d = f.value;
            if (nd == null || nd == NONE) {
                if (Double.isNaN(d)) {
                    throw Errors.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw Errors.overflowError("cannot convert float infinity to integer");
                }
                double r = Math.rint(d);
                return Math.abs(r) < 9e18 ? PyInt.of((long) r) : PyInt.of(new BigDecimal(r).toBigInteger());
            }
            int n = Abstract.index(nd).intValue();
            if (!Double.isFinite(d) || d == 0) {
                return f;
            }
            if (n > 330) {
                return f;
            }
            if (n < -330) {
                return PyFloat.of(0.0 * Math.signum(d));
            }
            double r = new BigDecimal(d).setScale(n, RoundingMode.HALF_EVEN).doubleValue();
            return PyFloat.of(r == 0 ? Math.copySign(0.0, d) : r);
        }
        if (x instanceof PyInt i) {
            if (nd == null || nd == NONE) {
                return i instanceof PyBool ? PyInt.of(i.value) : i;
            }
            int n = Abstract.index(nd).intValue();
            if (n >= 0) {
                return i instanceof PyBool ? PyInt.of(i.value) : i;
            }
            BigDecimal b = new BigDecimal(i.toBig()).setScale(n, RoundingMode.HALF_EVEN);
            return PyInt.of(b.setScale(0).toBigInteger());
        }
        PyObject m = x.type().lookup("__round__");
        if (m != null) {
            return nd == null ? Abstract.callDescriptor(m, x) : Abstract.callDescriptor(m, x, nd);
        }
        throw Errors.typeError("type " + x.type().name() + " doesn't define __round__ method");
    }

    private static String radix(PyObject o, int radix, String prefix) {
        PyInt i = Abstract.index(o);
        BigInteger b = i.toBig();
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }

    private static PyObject buildClass(PythonRuntimeState rt, PyObject[] a, String[] k) {
        if (a.length - k.length < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        PyFunction body = (PyFunction) a[0];
        String name = Args.str(a[1], "__build_class__");
        int nbases = a.length - k.length - 2;
        PyObject[] bases = new PyObject[nbases];
        System.arraycopy(a, 2, bases, 0, nbases);
        PyObject[] origBases = bases;
        bases = resolveMroEntries(bases);
        PyObject meta = ClassCreation.metaclassFor(Args.keyword(a, k, "metaclass"), bases);
        List<String> kwNames = new ArrayList<>();
        List<PyObject> kwValues = new ArrayList<>();
        for (int i = 0; i < k.length; i++) {
            if (!k[i].equals("metaclass")) {
                kwNames.add(k[i]);
                kwValues.add(a[a.length - k.length + i]);
            }
        }
        PyObject[] kwv = kwValues.toArray(new PyObject[0]);
        String[] kwn = kwNames.toArray(new String[0]);
        PyObject ns = ClassCreation.prepareNamespace(meta, name, PyTuple.of(bases), kwv, kwn);
        if (bases != origBases) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject cell = rt.interpreter.runClassBody(body, ns);
        if (ns instanceof PyDict d) {
            d.delStr("__classcell__");
        }
        PyObject cls;
        if (meta == PyType.TYPE) {
            cls = ClassCreation.newClass(PyType.TYPE, name, PyTuple.of(bases), ClassCreation.namespaceArg(ns), kwv,
                    kwn);
        } else {
            PyObject[] args = new PyObject[3 + kwValues.size()];
            args[0] = PyStr.of(name);
            args[1] = PyTuple.of(bases);
            args[2] = ns;
            for (int i = 0; i < kwValues.size(); i++) {
                args[3 + i] = kwValues.get(i);
            }
            cls = Abstract.call(meta, args, kwn);
        }
        if (cell instanceof PyCell c) {
            c.value = cls;
        }
        return cls;
    }
}
