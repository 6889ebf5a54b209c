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

    /**
     * The namespace argument of {@code type.__new__}: a dict (one of a subclass, as from a
     * metaclass's {@code __prepare__}, is copied to a plain one, as CPython's type_new copies it).
     */
    public static PyDict namespaceArg(PyObject ns) {
        if (!(ns instanceof PyDict d)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + ns.type().name());
        }
        if (d.type() == PyDict.TYPE) {
            return d;
        }
        PyDict copy = new PyDict();
        for (var e : d.entries()) {
            copy.put(e.getKey(), e.getValue());
        }
        return copy;
    }

    /**
     * The namespace a class body runs in: what the metaclass's {@code __prepare__} returns
     * (with the class statement's keywords), a new dict when it has none.
     */
    public static PyObject prepareNamespace(PyObject meta, String name, PyObject bases, PyObject[] kwValues,
            String[] kwNames) {
        PyObject prepare = null;
        if (meta instanceof PyType mt) {
            if (mt != PyType.TYPE && mt.lookup("__prepare__") != null) {
                prepare = Abstract.getAttr(meta, "__prepare__");
            }
        } else {
            try {
                prepare = Abstract.getAttr(meta, "__prepare__");
            } catch (PyException e) {
                if (!e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
        }
        if (prepare == null) {
            return new PyDict();
        }
        PyObject[] args = new PyObject[2 + kwValues.length];
        args[0] = PyStr.of(name);
        args[1] = bases;
        System.arraycopy(kwValues, 0, args, 2, kwValues.length);
        PyObject ns = Abstract.call(prepare, args, kwNames);
        if (!(ns instanceof PyDict) && ns.type().lookup("__getitem__") == null) {
            throw Errors.typeError((meta instanceof PyType mt ? mt.name() : "<metaclass>")
                    + ".__prepare__() must return a mapping, not " + ns.type().name());
        }
        return ns;
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
        java.util.List<String> slots = PyMemberDescriptor.checkSlots(name, bt, ns);
        PyType t = PyType.heapType(name, bt, ns);
        PyMemberDescriptor.installSlots(t, slots);
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

    /** Equivalent of CPython's {@code object_set_class}: {@code obj.__class__ = value}. */
    static void setClass(PyObject o, PyObject value) {
        if (value == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType nt)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + value.type().name() + "' object");
        }
        PyType old = o.type();
        if (!nt.heap || !old.heap) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        boolean compatible = nt.layout == old.layout && nt.builtinBase == old.builtinBase
                && nt.noInstanceDict == old.noInstanceDict
                && PyMemberDescriptor.slotNames(nt).equals(PyMemberDescriptor.slotNames(old));
        if (compatible && o instanceof PyInstance i) {
            i.setType(nt);
            return;
        }
        if (compatible && o instanceof PyDict d) {
            d.setSubtype(nt);
            return;
        }
        throw Errors.typeError("__class__ assignment: '" + nt.name() + "' object layout differs from '" + old.name()
                + "'");
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
