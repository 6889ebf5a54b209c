package org.jpsyco.kernel.lir;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class LirVerifierTest {
    private static List<String> problems(String text) {
        return LirVerifier.check(LirParser.parse("func f\n" + text));
    }

    private static void assertProblem(String expected, String text) {
        List<String> ps = problems(text);
        assertTrue(ps.contains(expected), "expected \"" + expected + "\" among " + ps);
    }

    @Test
    void acceptsWellFormedLir() {
        assertEquals(List.of(), problems("""
                b0(%0:i64):
                  %1:i1 = gt_i64 %0, %0
                  branch %1 -> b1(%0), b2()
                b1(%2:i64):
                  return %2
                b2():
                  return %0
                """));
    }

    @Test
    void operandTypesFollowTheTable() {
        assertProblem("b0[0] add_i64: operand 2 is %1:f64, expected i64", """
                b0(%0:i64, %1:f64):
                  %2:i64 = add_i64 %0, %1
                  return %2
                """);
        assertProblem("b0[0] lt_i64: defines %2:i64, expected type i1", """
                b0(%0:i64):
                  %2:i64 = lt_i64 %0, %0
                  return %2
                """);
        assertProblem("b0[0] neg_f64: takes 1 operand(s), has 2", """
                b0(%0:f64):
                  %2:f64 = neg_f64 %0, %0
                  return %2
                """);
    }

    @Test
    void guardsNeedDeoptDescriptorsAndPureOpsTakeNone() {
        LirBuilder b = new LirBuilder("f");
        LirValue x = b.param(0, LirType.I64);
        b.emit(LirOp.ADD_I64_OVF, LirType.I64, null, null, x, x);
        b.emit(LirOp.ADD_I64, LirType.I64, null, DeoptDescriptor.of(0), x, x);
        b.retVoid();
        LirVerifyException e = assertThrows(LirVerifyException.class, b::build);
        assertEquals(List.of("b0[0] add_i64_ovf: a guard needs a deopt descriptor",
                "b0[1] add_i64: takes no deopt descriptor"), e.problems());
    }

    @Test
    void blocksEndInTheirOnlyTerminator() {
        assertProblem("b0[0] return_void: terminator in the middle of the block", """
                b0():
                  return_void
                  return_void
                """);
        assertProblem("b0[0] const_i64: block ends without a terminator", """
                b0():
                  %0:i64 = const_i64 1
                """);
    }

    @Test
    void targetsMatchBlockParameters() {
        assertProblem("b0[0] jump: target b1() passes 0 argument(s), b1 has 1 parameter(s)", """
                b0():
                  jump -> b1()
                b1(%0:i64):
                  return_void
                """);
        assertProblem("b0[1] jump: target b1(%0) passes %0:f64 for parameter %1:i64", """
                b0():
                  %0:f64 = const_f64 1.0
                  jump -> b1(%0)
                b1(%1:i64):
                  return_void
                """);
        assertProblem("b0[0] jump: target b5 does not exist", """
                b0():
                  jump -> b5()
                """);
    }

    @Test
    void usesMustBeDominatedByTheirDefinition() {
        assertProblem("b3[0] return: uses %4, defined in b1, which does not dominate b3", """
                b0(%0:i1):
                  branch %0 -> b1(), b2()
                b1():
                  %4:i64 = const_i64 1
                  jump -> b3()
                b2():
                  jump -> b3()
                b3():
                  return %4
                """);
        assertProblem("b0[0] add_i64: uses %2 before its definition at b0[1]", """
                b0(%0:i64):
                  %1:i64 = add_i64 %0, %2
                  %2:i64 = const_i64 1
                  return %1
                """);
    }

    @Test
    void guardsDescribeOnlyValuesThatExistWhenTheyFail() {
        assertProblem("b0[0] add_i64_ovf: uses %1 before its definition at b0[0]", """
                b0(%0:i64):
                  %1:i64 = add_i64_ovf %0, %0 deopt(@3 [%1])
                  return %1
                """);
        assertProblem("b0[0] guard_true: deopt names virtual object v2, which does not exist", """
                b0(%0:i1):
                  guard_true %0 deopt(@3 [v2])
                  return_void
                """);
    }

    @Test
    void callsFollowTheirTargetsSignature() {
        assertProblem("b0[0] call_helper: operand 1 is %0:i64, expected ref", """
                b0(%0:i64):
                  %1:ref = call_helper %0 @PyObject_Repr(ref -> ref)
                  return %1
                """);
        assertProblem("b0[0] call_helper: defines %1:ref but has no result", """
                b0(%0:ref):
                  %1:ref = call_helper %0 @Py_DecRef(ref -> void)
                  return %1
                """);
    }

    @Test
    void promotionCasesAreTypedAndDistinct() {
        List<String> ps = problems("""
                b0(%0:i64):
                  promote %0 site 1 [i64:1 -> b1(), i64:1 -> b1(), ref:"x" -> b1()] deopt(@0 [%0])
                b1():
                  return_void
                """);
        assertTrue(ps.contains("b0[0] promote: case i64:1 appears twice"), ps.toString());
        assertTrue(ps.contains("b0[0] promote: case ref:\"x\" does not have the promoted value's type i64"), ps.toString());
        assertProblem("b0[0] promote: promotes i64 or ref values, not f64", """
                b0(%0:f64):
                  promote %0 site 1 [] deopt(@0 [%0])
                """);
    }

    @Test
    void returnsAgreeOnTheirType() {
        assertProblem("b2[0] return: returns f64 where another return returns i64", """
                b0(%0:i1, %1:i64, %2:f64):
                  branch %0 -> b1(), b2()
                b1():
                  return %1
                b2():
                  return %2
                """);
    }

    @Test
    void valuesAreDefinedOnce() {
        assertProblem("b0[0] const_i64: %0 is defined twice", """
                b0(%0:i64):
                  %0:i64 = const_i64 2
                  return %0
                """);
    }

    @Test
    void exceptionListsEveryProblem() {
        LirVerifyException e = assertThrows(LirVerifyException.class, () -> LirVerifier.verify(LirParser.parse("""
                func broken
                b0(%0:i64):
                  %1:f64 = add_f64 %0, %0
                """)));
        assertTrue(e.getMessage().startsWith("LIR of broken is malformed:"), e.getMessage());
        assertEquals(3, e.problems().size(), e.problems().toString());
    }
}
