package org.jpsyco.frontend.python.jit.spi;

/**
 * What the specializer knows of a value's Python type. Every kind but {@link #OBJECT} means the
 * exact built-in type (never a subclass): an instance of a subclass of int is an {@code OBJECT}.
 * {@link #INT} means an int that fits 64 bits.
 */
public enum PyKind {
    /** Nothing known. */
    OBJECT("object"),
    INT("int"),
    FLOAT("float"),
    BOOL("bool"),
    STR("str"),
    LIST("list"),
    TUPLE("tuple"),
    DICT("dict"),
    /** An exact {@code set} (not a frozenset). Since 1.2. */
    SET("set"),
    NONE("NoneType"),
    /** A running {@code range} iterator (a counted loop entered by on-stack replacement). */
    RANGE_ITERATOR("range_iterator"),
    /** The runtime's own iterator over a list or a tuple, stepped directly by compiled loops. */
    SEQUENCE_ITERATOR("sequence_iterator");

    private final String text;

    PyKind(String text) {
        this.text = text;
    }

    /** The Python type's name, as logs print it. */
    public String text() {
        return text;
    }

    /** Whether values of this kind may live unboxed (i64, f64, i1). */
    public boolean numeric() {
        return this == INT || this == FLOAT || this == BOOL;
    }
}
