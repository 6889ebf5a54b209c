package org.jpsyco.kernel.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jpsyco.kernel.lir.LirValue;

/**
 * Compares a live frame with a version's snapshot (Psyco's {@code psyco_compatible}), slot by
 * slot, snapshot value {@code s} against live value {@code l}:
 *
 * <ul>
 * <li>{@code s} dead: anything matches (the slot is dead at the merge point);</li>
 * <li>{@code s} run-time: {@code l} run-time whose kinds {@code s}'s kinds admit; or {@code l} a
 *     constant not fixed, which unfixing would make run-time (a diff); a fixed constant or a
 *     virtual does not match;</li>
 * <li>{@code s} a constant: {@code l} the same constant, fixed or not; or, when neither is fixed,
 *     a different constant (a diff: the version was made for a value nothing depended on);</li>
 * <li>{@code s} virtual: {@code l} virtual with an equal descriptor and matching fields.</li>
 * </ul>
 *
 * Aliasing must agree: one run-time value of the snapshot (one parameter of the version) must be
 * bound to one live value; one virtual of the snapshot to one live virtual; and a mutable live
 * virtual cannot stand for two snapshot virtuals (the version would treat them as distinct
 * objects). The result is {@link Match.Exact} with the arguments of the jump into the version,
 * {@link Match.Partial} with the live constants to unfix, or {@link Match.None} with a reason.
 */
public final class Compatibility {
    private final Map<LirValue, RunTime> params = new HashMap<>();
    private final Map<Virtual, Virtual> snapToLive = new IdentityHashMap<>();
    private final Map<Virtual, Virtual> liveToSnap = new IdentityHashMap<>();
    private final Set<CompileTime> diffs = new LinkedHashSet<>();
    private String failure;

    private Compatibility() {
    }

    public static Match compare(Snapshot snapshot, AbstractFrame live) {
        AbstractFrame snap = snapshot.frame();
        if (snap.size() != live.size()) {
            return new Match.None("snapshot has " + snap.size() + " slots, live frame " + live.size());
        }
        Compatibility c = new Compatibility();
        for (int i = 0; i < snap.size(); i++) {
            if (!c.match(snap.slot(i), live.slot(i), "slot " + i)) {
                return new Match.None(c.failure);
            }
        }
        if (!c.diffs.isEmpty()) {
            return new Match.Partial(new ArrayList<>(c.diffs));
        }
        List<LirValue> args = new ArrayList<>();
        for (LirValue p : snapshot.runTimeValues()) {
            args.add(c.params.get(p).value());
        }
        return new Match.Exact(args);
    }

    private boolean fail(String where, String why) {
        failure = where + ": " + why;
        return false;
    }

    private boolean match(AbstractValue s, AbstractValue l, String where) {
        if (s == null) {
            return true;
        }
        if (l == null) {
            return fail(where, "dead in the live frame, " + s + " in the version");
        }
        return switch (s) {
            case RunTime rs -> switch (l) {
                case RunTime rl -> {
                    if (!rs.kinds().admits(rl.kinds())) {
                        yield fail(where, "the version needs " + rs.kinds() + ", live value knows " + rl.kinds());
                    }
                    RunTime bound = params.putIfAbsent(rs.value(), rl);
                    if (bound != null && !bound.value().equals(rl.value())) {
                        yield fail(where, "the version has one value " + rs.value().ref() + " where the live frame has "
                                + bound.value().ref() + " and " + rl.value().ref());
                    }
                    yield true;
                }
                case CompileTime cl when !cl.fixed() -> diffs.add(cl) || true;
                default -> fail(where, "run-time in the version, " + l + " live");
            };
            case CompileTime cs -> {
                if (l instanceof CompileTime cl) {
                    if (cs.value().equals(cl.value())) {
                        yield true;
                    }
                    if (!cs.fixed() && !cl.fixed()) {
                        yield diffs.add(cl) || true;
                    }
                    yield fail(where, "constant " + cs + " in the version, " + cl + " live");
                }
                yield fail(where, "constant " + cs + " in the version, " + l + " live");
            }
            case Virtual vs -> {
                if (!(l instanceof Virtual vl) || !vl.descriptor().equals(vs.descriptor())
                        || vl.fields().size() != vs.fields().size()) {
                    yield fail(where, "virtual " + vs.descriptor().name() + " in the version, " + l + " live");
                }
                Virtual bound = snapToLive.putIfAbsent(vs, vl);
                if (bound != null) {
                    yield bound == vl || fail(where, "one virtual of the version is two live objects");
                }
                Virtual back = liveToSnap.putIfAbsent(vl, vs);
                if (back != null && back != vs && vl.descriptor().mutable()) {
                    yield fail(where, "one mutable live object is two virtuals of the version");
                }
                for (int i = 0; i < vs.fields().size(); i++) {
                    if (!match(vs.fields().get(i), vl.fields().get(i), where + "." + vs.descriptor().name() + "[" + i + "]")) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }
}
