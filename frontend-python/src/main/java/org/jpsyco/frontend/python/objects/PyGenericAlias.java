package org.jpsyco.frontend.python.objects;

/**
 * {@code types.GenericAlias}: what subscripting a built-in container class gives
 * ({@code list[int]}, {@code dict[str, float]}). It only records the origin and the
 * arguments for annotations and introspection; calling it calls the origin.
 */
public final class PyGenericAlias extends PyObject implements JavaSlots.Call, JavaSlots.Repr, JavaSlots.RichCompare {
    public static final PyType TYPE = PyType.builtin("GenericAlias", PyType.OBJECT);

    static {
        TYPE.rawDict().putStr("__module__", PyStr.of("types"));
        TYPE.constructor = (a, k) -> {
            if (a.length != 2 || k.length != 0) {
                throw Errors.typeError("GenericAlias expected 2 arguments, got " + a.length);
            }
            return new PyGenericAlias(a[0], a[1]);
        };
    }

    public final PyObject origin;
    public final PyTuple args;
    private final PyDict dict = new PyDict();

    public PyGenericAlias(PyObject origin, PyObject key) {
        this.origin = origin;
        this.args = key instanceof PyTuple t ? t : new PyTuple(new PyObject[] {key});
        dict.putStr("__origin__", origin);
        dict.putStr("__args__", args);
        dict.putStr("__parameters__", new PyTuple(new PyObject[0]));
    }

    /** The built-in classes CPython makes subscriptable through {@code __class_getitem__}. */
    static boolean subscriptable(PyType t) {
        return t == PyList.TYPE || t == PyDict.TYPE || t == PyTuple.TYPE || t == PySet.TYPE
                || t == PySet.FROZEN_TYPE || t == PyType.TYPE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    @Override
    public PyObject call(PyObject[] a, String[] kwnames) {
        return Abstract.call(origin, a, kwnames);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        if (args.items.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.items.length; i++) {
            sb.append(i > 0 ? ", " : "").append(argRepr(args.items[i]));
        }
        return sb.append(']').toString();
    }

    /** Classes print as their dotted name, {@code ...} as itself, anything else as its repr. */
    static String argRepr(PyObject o) {
        if (o == PySingleton.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(argRepr(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (o instanceof PyType t) {
            PyObject m = t.dict().getStr("__module__");
            String mod = m instanceof PyStr s ? s.value() : "builtins";
            return mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        }
        return Abstract.repr(o).value();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyGenericAlias g) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        boolean eq = Abstract.richCompareBool(origin, g.origin, CompareOp.EQ)
                && Abstract.richCompareBool(args, g.args, CompareOp.EQ);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }
}
