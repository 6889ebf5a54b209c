package org.jpsyco.kernel.value;

import java.util.List;

import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirValue;

/**
 * How a strategy's virtual objects (a tuple, a boxed int, a range iterator) are built when they
 * escape. Descriptors are compared with {@code equals} when snapshots are matched, so two
 * virtual values match only if their descriptors are equal.
 */
public interface VirtualDescriptor {
    /** A stable name, used in deopt descriptors and dumps ({@code "tuple3"}, {@code "int"}). */
    String name();

    /** Whether the object can change after it is built; mutable virtuals may not be aliased differently. */
    boolean mutable();

    /** This object's own weight in the nesting bound (Psyco's {@code nested_weight}). */
    default int weight() {
        return 1;
    }

    /** Emits code building the object from its fields (all already run-time values) and returns it. */
    LirValue materialize(LirBuilder b, List<LirValue> fields);

    /** Builds the object now from constant fields, or returns null when it cannot be built at compile time. */
    default Constant build(List<Constant> fields) {
        return null;
    }
}
