package org.jpsyco.kernel.lir;

/**
 * The non-value part of an instruction, whose class each {@link LirOp} declares: a constant,
 * branch targets, a promotion switch, a call target or a field descriptor.
 */
public sealed interface Payload permits Constant, Targets, PromotionSwitch, CallTarget, FieldDescriptor {
}
