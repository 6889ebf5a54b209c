package org.jpsyco.backend.jvm;

import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.spi.Linkage;
import org.osgi.service.component.annotations.Component;

/** The jvm backend: JVM bytecode through java.lang.classfile, one hidden class per compiled unit. */
@Component(service = Backend.class, property = "service.ranking:Integer=0")
public final class JvmBackend implements Backend {
    @Override
    public String name() {
        return "jvm";
    }

    @Override
    public String declines(LirFunction function) {
        return "the jvm backend does not generate code yet";
    }

    @Override
    public CompiledUnit compile(LirFunction function, Linkage linkage) {
        throw new BackendException(declines(function));
    }
}
