package org.jpsyco.frontend.python.objects;

import java.util.Set;

/**
 * Finalizing a generator that a {@code for} loop leaves unfinished. CPython closes such a
 * generator (running its {@code finally} blocks and context exits) the moment its last reference
 * goes, which for {@code for x in gen(): ... break} is the {@code break} itself. jpsyco has no
 * reference counts, so it applies this rule: a {@code for} loop whose iterable is a call
 * expression (a generator made for the loop, which nothing else holds) closes that generator
 * when {@code break} or {@code return} leaves the loop. Calls of built-ins that never make one
 * ({@code range}, {@code enumerate}, {@code zip}, ...) and of {@code iter} (which returns a
 * generator it is given, still held elsewhere) are left alone; so are loops over names and
 * attributes, whose generator other code may resume, and loops left by an exception (the
 * generator is then finalized when collected, as before).
 */
public final class AbandonedIterators {
    private AbandonedIterators() {
    }

    /** Callees whose result is never a fresh generator, or may be one the caller still holds. */
    private static final Set<String> NOT_FRESH = Set.of("range", "enumerate", "zip", "reversed", "sorted", "iter",
            "map", "filter", "open", "list", "tuple", "dict", "set", "frozenset", "str", "bytes", "bytearray",
            "memoryview");

    /** Whether a loop over a call of {@code callee} (a name or attribute, else null) may close its iterator early. */
    public static boolean closesIterator(String callee) {
        return callee != null && !NOT_FRESH.contains(callee);
    }

    /**
     * Called with the loop's iterator and the callee's name when the loop is left early: closes
     * the iterator if it is a generator of that name.
     */
    public static final PyBuiltinFunction CLOSE = new PyBuiltinFunction("_close_abandoned", (a, k) -> {
        PyObject it = a[0];
        PyType t = it.type();
        if (!t.heap && t.name().equals("generator") && Abstract.getAttr(it, "__name__") instanceof PyStr n
                && n.toString().equals(a[1].toString())) {
            Abstract.callMethod(it, "close");
        }
        return PySingleton.NONE;
    });
}
