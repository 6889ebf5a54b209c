package org.jpsyco.kernel.value;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirValue;

/**
 * The stage transitions ({@link Transition}), each checking its source stage so the no-cycle
 * invariant of {@link Stage} holds by construction. Transitions return the new value; callers
 * substitute it in their frame with {@link AbstractFrame#replace}. Only {@link #fix} mutates,
 * and only a shared cell's flag, from false to true.
 */
public final class Stages {
    private Stages() {
    }

    /**
     * Records that emitted code depends on {@code value} (COMPILE_TIME to FIXED). Fixing a value
     * already fixed is a no-op: every use of a constant fixes it, not only the first.
     */
    public static CompileTime fix(CompileTime value) {
        if (!value.fixed()) {
            Transition.FIX.check(value);
            value.cell().fix();
        }
        return value;
    }

    /** COMPILE_TIME to RUN_TIME: emits the constant and returns the run-time value holding it. */
    public static RunTime unfix(CompileTime value, LirBuilder b) {
        Transition.UNFIX.check(value);
        return new RunTime(b.constant(value.value()));
    }

    /** RUN_TIME to FIXED: the value a promotion switch saw, known from now on. Kinds are implied by the value. */
    public static CompileTime promote(RunTime value, Constant seen) {
        Transition.PROMOTE.check(value);
        if (seen.type() != value.value().type()) {
            throw new IllegalArgumentException("promoting " + value + " to a " + seen.typed());
        }
        return CompileTime.fixed(seen);
    }

    /**
     * VIRTUAL to RUN_TIME: emits code building the object, its virtual fields first (each shared
     * field built once). Known fields become LIR constants without being fixed: the built object
     * holds the value, nothing else depends on it.
     */
    public static RunTime force(Virtual value, LirBuilder b) {
        Transition.FORCE.check(value);
        return new RunTime(materialize(value, b, new IdentityHashMap<>()));
    }

    private static LirValue materialize(Virtual v, LirBuilder b, Map<Virtual, LirValue> built) {
        LirValue done = built.get(v);
        if (done != null) {
            return done;
        }
        List<LirValue> fields = new ArrayList<>();
        for (int i = 0; i < v.fields().size(); i++) {
            fields.add(switch (v.fields().get(i)) {
                case RunTime r -> r.value();
                case CompileTime c -> b.constant(c.value());
                case Virtual nested -> materialize(nested, b, built);
                case null -> throw new IllegalStateException("cannot force " + v + ": field " + i + " is unknown");
            });
        }
        LirValue result = v.descriptor().materialize(b, fields);
        built.put(v, result);
        return result;
    }

    /**
     * VIRTUAL to COMPILE_TIME: builds the object now when every field is known (recursively) and
     * its descriptor can; returns null otherwise. The result is not fixed.
     */
    public static CompileTime forceAtCompileTime(Virtual value) {
        Transition.FORCE_AT_COMPILE_TIME.check(value);
        Constant c = build(value);
        return c == null ? null : CompileTime.of(c);
    }

    private static Constant build(Virtual v) {
        List<Constant> fields = new ArrayList<>();
        for (AbstractValue f : v.fields()) {
            Constant c = switch (f) {
                case CompileTime k -> k.value();
                case Virtual nested -> build(nested);
                case null, default -> null;
            };
            if (c == null) {
                return null;
            }
            fields.add(c);
        }
        return v.descriptor().build(fields);
    }
}
