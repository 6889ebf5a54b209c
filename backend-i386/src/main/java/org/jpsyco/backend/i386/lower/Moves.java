package org.jpsyco.backend.i386.lower;

import java.util.ArrayList;
import java.util.List;
import org.jpsyco.backend.i386.asm.Assembler;
import org.jpsyco.backend.i386.encoder.Reg;
import org.jpsyco.backend.i386.encoder.Xmm;

/**
 * Copies between locations, one at a time or as a parallel assignment (block arguments to block
 * parameters). A copy is of 64 bits whatever the type, so a frame slot may hold either kind. Memory
 * to memory goes through r11; a cycle of a parallel move is broken through rax or xmm14. A
 * constant source writes its bits.
 */
final class Moves {
    private Moves() {
    }

    static void move(Assembler a, Loc from, Loc to) {
        if (from.equals(to)) {
            return;
        }
        if (from.isConst()) {
            if (to.isReg()) {
                a.mov(to.reg(), from.bits());
            } else if (to.isXmm()) {
                if (from.bits() == 0) {
                    a.xorpd(to.xmm(), to.xmm());
                } else {
                    a.movsd(to.xmm(), a.constant(from.bits()));
                }
            } else if (from.imm32()) {
                a.mov(to.mem(), (int) from.bits());
            } else {
                a.mov(Reg.R11, from.bits());
                a.mov(to.mem(), Reg.R11);
            }
            return;
        }
        if (to.isReg()) {
            if (from.isReg()) {
                a.mov(to.reg(), from.reg());
            } else if (from.isXmm()) {
                a.movq(to.reg(), from.xmm());
            } else {
                a.mov(to.reg(), from.mem());
            }
        } else if (to.isXmm()) {
            if (from.isXmm()) {
                a.movsd(to.xmm(), from.xmm());
            } else if (from.isReg()) {
                a.movq(to.xmm(), from.reg());
            } else {
                a.movsd(to.xmm(), from.mem());
            }
        } else {
            if (from.isReg()) {
                a.mov(to.mem(), from.reg());
            } else if (from.isXmm()) {
                a.movsd(to.mem(), from.xmm());
            } else {
                a.mov(Reg.R11, from.mem());
                a.mov(to.mem(), Reg.R11);
            }
        }
    }

    /** Performs {@code to[i] = from[i]} for all i at once; destinations are distinct. */
    static void parallel(Assembler a, List<Loc> from, List<Loc> to) {
        List<Loc[]> pending = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (!from.get(i).equals(to.get(i))) {
                pending.add(new Loc[] {from.get(i), to.get(i)});
            }
        }
        while (!pending.isEmpty()) {
            Loc[] ready = null;
            for (Loc[] m : pending) {
                boolean blocked = false;
                for (Loc[] o : pending) {
                    if (o != m && o[0].equals(m[1])) {
                        blocked = true;
                        break;
                    }
                }
                if (!blocked) {
                    ready = m;
                    break;
                }
            }
            if (ready != null) {
                move(a, ready[0], ready[1]);
                pending.remove(ready);
                continue;
            }
            // every destination is still a source: a cycle (of locations: constants are never
            // destinations, so never in one); park one source in a scratch register
            Loc src = null;
            for (Loc[] m : pending) {
                if (!m[0].isConst()) {
                    src = m[0];
                    break;
                }
            }
            if (src == null) {
                throw new IllegalStateException("parallel move stuck on constants");
            }
            Loc temp = src.isXmm() ? Loc.of(Xmm.XMM14) : Loc.of(Reg.RAX);
            move(a, src, temp);
            for (Loc[] m : pending) {
                if (m[0].equals(src)) {
                    m[0] = temp;
                }
            }
        }
    }
}
