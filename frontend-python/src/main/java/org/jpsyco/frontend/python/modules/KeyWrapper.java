package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.JavaSlots;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyDescriptors;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * {@code functools.cmp_to_key}: the result is a {@code KeyWrapper} without object; calling it
 * wraps a value, and wrapped values compare by the sign of {@code mycmp(a, b)}.
 */
final class KeyWrapper extends PyObject implements JavaSlots.Call, JavaSlots.RichCompare {
    static final PyType TYPE = PyType.builtin("KeyWrapper", PyType.OBJECT);

    static {
        TYPE.module = "functools";
        TYPE.dict().putStr("obj", new PyDescriptors.Property(new PyBuiltinFunction("obj", (a, k) -> {
            KeyWrapper w = (KeyWrapper) a[0];
            if (w.obj == null) {
                throw Errors.attributeError("obj");
            }
            return w.obj;
        }), null, null));
    }

    private final PyObject cmp;
    private final PyObject obj;

    KeyWrapper(PyObject cmp, PyObject obj) {
        this.cmp = cmp;
        this.obj = obj;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] p = ModuleArgs.parse("K", args, kwnames, new String[] {"obj"}, 1);
        return new KeyWrapper(cmp, p[0]);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof KeyWrapper o)) {
            throw Errors.typeError("other argument must be K instance");
        }
        if (obj == null || o.obj == null) {
            throw Errors.attributeError("object");
        }
        PyObject r = Abstract.call(cmp, obj, o.obj);
        return Abstract.richCompare(r, PyInt.of(0), op);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
