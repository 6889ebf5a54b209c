package org.jpsyco.kernel.lir;

import java.util.List;

/**
 * The frame state a guard leaves with: the interpreter's resume point (opaque to the kernel, the
 * front end's instruction index) and, for each interpreter slot (locals, cells, value stack in the
 * front end's order), how to rebuild it: a live LIR value, a constant, a virtual object to
 * materialize, or nothing (a dead slot). Virtual objects are listed once and may be shared by
 * several slots or fields; a virtual's fields may name earlier or later virtuals (cycles allowed).
 */
public record DeoptDescriptor(long resumePoint, List<Recovery> slots, List<VirtualObject> virtuals) {
    public DeoptDescriptor {
        slots = List.copyOf(slots);
        virtuals = List.copyOf(virtuals);
    }

    public static DeoptDescriptor of(long resumePoint, Recovery... slots) {
        return new DeoptDescriptor(resumePoint, List.of(slots), List.of());
    }

    /**
     * The LIR values a leaving unit passes to the front end, in the order backends pass them:
     * the {@link Live} slots in slot order, then the {@link Live} fields of each virtual object in
     * {@link #virtuals()} order. A value listed twice is passed twice.
     */
    public List<LirValue> liveValues() {
        java.util.ArrayList<LirValue> out = new java.util.ArrayList<>();
        for (Recovery r : slots) {
            if (r instanceof Live l) {
                out.add(l.value());
            }
        }
        for (VirtualObject v : virtuals) {
            for (Recovery r : v.fields()) {
                if (r instanceof Live l) {
                    out.add(l.value());
                }
            }
        }
        return out;
    }

    /** How one slot or field is rebuilt. */
    public sealed interface Recovery {
        static Recovery of(LirValue v) {
            return new Live(v);
        }
    }

    /** The slot holds this LIR value. */
    public record Live(LirValue value) implements Recovery {
    }

    /** The slot holds this constant. */
    public record Known(Constant value) implements Recovery {
    }

    /** The slot holds the virtual object at this index of {@link #virtuals()}, materialized. */
    public record Materialize(int virtual) implements Recovery {
    }

    /** The slot is dead (or unbound) at the resume point. */
    public record Dead() implements Recovery {
    }

    /** An object not built in compiled code: its kind, named by the strategy that made it, and its fields. */
    public record VirtualObject(String descriptor, List<Recovery> fields) {
        public VirtualObject {
            fields = List.copyOf(fields);
        }
    }
}
