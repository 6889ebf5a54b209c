package org.jpsyco.backend.i386.encoder;

/**
 * An immediate or a relative displacement. Its width is chosen by the form ({@link Kind#I8},
 * {@link Kind#I32}, {@link Kind#I64}, {@link Kind#REL8}, {@link Kind#REL32}), which checks the range.
 * A relative displacement counts from the end of the instruction, as the processor does.
 */
public record Imm(long value) implements Operand {
    public static Imm of(long value) {
        return new Imm(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
