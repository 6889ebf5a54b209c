package org.jpsyco.backend.i386.encoder;

import java.util.ArrayList;
import java.util.List;

/**
 * A position in one {@link CodeBuffer}, possibly not known yet. Branches to an unbound label are
 * recorded and patched when {@link CodeBuffer#bind} binds it; a label is bound at most once.
 */
public final class Label {
    private int position = -1;
    private final List<JumpSite> uses = new ArrayList<>();

    public boolean isBound() {
        return position >= 0;
    }

    /** The bound offset; only after binding. */
    public int position() {
        if (position < 0) {
            throw new IllegalStateException("label not bound");
        }
        return position;
    }

    void addUse(JumpSite site) {
        uses.add(site);
    }

    List<JumpSite> bindAt(int offset) {
        if (position >= 0) {
            throw new IllegalStateException("label already bound at " + position);
        }
        position = offset;
        List<JumpSite> pending = List.copyOf(uses);
        uses.clear();
        return pending;
    }

    @Override
    public String toString() {
        return position < 0 ? "L(unbound)" : "L" + position;
    }
}
