package org.jpsyco.kernel.lir;

import java.util.List;

/** The successors of a {@code jump} (one) or a {@code branch} (taken if true, then if false). */
public record Targets(List<Target> targets) implements Payload {
    public Targets {
        targets = List.copyOf(targets);
    }

    public static Targets of(Target... targets) {
        return new Targets(List.of(targets));
    }
}
