package org.jpsyco.frontend.python.objects;

/** An instance of a class whose solid base is {@code object}. */
public final class PyInstance extends PyObject {
    /** Not final: assignment to {@code __class__} changes it (between layout-compatible classes). */
    private PyType type;
    private final PyDict dict = new PyDict();
    /** Values of the class's {@code __slots__} (null entries are unset); null until one is set. */
    private PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    void setType(PyType t) {
        type = t;
    }

    PyObject slot(int i) {
        return slots == null || i >= slots.length ? null : slots[i];
    }

    void setSlot(int i, PyObject v, int count) {
        if (slots == null || i >= slots.length) {
            PyObject[] n = new PyObject[Math.max(count, i + 1)];
            if (slots != null) {
                System.arraycopy(slots, 0, n, 0, slots.length);
            }
            slots = n;
        }
        slots[i] = v;
    }
}
