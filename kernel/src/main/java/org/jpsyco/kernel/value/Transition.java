package org.jpsyco.kernel.value;

/**
 * The stage transitions, each from one stage to a later one ({@link Stage}'s order). The class
 * initializer checks the order, so adding a transition that could close a cycle fails at once.
 */
public enum Transition {
    /** Build a virtual value at compile time, when all its parts are known (Psyco's direct compute). */
    FORCE_AT_COMPILE_TIME(Stage.VIRTUAL, Stage.COMPILE_TIME),
    /** Emit code that builds a virtual value (it escapes). */
    FORCE(Stage.VIRTUAL, Stage.RUN_TIME),
    /** Forget a known value that no code depends on, keeping it in a LIR value (merge-point generalization). */
    UNFIX(Stage.COMPILE_TIME, Stage.RUN_TIME),
    /** Emitted code depends on a known value: from now on it is fixed, in every copy and snapshot. */
    FIX(Stage.COMPILE_TIME, Stage.FIXED),
    /** Switch on a run-time value so code after it sees it as a fixed constant. */
    PROMOTE(Stage.RUN_TIME, Stage.FIXED);

    private final Stage from;
    private final Stage to;

    Transition(Stage from, Stage to) {
        if (to.ordinal() <= from.ordinal()) {
            throw new ExceptionInInitializerError(name() + " goes from " + from + " back to " + to + ": stages would cycle");
        }
        this.from = from;
        this.to = to;
    }

    public Stage from() {
        return from;
    }

    public Stage to() {
        return to;
    }

    /** Throws {@link IllegalStateException} unless {@code value} is at this transition's source stage. */
    void check(AbstractValue value) {
        if (value.stage() != from) {
            throw new IllegalStateException("cannot " + name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " a " + value.stage() + " value (" + value + "): only " + from + " values");
        }
    }
}
