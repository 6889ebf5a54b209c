package org.jpsyco.frontend.python.objects;

/**
 * A value of a built-in class written outside this package that Python classes may subclass
 * ({@code random.Random}): calling a subclass builds the base value, then takes it as an
 * instance of the subclass, with an instance dict.
 */
public interface SubclassableValue {
    /** This value, now of class {@code t} (a heap subclass of its built-in class). */
    PyObject asSubclass(PyType t);

    /**
     * How each such built-in class makes the value of a new subclass instance: whatever the
     * arguments, which the subclass's {@code __init__} interprets (filled once, when the
     * built-in class is set up).
     */
    java.util.Map<PyType, java.util.function.Supplier<SubclassableValue>> BLANK =
            new java.util.concurrent.ConcurrentHashMap<>();
}
