package org.jpsyco.kernel.lir;

import java.util.List;

/**
 * A unit of LIR: one compiled version (or a group of versions that jump to each other). The first
 * block is the entry; its parameters are the unit's inputs. Block ids are indices into
 * {@link #blocks()}.
 */
public record LirFunction(String name, List<Block> blocks) {
    public LirFunction {
        blocks = List.copyOf(blocks);
    }

    public Block entry() {
        return blocks.get(0);
    }

    public Block block(int id) {
        return blocks.get(id);
    }

    /** The stable text form ({@link LirPrinter}). */
    @Override
    public String toString() {
        return LirPrinter.print(this);
    }
}
