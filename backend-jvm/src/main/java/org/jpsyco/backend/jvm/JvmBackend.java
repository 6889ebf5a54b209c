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
 * (unboxed {@code long}/{@code double}/{@code boolean} locals, constants and handles from class
 * data), defined in this package so it links against the backend's bootstraps, and without
 * {@code STRONG} so it unloads once its unit is freed and dropped.
 *
 * <p>Beyond the {@link Backend} contract:
 * <ul>
 * <li>a unit with neither {@code return} nor {@code return_void} (it always leaves through exits)
 * returns {@code Object}; a unit mixing both is declined;</li>
 * <li>helper handles and version call sites are adapted to the erased LIR signature with
 * {@code asType}; a call site of exactly that type is linked directly, so relinking it reaches
 * running code;</li>
 * <li>field descriptors resolve through the linkage's {@code public VarHandle field(FieldDescriptor)}
 * method when it has one, else as a public instance field of the class the owner names; a
 * descriptor that resolves neither way fails the compilation with a {@link BackendException}
 * naming it;</li>
 * <li>{@link CompiledUnit#listing()} interleaves the LIR with the bytecode of each instruction.</li>
 * </ul>
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
