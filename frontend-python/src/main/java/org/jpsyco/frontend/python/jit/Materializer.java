package org.jpsyco.frontend.python.jit;

import java.util.List;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;

/**
 * Builds the virtual objects of a deopt descriptor when compiled code leaves: the front end's
 * side of the kernel's language-neutral {@link DeoptDescriptor.VirtualObject}. The descriptor
 * names what the specializer virtualized: {@code int}, {@code float}, {@code bool} (an unboxed
 * payload: a boxed number is built from it), {@code range} and {@code range_iterator} (counted
 * loops), {@code method:NAME} (a bound method not yet looked up), {@code tuple} (its items).
 */
final class Materializer {
    /** A virtual object naming its descriptor's leaving point, built as nothing ({@link Inliner}). */
    static final String EXIT_TAG = "exit#";

    private Materializer() {
    }

    /**
     * The objects of {@code virtuals}, in order; their live fields are read from {@code live}
     * starting at {@code k}. A field may name an earlier virtual object.
     */
    static Object[] build(List<DeoptDescriptor.VirtualObject> virtuals, Object[] live, int k) {
        Object[] built = new Object[virtuals.size()];
        for (int i = 0; i < virtuals.size(); i++) {
            DeoptDescriptor.VirtualObject v = virtuals.get(i);
            Object[] fields = new Object[v.fields().size()];
            for (int j = 0; j < fields.length; j++) {
                fields[j] = switch (v.fields().get(j)) {
                    case DeoptDescriptor.Live l -> live[k++];
                    case DeoptDescriptor.Known c -> ((Constant.Ref) c.value()).value();
                    case DeoptDescriptor.Dead x -> null;
                    case DeoptDescriptor.Materialize m -> built[m.virtual()];
                };
            }
            built[i] = materialize(v.descriptor(), fields);
        }
        return built;
    }

    private static Object materialize(String kind, Object[] f) {
        return switch (kind) {
            case "int" -> PyInt.of((Long) f[0]);
            case "float" -> PyFloat.of((Double) f[0]);
            case "bool" -> PyBool.of((Boolean) f[0]);
            case "range" -> TypedHelpers.makeRange(along(f[0]), along(f[1]), along(f[2]));
            case "tuple" -> {
                PyObject[] items = new PyObject[f.length];
                for (int i = 0; i < f.length; i++) {
                    items[i] = (PyObject) f[i];
                }
                yield PyTuple.of(items);
            }
            case "range_iterator" -> TypedHelpers.rangeIterator(along(f[0]), along(f[1]), along(f[2]));
            default -> {
                if (kind.startsWith(EXIT_TAG)) {
                    yield null;
                }
                if (kind.startsWith("method:")) {
                    yield Abstract.getAttr((PyObject) f[0], PyStr.of(kind.substring("method:".length())));
                }
                throw new IllegalStateException("no materializer for virtual " + kind);
            }
        };
    }

    /** A range bound: an unboxed payload, or a boxed int constant. */
    private static long along(Object o) {
        return o instanceof Long l ? l : ((PyInt) o).value;
    }
}
