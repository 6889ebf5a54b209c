package org.jpsyco.backend.i386;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Instruction;

/**
 * How often native code called back into Java, per kind of site (a helper's symbol, a call of a
 * version, a reference comparison), and how often Java entered native code: what makes a native
 * version slower than backend-jvm's, where each such call is an inlined Java call. Off unless the
 * system property {@value #PROPERTY} is {@code true} (counting puts an atomic add on every
 * upcall); the figures then go to standard error when the JVM exits, most frequent first.
 */
final class UpcallCounts {
    static final String PROPERTY = "jpsyco.i386.upcallStats";
    static final boolean ON = Boolean.getBoolean(PROPERTY);

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    private static final MethodHandle INCREMENT;

    static {
        try {
            INCREMENT = MethodHandles.lookup().findVirtual(LongAdder.class, "increment", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(UpcallCounts::print, "i386-upcall-counts"));
        }
    }

    private UpcallCounts() {
    }

    /** The counter named {@code key}, made on first use. */
    static LongAdder counter(String key) {
        return COUNTS.computeIfAbsent(key, k -> new LongAdder());
    }

    /** What a site's counter is called: its operation and, for calls, the callee's symbol. */
    static String key(Instruction in) {
        return switch (in.payload()) {
            case CallTarget t -> in.op().text() + " " + t.symbol();
            case null, default -> in.op().text();
        };
    }

    /** {@code h} counting each call in {@code key}'s counter first (unchanged when counting is off). */
    static MethodHandle counting(MethodHandle h, String key) {
        if (!ON) {
            return h;
        }
        MethodHandle inc = MethodHandles.dropArguments(INCREMENT.bindTo(counter(key)), 0, h.type().parameterList());
        return MethodHandles.foldArguments(h, inc);
    }

    private static void print() {
        List<Map.Entry<String, LongAdder>> rows = new ArrayList<>(COUNTS.entrySet());
        rows.sort((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()));
        StringBuilder sb = new StringBuilder("i386 upcalls (count, site):\n");
        for (Map.Entry<String, LongAdder> e : rows) {
            sb.append(String.format("%14d  %s%n", e.getValue().sum(), e.getKey()));
        }
        System.err.print(sb);
    }
}
