package org.jpsyco.frontend.python.modules;

import java.util.Map;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.JavaSlots;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyDescriptors;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/** {@code functools.partial}: a callable with some positional and keyword arguments bound. */
final class Partial extends PyObject implements JavaSlots.Call, JavaSlots.Repr {
    static final PyType TYPE = PyType.builtin("partial", PyType.OBJECT);

    static {
        TYPE.module = "functools";
        TYPE.constructor = Partial::create;
        property("func", p -> p.func);
        property("args", p -> p.args);
        property("keywords", p -> p.keywords);
    }

    private static void property(String name, java.util.function.Function<Partial, PyObject> getter) {
        TYPE.dict().putStr(name, new PyDescriptors.Property(new PyBuiltinFunction(name,
                (a, k) -> getter.apply((Partial) a[0])), null, null));
    }

    final PyObject func;
    final PyTuple args;
    final PyDict keywords;
    private final PyDict dict = new PyDict();

    private Partial(PyObject func, PyTuple args, PyDict keywords) {
        this.func = func;
        this.args = args;
        this.keywords = keywords;
    }

    private static PyObject create(PyObject[] a, String[] k) {
        int npos = a.length - k.length;
        if (npos < 1) {
            throw Errors.typeError("type 'partial' takes at least one argument");
        }
        PyObject func = a[0];
        PyObject[] pos = new PyObject[npos - 1];
        System.arraycopy(a, 1, pos, 0, pos.length);
        PyDict kw = new PyDict();
        if (func instanceof Partial p) {
            PyObject[] merged = new PyObject[p.args.size() + pos.length];
            System.arraycopy(p.args.items, 0, merged, 0, p.args.size());
            System.arraycopy(pos, 0, merged, p.args.size(), pos.length);
            pos = merged;
            for (Map.Entry<PyObject, PyObject> e : p.keywords.entries()) {
                kw.put(e.getKey(), e.getValue());
            }
            func = p.func;
        } else if (!isCallable(func)) {
            throw Errors.typeError("the first argument must be callable");
        }
        for (int i = 0; i < k.length; i++) {
            kw.putStr(k[i], a[npos + i]);
        }
        return new Partial(func, PyTuple.of(pos), kw);
    }

    static boolean isCallable(PyObject o) {
        return o instanceof JavaSlots.Call || o instanceof PyBuiltinFunction || o instanceof PyType
                || o instanceof org.jpsyco.frontend.python.objects.PyFunction
                || o instanceof org.jpsyco.frontend.python.objects.PyMethod || o.type().lookup("__call__") != null;
    }

    @Override
    public PyObject call(PyObject[] callArgs, String[] kwnames) {
        int npos = callArgs.length - kwnames.length;
        PyDict kw = new PyDict();
        for (Map.Entry<PyObject, PyObject> e : keywords.entries()) {
            kw.put(e.getKey(), e.getValue());
        }
        for (int i = 0; i < kwnames.length; i++) {
            kw.putStr(kwnames[i], callArgs[npos + i]);
        }
        int nk = kw.size();
        PyObject[] all = new PyObject[args.size() + npos + nk];
        System.arraycopy(args.items, 0, all, 0, args.size());
        System.arraycopy(callArgs, 0, all, args.size(), npos);
        String[] names = new String[nk];
        int i = 0;
        for (Map.Entry<PyObject, PyObject> e : kw.entries()) {
            names[i] = ((PyStr) e.getKey()).value();
            all[args.size() + npos + i] = e.getValue();
            i++;
        }
        return Abstract.call(func, all, names);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("functools.partial(").append(Abstract.repr(func).value());
        for (PyObject o : args.items) {
            sb.append(", ").append(Abstract.repr(o).value());
        }
        for (Map.Entry<PyObject, PyObject> e : keywords.entries()) {
            sb.append(", ").append(Abstract.str(e.getKey()).value()).append('=')
                    .append(Abstract.repr(e.getValue()).value());
        }
        return sb.append(')').toString();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }
}
