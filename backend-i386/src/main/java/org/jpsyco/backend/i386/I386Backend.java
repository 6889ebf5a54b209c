package org.jpsyco.backend.i386;

import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.spi.Linkage;
import org.osgi.service.component.annotations.Component;

/** The i386 backend: x86-64 machine code written into executable memory through the FFM API. */
@Component(service = Backend.class, property = "service.ranking:Integer=10")
public final class I386Backend implements Backend {
    @Override
    public String name() {
        return "i386";
    }

    @Override
    public String declines(LirFunction function) {
        return "the i386 backend does not generate code yet";
    }

    @Override
    public CompiledUnit compile(LirFunction function, Linkage linkage) {
        throw new BackendException(declines(function));
    }
}
