package org.jpsyco.kernel.lir;

import java.util.List;

/** A control transfer to a block, passing one argument per block parameter. */
public record Target(int block, List<LirValue> args) {
    public Target {
        args = List.copyOf(args);
    }

    public static Target to(int block, LirValue... args) {
        return new Target(block, List.of(args));
    }

    /** {@code b3(%1, %2)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("b").append(block).append('(');
        for (int i = 0; i < args.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(args.get(i).ref());
        }
        return sb.append(')').toString();
    }
}
