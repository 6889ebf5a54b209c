package org.jpsyco.strategy.constants;

import java.util.List;

import org.jpsyco.frontend.python.jit.spi.Comparison;
import org.jpsyco.frontend.python.jit.spi.Operator;
import org.jpsyco.frontend.python.jit.spi.PythonStrategy;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.jit.spi.SpecializerTool;
import org.jpsyco.kernel.spi.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * The constants strategy: globals, builtins, and attributes of constant modules and classes
 * become compile-time constants (Psyco's promotion of what a program rarely rebinds), under
 * assumptions on their bindings that invalidate every dependent version when a name is rebound,
 * deleted or shadowed, each load checking that its assumption still holds; and pure operations
 * on constants (arithmetic, comparisons, truth, {@code len}, tuples) are folded at compile time.
 *
 * <p>A constant callee is what lets calls go direct: {@link SValue#constant()} of a loaded
 * function or builtin is the object itself, which the other strategies and the call path read.
 * It ranks before the other strategies so that operations on constants fold before anyone
 * emits code for them; on anything else its hooks decline at once.
 */
@Component(service = Strategy.class, property = "service.ranking:Integer=100")
public final class ConstantsStrategy implements Strategy, PythonStrategy {
    @Override
    public String name() {
        return "constants";
    }

    @Override
    public SValue loadGlobal(SpecializerTool t, String name) {
        return t.assumeGlobal(name);
    }

    @Override
    public SValue loadAttribute(SpecializerTool t, SValue owner, String name) {
        return owner.isConstant() ? t.assumeAttribute(owner, name) : t.resolveMethod(owner, name);
    }

    @Override
    public SValue binaryOp(SpecializerTool t, Operator op, SValue x, SValue y) {
        return x.isConstant() && y.isConstant() ? t.foldBinary(op, x, y) : null;
    }

    @Override
    public SValue compare(SpecializerTool t, Comparison op, SValue x, SValue y) {
        return x.isConstant() && y.isConstant() ? t.foldCompare(op, x, y) : null;
    }

    @Override
    public SValue truth(SpecializerTool t, SValue x) {
        return x.isConstant() ? t.foldTruth(x) : null;
    }

    @Override
    public boolean knowsBuiltin(String name) {
        return name.equals("len");
    }

    @Override
    public SValue callBuiltin(SpecializerTool t, String name, List<SValue> args) {
        return name.equals("len") && args.size() == 1 && args.get(0).isConstant() ? t.foldLen(args.get(0)) : null;
    }

    @Override
    public SValue buildTuple(SpecializerTool t, List<SValue> items) {
        for (SValue v : items) {
            if (!v.isConstant()) {
                return null;
            }
        }
        return t.foldTuple(items);
    }
}
