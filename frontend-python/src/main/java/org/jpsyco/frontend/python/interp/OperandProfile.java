package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The classes of the operands an operator instruction ({@code BINARY_OP}, {@code COMPARE_OP})
 * met on the interpreter's slow path, kept in the instruction's inline-cache slot. The
 * specializer reads it to call a class's operator method directly instead of guessing that the
 * operands are numbers. A site that met two different pairs of classes is {@link #MIXED}.
 * Recording costs one load and two compares on a path that already runs a full operator
 * dispatch.
 */
public final class OperandProfile {
    /** The classes seen first, or null for {@link #MIXED}. */
    public final PyType left;
    public final PyType right;

    /** A site whose operands' classes varied. */
    public static final OperandProfile MIXED = new OperandProfile(null, null);

    private OperandProfile(PyType left, PyType right) {
        this.left = left;
        this.right = right;
    }

    /** Records the classes of {@code a} and {@code b} at instruction {@code site}. */
    static void record(Object[] caches, int site, PyObject a, PyObject b) {
        Object c = caches[site];
        if (c instanceof OperandProfile p) {
            if (p != MIXED && (p.left != a.type() || p.right != b.type())) {
                caches[site] = MIXED;
            }
        } else if (c == null) {
            caches[site] = new OperandProfile(a.type(), b.type());
        }
    }

    /** The profile of instruction {@code site}: one pair of classes, {@link #MIXED}, or null when none was seen. */
    public static OperandProfile at(Object[] caches, int site) {
        return caches[site] instanceof OperandProfile p ? p : null;
    }

    /** Whether one pair of classes was seen. */
    public boolean monomorphic() {
        return this != MIXED;
    }
}
