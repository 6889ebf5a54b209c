package org.jpsyco.kernel.value;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jpsyco.kernel.lir.LirValue;

/**
 * The specializer's state at the start of one version at a merge point: an immutable
 * {@link AbstractFrame} (shared with the live frame it was taken from: taking a snapshot copies
 * nothing) and two keys for the merge point's index.
 *
 * <p>The version's code takes its {@link #runTimeValues()} as block parameters, in that order; a
 * jump into the version passes the live values bound to them ({@link Compatibility}).
 *
 * <p>Keys. A version must be found by an equal key whenever it matches, and a snapshot's key
 * must never change while it is indexed. Fixed flags change after a snapshot is taken (the cells
 * are shared: that is how a decision made while compiling a version protects the constant it
 * used), so no key may read them. Hence:
 * <ul>
 * <li>{@link #matchKey()} hashes, slot by slot, the stage with fixed and not fixed folded
 *     together, the constants' values and the virtuals' descriptors and structure. An exact
 *     match implies equal stages, equal constants and equal descriptors, so equal keys.</li>
 * <li>{@link #shapeKey()} hashes only liveness and virtual structure: a partial match (only
 *     constants not fixed differ, or are run-time in the snapshot) implies an equal shape key.</li>
 * </ul>
 * Kinds are not hashed: a live value may know more than a version needs.
 */
public final class Snapshot {
    private final AbstractFrame frame;
    private final List<LirValue> runTimeValues;
    private final int matchKey;
    private final int shapeKey;

    private Snapshot(AbstractFrame frame) {
        this.frame = frame;
        this.runTimeValues = collectRunTime(frame);
        this.matchKey = matchKey(frame);
        this.shapeKey = shapeKey(frame);
    }

    public static Snapshot of(AbstractFrame frame) {
        return new Snapshot(frame);
    }

    public AbstractFrame frame() {
        return frame;
    }

    /** The distinct LIR values of the run-time values, in slot order, depth first into virtuals. */
    public List<LirValue> runTimeValues() {
        return runTimeValues;
    }

    public int matchKey() {
        return matchKey;
    }

    public int shapeKey() {
        return shapeKey;
    }

    /**
     * The frame the version's code starts from: each run-time value replaced by the block
     * parameter at the same position ({@code params} parallel to {@link #runTimeValues()}), kinds
     * kept. Constants keep their cells, so fixing one while compiling the version fixes it here too.
     */
    public AbstractFrame enter(List<LirValue> params) {
        if (params.size() != runTimeValues.size()) {
            throw new IllegalArgumentException("version takes " + runTimeValues.size() + " parameters, got " + params.size());
        }
        Map<LirValue, LirValue> rename = new HashMap<>();
        for (int i = 0; i < params.size(); i++) {
            rename.put(runTimeValues.get(i), params.get(i));
        }
        Map<AbstractValue, AbstractValue> subst = new HashMap<>();
        forEach(frame, v -> {
            if (v instanceof RunTime r) {
                subst.put(r, new RunTime(rename.get(r.value()), r.kinds()));
            }
        });
        return frame.replaceAll(subst);
    }

    private static List<LirValue> collectRunTime(AbstractFrame frame) {
        Set<LirValue> out = new LinkedHashSet<>();
        forEach(frame, v -> {
            if (v instanceof RunTime r) {
                out.add(r.value());
            }
        });
        return List.copyOf(out);
    }

    /** Visits every value of the frame, depth first, each virtual once. */
    static void forEach(AbstractFrame frame, java.util.function.Consumer<AbstractValue> visit) {
        Set<Virtual> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (AbstractValue v : frame.slots()) {
            visit(v, visit, seen);
        }
    }

    private static void visit(AbstractValue v, java.util.function.Consumer<AbstractValue> visit, Set<Virtual> seen) {
        if (v == null) {
            return;
        }
        visit.accept(v);
        if (v instanceof Virtual virtual && seen.add(virtual)) {
            for (AbstractValue f : virtual.fields()) {
                visit(f, visit, seen);
            }
        }
    }

    static int matchKey(AbstractFrame frame) {
        int h = 1;
        for (AbstractValue v : frame.slots()) {
            h = 31 * h + key(v, true);
        }
        return h;
    }

    static int shapeKey(AbstractFrame frame) {
        int h = 1;
        for (AbstractValue v : frame.slots()) {
            h = 31 * h + key(v, false);
        }
        return h;
    }

    private static int key(AbstractValue v, boolean values) {
        return switch (v) {
            case null -> 0;
            case RunTime r -> 1;
            case CompileTime c -> values ? 2 + 37 * c.value().hashCode() : 1;
            case Virtual virtual -> {
                int h = 3 + 41 * virtual.descriptor().hashCode();
                for (AbstractValue f : virtual.fields()) {
                    h = 31 * h + key(f, values);
                }
                yield h;
            }
        };
    }

    /** The frame's text form ({@link AbstractFrame#toString()}), used in dumps and golden tests. */
    @Override
    public String toString() {
        return frame.toString();
    }
}
