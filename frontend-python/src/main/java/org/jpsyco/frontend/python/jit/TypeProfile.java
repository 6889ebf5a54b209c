package org.jpsyco.frontend.python.jit;

import java.util.HashMap;
import java.util.Map;

import org.jpsyco.frontend.python.jit.spi.PyKind;

/**
 * What type guards of one code object's compiled versions taught: the kind seen at a guard site
 * (an instruction and a frame slot) when the guard failed. A site guarded on a guess first; on
 * failure it learns the kind seen, and a failure of that too makes it megamorphic
 * ({@link PyKind#OBJECT}): the site then stays generic. Every lesson strictly generalizes, so
 * recompilations caused by guards terminate; past {@link #MAX_LESSONS} the code stops guessing.
 */
final class TypeProfile {
    static final int MAX_LESSONS = 24;

    private final Map<Long, PyKind> seen = new HashMap<>();
    /** Instructions whose specialized form left through a guard on its values: they stay generic. */
    private final java.util.BitSet generic = new java.util.BitSet();
    /** Floats were seen at some site: unknown numbers are guessed to be floats. */
    boolean floats;
    int lessons;

    private static long key(int pc, int slot) {
        return ((long) pc << 20) | slot;
    }

    /** The kind learned at the site, or null when it never failed. */
    PyKind at(int pc, int slot) {
        return seen.get(key(pc, slot));
    }

    /** Whether unguessed sites should still be guessed. */
    boolean guessing() {
        return lessons < MAX_LESSONS;
    }

    boolean generic(int pc) {
        return generic.get(pc);
    }

    /** A strategy's guard on the operation at {@code pc} failed (it overflowed, divided by zero, ...). */
    void leftAt(int pc) {
        lessons++;
        generic.set(pc);
    }

    /** Failed int or float guards in this code. */
    private int numberMisses;

    /**
     * Whether unlearned sites should still guess numbers: code whose int or float guards failed
     * {@link #MAX_NUMBER_MISSES} times mixes kinds (vectors built from ints and floats, numbers
     * and other objects), and each further guess would only cost one more recompilation.
     */
    boolean guessingNumbers() {
        return numberMisses < MAX_NUMBER_MISSES && guessing();
    }

    static final int MAX_NUMBER_MISSES = 3;

    /** A guard at the site, expecting {@code expected}, failed on a value of kind {@code observed}. */
    void learn(int pc, int slot, PyKind expected, PyKind observed) {
        if (expected == PyKind.INT || expected == PyKind.FLOAT) {
            numberMisses++;
        }
        learn(pc, slot, observed);
    }

    /** A guard at the site failed on a value of kind {@code observed}. */
    void learn(int pc, int slot, PyKind observed) {
        lessons++;
        PyKind prev = seen.get(key(pc, slot));
        seen.put(key(pc, slot), prev == null ? observed : PyKind.OBJECT);
        if (observed == PyKind.FLOAT) {
            floats = true;
        }
    }
}
