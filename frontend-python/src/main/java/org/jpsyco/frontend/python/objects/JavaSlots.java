package org.jpsyco.frontend.python.objects;

/**
 * Special methods of objects whose built-in classes are written in Java outside this package
 * (the {@code functools}, {@code itertools} and {@code operator} modules). The object protocol
 * consults them where CPython calls a type's slots; an object implements only the ones its
 * class defines.
 */
public final class JavaSlots {
    private JavaSlots() {
    }

    /** CPython's {@code tp_call}. */
    public interface Call {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    /** CPython's {@code tp_repr}. */
    public interface Repr {
        String repr();
    }

    /** CPython's {@code tp_richcompare}: a result or {@code NotImplemented}. */
    public interface RichCompare {
        PyObject richCompare(PyObject other, CompareOp op);
    }

    /** CPython's {@code tp_descr_get}, called with an instance (never null). */
    public interface DescrGet {
        PyObject get(PyObject obj, PyType type);
    }
}
