package org.jpsyco.kernel.value;

import org.jpsyco.kernel.lir.Constant;

/** A value known now. Copies share their {@link KnownCell}, and with it the fixed flag. */
public record CompileTime(KnownCell cell) implements AbstractValue {
    /** A new, not yet fixed constant (a literal, or the result of folding). */
    public static CompileTime of(Constant value) {
        return new CompileTime(new KnownCell(value, false));
    }

    /** A constant fixed from birth (the result of a promotion, or a value code was emitted for). */
    public static CompileTime fixed(Constant value) {
        return new CompileTime(new KnownCell(value, true));
    }

    public Constant value() {
        return cell.value();
    }

    public boolean fixed() {
        return cell.fixed();
    }

    @Override
    public Stage stage() {
        return cell.fixed() ? Stage.FIXED : Stage.COMPILE_TIME;
    }

    @Override
    public String toString() {
        return cell.toString();
    }
}
