package org.jpsyco.frontend.python.objects;

/**
 * What CPython's {@code type.__new__} does for a new class: build the heap type, wrap
 * {@code __new__} as a static method and {@code __init_subclass__}/{@code __class_getitem__}
 * as class methods, call {@code __set_name__} on the attributes that define it, then the
 * nearest base's {@code __init_subclass__}.
 */
public final class ClassCreation {
    private ClassCreation() {
    }

    public static PyType newClass(PyType metatype, String name, PyObject basesObj, PyDict ns) {
        return newClass(metatype, name, basesObj, ns, new PyObject[0], new String[0]);
    }

    /** As above, passing the class statement's keyword arguments to {@code __init_subclass__}. */
    public static PyType newClass(PyType metatype, String name, PyObject basesObj, PyDict ns, PyObject[] kwValues,
            String[] kwNames) {
        PyObject[] bases = Abstract.toArray(basesObj);
        PyType[] bt = new PyType[bases.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PyType t)) {
                throw Errors.typeError("bases must be types");
            }
            bt[i] = t;
        }
        PyType t = PyType.heapType(name, bt, ns);
        if (metatype != PyType.TYPE) {
            t.metatype = metatype;
        }
        if (t.dict().getStr("__eq__") != null && t.dict().getStr("__hash__") == null) {
            // as CPython's type_new: defining __eq__ without __hash__ makes instances unhashable
            t.dict().putStr("__hash__", PySingleton.NONE);
        }
        PyObject nw = t.dict().getStr("__new__");
        if (nw instanceof PyFunction) {
            t.dict().putStr("__new__", new PyDescriptors.StaticMethod(nw));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = t.dict().getStr(cm);
            if (f instanceof PyFunction) {
                t.dict().putStr(cm, new PyDescriptors.ClassMethod(f));
            }
        }
        for (var e : t.dict().entries()) {
            PyObject v = e.getValue();
            PyObject setName = v.type().heap ? v.type().lookup("__set_name__") : null;
            if (setName != null) {
                Abstract.callDescriptor(setName, v, t, e.getKey());
            }
        }
        PyType[] mro = t.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject f = mro[i].dict().getStr("__init_subclass__");
            if (f instanceof PyDescriptors.ClassMethod cm) {
                PyObject[] args = new PyObject[kwValues.length + 1];
                args[0] = t;
                System.arraycopy(kwValues, 0, args, 1, kwValues.length);
                Abstract.call(cm.function, args, kwNames);
                break;
            }
            if (f != null) {
                if (kwNames.length > 0) {
                    throw Errors.typeError(t.name() + ".__init_subclass__() takes no keyword arguments");
                }
                break;
            }
        }
        return t;
    }

    /** The metaclass for a class statement: the explicit one or the most derived type of the bases. */
    public static PyObject metaclassFor(PyObject explicit, PyObject[] bases) {
        PyObject meta = explicit != null ? explicit : PyType.TYPE;
        if (!(meta instanceof PyType winner)) {
            return meta;
        }
        for (PyObject b : bases) {
            PyType bt = b.type();
            if (bt.isSubtype(winner)) {
                winner = bt;
            } else if (!winner.isSubtype(bt)) {
                throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
        }
        return winner;
    }
}
