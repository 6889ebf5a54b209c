package org.jpsyco.frontend.python.objects;

/** Calling a class: CPython's {@code type_call} ({@code __new__} then {@code __init__}). */
final class TypeCalls {
    private TypeCalls() {
    }

    static PyObject call(PyType t, PyObject[] args, String[] kwnames) {
        if (t == PyType.TYPE && args.length == 1 && kwnames.length == 0) {
            return args[0].type();
        }
        if (!t.heap) {
            BuiltinMethods.ensure();
            if (t.constructor == null) {
                if (t.layout == PyType.Layout.EXCEPTION) {
                    return newException(t, args, kwnames);
                }
                for (PySingleton single : new PySingleton[] {PySingleton.NONE, PySingleton.NOT_IMPLEMENTED,
                    PySingleton.ELLIPSIS}) {
                    // NoneType(), type(...)() and type(NotImplemented)() give back the singleton
                    if (t == single.type() && args.length == 0) {
                        return single;
                    }
                }
                throw Errors.typeError("cannot create '" + t.name() + "' instances");
            }
            return t.constructor.call(args, kwnames);
        }
        PyObject obj;
        if (t.callVersion != t.version()) {
            t.callNew = t.dict().getStr("__new__") != null ? t.lookup("__new__") : userNew(t);
            t.callInit = t.lookup("__init__");
            t.callVersion = t.version();
        }
        PyObject newMethod = t.callNew;
        if (newMethod != null && !(newMethod instanceof PyBuiltinFunction)) {
            PyObject fn = newMethod instanceof PyDescriptors.StaticMethod s ? s.function : newMethod;
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = t;
            System.arraycopy(args, 0, a, 1, args.length);
            obj = Abstract.call(fn, a, kwnames);
            if (!obj.type().isSubtype(t)) {
                return obj;
            }
        } else if (t.layout == PyType.Layout.EXCEPTION) {
            PyObject[] pos = positional(args, kwnames);
            PyBaseException e = new PyBaseException(t, PyTuple.of(pos));
            if (t.lookup("__init__") instanceof PyBuiltinFunction) {
                // no __init__ of the class's own parses them later
                ExceptionArgs.init(e, pos);
            }
            obj = e;
        } else if (t.builtinBase != null) {
            obj = Constructors.newSubclassInstance(t, args, kwnames);
        } else {
            obj = new PyInstance(t);
        }
        // __new__ may have changed the class
        PyObject init = t.callVersion == t.version() ? t.callInit : t.lookup("__init__");
        if (init instanceof PyBuiltinFunction b && b.owner != PyType.OBJECT && b.owner != PyType.TYPE
                && t.builtinBase != null) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = obj;
            System.arraycopy(args, 0, a, 1, args.length);
            b.call(a, kwnames);
        } else if (init != null && !(init instanceof PyBuiltinFunction)) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = obj;
            System.arraycopy(args, 0, a, 1, args.length);
            PyObject r = Abstract.call(init, a, kwnames);
            if (r != PySingleton.NONE) {
                throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
            }
        } else if (args.length > 0 && t.layout == PyType.Layout.OBJECT && newMethod == null
                && init instanceof PyBuiltinFunction) {
            throw Errors.typeError(t.name() + "() takes no arguments");
        }
        return obj;
    }

    private static PyObject userNew(PyType t) {
        for (PyType c : t.mro()) {
            if (!c.heap) {
                return null;
            }
            PyObject v = c.dict().getStr("__new__");
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static PyObject newException(PyType t, PyObject[] args, String[] kwnames) {
        // the built-in exceptions taking keywords: ImportError(msg, name=, path=),
        // AttributeError(msg, name=, obj=) and NameError(msg, name=)
        java.util.List<String> keywords = t.isSubtype(ExceptionTypes.IMPORT_ERROR) ? java.util.List.of("name", "path")
                : t.isSubtype(ExceptionTypes.ATTRIBUTE_ERROR) ? java.util.List.of("name", "obj")
                : t.isSubtype(ExceptionTypes.NAME_ERROR) ? java.util.List.of("name") : java.util.List.of();
        if (kwnames.length > 0 && !keywords.isEmpty()) {
            PyBaseException e = new PyBaseException(t, PyTuple.of(positional(args, kwnames)));
            int npos = args.length - kwnames.length;
            for (int i = 0; i < kwnames.length; i++) {
                if (!keywords.contains(kwnames[i])) {
                    throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for " + t.name() + "()");
                }
                e.dict().putStr(kwnames[i], args[npos + i]);
            }
            return e;
        }
        if (kwnames.length > 0) {
            throw Errors.typeError(t.name() + "() takes no keyword arguments");
        }
        PyBaseException e = new PyBaseException(ExceptionArgs.osErrorSubclass(t, args), PyTuple.of(args.clone()));
        ExceptionArgs.init(e, args);
        return e;
    }

    private static PyObject[] positional(PyObject[] args, String[] kwnames) {
        PyObject[] p = new PyObject[args.length - kwnames.length];
        System.arraycopy(args, 0, p, 0, p.length);
        return p;
    }
}
