package org.jpsyco.kernel.value;

import java.util.List;

import org.jpsyco.kernel.lir.LirValue;

/** The outcome of comparing a live frame with a version's snapshot ({@link Compatibility}). */
public sealed interface Match {
    /** The live frame can jump into the version, passing {@code args} for its parameters. */
    record Exact(List<LirValue> args) implements Match {
        public Exact {
            args = List.copyOf(args);
        }
    }

    /**
     * The frames differ only in constants that are not fixed: unfixing {@code unfix} (live values)
     * generalizes the live frame; then it may match this version or start a more general one.
     */
    record Partial(List<CompileTime> unfix) implements Match {
        public Partial {
            unfix = List.copyOf(unfix);
        }
    }

    /** The frames are incompatible, for the reason given (for the JIT log). */
    record None(String reason) implements Match {
    }
}
