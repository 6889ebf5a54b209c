package org.jpsyco.frontend.python.objects;

/**
 * Attribute lookup and assignment: CPython's {@code PyObject_GenericGetAttr} (data descriptors,
 * then the instance dict, then other class attributes bound to the instance), type attribute
 * lookup, {@code super} lookup, and the special attributes of built-in objects.
 */
final class Attributes {
    private Attributes() {
    }

    /** The attribute, or null when absent. */
    static PyObject lookup(PyObject o, String name) {
        if (o instanceof PyType t) {
            return typeLookup(t, name);
        }
        if (o instanceof PyDescriptors.Super s) {
            return superLookup(s, name);
        }
        if (o instanceof PyModule m) {
            PyObject v = m.dict().getStr(name);
            if (v == null && name.equals("__dict__")) {
                return m.dict();
            }
            if (v == null && !name.equals("__getattr__") && m.dict().getStr("__getattr__") != null) {
                // PEP 562: a module-level __getattr__ answers names the module does not hold
                return Abstract.call(m.dict().getStr("__getattr__"), PyStr.of(name));
            }
            return v;
        }
        PyType t = o.type();
        if (t.heap && hasGetAttributeHook(t)) {
            return hooked(o, t, t.lookup(GETATTRIBUTE), name);
        }
        PyObject ga = t.heap ? t.lookup(GETATTR) : null;
        if (ga != null) {
            // an AttributeError of a data descriptor or property (an unset __slots__ member) also
            // falls back on __getattr__, as CPython's slot_tp_getattr_hook does
            PyObject r;
            try {
                r = generic(o, t, name, false);
            } catch (PyException e) {
                if (!e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                r = null;
            }
            return r != null ? r : Abstract.callDescriptor(ga, o, PyStr.of(name));
        }
        return generic(o, t, name, true);
    }

    /**
     * A class's own {@code __getattribute__} answers; its AttributeError falls back on
     * {@code __getattr__} when the class has one (CPython's {@code slot_tp_getattr_hook}).
     */
    private static PyObject hooked(PyObject o, PyType t, PyObject hook, String name) {
        try {
            return Abstract.callDescriptor(hook, o, PyStr.of(name));
        } catch (PyException e) {
            PyObject ga = t.lookup(GETATTR);
            if (ga == null || !e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            return Abstract.callDescriptor(ga, o, PyStr.of(name));
        }
    }

    /** {@code object.__getattribute__}: the generic lookup, without the class's hooks. */
    static PyObject objectGetAttribute(PyObject o, String name) {
        PyObject r = o instanceof PyType || o instanceof PyModule || o instanceof PyDescriptors.Super
                ? lookup(o, name) : generic(o, o.type(), name, false);
        if (r == null) {
            throw missing(o, name);
        }
        return r;
    }

    /** {@code PyObject_GenericGetAttr}, then (with {@code fallback}) a class's {@code __getattr__}. */
    private static PyObject generic(PyObject o, PyType t, String name, boolean fallback) {
        PyObject descr = t.lookup(name);
        if (descr instanceof PyDescriptors.Property p) {
            if (p.fget == null) {
                throw Errors.attributeError("property '" + name + "' of '" + t.name() + "' object has no getter");
            }
            return Abstract.call(p.fget, o);
        }
        if (descr != null && isDataDescriptor(descr)) {
            PyObject get = descr.type().lookup("__get__");
            if (get != null) {
                return Abstract.callDescriptor(get, descr, o, t);
            }
        }
        PyObject special = special(o, name);
        if (special != null) {
            return special;
        }
        PyObject v = null;
        if (o instanceof PyInstance pi) {
            v = pi.attr(name); // without building the __dict__ of an instance in map mode
        } else {
            PyDict d = o.dict();
            v = d == null ? null : d.getStr(name);
        }
        if (v != null) {
            return v;
        }
        if (descr != null) {
            return bind(descr, o, t);
        }
        if (fallback && t.heap) {
            PyObject ga = t.lookup("__getattr__");
            if (ga != null) {
                return Abstract.callDescriptor(ga, o, PyStr.of(name));
            }
        }
        return null;
    }

    private static final PyStr GETATTR = PyStr.name("__getattr__");
    private static final PyStr GETATTRIBUTE = PyStr.name("__getattribute__");
    /** object's own {@code __getattribute__} (which the generic lookup implements directly), once registered. */
    private static PyObject objectGetAttribute;

    /** Whether class {@code t} has a {@code __getattribute__} other than object's. */
    private static boolean hasGetAttributeHook(PyType t) {
        PyObject hook = t.lookup(GETATTRIBUTE);
        if (hook == null) {
            return false;
        }
        PyObject base = objectGetAttribute;
        if (base == null) {
            base = PyType.OBJECT.lookup(GETATTRIBUTE);
            objectGetAttribute = base;
        }
        return hook != base;
    }
    private static final PyStr SETATTR = PyStr.name("__setattr__");

    /**
     * {@link #lookup} for an instance of a class whose solid base is object, with the name as an
     * exact str: the same steps without allocating keys. Dunder names (which {@link #special}
     * may answer) and descriptors with their own protocol take the general path.
     */
    static PyObject lookupInstance(PyInstance o, PyStr nameStr) {
        String name = nameStr.value();
        if (AttrCache.isDunderish(nameStr)) {
            return lookup(o, name);
        }
        PyType t = o.type();
        PyObject descr = t.lookup(nameStr);
        if (descr != null && (descr instanceof PyDescriptors.Property || isDataDescriptor(descr))
                || t.heap && hasGetAttributeHook(t)) {
            return lookup(o, name);
        }
        PyObject v = o.attr(nameStr);
        if (v != null) {
            return v;
        }
        if (descr != null) {
            return bind(descr, o, t);
        }
        if (t.heap) {
            PyObject ga = t.lookup(GETATTR);
            if (ga != null) {
                return Abstract.callDescriptor(ga, o, PyStr.of(name));
            }
        }
        return null;
    }

    /** {@link #set} of a value on an instance of a class whose solid base is object, without allocating keys. */
    static void setInstance(PyInstance o, PyStr nameStr, PyObject value) {
        PyType t = o.type();
        if (t.heap) {
            PyObject sa = t.lookup(SETATTR);
            if (sa != null && !(sa instanceof PyBuiltinFunction)) {
                Abstract.callDescriptor(sa, o, PyStr.of(nameStr.value()), value);
                return;
            }
        }
        PyObject descr = t.lookup(nameStr);
        if (descr != null && (descr instanceof PyDescriptors.Property || isDataDescriptor(descr)) || t == PyType.OBJECT
                || t.noInstanceDict || nameStr.value().equals("__class__") || nameStr.value().equals("__dict__")) {
            genericSet(o, nameStr.value(), value);
            return;
        }
        o.putAttr(nameStr, value);
    }

    /**
     * The last step of {@link #genericSet} on an instance with a {@code __dict__}: its own
     * attribute is set or deleted, or its {@code __dict__} replaced (deleting it leaves an
     * empty one, as CPython's does on first use).
     */
    private static void setInstanceOwn(PyInstance o, String name, PyObject value) {
        if (name.equals("__dict__")) {
            if (value == null) {
                o.setDict(new PyDict());
            } else if (value instanceof PyDict d) {
                o.setDict(d);
            } else {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name() + "'");
            }
            return;
        }
        PyStr key = PyStr.of(name);
        if (value != null) {
            o.putAttr(key, value);
        } else if (!o.deleteAttr(key)) {
            throw missing(o, name);
        }
    }

    /** A descriptor defined in Python with {@code __set__} or {@code __delete__}: it wins over the instance dict. */
    static boolean isDataDescriptor(PyObject descr) {
        if (descr instanceof PyMemberDescriptor) {
            return true;
        }
        PyType dt = descr.type();
        return dt.heap && (dt.lookup("__set__") != null || dt.lookup("__delete__") != null);
    }

    static PyException missing(PyObject o, String name) {
        PyException e = missingMessage(o, name);
        e.value.dict().putStr("name", PyStr.of(name));
        e.value.dict().putStr("obj", o);
        return e;
    }

    private static PyException missingMessage(PyObject o, String name) {
        if (o instanceof PyModule m) {
            return Errors.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyType t) {
            return Errors.attributeError("type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyDescriptors.Super) {
            return Errors.attributeError("'super' object has no attribute '" + name + "'");
        }
        return Errors.attributeError("'" + o.type().name() + "' object has no attribute '" + name + "'");
    }

    /** Binds a class attribute to an instance (CPython's {@code tp_descr_get}). */
    static PyObject bind(PyObject descr, PyObject obj, PyType type) {
        if (descr instanceof PyFunction) {
            return obj == null ? descr : new PyMethod(descr, obj);
        }
        if (descr instanceof PyBuiltinFunction b && b.isDescriptor()) {
            return obj == null ? descr : b.bind(obj);
        }
        if (descr instanceof PyDescriptors.StaticMethod s) {
            return s.function;
        }
        if (descr instanceof JavaSlots.DescrGet g && obj != null) {
            return g.get(obj, type);
        }
        if (descr instanceof PyDescriptors.ClassMethod c) {
            return new PyMethod(c.function, type);
        }
        if (descr instanceof PyDescriptors.Property p) {
            return obj == null ? p : Abstract.call(p.fget, obj);
        }
        if (descr.type().heap) {
            // a class attribute read through the class itself gets __get__(None, cls)
            PyObject get = descr.type().lookup("__get__");
            if (get != null) {
                return Abstract.callDescriptor(get, descr, obj == null ? PySingleton.NONE : obj, type);
            }
        }
        return descr;
    }

    private static PyObject typeLookup(PyType t, String name) {
        switch (name) {
            case "__name__":
                return PyStr.of(t.name());
            case "__qualname__":
                return PyStr.of(t.qualname());
            case "__module__":
                return PyStr.of(t.module);
            case "__mro__":
                return PyTuple.of(t.mro().clone());
            case "__bases__":
                return PyTuple.of((PyObject[]) t.bases().clone());
            case "__base__":
                return t.base() == null ? PySingleton.NONE : t.base();
            case "__dict__":
                return t.dict();
            case "__class__":
                return t.type();
            case "__doc__": {
                PyObject d = t.dict().getStr("__doc__");
                return d == null ? PySingleton.NONE : d;
            }
            default:
                break;
        }
        PyObject v = t.lookup(name);
        if (v != null) {
            return bind(v, null, t);
        }
        PyObject meta = t.type().lookup(name);
        if (meta != null) {
            return bind(meta, t, t.type());
        }
        return null;
    }

    /** The introspection attributes of a code object that programs read. */
    private static PyObject codeAttribute(org.jpsyco.frontend.python.bytecode.CodeObject co, String name) {
        return switch (name) {
            case "co_name" -> PyStr.of(co.name);
            case "co_qualname" -> PyStr.of(co.qualname);
            case "co_filename" -> PyStr.of(co.filename);
            case "co_firstlineno" -> PyInt.of(co.firstlineno);
            case "co_argcount" -> PyInt.of(co.argcount);
            case "co_posonlyargcount" -> PyInt.of(co.posonlyargcount);
            case "co_kwonlyargcount" -> PyInt.of(co.kwonlyargcount);
            case "co_flags" -> PyInt.of(co.flags);
            case "co_varnames" -> strTuple(co.varnames);
            case "co_cellvars" -> strTuple(co.cellvars);
            case "co_freevars" -> strTuple(co.freevars);
            case "co_names" -> strTuple(co.names);
            case "co_nlocals" -> PyInt.of(co.varnames.length);
            case "co_consts" -> PyTuple.of(co.consts.clone());
            default -> null;
        };
    }

    private static PyTuple strTuple(String[] names) {
        PyObject[] r = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            r[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(r);
    }

    private static PyObject superLookup(PyDescriptors.Super s, String name) {
        PyType[] mro = s.objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != s.thisType) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict().getStr(name);
            if (v != null) {
                if (s.obj == s.objType && !(v instanceof PyDescriptors.ClassMethod)
                        && !(v instanceof PyBuiltinFunction b && b.name.equals("__init_subclass__"))) {
                    return bind(v, null, s.objType);
                }
                return bind(v, s.obj, s.objType);
            }
        }
        return null;
    }

    static PyObject special(PyObject o, String name) {
        if (o instanceof PyIterator it && (name.equals("__next__") || name.equals("__iter__"))) {
            // built-in iterators answer the iterator protocol's methods by name too
            return name.equals("__iter__") ? new PyBuiltinFunction("__iter__", (a, k) -> it)
                    : new PyBuiltinFunction("__next__", (a, k) -> {
                        PyObject r = it.next();
                        if (r == null) {
                            throw Errors.raise(ExceptionTypes.STOP_ITERATION, new PyObject[0]);
                        }
                        return r;
                    });
        }
        if (o instanceof PyComplex c && (name.equals("real") || name.equals("imag"))) {
            return PyFloat.of(name.equals("real") ? c.real : c.imag);
        }
        if ((o instanceof PyInt || o instanceof PyFloat) && (name.equals("real") || name.equals("imag"))) {
            return name.equals("real") ? (o instanceof PyBool b ? PyInt.of(b.value) : o)
                    : o instanceof PyFloat ? PyFloat.of(0.0) : PyInt.of(0);
        }
        if (o instanceof PyInt i && (name.equals("numerator") || name.equals("denominator"))) {
            return name.equals("denominator") ? PyInt.of(1) : o instanceof PyBool b ? PyInt.of(b.value) : i;
        }
        if (o instanceof PyRange r && (name.equals("start") || name.equals("stop") || name.equals("step"))) {
            return PyInt.of(name.equals("start") ? r.start : name.equals("stop") ? r.stop : r.step);
        }
        if (o instanceof PySlice sl && (name.equals("start") || name.equals("stop") || name.equals("step"))) {
            return name.equals("start") ? sl.start : name.equals("stop") ? sl.stop : sl.step;
        }
        if (o instanceof org.jpsyco.frontend.python.bytecode.CodeObject co && name.startsWith("co_")) {
            return codeAttribute(co, name);
        }
        if (o instanceof PyCell c && name.equals("cell_contents")) {
            if (c.value == null) {
                throw Errors.valueError("Cell is empty");
            }
            return c.value;
        }
        if (o instanceof org.jpsyco.frontend.python.bytecode.CodeObject c && name.startsWith("co_")) {
            return CodeAttributes.get(c, name);
        }
        if (o instanceof PyMemberDescriptor m) {
            switch (name) {
                case "__name__":
                    return PyStr.of(m.name);
                case "__qualname__":
                    return PyStr.of(m.owner.name() + "." + m.name);
                case "__objclass__":
                    return m.owner;
                default:
                    break;
            }
        }
        if (o instanceof PyDescriptors.ClassMethod c && name.equals("__func__")) {
            return c.function;
        }
        if (o instanceof PyDescriptors.StaticMethod c && name.equals("__func__")) {
            return c.function;
        }
        if (o instanceof PyDescriptors.Property p && name.equals("__doc__")) {
            PyObject doc = p.doc != null ? p.doc : p.fget != null ? lookup(p.fget, "__doc__") : null;
            return doc == null ? PySingleton.NONE : doc;
        }
        if (o instanceof PyDescriptors.Property p && (name.equals("fget") || name.equals("fset")
                || name.equals("fdel"))) {
            PyObject f = name.equals("fget") ? p.fget : name.equals("fset") ? p.fset : p.fdel;
            return f == null ? PySingleton.NONE : f;
        }
        if (o instanceof PyIterator it && (name.equals("__next__") || name.equals("__iter__"))) {
            // the built-in iterators' own methods, bound (iter(x).__next__ is a common idiom)
            BuiltinImpl impl = name.equals("__iter__") ? (a, k) -> it : (a, k) -> {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    throw Errors.stopIteration(null);
                }
                return v;
            };
            return new PyBuiltinFunction(name, impl, it, it.type());
        }
        if (o instanceof PySlice sl && (name.equals("start") || name.equals("stop") || name.equals("step"))) {
            return name.equals("start") ? sl.start : name.equals("stop") ? sl.stop : sl.step;
        }
        if (o instanceof PyRange r && (name.equals("start") || name.equals("stop") || name.equals("step"))) {
            return PyInt.of(name.equals("start") ? r.start : name.equals("stop") ? r.stop : r.step);
        }
        if (o instanceof org.jpsyco.frontend.python.bytecode.CodeObject c && name.startsWith("co_")) {
            return codeAttribute(c, name);
        }
        if (!name.startsWith("_") && !(o instanceof PyBaseException) && !(o instanceof PyMethod)) {
            return null;
        }
        if (name.equals("__class__")) {
            return o.type();
        }
        if (name.equals("__dict__")) {
            return o.type().noInstanceDict ? null : o.dict();
        }
        if (o instanceof PyFunction f) {
            return switch (name) {
                case "__name__" -> PyStr.of(f.name);
                case "__qualname__" -> PyStr.of(f.qualname);
                case "__module__" -> f.module;
                case "__doc__" -> f.doc;
                case "__code__" -> f.code;
                case "__globals__" -> f.globals;
                case "__defaults__" -> f.defaults == null ? PySingleton.NONE : PyTuple.of(f.defaults);
                case "__kwdefaults__" -> f.kwdefaults == null ? PySingleton.NONE : f.kwdefaults;
                case "__closure__" -> f.closure == null ? PySingleton.NONE : PyTuple.of((PyObject[]) f.closure);
                case "__annotations__" -> {
                    PyObject ann = f.dict().getStr("__annotations__");
                    if (ann == null) {
                        ann = new PyDict();
                        f.dict().putStr("__annotations__", ann);
                    }
                    yield ann;
                }
                case "__builtins__" -> f.globals.getStr("__builtins__");
                default -> null;
            };
        }
        if (o instanceof PyBuiltinFunction b) {
            return switch (name) {
                case "__name__" -> PyStr.of(b.name);
                case "__qualname__" -> PyStr.of(b.owner != null ? b.owner.name() + "." + b.name : b.name);
                case "__text_signature__" -> BuiltinSignatures.of(b);
                case "__self__" -> b.self == null ? PySingleton.NONE : b.self;
                default -> null;
            };
        }
        if (o instanceof PyMethod m) {
            return switch (name) {
                case "__self__" -> m.self;
                case "__func__" -> m.function;
                case "__qualname__" -> m.function instanceof PyBuiltinFunction b && b.owner == null
                        && m.self instanceof PyType t ? PyStr.of(t.name() + "." + b.name)
                        : Abstract.getAttr(m.function, name);
                case "__name__", "__doc__", "__module__" -> Abstract.getAttr(m.function, name);
                // a built-in type's class method (dict.fromkeys): the signature the type gives it
                case "__text_signature__" -> m.function instanceof PyBuiltinFunction b && m.self instanceof PyType t
                        ? BuiltinSignatures.ofClassMethod(t, b) : Abstract.getAttr(m.function, name);
                // as CPython, what the method type lacks is the function's (A.f.x = 1; A().f.x),
                // and a missing name is the function's AttributeError
                default -> PyMethod.TYPE.lookup(name) != null ? null : Abstract.getAttr(m.function, name);
            };
        }
        if (o instanceof PyBaseException e) {
            PyObject stored = e.dict().getStr(name);
            if (stored != null) {
                return stored;
            }
            return switch (name) {
                case "args" -> e.args;
                case "__traceback__" -> e.traceback == null ? PySingleton.NONE : e.traceback;
                case "__cause__" -> e.cause == null ? PySingleton.NONE : e.cause;
                case "__context__" -> e.context == null ? PySingleton.NONE : e.context;
                case "__suppress_context__" -> PyBool.of(e.suppressContext);
                case "code" -> e.isInstance(ExceptionTypes.SYSTEM_EXIT) ? firstArgOrArgs(e) : null;
                case "value" -> e.isInstance(ExceptionTypes.STOP_ITERATION) ? firstArg(e) : null;
                                case "msg" -> e.isInstance(ExceptionTypes.SYNTAX_ERROR) ? firstArg(e)
                        : e.isInstance(ExceptionTypes.IMPORT_ERROR) ? (e.args.size() == 1 ? e.args.get(0)
                        : PySingleton.NONE) : null;
                case "name", "path" -> e.isInstance(ExceptionTypes.IMPORT_ERROR) ? PySingleton.NONE : null;
                case "errno", "strerror", "filename", "filename2" ->
                        e.isInstance(ExceptionTypes.OS_ERROR) ? PySingleton.NONE : null;
                default -> null;
            };
        }
        return null;
    }

    private static PyObject firstArg(PyBaseException e) {
        return e.args.size() > 0 ? e.args.get(0) : PySingleton.NONE;
    }

    private static PyObject firstArgOrArgs(PyBaseException e) {
        return switch (e.args.size()) {
            case 0 -> PySingleton.NONE;
            case 1 -> e.args.get(0);
            default -> e.args;
        };
    }

    static void set(PyObject o, String name, PyObject value) {
        if (o instanceof PyType t) {
            PyType meta = t.type();
            if (meta.heap) {
                // a metaclass written in Python may guard its classes' attributes (enum does)
                PyObject hook = meta.lookup(value == null ? "__delattr__" : "__setattr__");
                if (hook != null && !(hook instanceof PyBuiltinFunction)) {
                    if (value == null) {
                        Abstract.callDescriptor(hook, o, PyStr.of(name));
                    } else {
                        Abstract.callDescriptor(hook, o, PyStr.of(name), value);
                    }
                    return;
                }
            }
            t.setAttr(name, value);
            return;
        }
        PyType t = o.type();
        if (t.heap) {
            PyObject sa = t.lookup("__setattr__");
            if (sa != null && !(sa instanceof PyBuiltinFunction)) {
                if (value == null) {
                    PyObject da = t.lookup("__delattr__");
                    if (da != null && !(da instanceof PyBuiltinFunction)) {
                        Abstract.callDescriptor(da, o, PyStr.of(name));
                        return;
                    }
                } else {
                    Abstract.callDescriptor(sa, o, PyStr.of(name), value);
                    return;
                }
            }
        }
        genericSet(o, name, value);
    }

    /** CPython's {@code PyObject_GenericSetAttr}. */
    static void genericSet(PyObject o, String name, PyObject value) {
        if (o instanceof PyType cls) {
            cls.setAttr(name, value);
            return;
        }
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        if (descr instanceof PyDescriptors.Property p) {
            PyObject f = value == null ? p.fdel : p.fset;
            if (f == null) {
                throw Errors.attributeError("property '" + name + "' of '" + t.name() + "' object has no "
                        + (value == null ? "deleter" : "setter"));
            }
            if (value == null) {
                Abstract.call(f, o);
            } else {
                Abstract.call(f, o, value);
            }
            return;
        }
        if (descr != null && isDataDescriptor(descr)) {
            PyObject m = descr.type().lookup(value == null ? "__delete__" : "__set__");
            if (m == null) {
                throw Errors.attributeError(value == null ? "__delete__" : "__set__");
            }
            if (value == null) {
                Abstract.callDescriptor(m, descr, o);
            } else {
                Abstract.callDescriptor(m, descr, o, value);
            }
            return;
        }
        if (o instanceof PyBaseException e) {
            switch (name) {
                case "__cause__" -> {
                    e.cause = value instanceof PyBaseException c ? c : null;
                    e.suppressContext = true;
                    return;
                }
                case "__context__" -> {
                    e.context = value instanceof PyBaseException c ? c : null;
                    return;
                }
                case "args" -> {
                    e.args = PyTuple.of(Abstract.toArray(value));
                    return;
                }
                default -> {
                }
            }
        }
        if (o instanceof PyFunction f && (name.equals("__defaults__") || name.equals("__kwdefaults__"))) {
            // the call reads them from the function on every call: no copy elsewhere to update
            if (name.equals("__defaults__")) {
                if (value != null && value != PySingleton.NONE && !(value instanceof PyTuple)) {
                    throw Errors.typeError("__defaults__ must be set to a tuple object");
                }
                f.defaults = value instanceof PyTuple tu ? tu.items.clone() : null;
            } else {
                if (value != null && value != PySingleton.NONE && !(value instanceof PyDict)) {
                    throw Errors.typeError("__kwdefaults__ must be set to a dict object");
                }
                f.kwdefaults = value instanceof PyDict d ? d : null;
            }
            return;
        }
        if (o instanceof PyFunction f && value != null) {
            switch (name) {
                case "__name__" -> {
                    f.name = Abstract.str(value).value();
                    return;
                }
                case "__qualname__" -> {
                    f.qualname = Abstract.str(value).value();
                    return;
                }
                case "__doc__" -> {
                    f.doc = value;
                    return;
                }
                default -> {
                }
            }
        }
        if (name.equals("__class__")) {
            ClassCreation.setClass(o, value);
            return;
        }
        if (o instanceof PyInstance pi && t != PyType.OBJECT && !t.noInstanceDict) {
            setInstanceOwn(pi, name, value);
            return;
        }
        PyDict d = o.dict();
        if (d == null || t == PyType.OBJECT || t.noInstanceDict) {
            // a bare object() has no __dict__ (its PyInstance dict stays empty), nor have instances of
            // classes whose __slots__ leave it out
            throw Errors.attributeError("'" + t.name() + "' object has no attribute '" + name + "'");
        }
        if (value == null) {
            if (d.delStr(name) == null) {
                if (o instanceof PyModule) {
                    // CPython's generic delete message, not the module-specific one of getattr
                    throw Errors.attributeError("'module' object has no attribute '" + name + "'");
                }
                throw missing(o, name);
            }
        } else {
            d.putStr(name, value);
        }
    }
}
