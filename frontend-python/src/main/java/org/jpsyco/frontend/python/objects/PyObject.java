package org.jpsyco.frontend.python.objects;

/**
 * The root of every Python value. A value's Python class is {@link #type()}; instances that
 * carry an attribute dictionary return it from {@link #dict()}.
 */
public abstract class PyObject {
    public abstract PyType type();

    /** The instance {@code __dict__}, or null when the object has none. */
    public PyDict dict() {
        return null;
    }

    @Override
    public String toString() {
        return Abstract.repr(this).value();
    }
}
