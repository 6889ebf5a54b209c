package org.jpsyco.backend.jvm;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.FieldDescriptor;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.spi.Linkage;

/**
 * A linkage for tests: helpers are static methods of {@link Helpers}, versions are mutable call
 * sites the test can retarget, exits and raises are recorded in {@link #events} and answer a
 * sentinel of the unit's result type, and fields resolve against {@link Obj}.
 */
public class TestLinkage implements Linkage {
    /** The exception test helpers raise (the front end's exception type, in production). */
    public static final class Raise extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Raise(String message) {
            super(message, null, false, false);
        }
    }

    /** An object with fields of every type; {@code type} is what promotions switch on. */
    public static final class Obj {
        public Object type;
        public long value;
        public double fvalue;
        public Object ref;

        public Obj(Object type, long value, double fvalue) {
            this.type = type;
            this.value = value;
            this.fvalue = fvalue;
        }

        public Obj copy() {
            Obj o = new Obj(type, value, fvalue);
            o.ref = ref;
            return o;
        }

        @Override
        public String toString() {
            return "Obj(" + type + ", " + value + ", " + fvalue + ", " + (ref == this ? "self" : TestLinkage.show(ref)) + ")";
        }
    }

    public final List<String> events = new ArrayList<>();
    public final Map<String, MutableCallSite> versions = new HashMap<>();
    private final LirType resultType; // null: void
    public BooleanSupplier poll = () -> false;
    private final MethodHandle exit;
    private final MethodHandle raise;

    public TestLinkage(LirType resultType) {
        this.resultType = resultType;
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            exit = l.findVirtual(TestLinkage.class, "onExit", MethodType.methodType(Object.class, DeoptDescriptor.class, Object[].class))
                    .bindTo(this);
            raise = l.findVirtual(TestLinkage.class, "onRaise",
                    MethodType.methodType(Object.class, DeoptDescriptor.class, Object[].class, Throwable.class)).bindTo(this);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** What an exit returns, of the unit's type: distinguishable from ordinary results in tests. */
    public Object sentinel(long resume) {
        if (resultType == null) {
            return null;
        }
        return switch (resultType) {
            case I64 -> -1_000_000L - resume;
            case F64 -> -1_000_000.5 - resume;
            case I1 -> resume % 2 == 0;
            case REF -> "exit@" + resume;
        };
    }

    public Object onExit(DeoptDescriptor d, Object[] live) {
        events.add("exit@" + d.resumePoint() + " " + show(live));
        return sentinel(d.resumePoint());
    }

    public Object onRaise(DeoptDescriptor d, Object[] live, Throwable t) {
        events.add("raise@" + d.resumePoint() + " " + show(live) + " " + t.getMessage());
        return sentinel(d.resumePoint() + 1);
    }

    public static String show(Object[] live) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < live.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(show(live[i]));
        }
        return sb.append(']').toString();
    }

    public static String show(Object v) {
        return switch (v) {
            case null -> "null";
            case Long l -> "L" + l;
            case Double d -> "D" + Double.doubleToRawLongBits(d) + "(" + d + ")";
            case Boolean b -> "Z" + b;
            case long[] a -> java.util.Arrays.toString(a);
            case double[] a -> java.util.Arrays.toString(a);
            default -> v.getClass().getSimpleName() + ":" + v;
        };
    }

    @Override
    public MethodHandle helper(CallTarget.Helper target) {
        try {
            MethodHandle h = MethodHandles.lookup().findStatic(Helpers.class, target.symbol(),
                    MethodType.methodType(target.result() == null ? void.class : javaClass(target.result()),
                            target.params().stream().map(TestLinkage::javaClass).toArray(Class<?>[]::new)));
            return h;
        } catch (NoSuchMethodException e) {
            // helpers may take the linkage first, to record what they do
            try {
                List<Class<?>> ps = new ArrayList<>(List.of(TestLinkage.class));
                target.params().forEach(p -> ps.add(javaClass(p)));
                MethodHandle h = MethodHandles.lookup().findStatic(Helpers.class, target.symbol(),
                        MethodType.methodType(target.result() == null ? void.class : javaClass(target.result()), ps));
                return h.bindTo(this);
            } catch (ReflectiveOperationException e2) {
                throw new AssertionError("no test helper " + target.symbol(), e2);
            }
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    static Class<?> javaClass(LirType t) {
        return switch (t) {
            case I64 -> long.class;
            case F64 -> double.class;
            case I1 -> boolean.class;
            case REF -> Object.class;
        };
    }

    @Override
    public CallSite version(CallTarget.Version target) {
        return versions.computeIfAbsent(target.symbol(), s -> {
            MethodType t = MethodType.methodType(target.result() == null ? void.class : javaClass(target.result()),
                    target.params().stream().map(TestLinkage::javaClass).toArray(Class<?>[]::new));
            try {
                MethodHandle h = MethodHandles.lookup().findStatic(Helpers.class, s, t);
                return new MutableCallSite(h);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("no test version " + s, e);
            }
        });
    }

    @Override
    public MethodHandle exitHandler() {
        return exit;
    }

    @Override
    public Class<? extends Throwable> raisedType() {
        return Raise.class;
    }

    @Override
    public MethodHandle raiseHandler() {
        return raise;
    }

    public boolean polled() {
        return poll.getAsBoolean();
    }

    @Override
    public MethodHandle safepointPoll() {
        try {
            return MethodHandles.lookup().findVirtual(TestLinkage.class, "polled", MethodType.methodType(boolean.class)).bindTo(this);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The front end's field table: every owner maps onto {@link Obj}, by field type. */
    public VarHandle field(FieldDescriptor fd) {
        String name = switch (fd.type()) {
            case I64 -> "value";
            case F64 -> "fvalue";
            case REF -> fd.name().equals("ref") ? "ref" : "type";
            case I1 -> throw new IllegalArgumentException(fd.toString());
        };
        try {
            return MethodHandles.publicLookup().findVarHandle(Obj.class, name, fd.type() == LirType.I64 ? long.class
                    : fd.type() == LirType.F64 ? double.class : Object.class);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
