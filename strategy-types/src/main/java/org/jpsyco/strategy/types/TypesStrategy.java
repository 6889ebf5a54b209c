package org.jpsyco.strategy.types;

import org.jpsyco.kernel.spi.Strategy;
import org.osgi.service.component.annotations.Component;

/** The types strategy: type kinds: int, float, bool, str, list, tuple and dict fast paths behind type guards. */
@Component(service = Strategy.class)
public final class TypesStrategy implements Strategy {
    @Override
    public String name() {
        return "types";
    }
}
