package org.jpsyco.frontend.python.jit.spi;

/**
 * An abstract value as a strategy sees it: its kind, its representation, and its value when
 * it is a compile-time constant. Strategies never build these themselves; they get them from
 * the specializer and from {@link SpecializerTool}.
 */
public interface SValue {
    PyKind kind();

    Rep rep();

    /** The Python object this value is known to be at compile time, or null. */
    Object constant();

    /**
     * Whether the value is a compile-time constant: a literal ({@code LOAD_CONST}), a folded
     * result, or a global, builtin, module or class attribute whose binding compiled code assumes
     * (a known callee, for instance). Code may rely on the constant's identity without a guard.
     */
    default boolean isConstant() {
        return constant() != null;
    }
}
