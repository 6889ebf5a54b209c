package org.jpsyco.kernel.lir;

import java.util.List;

/**
 * What a call instruction calls, with its signature ({@code result} null for none). Both forms are
 * symbolic: backends resolve them through the kernel (a version's entry) or through the handle
 * table the front end registered (a runtime helper), never by reflection on the front end.
 */
public sealed interface CallTarget extends Payload {
    String symbol();

    List<LirType> params();

    /** The result type, or null when the callee returns nothing. */
    LirType result();

    /** Another compiled version, by the code cache's symbolic name for it. */
    record Version(String symbol, List<LirType> params, LirType result) implements CallTarget {
        public Version {
            params = List.copyOf(params);
        }
    }

    /** A runtime helper: an operation of the front end's runtime, named by its opaque handle. */
    record Helper(String symbol, List<LirType> params, LirType result) implements CallTarget {
        public Helper {
            params = List.copyOf(params);
        }
    }
}
