package org.jpsyco.kernel.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.kernel.lir.LirValue;

/**
 * The versions made at one merge point, indexed by their snapshots' keys, and the decision the
 * specializer takes when it reaches the merge point with a live frame.
 *
 * <p>Protocol: the specializer calls {@link #find} with its live frame (dead slots already
 * cleared) and acts on the answer, repeating until it jumps or compiles:
 * <ol>
 * <li>{@link Lookup.Force}: virtual values nest deeper than the bound; force them, retry;</li>
 * <li>{@link Lookup.Found}: jump into that version with the arguments given;</li>
 * <li>{@link Lookup.Unfix}: unfix those live constants ({@link Stages#unfix}), retry;</li>
 * <li>{@link Lookup.Miss}: take a snapshot of the live frame, {@link #add} it with the code
 *     about to be compiled for it, and compile.</li>
 * </ol>
 *
 * <p>Search: exact matches come from the bucket of the live frame's match key, partial matches
 * from the bucket of its shape key (the best one unfixes the fewest values); see
 * {@link Snapshot} for why these keys find every match. Buckets are scanned, but hold only
 * versions whose keys collide.
 *
 * <p>Termination: each {@code Unfix} moves live values forward in {@link Stage} order, so the
 * loop ends. Once the merge point holds {@code maxVersions} versions, a miss first unfixes every
 * constant not fixed ({@code Unfix} with {@code generalizing}); only fixed constants (bounded by
 * the promotion sites that fixed them) and kinds can then tell versions apart.
 *
 * <p>Thread-safe: all methods synchronize on the merge point.
 */
public final class MergePoint<V> {
    private final String name;
    private final int maxVersions;
    private final int maxNestedWeight;
    private final List<Version<V>> versions = new ArrayList<>();
    private final Map<Integer, List<Version<V>>> byMatchKey = new HashMap<>();
    private final Map<Integer, List<Version<V>>> byShapeKey = new HashMap<>();

    /** One version: the snapshot it was specialized for and its code (whatever the caller keeps). */
    public record Version<V>(Snapshot snapshot, V code) {
    }

    /** What the specializer does next at the merge point. */
    public sealed interface Lookup<V> {
    }

    /** Jump into {@code version}, passing {@code args} for its parameters. */
    public record Found<V>(Version<V> version, List<LirValue> args) implements Lookup<V> {
    }

    /** Unfix these live constants and look again; {@code generalizing} when the version bound forced it. */
    public record Unfix<V>(List<CompileTime> values, boolean generalizing) implements Lookup<V> {
    }

    /** Force these virtual values (they nest too deep) and look again. */
    public record Force<V>(List<Virtual> values) implements Lookup<V> {
    }

    /** No version fits: make one. {@code overBound} when the merge point already holds its bound. */
    public record Miss<V>(boolean overBound, String reason) implements Lookup<V> {
    }

    public MergePoint(String name, int maxVersions, int maxNestedWeight) {
        if (maxVersions < 1) {
            throw new IllegalArgumentException("maxVersions must be positive");
        }
        this.name = name;
        this.maxVersions = maxVersions;
        this.maxNestedWeight = maxNestedWeight;
    }

    public String name() {
        return name;
    }

    public synchronized Lookup<V> find(AbstractFrame live) {
        List<Virtual> heavy = live.heavierThan(maxNestedWeight);
        if (!heavy.isEmpty()) {
            return new Force<>(heavy);
        }
        String reason = "no version yet";
        for (Version<V> v : byMatchKey.getOrDefault(Snapshot.matchKey(live), List.of())) {
            Match m = Compatibility.compare(v.snapshot(), live);
            if (m instanceof Match.Exact e) {
                return new Found<>(v, e.args());
            }
        }
        Match.Partial best = null;
        for (Version<V> v : byShapeKey.getOrDefault(Snapshot.shapeKey(live), List.of())) {
            switch (Compatibility.compare(v.snapshot(), live)) {
                case Match.Exact e -> {
                    return new Found<>(v, e.args());
                }
                case Match.Partial p -> {
                    if (best == null || p.unfix().size() < best.unfix().size()) {
                        best = p;
                    }
                }
                case Match.None n -> reason = n.reason();
            }
        }
        if (best != null) {
            return new Unfix<>(best.unfix(), false);
        }
        if (versions.size() >= maxVersions) {
            List<CompileTime> all = live.unfixable();
            if (!all.isEmpty()) {
                return new Unfix<>(all, true);
            }
            return new Miss<>(true, name + " holds " + versions.size() + " versions; " + reason);
        }
        return new Miss<>(false, reason);
    }

    /** Records a version made for {@code snapshot}. */
    public synchronized Version<V> add(Snapshot snapshot, V code) {
        Version<V> v = new Version<>(snapshot, code);
        versions.add(v);
        byMatchKey.computeIfAbsent(snapshot.matchKey(), k -> new ArrayList<>()).add(v);
        byShapeKey.computeIfAbsent(snapshot.shapeKey(), k -> new ArrayList<>()).add(v);
        return v;
    }

    /** Forgets a version (invalidated or evicted); returns whether it was here. */
    public synchronized boolean remove(Version<V> v) {
        boolean removed = versions.remove(v);
        if (removed) {
            byMatchKey.getOrDefault(v.snapshot().matchKey(), new ArrayList<>()).remove(v);
            byShapeKey.getOrDefault(v.snapshot().shapeKey(), new ArrayList<>()).remove(v);
        }
        return removed;
    }

    public synchronized List<Version<V>> versions() {
        return List.copyOf(versions);
    }
}
