package org.jpsyco.kernel.value;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.kernel.lir.DeoptDescriptor;

/**
 * Turns an abstract frame into the deopt descriptor a guard carries: how the interpreter's frame
 * is rebuilt if the guard fails. Run-time values become live LIR values, compile-time values
 * constants, virtual values objects to materialize; a virtual shared by several slots or fields
 * is listed once, so the interpreter gets one object, aliased as in the frame. Constants are
 * described, not fixed: the exit rebuilds them, no emitted code depends on them.
 */
public final class FrameDescriptors {
    private FrameDescriptors() {
    }

    public static DeoptDescriptor describe(AbstractFrame frame, long resumePoint) {
        Map<Virtual, Integer> index = new IdentityHashMap<>();
        List<DeoptDescriptor.VirtualObject> virtuals = new ArrayList<>();
        List<DeoptDescriptor.Recovery> slots = new ArrayList<>();
        for (AbstractValue v : frame.slots()) {
            slots.add(recovery(v, index, virtuals));
        }
        return new DeoptDescriptor(resumePoint, slots, virtuals);
    }

    private static DeoptDescriptor.Recovery recovery(AbstractValue v, Map<Virtual, Integer> index,
            List<DeoptDescriptor.VirtualObject> virtuals) {
        return switch (v) {
            case null -> new DeoptDescriptor.Dead();
            case RunTime r -> new DeoptDescriptor.Live(r.value());
            case CompileTime c -> new DeoptDescriptor.Known(c.value());
            case Virtual virtual -> {
                Integer i = index.get(virtual);
                if (i == null) {
                    i = virtuals.size();
                    index.put(virtual, i);
                    virtuals.add(null); // reserve the slot: fields may refer back to it
                    List<DeoptDescriptor.Recovery> fields = new ArrayList<>();
                    for (AbstractValue f : virtual.fields()) {
                        fields.add(recovery(f, index, virtuals));
                    }
                    virtuals.set(i, new DeoptDescriptor.VirtualObject(virtual.descriptor().name(), fields));
                }
                yield new DeoptDescriptor.Materialize(i);
            }
        };
    }
}
