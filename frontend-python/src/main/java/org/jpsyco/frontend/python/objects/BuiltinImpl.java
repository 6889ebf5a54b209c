package org.jpsyco.frontend.python.objects;

/**
 * A function written in Java. {@code args} holds the positional arguments followed by the
 * values of the keyword arguments named by {@code kwnames} (empty array, never null).
 */
@FunctionalInterface
public interface BuiltinImpl {
    String[] NO_KW = new String[0];

    PyObject call(PyObject[] args, String[] kwnames);
}
