package org.jpsyco.frontend.python.parser;

/** The start symbol, as the mode argument of CPython's {@code compile()}. */
public enum Mode {
    /** A module ("exec"): {@code Mod.Module}. */
    EXEC,
    /** A single expression ("eval"): {@code Mod.Expression}. */
    EVAL,
    /** One interactive statement ("single"): {@code Mod.Interactive}. */
    SINGLE
}
