package org.jpsyco.kernel.spi;

/**
 * A specialization strategy: contributes kinds (facts about values) and fast paths to the
 * specializer. Strategies are OSGi services, bound dynamically by the kernel's policy and
 * ordered by service ranking; any subset of them may be active and the JIT stays correct.
 */
public interface Strategy {
    /** A short stable name, for example {@code "types"}; used in configuration and statistics. */
    String name();
}
