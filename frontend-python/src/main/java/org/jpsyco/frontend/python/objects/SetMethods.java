package org.jpsyco.frontend.python.objects;

/** The methods of set and frozenset, each built on the CPython-ordered algebra of {@link SetOps}. */
final class SetMethods {
    private SetMethods() {
    }

    private static PySet self(PyObject[] a, String name, PyType t) {
        if (a.length == 0 || !(a[0] instanceof PySet s)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                    + (a.length == 0 ? "NoneType" : a[0].type().name()) + "' object");
        }
        return s;
    }

    private static void one(PyType t, String name, PyObject[] a, String[] k) {
        if (a.length == 2 && (k == null || k.length == 0)) {
            return; // the usual call: no message to build
        }
        Args.noKeywords(t.name() + "." + name, k);
        Args.count(t.name() + "." + name, a.length - 1, 1, 1);
    }

    static void register() {
        for (PyType t : new PyType[] {PySet.TYPE, PySet.FROZEN_TYPE}) {
            BuiltinMethods.def(t, "union", (a, k) -> SetOps.union(self(a, "union", t), a, 1));
            BuiltinMethods.def(t, "intersection",
                    (a, k) -> SetOps.intersectionMulti(self(a, "intersection", t), a, 1));
            BuiltinMethods.lazy(t, which -> setMethod(t, which), "difference", "symmetric_difference", "issubset",
                    "issuperset", "isdisjoint", "copy");
            for (BinaryOp op : new BinaryOp[] {BinaryOp.OR, BinaryOp.AND, BinaryOp.SUB, BinaryOp.XOR}) {
                BuiltinMethods.def(t, op.dunder, (a, k) -> {
                    Args.check(op.dunder, a, k, 2, 2);
                    PyObject r = SetOps.binary(op, self(a, op.dunder, t), a[1]);
                    return r == null ? PySingleton.NOT_IMPLEMENTED : r;
                });
            }
        }
        PyType t = PySet.TYPE;
        for (BinaryOp op : new BinaryOp[] {BinaryOp.OR, BinaryOp.AND, BinaryOp.SUB, BinaryOp.XOR}) {
            BuiltinMethods.def(t, op.idunder, (a, k) -> {
                Args.check(op.idunder, a, k, 2, 2);
                PyObject r = SetOps.inplace(op, self(a, op.idunder, t), a[1]);
                return r == null ? PySingleton.NOT_IMPLEMENTED : r;
            });
        }
        BuiltinMethods.lazy(t, which -> setMethod(t, which), "add", "remove", "discard", "pop", "clear", "update",
                "intersection_update", "difference_update", "symmetric_difference_update");
    }

    private static BuiltinImpl setMethod(PyType t, String which) {
        return switch (which) {
            case "difference" -> (a, k) -> SetOps.differenceMulti(self(a, "difference", t), a, 1);
            case "symmetric_difference" -> (a, k) -> {
                    one(t, "symmetric_difference", a, k);
                    return SetOps.symmetricDifference(self(a, "symmetric_difference", t), a[1]);
                };
            case "issubset" -> (a, k) -> {
                    one(t, "issubset", a, k);
                    return PyBool.of(SetOps.isSubset(self(a, "issubset", t), a[1]));
                };
            case "issuperset" -> (a, k) -> {
                    one(t, "issuperset", a, k);
                    return PyBool.of(SetOps.isSuperset(self(a, "issuperset", t), a[1]));
                };
            case "isdisjoint" -> (a, k) -> {
                    one(t, "isdisjoint", a, k);
                    return PyBool.of(SetOps.isDisjoint(self(a, "isdisjoint", t), a[1]));
                };
            case "copy" -> (a, k) -> {
                    PySet s = self(a, "copy", t);
                    return s.frozen && s.type() == PySet.FROZEN_TYPE ? s : SetOps.copy(s);
                };
            case "add" -> (a, k) -> {
                one(t, "add", a, k);
                self(a, "add", t).add(a[1]);
                return PySingleton.NONE;
            };
            case "remove" -> (a, k) -> {
                one(t, "remove", a, k);
                if (!self(a, "remove", t).remove(a[1])) {
                    throw Errors.keyError(a[1]);
                }
                return PySingleton.NONE;
            };
            case "discard" -> (a, k) -> {
                one(t, "discard", a, k);
                self(a, "discard", t).remove(a[1]);
                return PySingleton.NONE;
            };
            case "pop" -> (a, k) -> {
                PySet s = self(a, "pop", t);
                if (s.size() == 0) {
                    throw Errors.keyError(PyStr.of("pop from an empty set"));
                }
                return s.set.pop();
            };
            case "clear" -> (a, k) -> {
                self(a, "clear", t).set.clear();
                return PySingleton.NONE;
            };
            case "update" -> (a, k) -> {
                PySet s = self(a, "update", t);
                for (int i = 1; i < a.length; i++) {
                    SetOps.update(s, a[i]);
                }
                return PySingleton.NONE;
            };
            case "intersection_update" -> (a, k) -> {
                SetOps.intersectionUpdate(self(a, "intersection_update", t), a, 1);
                return PySingleton.NONE;
            };
            case "difference_update" -> (a, k) -> {
                PySet s = self(a, "difference_update", t);
                for (int i = 1; i < a.length; i++) {
                    SetOps.differenceUpdate(s, a[i]);
                }
                return PySingleton.NONE;
            };
            case "symmetric_difference_update" -> (a, k) -> {
                one(t, "symmetric_difference_update", a, k);
                SetOps.symmetricDifferenceUpdate(self(a, "symmetric_difference_update", t), a[1]);
                return PySingleton.NONE;
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }
}
