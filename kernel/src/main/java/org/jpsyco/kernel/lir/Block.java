package org.jpsyco.kernel.lir;

import java.util.List;

/**
 * A basic block: parameters and instructions, the last of which is its only terminator.
 *
 * <p>Block parameters instead of phis: every jump, branch or promotion case passes one argument
 * per parameter of its target. This is exactly the specializer's unification: a version's entry
 * block takes the run-time values of its snapshot as parameters, and a live frame that matches it
 * jumps there passing its own values in that order. The JVM backend maps parameters onto method
 * arguments and locals, the x86-64 backend onto its register/stack shuffle before a jump, and
 * no pass has to keep phis at the head of blocks in step with predecessor order.
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
