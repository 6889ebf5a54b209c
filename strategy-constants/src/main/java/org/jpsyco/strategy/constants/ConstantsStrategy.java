package org.jpsyco.strategy.constants;

import org.jpsyco.kernel.spi.Strategy;
import org.osgi.service.component.annotations.Component;

/** The constants strategy: constant kinds: globals, builtins, callees and attribute owners promoted to compile-time constants. */
@Component(service = Strategy.class)
public final class ConstantsStrategy implements Strategy {
    @Override
    public String name() {
        return "constants";
    }
}
