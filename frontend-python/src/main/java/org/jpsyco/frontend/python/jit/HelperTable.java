package org.jpsyco.frontend.python.jit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.LirType;

/**
 * The runtime helpers by symbol: {@code binaryOp} names {@link JitHelpers#binaryOp} (the generic
 * path's helpers and {@link TypedHelpers}, typed code's, share one namespace); a helper
 * whose last parameter is {@code Object[]} also exists with a fixed arity, {@code buildTuple/3}
 * taking three references, collected into the array. Java types map to LIR types as the backend
 * contract says ({@code Object -> ref}, {@code long -> i64}, {@code boolean -> i1}).
 *
 * <p>The table is built once from {@link JitHelpers}'s public static methods; it is immutable
 * apart from the arity forms, made on first use.
 */
final class HelperTable {
    /** Calls with more arguments than this decline (the JVM limits a method to 255 argument slots). */
    static final int MAX_ARITY = 200;

    private static final HelperTable INSTANCE = new HelperTable();

    private final Map<String, MethodHandle> base = new HashMap<>();
    private final Map<String, CallTarget.Helper> targets = new ConcurrentHashMap<>();
    private final Map<String, MethodHandle> handles = new ConcurrentHashMap<>();

    private HelperTable() {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (Class<?> c : new Class<?>[] {JitHelpers.class, TypedHelpers.class, CallHelpers.class, ConstantHelpers.class, ShapeHelpers.class, ContainerHelpers.class, MathHelpers.class, StrHelpers.class}) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                    try {
                        if (base.put(m.getName(), lookup.unreflect(m)) != null) {
                            throw new IllegalStateException("two runtime helpers named " + m.getName());
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    static HelperTable get() {
        return INSTANCE;
    }

    /** The call target of helper {@code name} (fixed arity). */
    CallTarget.Helper target(String name) {
        return targets.computeIfAbsent(name, n -> describe(n, handle(n)));
    }

    /** The call target of variadic helper {@code name} taking {@code n} array elements. */
    CallTarget.Helper target(String name, int n) {
        return target(name + "/" + n);
    }

    /** The handle for a symbol, typed as its target says. */
    MethodHandle handle(String symbol) {
        MethodHandle h = handles.get(symbol);
        if (h != null) {
            return h;
        }
        int slash = symbol.indexOf('/');
        MethodHandle m = base.get(slash < 0 ? symbol : symbol.substring(0, slash));
        if (m == null) {
            throw new IllegalArgumentException("no runtime helper " + symbol);
        }
        if (slash >= 0) {
            int n = Integer.parseInt(symbol.substring(slash + 1));
            m = m.asCollector(Object[].class, n);
        }
        handles.put(symbol, m);
        return m;
    }

    private static CallTarget.Helper describe(String symbol, MethodHandle h) {
        MethodType t = h.type();
        List<LirType> params = new ArrayList<>();
        for (Class<?> c : t.parameterList()) {
            params.add(lirType(c, symbol));
        }
        LirType result = t.returnType() == void.class ? null : lirType(t.returnType(), symbol);
        return new CallTarget.Helper(symbol, params, result);
    }

    private static LirType lirType(Class<?> c, String symbol) {
        if (c == long.class) {
            return LirType.I64;
        }
        if (c == boolean.class) {
            return LirType.I1;
        }
        if (c == double.class) {
            return LirType.F64;
        }
        if (c == Object.class) {
            return LirType.REF;
        }
        throw new IllegalArgumentException("helper " + symbol + " has a parameter of type " + c);
    }
}
