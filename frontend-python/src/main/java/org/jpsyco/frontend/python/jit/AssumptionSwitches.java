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

    /** A check: its assumptions, and the frame test it makes besides (a {@link ConstantHelpers} helper), or null. */
    private record Key(List<Assumption> assumptions, String frameTest) {
    }

    private final Map<Key, String> symbols = new ConcurrentHashMap<>();
    private final Map<String, MethodHandle> handles = new ConcurrentHashMap<>();
    private int ids;

    /** The check that every assumption of {@code as} stands, taking one reference operand (the first of them). */
    CallTarget.Helper target(List<Assumption> as) {
        return target(as, null);
    }

    /**
     * The check that every assumption of {@code as} stands and that {@code frameTest} (a
     * {@link ConstantHelpers} helper on the frame and namespaces, null for none) answers true: its
     * operands are those of {@code frameTest}, then the first assumption.
     */
    synchronized CallTarget.Helper target(List<Assumption> as, String frameTest) {
        Key key = new Key(List.copyOf(as), frameTest);
        String symbol = symbols.get(key);
        MethodHandle test = frameTest == null ? MethodHandles.constant(boolean.class, true)
                : HelperTable.get().handle(frameTest);
        int n = test.type().parameterCount();
        if (symbol == null) {
            symbol = PREFIX + (++ids);
            MethodHandle h = MethodHandles.dropArguments(test, n, Object.class);
            MethodHandle no = MethodHandles.dropArguments(MethodHandles.constant(boolean.class, false), 0,
                    h.type().parameterList());
            for (Assumption a : as) {
                SwitchPoint sp = new SwitchPoint();
                h = sp.guardWithTest(h, no);
                String sym = symbol;
                if (!a.addDependent(why -> broke(key, sym, sp, no))) {
                    SwitchPoint.invalidateAll(new SwitchPoint[] {sp});
                }
            }
            symbols.put(key, symbol);
            handles.put(symbol, h);
        }
        List<LirType> params = new java.util.ArrayList<>();
        for (int i = 0; i <= n; i++) {
            params.add(LirType.REF);
        }
        return new CallTarget.Helper(symbol, params, LirType.I1);
    }

    private void broke(Key key, String symbol, SwitchPoint sp, MethodHandle no) {
        SwitchPoint.invalidateAll(new SwitchPoint[] {sp});
        symbols.remove(key);
        handles.put(symbol, no);
    }

    /** The handle of a {@code holds#N} symbol: {@code (Object...) -> boolean}; false for one unknown. */
    MethodHandle handle(String symbol, int operands) {
        MethodHandle h = handles.get(symbol);
        if (h != null) {
            return h;
        }
        java.util.List<Class<?>> ps = java.util.Collections.nCopies(operands, Object.class);
        return MethodHandles.dropArguments(MethodHandles.constant(boolean.class, false), 0, ps);
    }

    static boolean names(String symbol) {
        return symbol.startsWith(PREFIX);
    }
}
