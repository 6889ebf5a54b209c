package org.jpsyco.backend.jvm;

import org.jpsyco.kernel.spi.Backend;
import org.osgi.service.component.annotations.Component;

/** The jvm backend: JVM bytecode through java.lang.classfile, one hidden class per compiled unit. */
@Component(service = Backend.class, property = "service.ranking:Integer=0")
public final class JvmBackend implements Backend {
    @Override
    public String name() {
        return "jvm";
    }
}
