package org.jpsyco.kernel.value;

/**
 * What the specializer knows about one value (Psyco's {@code vinfo_t}): a {@link RunTime} LIR value
 * with kinds, a {@link CompileTime} constant in a shared {@link KnownCell}, or a {@link Virtual}
 * object not built yet. Abstract values are immutable; stage transitions ({@link Stages}) make new
 * ones and frames substitute them for the old, so snapshots keep what was true when taken. The
 * one shared mutable bit is a cell's fixed flag, on purpose.
 *
 * <p>Identity: run-time values are the same value when they hold the same LIR value (and kinds);
 * compile-time values when they share a cell; virtual values only when they are the same object.
 */
public sealed interface AbstractValue permits RunTime, CompileTime, Virtual {
    Stage stage();
}
