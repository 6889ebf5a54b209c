package org.jpsyco.kernel.value;

import java.util.List;
import java.util.Objects;

/**
 * An object not built yet: a descriptor and its fields as abstract values (null: nothing known).
 * Identity is object identity, so two slots holding the same virtual alias one future object.
 * Fields may share nodes (a DAG); the nesting weight is bounded at merge points.
 */
public final class Virtual implements AbstractValue {
    private final VirtualDescriptor descriptor;
    private final List<AbstractValue> fields;

    public Virtual(VirtualDescriptor descriptor, List<AbstractValue> fields) {
        this.descriptor = Objects.requireNonNull(descriptor);
        this.fields = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fields));
    }

    public VirtualDescriptor descriptor() {
        return descriptor;
    }

    /** The fields, some possibly null (unknown). */
    public List<AbstractValue> fields() {
        return fields;
    }

    /** This object's weight plus that of the virtual objects nested in it. */
    public int nestedWeight() {
        int w = descriptor.weight();
        for (AbstractValue f : fields) {
            if (f instanceof Virtual v) {
                w += v.nestedWeight();
            }
        }
        return w;
    }

    @Override
    public Stage stage() {
        return Stage.VIRTUAL;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(descriptor.name()).append('{');
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(fields.get(i) == null ? "?" : fields.get(i));
        }
        return sb.append('}').toString();
    }
}
