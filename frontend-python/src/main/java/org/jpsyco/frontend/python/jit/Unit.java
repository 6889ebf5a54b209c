package org.jpsyco.frontend.python.jit;

import java.lang.invoke.MethodHandle;
import java.util.Map;

import org.jpsyco.kernel.cache.CompiledVersion;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.spi.CompiledUnit;

/**
 * One compiled version as the JIT runs it: the backend's unit, its entry typed
 * {@code (Object frame) -> Object}, the code cache's record of it, and the exit reason of each of
 * its deopt sites.
 */
record Unit(CompiledUnit compiled, MethodHandle entry, CompiledVersion version, LirFunction lir,
        Map<DeoptDescriptor, ExitSite> sites) {
    boolean valid() {
        return version.valid() && compiled.isValid();
    }
}
