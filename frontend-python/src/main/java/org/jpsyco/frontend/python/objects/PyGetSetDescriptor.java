package org.jpsyco.frontend.python.objects;

/**
 * An attribute a built-in class computes (CPython's {@code getset_descriptor}), as found in the
 * class's dict: {@code FunctionType.__code__}. The instance's value still comes from the
 * runtime's own attribute path ({@link Attributes#special}); the descriptor only stands for the
 * attribute where a program looks at the class ({@code types.GetSetDescriptorType}, inspect).
 * It is not a data descriptor of the runtime's lookup, so reads and writes of the attribute on
 * instances never go through it.
 */
public final class PyGetSetDescriptor extends PyObject implements JavaSlots.DescrGet, JavaSlots.Repr {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT);

    final String name;
    final PyType owner;

    private PyGetSetDescriptor(String name, PyType owner) {
        this.name = name;
        this.owner = owner;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<attribute '" + name + "' of '" + owner.name() + "' objects>";
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null || obj == PySingleton.NONE) {
            return this;
        }
        check(obj);
        PyObject v = Attributes.special(obj, name);
        if (v == null) {
            throw Errors.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
    }

    private static PyGetSetDescriptor self(PyObject[] a) {
        return (PyGetSetDescriptor) a[0];
    }

    private static void readOnly(String attr, BuiltinImpl getter) {
        TYPE.dict().putStr(attr, new PyDescriptors.Property(new PyBuiltinFunction(attr, getter), null,
                null));
    }

    /** Sets up the type's methods and puts descriptors for the named attributes into {@code owner}'s dict. */
    static void register(PyType owner, String... names) {
        if (TYPE.dict().getStr("__get__") == null) {
            BuiltinMethods.def(TYPE, "__get__", (a, k) -> {
                Args.check("__get__", a, k, 2, 3);
                return self(a).get(a[1], a.length > 2 && a[2] instanceof PyType t ? t : null);
            });
            BuiltinMethods.def(TYPE, "__set__", (a, k) -> {
                Args.check("__set__", a, k, 3, 3);
                self(a).check(a[1]);
                Attributes.set(a[1], self(a).name, a[2]);
                return PySingleton.NONE;
            });
            BuiltinMethods.def(TYPE, "__delete__", (a, k) -> {
                Args.check("__delete__", a, k, 2, 2);
                self(a).check(a[1]);
                Attributes.set(a[1], self(a).name, null);
                return PySingleton.NONE;
            });
            readOnly("__name__", (a, k) -> PyStr.of(self(a).name));
            readOnly("__qualname__", (a, k) -> PyStr.of(self(a).owner.name() + "." + self(a).name));
            readOnly("__objclass__", (a, k) -> self(a).owner);
            readOnly("__doc__", (a, k) -> PySingleton.NONE);
        }
        for (String n : names) {
            owner.dict().putStr(n, new PyGetSetDescriptor(n, owner));
        }
    }
}
