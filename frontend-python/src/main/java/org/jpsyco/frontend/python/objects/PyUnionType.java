package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: what {@code int | None} gives. Holds its flattened, de-duplicated
 * member classes; {@code isinstance} and {@code issubclass} accept it like a tuple of them.
 */
public final class PyUnionType extends PyObject implements JavaSlots.Repr, JavaSlots.RichCompare {
    public static final PyType TYPE = PyType.builtin("UnionType", PyType.OBJECT);

    static {
        TYPE.rawDict().putStr("__module__", PyStr.of("types"));
    }

    public final PyTuple args;
    private final PyDict dict = new PyDict();

    private PyUnionType(PyTuple args) {
        this.args = args;
        dict.putStr("__args__", args);
        dict.putStr("__parameters__", new PyTuple(new PyObject[0]));
    }

    private static boolean unionable(PyObject o) {
        return o == PySingleton.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** {@code a | b} for classes, None and aliases; null when either side cannot be a union member. */
    static PyObject of(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return null;
        }
        List<PyObject> members = new ArrayList<>();
        add(members, a);
        add(members, b);
        return members.size() == 1 ? members.get(0) : new PyUnionType(new PyTuple(members.toArray(new PyObject[0])));
    }

    private static void add(List<PyObject> members, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject m : u.args.items) {
                add(members, m);
            }
            return;
        }
        PyObject m = o == PySingleton.NONE ? PySingleton.NONE.type() : o;
        for (PyObject seen : members) {
            if (seen == m || (m instanceof PyGenericAlias && Abstract.richCompareBool(seen, m, CompareOp.EQ))) {
                return;
            }
        }
        members.add(m);
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
    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.items.length; i++) {
            PyObject m = args.items[i];
            sb.append(i > 0 ? " | " : "").append(m == PySingleton.NONE.type() ? "None" : PyGenericAlias.argRepr(m));
        }
        return sb.toString();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyUnionType u) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        boolean eq = args.items.length == u.args.items.length;
        for (PyObject m : args.items) {
            boolean found = false;
            for (PyObject n : u.args.items) {
                found |= m == n;
            }
            eq &= found;
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }
}
