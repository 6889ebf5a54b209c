package org.jpsyco.frontend.python.jit;

import java.util.HashMap;
import java.util.Map;

import org.jpsyco.frontend.python.bytecode.CodeObject;

/**
 * What the JIT knows about one code object of a running program: its profile (calls, loop
 * iterations), its compiled units by entry instruction (0 for the function's entry, a loop head
 * for on-stack replacement), and why it declined where it did.
 */
final class CodeState {
    final CodeObject code;
    /** A module or class body (run with a namespace), compiled only at loop heads. */
    final boolean body;
    int calls;
    /** psyco.bind: compile at the next call whatever the profile says. */
    boolean bound;
    /** psyco.cannotcompile / unbind: never compile. */
    boolean never;
    boolean everCompiled;
    /** The last reason a compilation of this code object declined, or null. */
    String declined;
    final Map<Integer, Unit> units = new HashMap<>();
    /** {@code units.get(0)}, kept beside the map for the function-entry fast path. */
    Unit entry;
    /** Nothing is ever compiled at the function's entry (declined, or psyco said no). */
    boolean entryClosed;
    final Map<Integer, String> declinedAt = new HashMap<>();
    final Map<Integer, Integer> backEdges = new HashMap<>();
    /** Resumptions of a generator at each of its yield points. */
    final Map<Integer, Integer> resumes = new HashMap<>();
    final Map<Integer, Object> keys = new HashMap<>();
    int recompilations;
    /** What type guards of its versions learned. */
    final TypeProfile profile = new TypeProfile();

    /** The JIT runtime this record belongs to (a code object is seen by one runtime only, but checked). */
    Object owner;

    /**
     * {@link #units} by pc as an array, filled on first use of each entry: a generator enters a
     * unit at a yield point on every resumption, and this is one array load instead of a map
     * lookup. Every change of {@link #units} goes through {@link #putUnit}, {@link #removeUnit} or
     * {@link #clearUnits}, which keep the two the same.
     */
    private Unit[] byPc;

    /** The unit entered at {@code pc}, or null. */
    Unit unitAt(int pc) {
        Unit[] a = byPc;
        if (a != null && pc < a.length) {
            Unit u = a[pc];
            if (u != null) {
                return u;
            }
        }
        Unit u = units.get(pc);
        if (u != null && pc < code.code.length) {
            if (byPc == null) {
                byPc = new Unit[code.code.length];
            }
            byPc[pc] = u;
        }
        return u;
    }

    void putUnit(int pc, Unit u) {
        removeUnit(pc);
        units.put(pc, u);
    }

    void removeUnit(int pc) {
        units.remove(pc);
        if (byPc != null && pc < byPc.length) {
            byPc[pc] = null;
        }
    }

    void clearUnits() {
        units.clear();
        byPc = null;
    }

    CodeState(CodeObject code, boolean body) {
        this.code = code;
        this.body = body;
    }

    /** The code cache key of the versions entered at {@code pc}: the code itself, or one object per loop head. */
    Object key(int pc) {
        return pc == 0 ? code : keys.computeIfAbsent(pc, p -> new Object() {
            @Override
            public String toString() {
                return code.qualname + "@" + p;
            }
        });
    }
}
