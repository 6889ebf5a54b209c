package org.jpsyco.kernel.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assumptions of one runtime, by key (the front end's or a strategy's choice: a global's
 * dictionary slot, a type's version tag, a bundle). Thread-safe. A broken assumption is removed
 * from the registry, so the next {@link #assume} for the same key starts a fresh one.
 */
public final class AssumptionRegistry {
    private final Map<Object, Assumption> assumptions = new ConcurrentHashMap<>();

    /** The current (valid) assumption for {@code key}, made on first use. */
    public Assumption assume(Object key, String description) {
        return assumptions.compute(key, (k, a) -> a == null || !a.valid() ? new Assumption(description) : a);
    }

    /** Breaks the assumption for {@code key}, if any; returns how many versions it invalidated. */
    public int invalidate(Object key) {
        Assumption a = assumptions.remove(key);
        return a == null ? 0 : a.invalidate();
    }

    /** How many assumptions are registered and valid. */
    public int size() {
        return assumptions.size();
    }
}
