package org.jpsyco.kernel.lir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One LIR instruction: an operation, the value it defines (or null), its operands, its payload
 * (the class {@link LirOp#payload()} names, or null) and its deopt descriptor (or null). Immutable;
 * well-formedness is the verifier's job, so malformed instructions can be built and reported.
 */
public record Instruction(LirValue result, LirOp op, List<LirValue> operands, Payload payload, DeoptDescriptor deopt) {
    public Instruction {
        Objects.requireNonNull(op, "op");
        operands = List.copyOf(operands);
    }

    /** Every value this instruction reads: operands, then branch arguments, then deopt values. */
    public List<LirValue> uses() {
        List<LirValue> uses = new ArrayList<>(operands);
        for (Target t : targets()) {
            uses.addAll(t.args());
        }
        if (deopt != null) {
            deoptValues(deopt, uses);
        }
        return uses;
    }

    /** The control successors: a jump's or branch's targets, a promotion's cases. */
    public List<Target> targets() {
        return switch (payload) {
            case Targets t -> t.targets();
            case PromotionSwitch p -> p.cases().stream().map(PromotionSwitch.Case::target).toList();
            case null, default -> List.of();
        };
    }

    static void deoptValues(DeoptDescriptor d, List<LirValue> into) {
        for (DeoptDescriptor.Recovery r : d.slots()) {
            if (r instanceof DeoptDescriptor.Live l) {
                into.add(l.value());
            }
        }
        for (DeoptDescriptor.VirtualObject v : d.virtuals()) {
            for (DeoptDescriptor.Recovery r : v.fields()) {
                if (r instanceof DeoptDescriptor.Live l) {
                    into.add(l.value());
                }
            }
        }
    }

    @Override
    public String toString() {
        return LirPrinter.instruction(this);
    }
}
