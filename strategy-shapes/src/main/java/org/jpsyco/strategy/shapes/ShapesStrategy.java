package org.jpsyco.strategy.shapes;

import org.jpsyco.kernel.spi.Strategy;
import org.osgi.service.component.annotations.Component;

/** The shapes strategy: shape kinds: virtual tuples, boxes, iterators and frames, instance maps, primitive list storage. */
@Component(service = Strategy.class)
public final class ShapesStrategy implements Strategy {
    @Override
    public String name() {
        return "shapes";
    }
}
