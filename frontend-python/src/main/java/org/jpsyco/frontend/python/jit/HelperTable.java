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
        for (Class<?> c : new Class<?>[] {JitHelpers.class, TypedHelpers.class, CallHelpers.class, DirectCalls.class, ConstantHelpers.class, ShapeHelpers.class, ContainerHelpers.class, MathHelpers.class, StrHelpers.class, OperatorHelpers.class}) {
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

    /**
     * {@code Object[]} builders of arity 0 to 8: a collector made by {@code asCollector} fills its
     * array through a reflective {@code Array.newInstance} that shows in profiles of every
     * variadic helper call (a generator's suspend, tuple building); these are plain allocations.
     */
    private static final MethodHandle[] ARRAYS = new MethodHandle[9];

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            for (int n = 0; n < ARRAYS.length; n++) {
                Class<?>[] params = new Class<?>[n];
                java.util.Arrays.fill(params, Object.class);
                ARRAYS[n] = l.findStatic(HelperTable.class, "array" + n, MethodType.methodType(Object[].class, params));
            }
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Object[] array0() {
        return new Object[0];
    }

    private static Object[] array1(Object a) {
        return new Object[] {a};
    }

    private static Object[] array2(Object a, Object b) {
        return new Object[] {a, b};
    }

    private static Object[] array3(Object a, Object b, Object c) {
        return new Object[] {a, b, c};
    }

    private static Object[] array4(Object a, Object b, Object c, Object d) {
        return new Object[] {a, b, c, d};
    }

    private static Object[] array5(Object a, Object b, Object c, Object d, Object e) {
        return new Object[] {a, b, c, d, e};
    }

    private static Object[] array6(Object a, Object b, Object c, Object d, Object e, Object f) {
        return new Object[] {a, b, c, d, e, f};
    }

    private static Object[] array7(Object a, Object b, Object c, Object d, Object e, Object f, Object g) {
        return new Object[] {a, b, c, d, e, f, g};
    }

    private static Object[] array8(Object a, Object b, Object c, Object d, Object e, Object f, Object g, Object h) {
        return new Object[] {a, b, c, d, e, f, g, h};
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
            m = n < ARRAYS.length ? MethodHandles.collectArguments(m, m.type().parameterCount() - 1, ARRAYS[n])
                    : m.asCollector(Object[].class, n);
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
