package org.jpsyco.kernel.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.jpsyco.kernel.api.Policy;
import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.cache.AssumptionRegistry;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.kernel.spi.Strategy;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy: the ordered set of active strategies and backends. Both references are
 * dynamic, multiple and greedy, so a strategy or backend bundle may stop, start or be
 * updated while programs run; the maps are keyed by service reference, whose natural order
 * is service ranking (best last), so readers take a consistent snapshot without locking.
 *
 * <p>Hot swap: each bound strategy and backend instance is an assumption
 * ({@link #strategyActive}, {@link #backendActive}); versions compiled with its help depend on
 * it, and unbinding the instance breaks the assumption, which invalidates them. A replacement
 * bundle's instance is a new assumption, so versions compiled under it survive the old one's
 * departure.
 */
@Component(service = Policy.class)
public final class PolicyComponent implements Policy {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyComponent.class);

    private final Map<ServiceReference<?>, Strategy> strategies = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
    private final Map<ServiceReference<?>, Backend> backends = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
    private final AssumptionRegistry active = new AssumptionRegistry();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStrategy(ServiceReference<Strategy> ref, Strategy strategy) {
        strategies.put(ref, strategy);
        LOG.debug("strategy bound: {}", strategy.name());
    }

    void unbindStrategy(ServiceReference<Strategy> ref) {
        Strategy gone = strategies.remove(ref);
        if (gone != null) {
            int invalidated = active.invalidate(gone);
            LOG.debug("strategy unbound: {}, {} version(s) invalidated", gone.name(), invalidated);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBackend(ServiceReference<Backend> ref, Backend backend) {
        backends.put(ref, backend);
        LOG.debug("backend bound: {}", backend.name());
    }

    void unbindBackend(ServiceReference<Backend> ref) {
        Backend gone = backends.remove(ref);
        if (gone != null) {
            int invalidated = active.invalidate(gone);
            LOG.debug("backend unbound: {}, {} version(s) invalidated", gone.name(), invalidated);
        }
    }

    @Override
    public List<String> strategies() {
        List<String> names = new ArrayList<>();
        strategies.values().forEach(s -> names.add(s.name()));
        return names;
    }

    @Override
    public List<String> backends() {
        List<String> names = new ArrayList<>();
        backends.values().forEach(b -> names.add(b.name()));
        return names;
    }

    @Override
    public List<Backend> backendServices() {
        return List.copyOf(backends.values());
    }

    @Override
    public List<Strategy> strategyServices() {
        return List.copyOf(strategies.values());
    }

    /** The assumption that this strategy instance stays bound; versions it helped specialize depend on it. */
    @Override
    public Assumption strategyActive(Strategy strategy) {
        Assumption a = active.assume(strategy, "strategy " + strategy.name() + " is active");
        // a front end may ask about an instance it listed just before the instance went away:
        // the unbind found no assumption to break, so this one is broken here (and unregistered,
        // so the registry keeps no reference to the departed instance)
        if (!strategies.containsValue(strategy)) {
            active.invalidate(strategy);
        }
        return a;
    }

    /** The assumption that this backend instance stays bound; versions whose code it holds depend on it. */
    @Override
    public Assumption backendActive(Backend backend) {
        Assumption a = active.assume(backend, "backend " + backend.name() + " is active");
        if (!backends.containsValue(backend)) {
            active.invalidate(backend);
        }
        return a;
    }
}
