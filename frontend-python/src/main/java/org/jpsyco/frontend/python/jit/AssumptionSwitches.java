package org.jpsyco.frontend.python.jit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.SwitchPoint;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.LirType;

/**
 * Assumption checks that cost nothing per execution: the check of a compile-time constant whose
 * only condition is that assumptions stand (a global or builtin of a frameless typed version, whose
 * template frame always runs with the namespaces assumed; an attribute of a constant module or
 * class) becomes a helper of its own, {@code holds#N}, whose handle is a {@link SwitchPoint}
 * test answering true. Breaking one of the assumptions invalidates the switch point: HotSpot
 * compiled the test to nothing and now deoptimizes the code that inlined it, after which the
 * test answers false and the guard leaves for the interpreter, as the field-reading check did
 * ({@link ConstantHelpers#attributeHolds}). The check still names the assumption as its operand,
 * so a backend that computes assumption checks at compile time (backend-i386) treats it alike.
 *
 * <p>One per runtime. A symbol whose assumptions broke answers false from then on.
 */
final class AssumptionSwitches {
    static final String PREFIX = "holds#";

    private static final MethodHandle FALSE = MethodHandles.dropArguments(
            MethodHandles.constant(boolean.class, false), 0, Object.class);

    private final Map<List<Assumption>, String> symbols = new ConcurrentHashMap<>();
    private final Map<String, MethodHandle> handles = new ConcurrentHashMap<>();
    private int ids;

    /** The check that every assumption of {@code as} stands, taking one reference operand (the first of them). */
    synchronized CallTarget.Helper target(List<Assumption> as) {
        String symbol = symbols.get(as);
        if (symbol == null) {
            symbol = PREFIX + (++ids);
            MethodHandle h = MethodHandles.dropArguments(MethodHandles.constant(boolean.class, true), 0, Object.class);
            for (Assumption a : as) {
                SwitchPoint sp = new SwitchPoint();
                h = sp.guardWithTest(h, FALSE);
                String sym = symbol;
                if (!a.addDependent(why -> broke(as, sym, sp))) {
                    SwitchPoint.invalidateAll(new SwitchPoint[] {sp});
                }
            }
            symbols.put(List.copyOf(as), symbol);
            handles.put(symbol, h);
        }
        return new CallTarget.Helper(symbol, List.of(LirType.REF), LirType.I1);
    }

    private void broke(List<Assumption> as, String symbol, SwitchPoint sp) {
        SwitchPoint.invalidateAll(new SwitchPoint[] {sp});
        symbols.remove(as);
        handles.put(symbol, FALSE);
    }

    /** The handle of a {@code holds#N} symbol: {@code (Object) -> boolean}; false for one unknown. */
    MethodHandle handle(String symbol) {
        return handles.getOrDefault(symbol, FALSE);
    }

    static boolean names(String symbol) {
        return symbol.startsWith(PREFIX);
    }
}
