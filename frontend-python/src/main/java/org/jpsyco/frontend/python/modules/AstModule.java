package org.jpsyco.frontend.python.modules;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.ast.Alias;
import org.jpsyco.frontend.python.ast.Arg;
import org.jpsyco.frontend.python.ast.Arguments;
import org.jpsyco.frontend.python.ast.Boolop;
import org.jpsyco.frontend.python.ast.Cmpop;
import org.jpsyco.frontend.python.ast.Comprehension;
import org.jpsyco.frontend.python.ast.ConstantValue;
import org.jpsyco.frontend.python.ast.ExceptHandler;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.Keyword;
import org.jpsyco.frontend.python.ast.MatchCase;
import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.ast.Node;
import org.jpsyco.frontend.python.ast.NodeFields;
import org.jpsyco.frontend.python.ast.Operator;
import org.jpsyco.frontend.python.ast.Pattern;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.ast.TypeIgnore;
import org.jpsyco.frontend.python.ast.Unaryop;
import org.jpsyco.frontend.python.ast.WithItem;
import org.jpsyco.frontend.python.compiler.CompileError;
import org.jpsyco.frontend.python.compiler.Compiler;
import org.jpsyco.frontend.python.compiler.ConstantFolding;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyComplex;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;
import org.jpsyco.frontend.python.parser.PythonRecursionError;
import org.jpsyco.frontend.python.parser.PythonSyntaxError;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * {@code _jpsyco_ast}: the front end's own parser and compiler seen from Python. The Python
 * {@code ast} module builds its node objects from the plain form this module exchanges, and
 * hands trees back the same way to compile them, so positions survive into tracebacks.
 *
 * <p>The plain form of a node is the tuple {@code (class name, (field values...), position)}:
 * field values in {@code _fields} order (lists for sequences, None for absent optional fields,
 * str/int/constants otherwise), position {@code (lineno, col_offset, end_lineno,
 * end_col_offset)} for located nodes and None for the others. The singletons ({@code Load},
 * {@code Add}, ...) are {@code (name, (), None)}. Record components of the Java AST are already
 * in CPython's field order, so both directions are generic over the record classes.
 */
public final class AstModule {
    private AstModule() {
    }

    /** Node class name to its record (or enum) class. */
    private static final Map<String, Class<?>> CLASSES = new HashMap<>();

    static {
        for (Class<?> sealed : List.of(Mod.class, Stmt.class, Expr.class, Pattern.class)) {
            for (Class<?> c : sealed.getPermittedSubclasses()) {
                register(c);
            }
        }
        for (Class<?> c : List.of(Alias.class, Arg.class, Arguments.class, Comprehension.class, ExceptHandler.class,
                Keyword.class, MatchCase.class, TypeIgnore.class, WithItem.class)) {
            register(c);
        }
        for (Class<?> e : List.of(Boolop.class, Cmpop.class, ExprContext.class, Operator.class, Unaryop.class)) {
            for (Object k : e.getEnumConstants()) {
                CLASSES.put(((Node) k).nodeName(), e);
            }
        }
    }

    private static void register(Class<?> c) {
        if (c.isInterface()) {
            for (Class<?> s : c.getPermittedSubclasses()) {
                register(s);
            }
            return;
        }
        try {
            CLASSES.put(nameOf(c), c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Python class name of a record class, from its {@code nodeName()} on a dummy instance. */
    private static String nameOf(Class<?> c) throws ReflectiveOperationException {
        RecordComponent[] rcs = c.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            args[i] = types[i] == int.class ? 0 : null;
        }
        Constructor<?> k = c.getDeclaredConstructor(types);
        return ((Node) k.newInstance(args)).nodeName();
    }

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("_jpsyco_ast");
        m.def("parse", (a, k) -> {
            String filename = ((PyStr) a[1]).value();
            Mode mode = switch (((PyStr) a[2]).value()) {
                case "exec" -> Mode.EXEC;
                case "eval" -> Mode.EVAL;
                case "single" -> Mode.SINGLE;
                default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            try {
                Mod tree = a[0] instanceof PyBytes b ? Parser.parse(b.value, filename, mode)
                        : Parser.parse(((PyStr) a[0]).value(), filename, mode);
                return toPython(tree);
            } catch (PythonSyntaxError e) {
                throw PythonRuntimeState.syntaxError(e.type(), e.msg(), e.filename(), e.lineno(), e.offset(),
                        e.text(), e.endLineno(), e.endOffset()).toThrowable();
            } catch (PythonRecursionError e) {
                throw Errors.raise(ExceptionTypes.RECURSION_ERROR, e.msg());
            } catch (IllegalArgumentException e) {
                throw Errors.valueError(e.getMessage());
            }
        });
        m.def("compile", (a, k) -> {
            String filename = ((PyStr) a[1]).value();
            Compiler.Mode mode = switch (((PyStr) a[2]).value()) {
                case "exec" -> Compiler.Mode.EXEC;
                case "eval" -> Compiler.Mode.EVAL;
                case "single" -> Compiler.Mode.SINGLE;
                default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            Mod tree = (Mod) fromPython(a[0], Mod.class);
            try {
                return Compiler.compile(tree, filename, mode);
            } catch (PythonSyntaxError e) {
                throw PythonRuntimeState.syntaxError(e.type(), e.msg(), e.filename(), e.lineno(), e.offset(),
                        e.text(), e.endLineno(), e.endOffset()).toThrowable();
            } catch (CompileError e) {
                if (e.isSyntaxError()) {
                    throw PythonRuntimeState.syntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, null, -1, -1)
                            .toThrowable();
                }
                throw Errors.notSupported(e.msg);
            }
        });
        return m;
    }

    // ---- Java tree -> plain Python form ----

    static PyObject toPython(Object v) {
        if (v == null) {
            return PySingleton.NONE;
        }
        if (v instanceof Enum<?> && v instanceof Node n) {
            return PyTuple.of(PyStr.of(n.nodeName()), PyTuple.EMPTY, PySingleton.NONE);
        }
        if (v instanceof Node n) {
            Object[] values = NodeFields.values(n);
            List<PyObject> fields = new ArrayList<>(values.length);
            Pos pos = null;
            for (Object x : values) {
                if (x instanceof Pos p) {
                    pos = p;
                } else {
                    fields.add(toPython(x));
                }
            }
            PyObject where = PySingleton.NONE;
            if (pos != null) {
                where = PyTuple.of(PyInt.of(pos.lineno()), PyInt.of(pos.colOffset()),
                        pos.endLineno() < 0 ? PySingleton.NONE : PyInt.of(pos.endLineno()),
                        pos.endLineno() < 0 ? PySingleton.NONE : PyInt.of(pos.endColOffset()));
            }
            return PyTuple.of(PyStr.of(n.nodeName()), PyTuple.of(fields), where);
        }
        if (v instanceof List<?> list) {
            List<PyObject> out = new ArrayList<>(list.size());
            for (Object x : list) {
                out.add(toPython(x));
            }
            return new PyList(out);
        }
        if (v instanceof Integer i) {
            return PyInt.of(i);
        }
        PyObject constant = ConstantFolding.constant(v);
        if (constant != null) {
            return constant;
        }
        throw new IllegalStateException("no Python form for " + v.getClass());
    }

    // ---- plain Python form -> Java tree ----

    static Object fromPython(PyObject v, Type want) {
        Class<?> raw = want instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) want;
        if (raw == List.class) {
            Type elem = ((ParameterizedType) want).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (PyObject x : org.jpsyco.frontend.python.objects.Abstract.toList(v)) {
                out.add(x == PySingleton.NONE ? null : fromPython(x, elem));
            }
            return out;
        }
        if (raw == Object.class) {
            return constant(v);
        }
        if (v == PySingleton.NONE) {
            return null;
        }
        if (raw == String.class) {
            return ((PyStr) v).value();
        }
        if (raw == int.class || raw == Integer.class) {
            return (int) ((PyInt) v).longValue();
        }
        PyTuple t = (PyTuple) v;
        String name = ((PyStr) t.get(0)).value();
        Class<?> c = CLASSES.get(name);
        if (c == null || !raw.isAssignableFrom(c)) {
            throw Errors.typeError("expected some sort of " + raw.getSimpleName().toLowerCase() + ", but got <" + name + ">");
        }
        if (c.isEnum()) {
            for (Object k : c.getEnumConstants()) {
                if (((Node) k).nodeName().equals(name)) {
                    return k;
                }
            }
        }
        RecordComponent[] rcs = c.getRecordComponents();
        PyObject[] fields = ((PyTuple) t.get(1)).items;
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        int f = 0;
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            if (types[i] == Pos.class) {
                PyObject[] p = ((PyTuple) t.get(2)).items;
                args[i] = new Pos(intOr(p[0], 1), intOr(p[1], 0), intOr(p[2], -1), intOr(p[3], -1));
            } else {
                args[i] = fromPython(fields[f++], rcs[i].getGenericType());
            }
        }
        try {
            return c.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int intOr(PyObject o, int dflt) {
        return o == PySingleton.NONE ? dflt : (int) ((PyInt) o).longValue();
    }

    private static Object constant(PyObject v) {
        if (v == PySingleton.NONE) {
            return ConstantValue.NONE;
        }
        if (v == PySingleton.ELLIPSIS) {
            return ConstantValue.ELLIPSIS;
        }
        if (v instanceof PyBool b) {
            return b.longValue() != 0;
        }
        if (v instanceof PyInt i) {
            return i.toBig();
        }
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        if (v instanceof PyComplex c && c.real == 0) {
            return new ConstantValue.Imaginary(c.imag);
        }
        if (v instanceof PyBytes b) {
            return new ConstantValue.Bytes(b.value);
        }
        throw Errors.typeError("got an invalid type in Constant: " + v.type().name());
    }
}
