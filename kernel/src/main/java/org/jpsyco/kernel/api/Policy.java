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
}
