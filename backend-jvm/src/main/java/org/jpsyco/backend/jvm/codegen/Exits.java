package org.jpsyco.backend.jvm.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_Throwable;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.spi.BackendException;

/**
 * The ways out of a unit. Every site leaving with the same deopt descriptor jumps to one stub at
 * the end of the entry method. The stub pushes its descriptor and, with every other stub whose
 * descriptor lists the same live values, continues into a tail that passes those values (unboxed,
 * each once) to a cold static method of the class; that method boxes them into the
 * {@code Object[]} the handler takes (in {@link DeoptDescriptor#liveValues()} order, duplicates
 * included), calls the exit or raise handler and returns its result unboxed. Keeping the boxing
 * out of line and sharing tails keeps the entry method small: HotSpot does not compile methods
 * over 8000 bytes of bytecode. Descriptors with more live values than a method can take build
 * the array in the stub instead.
 */
final class Exits {
    private static final int MAX_PARAM_SLOTS = 250;
    private static final ClassDesc CD_OBJECTS = CD_Object.arrayType();

    /** A site leaving through one descriptor: what guards and handlers jump to. */
    private record Site(DeoptDescriptor deopt, Label label, boolean raise) {
    }

    /** Sites whose descriptors list the same live values share one cold method, passed the descriptor. */
    private record SharedKey(boolean raise, List<LirValue> live) {
    }

    private record Shared(SharedKey key, int number) {
    }

    private final UnitCompiler u;
    private final CodeBuilder cb;
    private final Map<DeoptDescriptor, Site> exits = new LinkedHashMap<>();
    private final Map<DeoptDescriptor, Site> raises = new LinkedHashMap<>();
    private final Map<DeoptDescriptor, Label> overflows = new LinkedHashMap<>();
    private final List<Shared> outOfLine = new ArrayList<>();
    private MethodHandle exitHandler;
    private MethodHandle raiseHandler;
    private int throwableSlot = -1;

    Exits(UnitCompiler u, CodeBuilder cb) {
        this.u = u;
        this.cb = cb;
    }

    /** Where code leaving through {@code d} jumps, with an empty operand stack. */
    Label exit(DeoptDescriptor d) {
        return exits.computeIfAbsent(d, k -> new Site(k, cb.newLabel(), false)).label();
    }

    /** The handler of an {@code ArithmeticException} from an exact operation: drops it and exits. */
    Label overflow(DeoptDescriptor d) {
        exit(d);
        return overflows.computeIfAbsent(d, k -> cb.newLabel());
    }

    /** The handler of a call's exceptions: a throwable of the raised type leaves, others propagate. */
    Label raise(DeoptDescriptor d) {
        return raises.computeIfAbsent(d, k -> new Site(k, cb.newLabel(), true)).label();
    }

    /**
     * Emits the stubs at the end of the entry method. Sites sharing a cold method each push their
     * descriptor and jump to one tail that pushes the live values and calls it; sites with more
     * live values than a method can take build the array in place.
     */
    void emitStubs() {
        for (Map.Entry<DeoptDescriptor, Label> e : overflows.entrySet()) {
            cb.labelBinding(e.getValue());
            cb.pop();
            cb.goto_(exits.get(e.getKey()).label());
        }
        Map<SharedKey, List<Site>> groups = new LinkedHashMap<>();
        List<Site> inline = new ArrayList<>();
        List<Site> all = new ArrayList<>(exits.values());
        all.addAll(raises.values());
        for (Site s : all) {
            List<LirValue> live = s.deopt().liveValues();
            int slots = (s.raise() ? 2 : 1) + distinct(live).stream().mapToInt(v -> Types.slots(v.type())).sum();
            if (slots <= MAX_PARAM_SLOTS) {
                groups.computeIfAbsent(new SharedKey(s.raise(), live), k -> new ArrayList<>()).add(s);
            } else {
                inline.add(s);
            }
        }
        for (Map.Entry<SharedKey, List<Site>> g : groups.entrySet()) {
            Shared shared = new Shared(g.getKey(), outOfLine.size());
            outOfLine.add(shared);
            Label tail = cb.newLabel();
            List<Site> sites = g.getValue();
            for (int i = 0; i < sites.size(); i++) {
                Site s = sites.get(i);
                cb.labelBinding(s.label());
                sourceLine(s);
                // raise sites have the throwable on the stack already: it is the first argument
                cb.ldc(u.data.constant(s.deopt(), CD_Object));
                if (i < sites.size() - 1) {
                    cb.goto_(tail);
                }
            }
            cb.labelBinding(tail);
            List<LirValue> distinct = distinct(shared.key().live());
            for (LirValue v : distinct) {
                u.load(cb, v);
            }
            cb.invokestatic(UnitCompiler.UNIT_CLASS, methodName(shared), methodType(shared.key().raise(), distinct));
            returnResult(cb);
        }
        for (Site s : inline) {
            cb.labelBinding(s.label());
            sourceLine(s);
            java.util.function.Consumer<CodeBuilder> desc = code -> code.ldc(u.data.constant(s.deopt(), CD_Object));
            if (s.raise()) {
                cb.astore(throwableSlot());
                inlineRaise(cb, s.deopt().liveValues(), desc, v -> u.slot(v), throwableSlot());
            } else {
                inlineExit(cb, s.deopt().liveValues(), desc, v -> u.slot(v));
            }
            returnResult(cb);
        }
    }

    private void sourceLine(Site s) {
        u.sourceLine(cb, () -> (s.raise() ? "raise " : "exit ") + org.jpsyco.kernel.lir.LirPrinter.deopt(s.deopt()));
    }

    private int throwableSlot() {
        if (throwableSlot < 0) {
            throwableSlot = u.scratch(TypeKind.REFERENCE);
        }
        return throwableSlot;
    }

    private static List<LirValue> distinct(List<LirValue> live) {
        return new ArrayList<>(new LinkedHashSet<>(live));
    }

    private static String methodName(Shared s) {
        return (s.key().raise() ? "raise$" : "exit$") + s.number();
    }

    /** {@code (Throwable, Object descriptor, values...)} for raises, {@code (Object descriptor, values...)} for exits. */
    private MethodTypeDesc methodType(boolean raise, List<LirValue> distinct) {
        List<ClassDesc> params = new ArrayList<>();
        if (raise) {
            params.add(CD_Throwable);
        }
        params.add(CD_Object);
        for (LirValue v : distinct) {
            params.add(Types.desc(v.type()));
        }
        return MethodTypeDesc.of(resultDesc(), params.toArray(ClassDesc[]::new));
    }

    private ClassDesc resultDesc() {
        return u.resultType == null ? ConstantDescs.CD_void : Types.desc(u.resultType);
    }

    private void returnResult(CodeBuilder code) {
        if (u.resultType == null) {
            code.return_();
        } else {
            code.return_(Types.kind(u.resultType));
        }
    }

    /** Adds the cold methods the stubs call. */
    void emitMethods(ClassBuilder clb) {
        for (Shared s : outOfLine) {
            boolean raise = s.key().raise();
            List<LirValue> distinct = distinct(s.key().live());
            // parameter slots of the method, in the order the tail pushed the values
            Map<Integer, Integer> slotOf = new java.util.HashMap<>();
            int descSlot = raise ? 1 : 0;
            int next = descSlot + 1;
            for (LirValue v : distinct) {
                slotOf.put(v.id(), next);
                next += Types.slots(v.type());
            }
            java.util.function.Consumer<CodeBuilder> desc = code -> code.aload(descSlot);
            clb.withMethodBody(methodName(s), methodType(raise, distinct), ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC, code -> {
                if (raise) {
                    inlineRaise(code, s.key().live(), desc, v -> slotOf.get(v.id()), 0);
                } else {
                    inlineExit(code, s.key().live(), desc, v -> slotOf.get(v.id()));
                }
                returnResult(code);
            });
        }
    }

    /** Calls the exit handler with the descriptor and the boxed live values; leaves the result on the stack. */
    private void inlineExit(CodeBuilder code, List<LirValue> live, java.util.function.Consumer<CodeBuilder> desc,
            java.util.function.ToIntFunction<LirValue> slot) {
        code.ldc(u.data.constant(exitHandler(), UnitCompiler.CD_MH));
        desc.accept(code);
        liveArray(code, live, slot);
        code.invokevirtual(UnitCompiler.CD_MH, "invokeExact", MethodTypeDesc.of(resultDesc(), CD_Object, CD_OBJECTS));
    }

    /** Rethrows the throwable in {@code throwable} unless it is of the raised type, else calls the raise handler. */
    private void inlineRaise(CodeBuilder code, List<LirValue> live, java.util.function.Consumer<CodeBuilder> desc,
            java.util.function.ToIntFunction<LirValue> slot, int throwable) {
        Class<? extends Throwable> raised = u.linkage.raisedType();
        if (raised != Throwable.class) {
            Label ours = code.newLabel();
            code.ldc(u.data.constant(raised, ConstantDescs.CD_Class));
            code.aload(throwable);
            code.invokevirtual(ConstantDescs.CD_Class, "isInstance", MethodTypeDesc.of(ConstantDescs.CD_boolean, CD_Object));
            code.ifne(ours);
            code.aload(throwable);
            code.athrow();
            code.labelBinding(ours);
        }
        code.ldc(u.data.constant(raiseHandler(), UnitCompiler.CD_MH));
        desc.accept(code);
        liveArray(code, live, slot);
        code.aload(throwable);
        code.invokevirtual(UnitCompiler.CD_MH, "invokeExact", MethodTypeDesc.of(resultDesc(), CD_Object, CD_OBJECTS, CD_Throwable));
    }

    private static void liveArray(CodeBuilder code, List<LirValue> live, java.util.function.ToIntFunction<LirValue> slot) {
        code.loadConstant(live.size());
        code.anewarray(CD_Object);
        for (int i = 0; i < live.size(); i++) {
            LirValue v = live.get(i);
            code.dup();
            code.loadConstant(i);
            code.loadLocal(Types.kind(v.type()), slot.applyAsInt(v));
            box(code, v.type());
            code.aastore();
        }
    }

    static void box(CodeBuilder code, LirType t) {
        switch (t) {
            case I64 -> code.invokestatic(ConstantDescs.CD_Long, "valueOf", MethodTypeDesc.of(ConstantDescs.CD_Long, ConstantDescs.CD_long));
            case F64 -> code.invokestatic(ConstantDescs.CD_Double, "valueOf",
                    MethodTypeDesc.of(ConstantDescs.CD_Double, ConstantDescs.CD_double));
            case I1 -> code.invokestatic(ConstantDescs.CD_Boolean, "valueOf",
                    MethodTypeDesc.of(ConstantDescs.CD_Boolean, ConstantDescs.CD_boolean));
            case REF -> { }
        }
    }

    private MethodType resultMethodType(Class<?>... params) {
        return MethodType.methodType(Types.javaClass(u.resultType == null ? LirType.REF : u.resultType, u.resultType == null), params);
    }

    private MethodHandle exitHandler() {
        if (exitHandler == null) {
            exitHandler = adapt(u.linkage.exitHandler(), "exit handler", resultMethodType(Object.class, Object[].class));
        }
        return exitHandler;
    }

    private MethodHandle raiseHandler() {
        if (raiseHandler == null) {
            raiseHandler = adapt(u.linkage.raiseHandler(), "raise handler", resultMethodType(Object.class, Object[].class, Throwable.class));
        }
        return raiseHandler;
    }

    private MethodHandle adapt(MethodHandle h, String what, MethodType type) {
        if (h == null) {
            throw new BackendException("jvm backend: the linkage has no " + what);
        }
        try {
            return h.asType(type);
        } catch (RuntimeException e) {
            throw new BackendException("jvm backend: the " + what + " of type " + h.type() + " cannot be adapted to " + type, e);
        }
    }
}
