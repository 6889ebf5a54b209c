package org.jpsyco.kernel.lir;

/**
 * An opaque field of a front-end object, as the backends' field table names it: an owner (a
 * layout name) and a field name, with the field's machine type.
 */
public record FieldDescriptor(String owner, String name, LirType type) implements Payload {
    /** {@code {IntBox.value:i64}}. */
    @Override
    public String toString() {
        return "{" + owner + "." + name + ":" + type.text() + "}";
    }
}
