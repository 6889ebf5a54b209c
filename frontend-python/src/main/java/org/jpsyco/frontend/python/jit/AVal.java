package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.jit.spi.Rep;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;

/**
 * A value of the specializer's abstract frame, in Psyco's stages: run-time ({@link Run},
 * {@link Unboxed}), compile-time ({@link Const}), virtual ({@link Unboxed} is a virtual boxed
 * number whose payload is run-time; {@link VRange}, {@link VRangeIter} and {@link VMethod} are
 * objects not built unless they escape), or the unbound marker.
 */
sealed interface AVal extends SValue {
    @Override
    default PyKind kind() {
        return PyKind.OBJECT;
    }

    @Override
    default Rep rep() {
        return Rep.REF;
    }

    @Override
    default Object constant() {
        return null;
    }

    /**
     * A run-time reference: {@code maybeUnbound} for a local that may be null; {@code kind} what
     * a guard established; {@code hint} the object a global or module attribute named
     * {@code hintName} held at compile time (a guess, never relied on without an identity guard).
     */
    record Run(LirValue value, boolean maybeUnbound, PyKind kind, Object hint, String hintName) implements AVal {
        Run(LirValue value, boolean maybeUnbound) {
            this(value, maybeUnbound, PyKind.OBJECT, null, null);
        }

        Run(LirValue value, PyKind kind) {
            this(value, false, kind, null, null);
        }
    }

    /** A compile-time constant. */
    record Const(PyObject value, String name) implements AVal {
        @Override
        public PyKind kind() {
            return TypedHelpers.kindOf(value);
        }

        @Override
        public Object constant() {
            return value;
        }
    }

    /** The unbound marker. */
    record Unbound() implements AVal {
    }

    /** An int, float or bool whose payload is an unboxed run-time value (i64, f64, i1). */
    record Unboxed(LirValue value, PyKind kind) implements AVal {
        @Override
        public Rep rep() {
            return value.type() == LirType.I64 ? Rep.I64 : value.type() == LirType.F64 ? Rep.F64 : Rep.I1;
        }
    }

    /** A {@code range(start, stop, step)} not built: its bounds as INT values. */
    record VRange(AVal start, AVal stop, AVal step) implements AVal {
    }

    /** A range iterator not built: the next value, the bound and the step, counting up or down. */
    record VRangeIter(LirValue cur, LirValue stop, LirValue step, boolean up) implements AVal {
    }

    /**
     * A tuple not built: {@code BUILD_TUPLE} directly followed by an {@code UNPACK_SEQUENCE} of
     * the same length, so only a deopt between the two can observe it (and builds it then).
     */
    record VTuple(java.util.List<AVal> items) implements AVal {
    }

    /**
     * A bound method {@code receiver.name} not built: the next instruction that matters calls it.
     * {@code function} is the Python function it binds when the shapes of receiver and class
     * were guarded (the call passes the receiver directly), else null.
     */
    record VMethod(AVal receiver, String name, int nameIndex, PyObject function) implements AVal {
    }
}
