package org.jpsyco.kernel.value;

import java.util.Objects;

import org.jpsyco.kernel.lir.LirValue;

/** A value that exists only at run time, in a LIR value, with the facts known about it. */
public record RunTime(LirValue value, Kinds kinds) implements AbstractValue {
    public RunTime {
        Objects.requireNonNull(value);
        Objects.requireNonNull(kinds);
    }

    public RunTime(LirValue value) {
        this(value, Kinds.NONE);
    }

    public RunTime with(Kind k) {
        return new RunTime(value, kinds.with(k));
    }

    @Override
    public Stage stage() {
        return Stage.RUN_TIME;
    }

    @Override
    public String toString() {
        return value.ref() + (kinds.isEmpty() ? "" : kinds.toString());
    }
}
