package org.jpsyco.frontend.python.objects;

/**
 * A built-in function or method. Unbound method descriptors live in built-in types'
 * dictionaries; attribute lookup binds them to {@code self}, which is then passed first.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT);
    public static final PyType METHOD_DESCRIPTOR = PyType.builtin("method_descriptor", PyType.OBJECT);

    public final String name;
    /** The implementation, or null until {@link #table} has made it (see {@link #impl()}). */
    private BuiltinImpl impl;
    /** Makes {@link #impl} on first use, or null when it was given. */
    private final BuiltinTable table;
    /** The bound receiver, or null. */
    public final PyObject self;
    /** For method descriptors: the type that defines them. */
    public final PyType owner;

    public PyBuiltinFunction(String name, BuiltinImpl impl) {
        this(name, impl, null, null);
    }

    /** Whether a call checks that its first argument is an instance of {@link #owner}. */
    private final boolean checksSelf;

    public PyBuiltinFunction(String name, BuiltinImpl impl, PyObject self, PyType owner) {
        this(name, impl, null, self, owner);
    }

    /** A method descriptor of {@code owner} whose implementation {@code table} makes when first needed. */
    PyBuiltinFunction(String name, BuiltinTable table, PyType owner) {
        this(name, null, table, null, owner);
    }

    private PyBuiltinFunction(String name, BuiltinImpl impl, BuiltinTable table, PyObject self, PyType owner) {
        this.name = name;
        this.impl = impl;
        this.table = table;
        this.self = self;
        this.owner = owner;
        this.checksSelf = owner != null && owner != PyType.TYPE && !name.equals("__new__")
                && !name.equals("__init_subclass__");
    }

    /** The Java implementation, made by its table on the first call. */
    public BuiltinImpl impl() {
        BuiltinImpl i = impl;
        if (i == null) {
            // two threads may both make it: either result is the same method
            i = table.make(name);
            impl = i;
        }
        return i;
    }

    public boolean isDescriptor() {
        return owner != null && self == null;
    }

    public PyBuiltinFunction bind(PyObject obj) {
        return new PyBuiltinFunction(this, obj);
    }

    /** {@code descr} bound to {@code self}: what the constructor would work out, copied. */
    private PyBuiltinFunction(PyBuiltinFunction descr, PyObject self) {
        this.name = descr.name;
        this.impl = descr.impl();
        this.table = null;
        this.self = self;
        this.owner = descr.owner;
        this.checksSelf = descr.checksSelf;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] a = args;
        if (self != null) {
            a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
        }
        return callWithSelf(a, kwnames);
    }

    /**
     * A positional call with the {@code n} arguments at {@code stack[base..]}: one argument
     * array, the bound object (if any) first, built straight from the caller's value stack.
     */
    public PyObject callFromStack(PyObject[] stack, int base, int n) {
        PyObject[] a;
        if (self != null) {
            a = new PyObject[n + 1];
            a[0] = self;
            System.arraycopy(stack, base, a, 1, n);
        } else {
            a = new PyObject[n];
            System.arraycopy(stack, base, a, 0, n);
        }
        return callWithSelf(a, BuiltinImpl.NO_KW);
    }

    /** The call with the bound object already in front of the arguments. */
    private PyObject callWithSelf(PyObject[] a, String[] kwnames) {
        if (checksSelf && (a.length == 0 || !a[0].type().isSubtype(owner))) {
            if (a.length == 0) {
                throw Errors.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
            }
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + a[0].type().name() + "' object");
        }
        try {
            return impl().call(a, kwnames);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw Errors.typeError(qualifiedName() + "() missing required argument ("
                    + (a.length - kwnames.length - (owner != null ? 1 : 0)) + " given)");
        } catch (ClassCastException e) {
            throw Errors.typeError(qualifiedName() + "(): argument of unsupported type");
        }
    }

    private String qualifiedName() {
        return owner != null ? owner.name() + "." + name : name;
    }

    @Override
    public PyType type() {
        return isDescriptor() ? METHOD_DESCRIPTOR : TYPE;
    }
}
