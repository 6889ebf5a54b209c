package org.jpsyco.kernel.cache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.kernel.value.AbstractFrame;
import org.jpsyco.kernel.value.MergePoint;
import org.jpsyco.kernel.value.Snapshot;

/**
 * The versions of one runtime, keyed by code identity (the front end's code object, compared by
 * identity) and entry snapshot: each code object has an entry {@link MergePoint}, so entry frames
 * are matched, unfixed and generalized like any merge point's.
 *
 * <p>Memory: each version is charged its code size plus {@value #SNAPSHOT_SLOT_BYTES} bytes per
 * snapshot slot. When the total passes {@code maxBytes}, the least recently entered versions are
 * evicted (invalidated with {@link Invalidation.Reason#EVICTED}) until it fits again; the version
 * just installed is never the one evicted.
 *
 * <p>Protocol: {@link #lookup} at a function's entry; on a miss the specializer compiles and
 * calls {@link #install} with the assumptions the version relies on; install refuses (returns
 * null) when one has already broken, and the caller runs the interpreter or compiles again.
 * {@link #entered} marks a version used (for eviction order).
 *
 * <p>Locking: the cache's monitor guards its maps and counters; assumption monitors are only
 * ever taken inside it (never the reverse), so invalidation from any thread cannot deadlock.
 */
public final class CodeCache {
    /** The estimated cost of one snapshot slot, charged to its version. */
    public static final int SNAPSHOT_SLOT_BYTES = 16;

    private final long maxBytes;
    private final int maxEntryVersions;
    private final int maxNestedWeight;
    private final Map<Object, MergePoint<CompiledVersion>> entries = new IdentityHashMap<>();
    private final Map<CompiledVersion, MergePoint.Version<CompiledVersion>> indexed = new IdentityHashMap<>();
    /** Every valid version, least recently entered first. */
    private final LinkedHashMap<CompiledVersion, Boolean> lru = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long nextId;
    private long installed;
    private long refused;
    private long evicted;
    private long invalidated;

    public CodeCache(long maxBytes, int maxEntryVersions, int maxNestedWeight) {
        this.maxBytes = maxBytes;
        this.maxEntryVersions = maxEntryVersions;
        this.maxNestedWeight = maxNestedWeight;
    }

    /** What to do at the entry of {@code code} with this entry frame. */
    public synchronized MergePoint.Lookup<CompiledVersion> lookup(Object code, AbstractFrame entry) {
        MergePoint<CompiledVersion> point = entries.get(code);
        if (point == null) {
            return new MergePoint.Miss<>(false, "never compiled");
        }
        MergePoint.Lookup<CompiledVersion> l = point.find(entry);
        if (l instanceof MergePoint.Found<CompiledVersion> f) {
            lru.get(f.version().code());
        }
        return l;
    }

    /**
     * Installs a version of {@code code} made for {@code entry}; returns it, or null when one of
     * {@code assumptions} has already broken.
     */
    public CompiledVersion install(Object code, Snapshot entry, Object artifact, long codeBytes, Collection<Assumption> assumptions) {
        CompiledVersion v;
        synchronized (this) {
            long cost = codeBytes + (long) SNAPSHOT_SLOT_BYTES * entry.frame().size();
            v = new CompiledVersion(nextId++, code, entry, artifact, cost, List.copyOf(assumptions), this);
            List<Assumption> added = new ArrayList<>();
            for (Assumption a : assumptions) {
                if (!a.addDependent(v)) {
                    added.forEach(x -> x.removeDependent(v));
                    refused++;
                    return null;
                }
                added.add(a);
            }
            MergePoint<CompiledVersion> point = entries.computeIfAbsent(code,
                    c -> new MergePoint<>(String.valueOf(c), maxEntryVersions, maxNestedWeight));
            indexed.put(v, point.add(entry, v));
            lru.put(v, Boolean.TRUE);
            bytes += cost;
            installed++;
            while (bytes > maxBytes && lru.size() > 1) {
                CompiledVersion oldest = lru.keySet().iterator().next();
                if (oldest == v) {
                    break;
                }
                evicted++;
                oldest.invalidate(new Invalidation(Invalidation.Reason.EVICTED, bytes + " > " + maxBytes + " bytes"));
            }
        }
        if (!v.valid()) {
            return null; // an assumption broke between registration and now
        }
        return v;
    }

    /** Marks {@code v} entered, for eviction order. */
    public synchronized void entered(CompiledVersion v) {
        lru.get(v);
    }

    /** Invalidates every version (a backend went away, the runtime shuts down). */
    public void invalidateAll(Invalidation why) {
        List<CompiledVersion> all;
        synchronized (this) {
            all = new ArrayList<>(lru.keySet());
        }
        all.forEach(v -> v.invalidate(why));
    }

    /** The valid versions of {@code code}, oldest first. */
    public synchronized List<CompiledVersion> versions(Object code) {
        MergePoint<CompiledVersion> point = entries.get(code);
        return point == null ? List.of() : point.versions().stream().map(MergePoint.Version::code).toList();
    }

    public synchronized CacheStats stats() {
        return new CacheStats(lru.size(), bytes, maxBytes, installed, refused, evicted, invalidated);
    }

    /** Called once by an invalidated version: takes it out of the index and the accounting. */
    synchronized void forget(CompiledVersion v) {
        MergePoint.Version<CompiledVersion> entry = indexed.remove(v);
        if (entry == null) {
            return;
        }
        MergePoint<CompiledVersion> point = entries.get(v.code());
        point.remove(entry);
        if (point.versions().isEmpty()) {
            entries.remove(v.code());
        }
        lru.remove(v);
        bytes -= v.bytes();
        if (v.invalidation().reason() != Invalidation.Reason.EVICTED) {
            invalidated++;
        }
    }
}
