package org.jpsyco.frontend.python.jit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.kernel.cache.Invalidation;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;

/**
 * What happens to an activation that leaves compiled code: its frame is rebuilt from the exit's
 * descriptor and live values ({@link #restore}), and a failed guard teaches the code's profile
 * what it met and discards the version ({@link #learn}), so the next compilation guards for it.
 */
final class ExitRecovery {

    private ExitRecovery() {
    }

    /**
     * A failed type guard teaches the code's profile the kind it met, and the version goes: the
     * next entry compiles one that guards what was seen (or stays generic there).
     */
    static void learn(CodeState cs, Frame f, Unit u, ExitSite site, int pc) {
        if (site.operationGuard()) {
            cs.profile.leftAt(pc);
        } else {
            int slot = site.slot() - 1;
            int nlocals = f.fast.length;
            Object seenValue = slot < nlocals ? f.fast[slot] : f.stack[slot - nlocals];
            PyKind seen = TypedHelpers.kindOf(seenValue);
            cs.profile.learn(pc, site.slot(), site.expected(), seen);
            if (seen == PyKind.OBJECT && operandsOnTop(f.code, pc)) {
                // an operator on an object other than a number: guessing its other operand is a
                // number would only fail next, one recompilation later
                int top = nlocals + f.sp;
                int other = site.slot() == top ? top - 1 : site.slot() == top - 1 ? top : -1;
                if (other > 0 && cs.profile.at(pc, other) == null) {
                    cs.profile.learn(pc, other, PyKind.OBJECT);
                }
            }
        }
        for (Map.Entry<Integer, Unit> e : new ArrayList<>(cs.units.entrySet())) {
            if (e.getValue() == u) {
                cs.removeUnit(e.getKey());
                // the interpreter runs it again for a while first: its inline caches then see the
                // classes and layouts the other sites meet too, and one recompilation learns them
                // all, instead of one recompilation per failing site
                if (e.getKey() == 0) {
                    cs.entry = null;
                    cs.calls = 0;
                } else {
                    cs.backEdges.remove(e.getKey());
                    cs.resumes.remove(e.getKey());
                }
            }
        }
        u.version().invalidate(new Invalidation(Invalidation.Reason.DISCARDED, "type guard failed at " + pc));
        u.compiled().invalidate();
    }

    /** Whether the instruction at {@code pc} takes two operands from the top of the stack and calls no code first. */
    private static boolean operandsOnTop(CodeObject co, int pc) {
        if (pc < 0 || pc >= co.code.length) {
            return false;
        }
        Opcode op = Opcode.of(co.code[pc]);
        return op == Opcode.BINARY_OP || op == Opcode.COMPARE_OP;
    }

    /**
     * Writes a descriptor's state back into its frame (slot 0); returns the frame. Virtual
     * objects are built first ({@link Materializer}): the live values of their fields follow
     * those of the slots, in the descriptor's order.
     */
    static Frame restore(TypedVersions typed, DeoptDescriptor d, Object[] live) {
        List<DeoptDescriptor.Recovery> slots = d.slots();
        Frame f = (Frame) live[0];
        if (typed.isTemplate(f)) {
            f = typed.materialize(f); // a frameless activation gets its frame now
        }
        int k = 1;
        for (int i = 1; i < slots.size(); i++) {
            if (slots.get(i) instanceof DeoptDescriptor.Live) {
                k++;
            }
        }
        Object[] built = Materializer.build(d.virtuals(), live, k);
        k = 1;
        int nlocals = f.fast.length;
        int depth = slots.size() - 1 - nlocals;
        for (int i = 1; i < slots.size(); i++) {
            Object v = switch (slots.get(i)) {
                case DeoptDescriptor.Live l -> live[k++];
                case DeoptDescriptor.Known c -> ((Constant.Ref) c.value()).value();
                case DeoptDescriptor.Dead x -> null;
                case DeoptDescriptor.Materialize m -> built[m.virtual()];
            };
            if (i <= nlocals) {
                f.fast[i - 1] = (PyObject) v;
            } else {
                f.stack[i - 1 - nlocals] = (PyObject) v;
            }
        }
        for (int j = depth; j < f.stack.length; j++) {
            f.stack[j] = null;
        }
        f.sp = depth;
        return f;
    }
}
