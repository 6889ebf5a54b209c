package org.jpsyco.frontend.python.jit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.spi.Linkage;

/**
 * A backend service as the JIT uses it, with the policy's assumption that it stays bound: every
 * version it compiles depends on that assumption, so when the backend's bundle stops, its versions
 * are invalidated (and the call sites linked to them relinked) before the backend frees its code.
 */
public final class BoundBackend implements Backend {
    private final Backend backend;
    private final Assumption active;

    private BoundBackend(Backend backend, Assumption active) {
        this.backend = backend;
        this.active = active;
    }

    /** The policy's {@code services}, each with the assumption {@code active} gives for it (may be null). */
    public static List<Backend> of(List<Backend> services, Function<Backend, Assumption> active) {
        List<Backend> out = new ArrayList<>(services.size());
        for (Backend b : services) {
            out.add(new BoundBackend(b, active.apply(b)));
        }
        return out;
    }

    /** The assumption a version compiled by {@code be} depends on, or null when none is tracked. */
    static Assumption activeOf(Backend be) {
        return be instanceof BoundBackend b ? b.active : null;
    }

    @Override
    public String name() {
        return backend.name();
    }

    @Override
    public String declines(LirFunction function) {
        return backend.declines(function);
    }

    @Override
    public boolean prefers(LirFunction function) {
        return backend.prefers(function);
    }

    @Override
    public CompiledUnit compile(LirFunction function, Linkage linkage) {
        return backend.compile(function, linkage);
    }

    @Override
    public String toString() {
        return backend.toString();
    }
}
