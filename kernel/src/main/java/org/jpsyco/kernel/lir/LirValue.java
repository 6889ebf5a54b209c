package org.jpsyco.kernel.lir;

/**
 * An SSA value of a LIR function: defined once, by an instruction or as a block parameter.
 * Its number is unique within its function and is what the printer shows ({@code %7}).
 */
public record LirValue(int id, LirType type) {
    public LirValue {
        if (id < 0) {
            throw new IllegalArgumentException("negative value id " + id);
        }
        java.util.Objects.requireNonNull(type, "type");
    }

    /** {@code %7}. */
    public String ref() {
        return "%" + id;
    }

    /** {@code %7:i64}. */
    @Override
    public String toString() {
        return ref() + ":" + type.text();
    }
}
