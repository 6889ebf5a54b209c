package org.jpsyco.backend.jvm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.jpsyco.backend.jvm.codegen.Support;
import org.jpsyco.backend.jvm.codegen.UnitCompiler;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.spi.Linkage;
import org.osgi.service.component.annotations.Component;

/**
 * The jvm backend: each LIR function becomes a hidden class with one static {@code entry} method
 * (unboxed locals, constants and handles from class data), defined in this package so it links
 * against the backend's bootstraps, and without {@code STRONG} so it unloads once dropped.
 */
@Component(service = Backend.class, property = "service.ranking:Integer=0")
public final class JvmBackend implements Backend {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    @Override
    public String name() {
        return "jvm";
    }

    @Override
    public String declines(LirFunction function) {
        return Support.declines(function);
    }

    @Override
    public CompiledUnit compile(LirFunction function, Linkage linkage) {
        String why = declines(function);
        if (why != null) {
            throw new BackendException("jvm backend declines " + function.name() + ": " + why);
        }
        UnitCompiler.Output out = new UnitCompiler(function, linkage).compile();
        if (out.bytes().length > 0 && Support.codeLength(out.bytes()) > Support.MAX_CODE) {
            throw new BackendException("jvm backend: " + function.name() + " needs " + Support.codeLength(out.bytes())
                    + " bytes of bytecode, more than the JVM's limit");
        }
        try {
            MethodHandles.Lookup unit = LOOKUP.defineHiddenClassWithClassData(out.bytes(), out.classData(), true);
            MethodHandle entry = unit.findStatic(unit.lookupClass(), "entry", out.entryType());
            return new JvmUnit(function.name(), out.bytes(), out.sourceLines(), unit.lookupClass(), entry, out.switchPoint());
        } catch (IllegalAccessException | NoSuchMethodException | LinkageError e) {
            throw new BackendException("jvm backend: the class generated for " + function.name() + " does not load: " + e, e);
        }
    }
}
