package org.jpsyco.frontend.python.jit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jpsyco.frontend.python.jit.spi.PythonStrategy;
import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.spi.Strategy;

/**
 * An active Python strategy as the specializer uses it: the service and the assumption that it
 * stays bound (null outside a policy), on which every version it contributed to depends.
 */
public record StrategyBinding(PythonStrategy strategy, Assumption active) {
    /** The Python strategies among the policy's {@code services}, in policy order. */
    public static List<StrategyBinding> of(List<Strategy> services, Function<Strategy, Assumption> active) {
        List<StrategyBinding> out = new ArrayList<>();
        for (Strategy s : services) {
            if (s instanceof PythonStrategy p) {
                out.add(new StrategyBinding(p, active.apply(s)));
            }
        }
        return out;
    }

    public String name() {
        return strategy.name();
    }
}
