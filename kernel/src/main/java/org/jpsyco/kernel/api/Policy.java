package org.jpsyco.kernel.api;

import java.util.List;

/**
 * The kernel's view of which specialization strategies and backends are active right now.
 * Both lists follow service ranking, best first, and change as bundles come and go.
 */
public interface Policy {
    /** Names of the active strategies, in the order the policy consults them. */
    List<String> strategies();

    /** Names of the available backends, best-ranked first. */
    List<String> backends();

    /**
     * The available backend services, best-ranked first: what a front end's compile driver tries
     * in order. A snapshot; it changes as backend bundles come and go.
     */
    default List<org.jpsyco.kernel.spi.Backend> backendServices() {
        return List.of();
    }

    /**
     * The active strategy services, in the order the policy consults them: what a front end's
     * specializer asks (through the front end's own strategy interface, which they also
     * implement). A snapshot; it changes as strategy bundles come and go.
     */
    default List<org.jpsyco.kernel.spi.Strategy> strategyServices() {
        return List.of();
    }

    /**
     * The assumption that {@code strategy} stays bound: a version specialized with its help
     * depends on it, so unbinding the strategy invalidates the version. Null when the policy
     * does not track strategies.
     */
    default org.jpsyco.kernel.cache.Assumption strategyActive(org.jpsyco.kernel.spi.Strategy strategy) {
        return null;
    }

    /**
     * The assumption that {@code backend} stays bound: a version whose code it holds depends on
     * it, so unbinding the backend invalidates the version before the backend frees the code.
     * Null when the policy does not track backends.
     */
    default org.jpsyco.kernel.cache.Assumption backendActive(org.jpsyco.kernel.spi.Backend backend) {
        return null;
    }
}
