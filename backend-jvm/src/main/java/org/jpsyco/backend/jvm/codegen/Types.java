package org.jpsyco.backend.jvm.codegen;

import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.List;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;

/** How LIR types map to the JVM: {@code i64 -> long}, {@code f64 -> double}, {@code i1 -> boolean}, {@code ref -> Object}. */
public final class Types {
    private Types() {
    }

    public static Class<?> javaClass(LirType t) {
        return switch (t) {
            case I64 -> long.class;
            case F64 -> double.class;
            case I1 -> boolean.class;
            case REF -> Object.class;
        };
    }

    /** The result class of a (possibly void) LIR result. */
    public static Class<?> javaClass(LirType t, boolean isVoid) {
        return isVoid ? void.class : javaClass(t);
    }

    public static ClassDesc desc(LirType t) {
        return switch (t) {
            case I64 -> ConstantDescs.CD_long;
            case F64 -> ConstantDescs.CD_double;
            case I1 -> ConstantDescs.CD_boolean;
            case REF -> ConstantDescs.CD_Object;
        };
    }

    /** The kind of the local holding a value (booleans live in int locals). */
    public static TypeKind kind(LirType t) {
        return switch (t) {
            case I64 -> TypeKind.LONG;
            case F64 -> TypeKind.DOUBLE;
            case I1 -> TypeKind.INT;
            case REF -> TypeKind.REFERENCE;
        };
    }

    public static int slots(LirType t) {
        return t == LirType.I64 || t == LirType.F64 ? 2 : 1;
    }

    public static MethodTypeDesc methodDesc(LirType result, List<LirType> params) {
        ClassDesc r = result == null ? ConstantDescs.CD_void : desc(result);
        return MethodTypeDesc.of(r, params.stream().map(Types::desc).toArray(ClassDesc[]::new));
    }

    public static java.lang.invoke.MethodType methodType(LirType result, List<LirType> params) {
        return METHOD_TYPES.computeIfAbsent(new Signature(result, List.copyOf(params)),
                s -> java.lang.invoke.MethodType.methodType(result == null ? void.class : javaClass(result),
                        params.stream().map(Types::javaClass).toArray(Class<?>[]::new)));
    }

    /**
     * Method types by LIR signature. Every helper call of every unit asks for one; the JDK's own
     * interning made {@code MethodType.makeImpl} hot enough for C2 to spend seconds compiling it
     * (JFR on constraints, loaded machine), while programs use a few hundred distinct signatures.
     * Concurrent: units are also generated on the JIT's compiler thread.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Signature, java.lang.invoke.MethodType> METHOD_TYPES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record Signature(LirType result, List<LirType> params) {}

    /**
     * What a unit returns: the type of its {@code return} operands, or null (void) when it only
     * has {@code return_void}. A unit with neither (it always leaves through exits) returns a
     * reference, which is what exit handlers produce.
     */
    public static LirType resultType(LirFunction f) {
        boolean sawVoid = false;
        for (var b : f.blocks()) {
            for (Instruction ins : b.instructions()) {
                if (ins.op() == LirOp.RETURN) {
                    return ins.operands().get(0).type();
                }
                sawVoid |= ins.op() == LirOp.RETURN_VOID;
            }
        }
        return sawVoid ? null : LirType.REF;
    }

    /** The Java type of the unit's entry point. */
    public static java.lang.invoke.MethodType entryType(LirFunction f) {
        return methodType(resultType(f), f.entry().params().stream().map(v -> v.type()).toList());
    }
}
