package org.jpsyco.kernel.lir;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The printer's text form is stable and the parser reads back exactly what it wrote. */
class LirTextTest {
    static final String SUM = """
            func sum
            b0(%0:i64):
              %3:i64 = const_i64 0
              %4:i64 = const_i64 0
              jump -> b1(%3, %4)
            b1(%1:i64, %2:i64):
              %5:i1 = lt_i64 %1, %0
              branch %5 -> b2(), b3()
            b2():
              %6:i64 = add_i64_ovf %2, %1 deopt(@14 [%0, %1, %2, _])
              %7:i64 = const_i64 1
              %8:i64 = add_i64_ovf %1, %7 deopt(@20 [%0, %1, %6, i64:1] v0=int{%1})
              safepoint deopt(@4 [%0, %8, %6, _])
              jump -> b1(%8, %6)
            b3():
              return %2
            """;

    static final String EVERYTHING = """
            func everything
            b0(%0:ref, %1:f64, %2:ref):
              %3:f64 = const_f64 -1.5E300
              %4:f64 = const_f64 NaN
              %5:i1 = const_i1 true
              %6:ref = const_ref "None"
              %7:f64 = sqrt_f64 %1
              %8:i1 = lt_f64 %7, %3
              %9:i64 = load_field_i64 %0 {IntBox.value:i64}
              store_field_ref %0, %6 {py.Cell.contents:ref}
              %10:i64 = array_length %2
              %11:f64 = load_f64_elem %2, %10
              %12:ref = call_helper %0, %6 @PyNumber_Add(ref, ref -> ref) deopt(@3 [%0, ref:"None", v0] v0=tuple{%0, v1} v1=float{%11})
              call_version @print_it(-> void)
              %13:i64 = f64_to_i64 %7 deopt(@5 [])
              promote %9 site 2 [i64:5 -> b1(%9), i64:-7 -> b2()] deopt(@6 [%9])
            b1(%14:i64):
              exit deopt(@9 [%14, f64:0.5, i1:false])
            b2():
              return_void
            """;

    @Test
    void printsTheStableTextForm() {
        LirBuilder b = new LirBuilder("sum");
        LirValue n = b.param(0, LirType.I64);
        int head = b.newBlock(LirType.I64, LirType.I64);
        int body = b.newBlock();
        int exit = b.newBlock();
        b.jump(Target.to(head, b.constI64(0), b.constI64(0)));
        LirValue i = b.params(head).get(0);
        LirValue total = b.params(head).get(1);
        b.switchTo(head);
        b.branch(b.op(LirOp.LT_I64, i, n), Target.to(body), Target.to(exit));
        b.switchTo(body);
        LirValue t2 = b.op(LirOp.ADD_I64_OVF, DeoptDescriptor.of(14, live(n), live(i), live(total), new DeoptDescriptor.Dead()), total, i);
        LirValue one = b.constI64(1);
        LirValue i2 = b.op(LirOp.ADD_I64_OVF, new DeoptDescriptor(20,
                List.of(live(n), live(i), live(t2), new DeoptDescriptor.Known(Constant.of(1L))),
                List.of(new DeoptDescriptor.VirtualObject("int", List.of(live(i))))), i, one);
        b.guard(LirOp.SAFEPOINT, DeoptDescriptor.of(4, live(n), live(i2), live(t2), new DeoptDescriptor.Dead()));
        b.jump(Target.to(head, i2, t2));
        b.switchTo(exit);
        b.ret(total);
        assertEquals(SUM, b.build().toString());
    }

    @Test
    void parsesWhatItPrints() {
        for (String text : List.of(SUM, EVERYTHING)) {
            LirFunction f = LirParser.parse(text);
            assertEquals(List.of(), LirVerifier.check(f), text);
            assertEquals(text, LirPrinter.print(f));
            assertEquals(f, LirParser.parse(LirPrinter.print(f)), "parse(print(f)) equals f");
        }
    }

    @Test
    void parsedInstructionsCarryTheirPayloads() {
        LirFunction f = LirParser.parse(EVERYTHING);
        Instruction call = f.entry().instructions().get(10);
        assertEquals(LirOp.CALL_HELPER, call.op());
        CallTarget.Helper h = (CallTarget.Helper) call.payload();
        assertEquals("PyNumber_Add", h.symbol());
        assertEquals(List.of(LirType.REF, LirType.REF), h.params());
        assertEquals(2, call.deopt().virtuals().size());
        assertEquals(new DeoptDescriptor.Materialize(1), call.deopt().virtuals().get(0).fields().get(1));
        Instruction promote = f.entry().terminator();
        PromotionSwitch p = (PromotionSwitch) promote.payload();
        assertEquals(2, p.site());
        assertEquals(Constant.of(-7L), p.cases().get(1).value());
        assertTrue(Double.isNaN(((Constant.F64) f.entry().instructions().get(1).payload()).value()));
    }

    @Test
    void parseErrorsNameTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LirParser.parse("func f\nb0():\n  %1:i64 = frob_i64\n"));
        assertTrue(e.getMessage().startsWith("line 3: unknown operation 'frob_i64'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LirParser.parse("func f\nb0():\n  return %4\n"));
        assertTrue(e.getMessage().contains("%4 is used but never defined"), e.getMessage());
    }

    private static DeoptDescriptor.Recovery live(LirValue v) {
        return new DeoptDescriptor.Live(v);
    }
}
