package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.junit.jupiter.api.Test;

/**
 * Operators on instances of user classes called as their operator methods: the result check
 * (NotImplemented leaves the operator's own TypeError), the helpers' place in frameless
 * versions, and programs whose operator methods change under compiled code.
 */
class OperatorCallsTest {
    @Test
    void aResultOtherThanNotImplementedPassesThrough() {
        PyInt one = PyInt.of(1);
        assertSame(one, OperatorHelpers.operatorResult(one, one, one, BinaryOp.ADD.ordinal()));
    }

    @Test
    void notImplementedIsTheOperatorsTypeError() {
        PyFloat x = PyFloat.of(1.0);
        PyInt y = PyInt.of(2);
        PyException e = assertThrows(PyException.class, () -> OperatorHelpers.operatorResult(
                PySingleton.NOT_IMPLEMENTED, x, y, BinaryOp.SUB.ordinal()));
        assertEquals("unsupported operand type(s) for -: 'float' and 'int'", e.value.strValue());
        e = assertThrows(PyException.class, () -> OperatorHelpers.operatorResult(PySingleton.NOT_IMPLEMENTED, x, y,
                BinaryOp.MUL.ordinal() | Opcode.INPLACE));
        assertEquals("unsupported operand type(s) for *=: 'float' and 'int'", e.value.strValue());
        e = assertThrows(PyException.class, () -> OperatorHelpers.operatorResult(PySingleton.NOT_IMPLEMENTED, x, y,
                BinaryOp.POW.ordinal()));
        assertEquals("unsupported operand type(s) for ** or pow(): 'float' and 'int'", e.value.strValue());
    }

    @Test
    void exactClassGuards() {
        assertTrue(OperatorHelpers.exactlyOf(PyInt.of(3), PyInt.TYPE));
        assertTrue(!OperatorHelpers.exactlyOf(PyFloat.of(3), PyInt.TYPE));
    }

    @Test
    void operatorCallsKeepATypedVersionFrameless() {
        HelperTable h = HelperTable.get();
        LirBuilder b = new LirBuilder("f");
        LirValue v = b.param(0, LirType.REF);
        DeoptDescriptor d = new DeoptDescriptor(0, List.of(new DeoptDescriptor.Live(v)), List.of());
        LirValue cls = b.constant(new Constant.Ref("class", PyInt.TYPE));
        b.guard(LirOp.GUARD_TRUE, d, b.call(h.target("exactlyOf"), null, v, cls));
        LirValue r = b.call(new CallTarget.Version("typed#1:__add__(rr)", List.of(LirType.REF, LirType.REF),
                LirType.REF), d, v, v);
        b.ret(b.call(h.target("operatorResult"), d, r, v, v, b.constI64(0)));
        assertNull(TypedVersions.framelessViolation(b.unverified(), "r"));
    }

    private static void sameAsInterpreter(String source) {
        JitRunner.Outcome expected = JitRunner.run(source, "--jit=off");
        for (String[] mode : List.of(new String[] {"--jit=full"}, new String[] {"--jit=full", "--deopt-stress=3"},
                new String[] {"--jit=profile", "--jit-threshold=1"})) {
            JitRunner.Outcome got = JitRunner.run(source, mode);
            String m = String.join(" ", mode);
            assertEquals(expected.out(), got.out(), "stdout under " + m);
            assertEquals(expected.err(), got.err(), "stderr under " + m);
            assertEquals(expected.status(), got.status(), "exit status under " + m);
        }
    }

    @Test
    void operatorMethodsReplacedOverriddenAndReflected() {
        sameAsInterpreter("""
                class V:
                    def __init__(self, x):
                        self.x = x
                    def __add__(self, o):
                        return V(self.x + o.x)
                    def __mul__(self, k):
                        return V(self.x * k)
                    def __rmul__(self, k):
                        return V(k * self.x + 1)
                    def __isub__(self, o):
                        return V(self.x - o.x - 1000)
                    def __sub__(self, o):
                        return V(self.x - o.x)
                class W(V):
                    def __radd__(self, o):
                        return W(o.x * 100)
                def run(n):
                    a, one = V(0), V(1)
                    out = []
                    for i in range(n):
                        a = a + one
                        a = a * 2 - 3 * one
                        a -= one
                        if i == n // 2:
                            V.__add__ = lambda self, o: V(self.x + 2 * o.x)
                        if i > n - 3:
                            out.append(type(a + W(1)).__name__)
                    return a.x, out
                print(run(40))
                print(run(40))
                try:
                    V(1) * V(2) * 'x'
                except TypeError as e:
                    print(e)
                """);
    }
}
