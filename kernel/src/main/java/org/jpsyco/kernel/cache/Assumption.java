package org.jpsyco.kernel.cache;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A fact compiled code relies on and that can change later: a global keeps its value, a class
 * keeps its layout, a strategy bundle stays active. Versions register as dependents while they
 * are installed; breaking the assumption invalidates every dependent.
 *
 * <p>Protocol and invariant: {@link #addDependent} and {@link #invalidate} synchronize on the
 * assumption, so a dependent is either added before the assumption breaks (and then invalidated
 * by it) or refused because it already broke; no dependent can miss an invalidation. An
 * assumption breaks once and stays broken; a new fact needs a new assumption.
 */
public final class Assumption {
    private final String description;
    private final Set<Dependent> dependents = new LinkedHashSet<>();
    private volatile boolean valid = true;

    Assumption(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean valid() {
        return valid;
    }

    /** Adds {@code d}; returns false, adding nothing, when the assumption has already broken. */
    public synchronized boolean addDependent(Dependent d) {
        if (!valid) {
            return false;
        }
        dependents.add(d);
        return true;
    }

    /** Forgets {@code d} (it was evicted or invalidated for another reason). */
    public synchronized void removeDependent(Dependent d) {
        dependents.remove(d);
    }

    public synchronized int dependentCount() {
        return dependents.size();
    }

    /**
     * Breaks the assumption and invalidates every dependent (outside the lock, so dependents may
     * touch other assumptions). Returns how many were invalidated; 0 if it was already broken.
     */
    public int invalidate() {
        List<Dependent> gone;
        synchronized (this) {
            if (!valid) {
                return 0;
            }
            valid = false;
            gone = new ArrayList<>(dependents);
            dependents.clear();
        }
        Invalidation why = new Invalidation(Invalidation.Reason.ASSUMPTION_BROKEN, description);
        gone.forEach(d -> d.invalidate(why));
        return gone.size();
    }

    @Override
    public String toString() {
        return description + (valid ? "" : " (broken)");
    }
}
