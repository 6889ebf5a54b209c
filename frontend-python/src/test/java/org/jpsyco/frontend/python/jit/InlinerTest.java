package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;
import org.junit.jupiter.api.Test;

/**
 * Which typed versions may be copied into their callers and re-executed by the interpreter when a
 * copy leaves: those that only read and compute. Anything that writes, calls another version,
 * loops, promotes or may run Python code is refused, with the reason the JIT log shows.
 */
class InlinerTest {
    private static final HelperTable H = HelperTable.get();

    private interface Body {
        LirValue emit(LirBuilder b, LirValue n, DeoptDescriptor d);
    }

    private static LirFunction typed(Body body) {
        LirBuilder b = new LirBuilder("f");
        LirValue n = b.param(0, LirType.I64);
        LirValue frame = b.constant(new Constant.Ref("frameless f", new Object()));
        DeoptDescriptor d = new DeoptDescriptor(0, List.of(new DeoptDescriptor.Live(frame)), List.of());
        b.ret(body.emit(b, n, d));
        return b.build();
    }

    @Test
    void arithmeticBranchesAndReadsAreInlinable() {
        LirBuilder b = new LirBuilder("clamp");
        LirValue x = b.param(0, LirType.I64);
        DeoptDescriptor d = DeoptDescriptor.of(0);
        int low = b.newBlock();
        int high = b.newBlock(LirType.I64);
        b.branch(b.op(LirOp.LT_I64, x, b.constI64(0)), Target.to(low), Target.to(high, x));
        b.switchTo(low);
        b.ret(b.constI64(0));
        b.switchTo(high);
        LirValue y = b.params(high).get(0);
        LirValue sq = b.op(LirOp.MUL_I64_OVF, d, y, y);
        b.ret(b.call(H.target("shrInt"), d, sq, b.constI64(1)));
        LirFunction f = b.build();
        assertNull(Inliner.refusal(f, 'i'));
        assertEquals(9, Inliner.size(f));
    }

    @Test
    void aWriteIsNotReexecutable() {
        LirFunction f = typed((b, n, d) -> {
            LirValue list = b.constant(new Constant.Ref("l", new Object()));
            b.call(H.target("appendToList"), d, list, list);
            return n;
        });
        assertEquals("it calls appendToList", Inliner.refusal(f, 'i'));
    }

    @Test
    void callsOfOtherVersionsAndGenericHelpersAreRefused() {
        LirFunction calls = typed((b, n, d) -> b.call(
                new CallTarget.Version("typed#1:f(i)", List.of(LirType.I64), LirType.I64), d, n));
        assertEquals("it calls typed#1:f(i)", Inliner.refusal(calls, 'i'));
        LirFunction generic = typed((b, n, d) -> {
            LirValue x = b.call(H.target("boxInt"), null, n);
            b.call(H.target("binaryOp"), d, x, x, b.constI64(0));
            return n;
        });
        assertEquals("it calls binaryOp", Inliner.refusal(generic, 'i'));
    }

    @Test
    void aReturnOfAnotherKindThanTheCallersIsRefused() {
        LirFunction f = typed((b, n, d) -> n);
        assertEquals("it returns f64", Inliner.refusal(typedFloat(), 'i'));
        assertNull(Inliner.refusal(f, 'i'));
    }

    private static LirFunction typedFloat() {
        LirBuilder b = new LirBuilder("g");
        LirValue x = b.param(0, LirType.F64);
        b.ret(b.op(LirOp.MUL_F64, x, x));
        return b.build();
    }
}
