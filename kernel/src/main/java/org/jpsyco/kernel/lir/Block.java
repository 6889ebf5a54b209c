package org.jpsyco.kernel.lir;

import java.util.List;

/**
 * A basic block: parameters (the values its predecessors pass; LIR uses block parameters instead
 * of phis) and instructions, the last of which is its only terminator.
 */
public record Block(int id, List<LirValue> params, List<Instruction> instructions) {
    public Block {
        params = List.copyOf(params);
        instructions = List.copyOf(instructions);
    }

    /** The last instruction, or null for an empty block. */
    public Instruction terminator() {
        return instructions.isEmpty() ? null : instructions.get(instructions.size() - 1);
    }
}
