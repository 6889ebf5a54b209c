package org.jpsyco.frontend.python.jit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.SwitchPoint;

import org.jpsyco.kernel.spi.CompiledUnit;

/**
 * A backend's unit as the JIT installs it, with a {@link SwitchPoint} that breaks the moment the
 * unit stops being enterable: the backend invalidates it ({@link #invalidate}) or the kernel drops
 * its version ({@link #discarded}: an assumption broke, a strategy went away, eviction, the end of
 * the program). Every way a {@link Unit} turns invalid goes through one of the two.
 *
 * <p>Call sites linked to the unit guard their target with the switch point instead of testing
 * {@link Unit#valid} on every call ({@link TypedCallSite}, {@link DirectCallSite}): HotSpot compiles
 * such a guard to nothing and deoptimizes the callers when it breaks, after which the guard sends
 * calls to the site's fallback, which relinks to whatever replaced the unit.
 */
final class RelinkingUnit implements CompiledUnit {
    private final CompiledUnit unit;
    private final SwitchPoint enterable = new SwitchPoint();

    RelinkingUnit(CompiledUnit unit) {
        this.unit = unit;
    }

    /** The backend's unit itself. */
    CompiledUnit unwrapped() {
        return unit;
    }

    /** Breaks when the unit may no longer be entered; already broken once it is invalid. */
    SwitchPoint enterable() {
        return enterable;
    }

    /** The switch point of {@code u}'s unit, or null when it was installed without one. */
    static SwitchPoint enterable(Unit u) {
        return u.compiled() instanceof RelinkingUnit r ? r.enterable : null;
    }

    private void unlink() {
        if (!enterable.hasBeenInvalidated()) {
            SwitchPoint.invalidateAll(new SwitchPoint[] {enterable});
        }
    }

    @Override
    public String backend() {
        return unit.backend();
    }

    @Override
    public MethodHandle entry() {
        return unit.entry();
    }

    @Override
    public long codeBytes() {
        return unit.codeBytes();
    }

    @Override
    public void invalidate() {
        unit.invalidate();
        unlink();
    }

    @Override
    public boolean isValid() {
        return unit.isValid();
    }

    @Override
    public void free() {
        unlink();
        unit.free();
    }

    @Override
    public void discarded() {
        unlink();
        unit.discarded();
    }

    @Override
    public String listing() {
        return unit.listing();
    }

    @Override
    public String toString() {
        return unit.toString();
    }
}
