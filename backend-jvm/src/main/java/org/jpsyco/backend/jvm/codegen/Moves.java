package org.jpsyco.backend.jvm.codegen;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Block arguments to block parameters as a parallel move: every parameter receives the value its
 * argument had before the jump. Moves whose destination no pending move still reads go first;
 * when only cycles remain, one destination's current value is saved in a scratch local of that
 * value's kind and its readers read the copy, which opens the cycle. One scratch per kind suffices: a cycle is broken only when
 * nothing else can move, so the previous scratch has been read by then.
 */
final class Moves {
    record Move(int dst, int src, TypeKind kind) {
    }

    private Moves() {
    }

    /** Emits {@code moves}; {@code scratch} gives the scratch slot of a kind. Returns the number emitted. */
    static int emit(CodeBuilder cb, List<Move> moves, Function<TypeKind, Integer> scratch) {
        List<Move> pending = new ArrayList<>();
        for (Move m : moves) {
            if (m.dst() != m.src()) {
                pending.add(m);
            }
        }
        int emitted = 0;
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (int i = 0; i < pending.size(); i++) {
                Move m = pending.get(i);
                if (!readByOther(pending, m)) {
                    cb.loadLocal(m.kind(), m.src());
                    cb.storeLocal(m.kind(), m.dst());
                    pending.remove(i);
                    emitted++;
                    progress = true;
                    break;
                }
            }
            if (!progress) {
                Move m = pending.get(0);
                // save the value m would overwrite, typed as its readers read it: slots are shared
                // between values of different kinds, so a cycle can swap a long with a double
                TypeKind kind = null;
                for (Move p : pending) {
                    if (p.src() == m.dst()) {
                        kind = p.kind();
                        break;
                    }
                }
                int temp = scratch.apply(kind);
                cb.loadLocal(kind, m.dst());
                cb.storeLocal(kind, temp);
                for (int i = 0; i < pending.size(); i++) {
                    Move p = pending.get(i);
                    if (p.src() == m.dst()) {
                        pending.set(i, new Move(p.dst(), temp, p.kind()));
                    }
                }
            }
        }
        return emitted;
    }

    private static boolean readByOther(List<Move> pending, Move m) {
        for (Move p : pending) {
            if (p != m && p.src() == m.dst()) {
                return true;
            }
        }
        return false;
    }
}
