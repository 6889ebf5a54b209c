package org.jpsyco.kernel.cache;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.value.Snapshot;

/**
 * One installed version: the code it specializes (by identity), the entry snapshot it was made
 * for, what the backend produced for it (opaque here), its cost in bytes and the assumptions it
 * depends on. Valid until invalidated, once, for the first reason that comes; invalidation takes
 * it out of its cache and off its assumptions' dependent lists.
 */
public final class CompiledVersion implements Dependent {
    private final long id;
    private final Object code;
    private final Snapshot entry;
    private final Object artifact;
    private final long bytes;
    private final List<Assumption> assumptions;
    private final CodeCache cache;
    private final AtomicReference<Invalidation> invalidation = new AtomicReference<>();

    CompiledVersion(long id, Object code, Snapshot entry, Object artifact, long bytes, List<Assumption> assumptions, CodeCache cache) {
        this.id = id;
        this.code = code;
        this.entry = entry;
        this.artifact = artifact;
        this.bytes = bytes;
        this.assumptions = List.copyOf(assumptions);
        this.cache = cache;
    }

    public long id() {
        return id;
    }

    public Object code() {
        return code;
    }

    public Snapshot entry() {
        return entry;
    }

    /** What the backend produced (entry points, a hidden class, a code address). */
    public Object artifact() {
        return artifact;
    }

    /** The memory this version is charged for: its code plus its snapshot. */
    public long bytes() {
        return bytes;
    }

    public List<Assumption> assumptions() {
        return assumptions;
    }

    public boolean valid() {
        return invalidation.get() == null;
    }

    /** Why it was invalidated, or null while valid. */
    public Invalidation invalidation() {
        return invalidation.get();
    }

    @Override
    public void invalidate(Invalidation why) {
        if (invalidation.compareAndSet(null, why)) {
            for (Assumption a : assumptions) {
                a.removeDependent(this);
            }
            cache.forget(this);
            if (artifact instanceof CompiledUnit unit) {
                unit.discarded(); // native code memory goes back once running activations leave
            }
        }
    }

    @Override
    public String toString() {
        return "v" + id + " " + entry + (valid() ? "" : " invalid: " + invalidation.get());
    }
}
