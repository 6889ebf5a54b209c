package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The object protocol: equivalents of CPython's {@code PyObject_*} and sequence/mapping
 * functions. Each operation first takes the Java fast path for built-in types, then the
 * special-method protocol for classes defined in Python.
 */
public final class Abstract {
    private Abstract() {
    }

    static final PyObject NONE = PySingleton.NONE;

    /** A special method defined in Python by the object's class, or null (built-in ones do not count). */
    static PyObject userMethod(PyObject o, String name) {
        if (!o.type().heap) {
            return null;
        }
        PyObject m = o.type().lookup(name);
        return m instanceof PyBuiltinFunction ? null : m;
    }

    // ---- truth, repr, str, hash ----

    /** Equivalent of CPython's {@code PyObject_IsTrue}. */
    public static boolean isTrue(PyObject o) {
        if (o instanceof PyBool b) {
            return b.value != 0;
        }
        if (o.type().heap && !(o instanceof PyInstance)) {
            PyObject m = userMethod(o, "__bool__");
            if (m == null) {
                m = userMethod(o, "__len__");
            }
            if (m != null) {
                PyObject r = callDescriptor(m, o);
                return r instanceof PyBool b ? b.value != 0 : index(r).signum() != 0;
            }
        }
        if (o == NONE) {
            return false;
        }
        if (o instanceof PyInt i) {
            return i.signum() != 0;
        }
        if (o instanceof PyFloat f) {
            return f.value != 0;
        }
        if (o instanceof PyStr s) {
            return !s.value().isEmpty();
        }
        if (o instanceof PyBytes b) {
            return b.size() > 0;
        }
        if (o instanceof PyByteArray b) {
            return b.size() > 0;
        }
        if (o instanceof PyComplex c) {
            return c.real != 0 || c.imag != 0;
        }
        if (o instanceof PyList l) {
            return l.size() > 0;
        }
        if (o instanceof PyTuple t) {
            return t.size() > 0;
        }
        if (o instanceof PyDict d) {
            return d.size() > 0;
        }
        if (o instanceof PySet s) {
            return s.size() > 0;
        }
        if (o instanceof PyRange r) {
            return r.length() > 0;
        }
        if (o instanceof PyMemoryView mv) {
            return mv.length() > 0;
        }
        if (o.type().heap) {
            PyObject m = o.type().lookup("__bool__");
            if (m != null) {
                PyObject r = callDescriptor(m, o);
                if (!(r instanceof PyBool b)) {
                    throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
                }
                return b.value != 0;
            }
            m = o.type().lookup("__len__");
            if (m != null) {
                int sign = index(callDescriptor(m, o)).signum();
                if (sign < 0) {
                    throw Errors.valueError("__len__() should return >= 0");
                }
                return sign != 0;
            }
        }
        return true;
    }

    /** Equivalent of CPython's {@code PyObject_Repr}. */
    public static PyStr repr(PyObject o) {
        if (o.type().heap) {
            PyObject m = o.type().lookup("__repr__");
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                PyObject r = callDescriptor(m, o);
                if (!(r instanceof PyStr s)) {
                    throw Errors.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
                }
                return s;
            }
        }
        return PyStr.of(Repr.builtinRepr(o));
    }

    /** Equivalent of CPython's {@code PyObject_Str}. */
    public static PyStr str(PyObject o) {
        if (o instanceof PyStr s && !o.type().heap) {
            return s;
        }
        if (o.type().heap) {
            PyObject m = o.type().lookup("__str__");
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                PyObject r = callDescriptor(m, o);
                if (!(r instanceof PyStr s)) {
                    throw Errors.typeError("__str__ returned non-string (type " + r.type().name() + ")");
                }
                return s;
            }
        }
        if (o instanceof PyBaseException e) {
            return PyStr.of(e.strValue());
        }
        if (o instanceof PyStr s) {
            return PyStr.of(s.value());
        }
        if (o instanceof PyBytes b) {
            return PyStr.of(PyBytes.repr(b.value)); // bytes' own str: a subclass's __repr__ is not it
        }
        return repr(o);
    }

    /** Equivalent of CPython's {@code PyObject_Hash} (see {@link Hashing}). */
    public static long hash(PyObject o) {
        return Hashing.hash(o);
    }

    /** {@code id(o)}: unique among live objects (the identity hash is not). */
    public static long id(PyObject o) {
        return ObjectIds.of(o);
    }

    public static long identityHash(PyObject o) {
        return Hashing.identityHash(o);
    }

    // ---- comparison ----

    /** Equivalent of CPython's {@code PyObject_RichCompare}. */
    public static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (a instanceof PyStr x && b instanceof PyStr y && x.isExact() && y.isExact()) {
            return PyBool.of(op.test(StrMethods.compare(x, y, op)));
        }
        PyType ta = a.type();
        PyType tb = b.type();
        boolean heap = ta.heap || tb.heap;
        PyObject r;
        if (!heap) {
            r = Compare.builtin(a, b, op);
            if (r != null) {
                return r;
            }
        }
        boolean reflectedFirst = tb != ta && tb.isSubtype(ta) && tb.heap;
        if (reflectedFirst) {
            r = compareSlot(b, a, op.swapped());
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        r = compareSlot(a, b, op);
        if (r != PySingleton.NOT_IMPLEMENTED) {
            return r;
        }
        if (!reflectedFirst) {
            r = compareSlot(b, a, op.swapped());
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (heap) {
            r = Compare.builtin(a, b, op);
            if (r != null) {
                return r;
            }
        }
        if (op == CompareOp.EQ) {
            return PyBool.of(a == b);
        }
        if (op == CompareOp.NE) {
            return PyBool.of(a != b);
        }
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + ta.name() + "' and '"
                + tb.name() + "'");
    }

    private static PyObject compareSlot(PyObject a, PyObject b, CompareOp op) {
        if (a instanceof JavaSlots.RichCompare c) {
            return c.richCompare(b, op);
        }
        if (!a.type().heap) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        PyObject m = a.type().lookup(op.dunder);
        if (m == null || m instanceof PyBuiltinFunction) {
            if (op == CompareOp.NE) {
                PyObject eq = a.type().lookup("__eq__");
                if (eq != null && !(eq instanceof PyBuiltinFunction)) {
                    PyObject r = callDescriptor(eq, a, b);
                    return r == PySingleton.NOT_IMPLEMENTED ? r : PyBool.of(!isTrue(r));
                }
            }
            return PySingleton.NOT_IMPLEMENTED;
        }
        return callDescriptor(m, a, b);
    }

    public static boolean richCompareBool(PyObject a, PyObject b, CompareOp op) {
        if (a == b) {
            if (op == CompareOp.EQ) {
                return !(a instanceof PyFloat f && Double.isNaN(f.value));
            }
            if (op == CompareOp.NE) {
                return a instanceof PyFloat f && Double.isNaN(f.value);
            }
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.isPlain() && y.isPlain() && !x.isBig() && !y.isBig()) {
                return op.test(Long.compare(x.value, y.value));
            }
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.isExact() && y.isExact()) {
            return op.test(StrMethods.compare(x, y, op));
        }
        PyObject r = richCompare(a, b, op);
        if (r instanceof PyBool bool) {
            return bool.value != 0;
        }
        return isTrue(r);
    }

    public static boolean eq(PyObject a, PyObject b) {
        return a == b || richCompareBool(a, b, CompareOp.EQ);
    }

    // ---- attributes ----

    /** Equivalent of CPython's {@code PyObject_GetAttr}. */
    public static PyObject getAttr(PyObject o, String name) {
        PyObject r = Attributes.lookup(o, name);
        if (r == null) {
            throw Attributes.missing(o, name);
        }
        return r;
    }

    /** {@link #getAttr(PyObject, String)} with the name as an exact str, as the interpreter holds it. */
    public static PyObject getAttr(PyObject o, PyStr name) {
        if (o instanceof PyModule m) {
            // the module's dict answers first (as Attributes.lookup does), with the name's cached key
            PyObject v = m.dict().get(name);
            if (v != null) {
                return v;
            }
        }
        PyObject r = o instanceof PyInstance i ? Attributes.lookupInstance(i, name) : Attributes.lookup(o, name.value());
        if (r == null) {
            throw Attributes.missing(o, name.value());
        }
        return r;
    }

    /** Like {@link #getAttr} but null instead of AttributeError ({@code _PyObject_LookupAttr}). */
    public static PyObject lookupAttr(PyObject o, String name) {
        try {
            return Attributes.lookup(o, name);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** Equivalent of CPython's {@code PyObject_SetAttr}; null value deletes. */
    public static void setAttr(PyObject o, String name, PyObject value) {
        Attributes.set(o, name, value);
    }

    /** {@link #setAttr(PyObject, String, PyObject)} with the name as an exact str. */
    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        if (o instanceof PyInstance i && value != null) {
            Attributes.setInstance(i, name, value);
        } else {
            Attributes.set(o, name.value(), value);
        }
    }

    /** Calls a descriptor found in a type with {@code self} bound as first argument. */
    public static PyObject callDescriptor(PyObject descr, PyObject self, PyObject... args) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        if (descr instanceof PyFunction f) {
            return f.call(a, BuiltinImpl.NO_KW);
        }
        if (descr instanceof PyBuiltinFunction b && b.isDescriptor()) {
            return b.call(a, BuiltinImpl.NO_KW);
        }
        return call(Attributes.bind(descr, self, self.type()), args);
    }

    /** Calls {@code o.name(args)}. */
    public static PyObject callMethod(PyObject o, String name, PyObject... args) {
        return call(getAttr(o, name), args);
    }

    // ---- calls ----

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, BuiltinImpl.NO_KW);
    }

    /** Equivalent of CPython's {@code PyObject_Vectorcall}: keyword values follow the positional ones. */
    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyFunction f) {
            return f.call(args, kwnames);
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.call(args, kwnames);
        }
        if (callable instanceof PyMethod m) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = m.self;
            System.arraycopy(args, 0, a, 1, args.length);
            return call(m.function, a, kwnames);
        }
        if (callable instanceof PyType t) {
            PyType meta = t.type();
            if (meta != PyType.TYPE && meta.heap) {
                PyObject m = meta.lookup("__call__");
                if (m != null && !(m instanceof PyBuiltinFunction)) {
                    PyObject[] a = new PyObject[args.length + 1];
                    a[0] = t;
                    System.arraycopy(args, 0, a, 1, args.length);
                    return call(m, a, kwnames);
                }
            }
            return TypeCalls.call(t, args, kwnames);
        }
        if (callable instanceof JavaSlots.Call c) {
            return c.call(args, kwnames);
        }
        if (callable.type().heap) {
            PyObject m = callable.type().lookup("__call__");
            if (m != null) {
                PyObject[] a = new PyObject[args.length + 1];
                a[0] = callable;
                System.arraycopy(args, 0, a, 1, args.length);
                return call(m, a, kwnames);
            }
        }
        throw Errors.typeError("'" + callable.type().name() + "' object is not callable");
    }

    // ---- iteration ----

    /** Equivalent of CPython's {@code PyObject_GetIter}. */
    public static PyObject getIter(PyObject o) {
        PyObject um = userMethod(o, "__iter__");
        if (um != null && !(o instanceof PyInstance)) {
            return callDescriptor(um, o);
        }
        if (o instanceof PyList l) {
            return new PyIterator.ListIter(l.items, PyIterator.LIST_ITERATOR);
        }
        if (o instanceof PyTuple t) {
            return new PyIterator.ArrayIter(t.items, PyIterator.TUPLE_ITERATOR);
        }
        if (o instanceof PyRange r) {
            return new PyIterator.RangeIter(r);
        }
        if (o instanceof PyStr s) {
            return new PyIterator.StrIter(s);
        }
        if (o instanceof PyByteArray b) {
            int[] i = {0};
            return new PyIterator.FnIter(PyIterator.GENERIC, () -> i[0] < b.size() ? PyInt.of(b.get(i[0]++)) : null);
        }
        if (o instanceof PyBytes b) {
            int[] i = {0};
            return new PyIterator.FnIter(PyIterator.GENERIC, () -> i[0] < b.size() ? PyInt.of(b.value[i[0]++] & 0xff)
                    : null);
        }
        if (o instanceof PyDict d) {
            return new PyIterator.SizeCheckedIter(PyIterator.DICT_KEY_ITERATOR, d.keys(), d::size, "dictionary");
        }
        if (o instanceof PySet s) {
            return new PyIterator.SizeCheckedIter(PyIterator.SET_ITERATOR, s.items(), s::size, "Set");
        }
        if (o instanceof DictView v) {
            return new PyIterator.SizeCheckedIter(v.kind == DictView.Kind.KEYS ? PyIterator.DICT_KEY_ITERATOR
                    : v.kind == DictView.Kind.VALUES ? PyIterator.DICT_VALUE_ITERATOR : PyIterator.DICT_ITEM_ITERATOR,
                    v.items(), v.dict::size,
                    "dictionary");
        }
        if (o instanceof PyIterator || o instanceof Iterable) {
            return o;
        }
        PyType t = o.type();
        PyObject m = t.lookup("__iter__");
        if (m != null && m != NONE) {
            PyObject it = callDescriptor(m, o);
            if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        if (t.heap && t.lookup("__getitem__") != null) {
            long[] idx = {0};
            return new PyIterator.FnIter(PyIterator.GENERIC, () -> {
                try {
                    return getItem(o, PyInt.of(idx[0]++));
                } catch (PyException e) {
                    if (e.value.isInstance(ExceptionTypes.INDEX_ERROR)
                            || e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
        throw Errors.typeError("'" + t.name() + "' object is not iterable");
    }

    /** Equivalent of CPython's {@code PyIter_Next}: the next item or null when exhausted. */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIterator i) {
            return i.next();
        }
        if (it instanceof Iterable g) {
            return g.next();
        }
        PyObject m = it.type().lookup("__next__");
        if (m == null) {
            throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        try {
            return callDescriptor(m, it);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** Iterators implemented outside this package (generators) that also expose a null-terminated next. */
    public interface Iterable {
        PyObject next();
    }

    public static List<PyObject> toList(PyObject o) {
        if (o instanceof PyList l) {
            return new ArrayList<>(l.items);
        }
        if (o instanceof PyTuple t) {
            return new ArrayList<>(List.of(t.items));
        }
        List<PyObject> r = new ArrayList<>();
        PyObject it = getIter(o);
        for (PyObject v = next(it); v != null; v = next(it)) {
            r.add(v);
        }
        return r;
    }

    public static PyObject[] toArray(PyObject o) {
        if (o instanceof PyTuple t) {
            return t.items;
        }
        return toList(o).toArray(new PyObject[0]);
    }

    // ---- items and length ----

    /** Equivalent of CPython's {@code PyObject_GetItem}. */
    public static PyObject getItem(PyObject o, PyObject key) {
        return Items.get(o, key);
    }

    /** Equivalent of CPython's {@code PyObject_SetItem}. */
    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Items.set(o, key, value);
    }

    /** Equivalent of CPython's {@code PyObject_DelItem}. */
    public static void delItem(PyObject o, PyObject key) {
        Items.del(o, key);
    }

    /** Equivalent of CPython's {@code PyObject_Size}. */
    public static long length(PyObject o) {
        PyObject um = userMethod(o, "__len__");
        if (um != null && !(o instanceof PyInstance)) {
            PyInt n = index(callDescriptor(um, o));
            return n.longValue();
        }
        return builtinLength(o);
    }

    /** The length a built-in type itself gives (what {@code super().__len__()} reaches), then a class's {@code __len__}. */
    static long builtinLength(PyObject o) {
        if (o instanceof PyStr s) {
            return s.length();
        }
        if (o instanceof PyBytes b) {
            return b.size();
        }
        if (o instanceof PyByteArray b) {
            return b.size();
        }
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        if (o instanceof DictView v) {
            return v.dict.size();
        }
        if (o instanceof PyMemoryView mv) {
            return mv.length();
        }
        if (o.type().heap) {
            PyObject m = o.type().lookup("__len__");
            if (m != null) {
                PyInt n = index(callDescriptor(m, o));
                if (n.signum() < 0) {
                    throw Errors.valueError("__len__() should return >= 0");
                }
                if (n.isBig()) {
                    throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
                }
                return n.longValue();
            }
        }
        throw Errors.typeError("object of type '" + o.type().name() + "' has no len()");
    }

    /** Equivalent of CPython's {@code PySequence_Contains}. */
    public static boolean contains(PyObject container, PyObject item) {
        PyObject um = userMethod(container, "__contains__");
        if (um != null && !(container instanceof PyInstance)) {
            return isTrue(callDescriptor(um, container, item));
        }
        if (container instanceof PyDict d) {
            return d.contains(item);
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        if (container instanceof DictView v && v.kind == DictView.Kind.KEYS) {
            return v.dict.contains(item);
        }
        if (container instanceof PyByteArray ba) {
            container = ba.snapshot();
        }
        if (item instanceof PyByteArray ba) {
            item = ba.snapshot();
        }
        if (container instanceof PyBytes b) {
            if (item instanceof PyInt i) {
                for (byte x : b.value) {
                    if ((x & 0xff) == i.value) {
                        return true;
                    }
                }
                return false;
            }
            if (item instanceof PyBytes sub) {
                return b.latin1().contains(sub.latin1());
            }
            throw Errors.typeError("a bytes-like object is required, not '" + item.type().name() + "'");
        }
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr sub)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
            }
            return s.value().contains(sub.value());
        }
        if (container instanceof PyRange r && item instanceof PyInt i && !i.isBig()) {
            long v = i.value;
            if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) {
                return false;
            }
            return (v - r.start) % r.step == 0;
        }
        PyObject m = userMethod(container, "__contains__");
        if (m != null) {
            return isTrue(callDescriptor(m, container, item));
        }
        PyObject it = getIter(container);
        for (PyObject v = next(it); v != null; v = next(it)) {
            if (eq(v, item)) {
                return true;
            }
        }
        return false;
    }

    /** Equivalent of CPython's {@code PyNumber_Index}. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        if (o.type().heap) {
            PyObject m = o.type().lookup("__index__");
            if (m != null) {
                PyObject r = callDescriptor(m, o);
                if (r instanceof PyInt i) {
                    return i;
                }
                throw Errors.typeError("__index__ returned non-int (type " + r.type().name() + ")");
            }
        }
        throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }

    // ---- types ----

    /** Equivalent of CPython's {@code PyObject_IsInstance}. */
    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            if (o.type() == t) {
                return true;
            }
            PyObject hook = userCheck(t, "__instancecheck__");
            return hook != null ? isTrue(callDescriptor(hook, t, o)) : o.type().isSubtype(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyUnionType u) {
            return isInstance(o, u.args);
        }
        if (cls.type().heap) {
            PyObject hook = cls.type().lookup("__instancecheck__");
            if (hook != null) {
                return isTrue(callDescriptor(hook, cls, o));
            }
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** A metaclass written in Python may override isinstance/issubclass (abc.ABCMeta does). */
    private static PyObject userCheck(PyType cls, String name) {
        PyType meta = cls.type();
        if (meta == PyType.TYPE || !meta.heap) {
            return null;
        }
        PyObject m = meta.lookup(name);
        return m == null || m instanceof PyBuiltinFunction ? null : m;
    }

    /** Equivalent of CPython's {@code PyObject_IsSubclass}. */
    public static boolean isSubclass(PyObject o, PyObject cls) {
        if (!(o instanceof PyType t)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        if (cls instanceof PyType c) {
            PyObject hook = userCheck(c, "__subclasscheck__");
            return hook != null ? isTrue(callDescriptor(hook, c, o)) : t.isSubtype(c);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isSubclass(o, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyUnionType u) {
            return isSubclass(o, u.args);
        }
        if (cls.type().heap) {
            PyObject hook = cls.type().lookup("__subclasscheck__");
            if (hook != null) {
                return isTrue(callDescriptor(hook, cls, o));
            }
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** Equivalent of CPython's {@code PyObject_Dir} for an object: its sorted attribute names. */
    public static List<String> dir(PyObject o) {
        java.util.TreeSet<String> seen = new java.util.TreeSet<>(Compare::compareStr);
        PyDict d = o instanceof PyType ? null : o.dict();
        if (d != null) {
            for (PyObject key : d.keys()) {
                if (key instanceof PyStr s) {
                    seen.add(s.value());
                }
            }
        }
        if (!(o instanceof PyModule)) {
            PyType t = o instanceof PyType tt ? tt : o.type();
            for (PyType c : t.mro()) {
                for (PyObject key : c.dict().keys()) {
                    seen.add(((PyStr) key).value());
                }
            }
            if (!(o instanceof PyType)) {
                seen.add("__class__");
            }
        }
        return new ArrayList<>(seen);
    }

    /** {@code ascii(o)}: the repr with every non-ASCII character escaped. */
    public static PyStr ascii(PyObject o) {
        String r = repr(o).value();
        StringBuilder sb = new StringBuilder(r.length());
        r.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else if (c < 256) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return PyStr.of(sb.toString());
    }

    /** Equivalent of CPython's {@code PyObject_Format}. */
    public static PyStr format(PyObject o, String spec) {
        if (o.type().heap) {
            PyObject m = o.type().lookup("__format__");
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                PyObject r = callDescriptor(m, o, PyStr.of(spec));
                if (!(r instanceof PyStr str)) {
                    throw Errors.typeError("__format__ must return a str, not " + r.type().name());
                }
                return str;
            }
        }
        return PyStr.of(StrFormat.format(o, spec));
    }
}
