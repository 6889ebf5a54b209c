package org.jpsyco.kernel.value;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** An immutable set of facts, at most one per {@link Kind.Key}. */
public final class Kinds {
    public static final Kinds NONE = new Kinds(Map.of());

    private final Map<Kind.Key<?>, Kind> facts;

    private Kinds(Map<Kind.Key<?>, Kind> facts) {
        this.facts = facts;
    }

    /** These facts plus {@code k}, replacing any fact with the same key. */
    public Kinds with(Kind k) {
        Map<Kind.Key<?>, Kind> m = new HashMap<>(facts);
        m.put(k.key(), k);
        return new Kinds(Map.copyOf(m));
    }

    /** The fact for {@code key}, or null. */
    public <K extends Kind> K get(Kind.Key<K> key) {
        Kind k = facts.get(key);
        return k == null ? null : key.cast(k);
    }

    public Collection<Kind> all() {
        return facts.values();
    }

    /** Whether every fact here admits the live fact with the same key (the live value may know more). */
    public boolean admits(Kinds live) {
        for (Kind k : facts.values()) {
            Kind l = live.facts.get(k.key());
            if (l == null || !k.admits(l)) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return facts.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kinds k && k.facts.equals(facts);
    }

    @Override
    public int hashCode() {
        return facts.hashCode();
    }

    @Override
    public String toString() {
        return facts.values().toString();
    }
}
