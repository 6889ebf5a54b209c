package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodType;
import java.util.List;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.junit.jupiter.api.Test;

/**
 * The rule that keeps frameless typed versions unobservable: a typed version's LIR may give its
 * frame (a template constant) only to the namespace checks and call only pure helpers and other
 * typed versions; anything else declines with the reason. And the entry types call sites use.
 */
class TypedVersionsTest {
    private static final HelperTable H = HelperTable.get();

    /** A typed version {@code (i64) -> ref} whose body the test writes between the frame constant and the return. */
    private interface Body {
        LirValue emit(LirBuilder b, LirValue frame, LirValue n, DeoptDescriptor d);
    }

    private static LirFunction typed(Body body) {
        LirBuilder b = new LirBuilder("f");
        LirValue n = b.param(0, LirType.I64);
        LirValue frame = b.constant(new Constant.Ref("frameless f", template()));
        DeoptDescriptor d = new DeoptDescriptor(0, List.of(new DeoptDescriptor.Live(frame)), List.of());
        b.ret(body.emit(b, frame, n, d));
        return b.unverified();
    }

    private static Frame template() {
        CodeObject co = SpecializerTest.compile("x = 1\n");
        return new Frame(co, new PyDict(), new PyDict(), null, null);
    }

    @Test
    void pureTypedCodeAndNamespaceChecksAreFrameless() {
        LirFunction f = typed((b, frame, n, d) -> {
            LirValue holds = b.call(H.target("globalHolds"), null, frame, b.constant(new Constant.Ref("g", new PyDict())),
                    b.constant(new Constant.Ref("a", new Object())));
            b.guard(LirOp.GUARD_TRUE, d, holds);
            LirValue m = b.op(LirOp.ADD_I64_OVF, d, n, b.constI64(1));
            LirValue r = b.call(new CallTarget.Version("typed#1:f(i)", List.of(LirType.I64), LirType.REF), d, m);
            LirValue x = b.call(H.target("unboxInt"), null, r);
            return b.call(H.target("boxInt"), null, x);
        });
        assertNull(TypedVersions.framelessViolation(f, "i"));
    }

    @Test
    void aGenericHelperThatMayRunPythonCodeIsNotFrameless() {
        LirFunction f = typed((b, frame, n, d) -> {
            LirValue x = b.call(H.target("boxInt"), null, n);
            return b.call(H.target("binaryOp"), d, x, x, b.constI64(0));
        });
        assertEquals("calls binaryOp: not frameless", TypedVersions.framelessViolation(f, "i"));
    }

    @Test
    void instanceLayoutsIdentityAndConstructionAreFrameless() {
        LirFunction f = typed((b, frame, n, d) -> {
            LirValue cls = b.constant(new Constant.Ref("class", new Object()));
            LirValue obj = b.call(H.target("newInstance"), null, cls);
            LirValue same = b.call(H.target("isOp"), null, obj, obj, b.constI64(0));
            b.call(H.target("initReturnedNone"), d, same);
            return b.call(H.target("instanceValue"), null, obj, b.constI64(0));
        });
        assertNull(TypedVersions.framelessViolation(f, "i"));
    }

    @Test
    void givingTheFrameToAnyOtherHelperIsNotFrameless() {
        LirFunction f = typed((b, frame, n, d) -> b.call(H.target("call0"), d, frame, b.constI64(3),
                b.constant(new Constant.Ref("fn", new Object()))));
        assertTrue(TypedVersions.framelessViolation(f, "i").startsWith("calls call0"));
    }

    @Test
    void entryTypesFollowTheArgumentKinds() {
        assertEquals(MethodType.methodType(Object.class, long.class, double.class, Object.class),
                TypedCallSite.typeOf("ifr", 'r'));
        assertEquals(MethodType.methodType(long.class, long.class), TypedCallSite.typeOf("i", 'i'));
        assertEquals(MethodType.methodType(double.class), TypedCallSite.typeOf("", 'f'));
    }

    @Test
    void oneNumberKindAtEveryReturnIsReturnedUnboxed() {
        assertEquals('i', TypedReturns.decided("iii"));
        assertEquals('f', TypedReturns.decided("f"));
        assertEquals('r', TypedReturns.decided("ifi"));
        assertEquals('r', TypedReturns.decided("ir"));
        assertEquals('r', TypedReturns.decided(""));
        assertEquals('i', TypedReturns.decided(List.of("version b1", TypedReturns.NOTE + "i")));
    }

    @Test
    void aResultOfAnotherKindGoesToTheCallerAsATypedResult() {
        assertEquals(42L, TypedReturns.asLong(org.jpsyco.frontend.python.objects.PyInt.of(42)));
        TypedReturns.Result r = org.junit.jupiter.api.Assertions.assertThrows(TypedReturns.Result.class,
                () -> TypedReturns.asLong(org.jpsyco.frontend.python.objects.PyFloat.of(1.5)));
        assertEquals(1.5, ((org.jpsyco.frontend.python.objects.PyFloat) r.value).value);
    }

    @Test
    void unboxedNumbersPassAsTheyAreAndEverythingElseAsAReference() {
        LirBuilder b = new LirBuilder("k");
        assertEquals('i', TypedVersions.kindOf(new AVal.Unboxed(b.constI64(1), org.jpsyco.frontend.python.jit.spi.PyKind.INT)));
        assertEquals('f', TypedVersions.kindOf(new AVal.Unboxed(b.constF64(1), org.jpsyco.frontend.python.jit.spi.PyKind.FLOAT)));
        assertEquals('r', TypedVersions.kindOf(new AVal.Unboxed(b.constI1(true), org.jpsyco.frontend.python.jit.spi.PyKind.BOOL)));
        assertEquals('r', TypedVersions.kindOf(new AVal.Unbound()));
    }
}
