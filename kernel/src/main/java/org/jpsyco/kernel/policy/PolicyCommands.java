package org.jpsyco.kernel.policy;

import org.jpsyco.kernel.api.Policy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo shell commands: {@code jpsyco:strategies} and {@code jpsyco:backends} list what the policy has bound. */
@Component(service = PolicyCommands.class, property = {
        "osgi.command.scope=jpsyco",
        "osgi.command.function=strategies",
        "osgi.command.function=backends"})
public final class PolicyCommands {
    private final Policy policy;

    @Activate
    public PolicyCommands(@Reference Policy policy) {
        this.policy = policy;
    }

    /** The active strategies, in the order the policy consults them. */
    public String strategies() {
        return String.join("\n", policy.strategies());
    }

    /** The available backends, best-ranked first. */
    public String backends() {
        return String.join("\n", policy.backends());
    }
}
