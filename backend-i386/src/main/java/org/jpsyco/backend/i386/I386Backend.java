package org.jpsyco.backend.i386;

import org.jpsyco.kernel.spi.Backend;
import org.osgi.service.component.annotations.Component;

/** The i386 backend: x86-64 machine code written into executable memory through the FFM API. */
@Component(service = Backend.class, property = "service.ranking:Integer=10")
public final class I386Backend implements Backend {
    @Override
    public String name() {
        return "i386";
    }
}
