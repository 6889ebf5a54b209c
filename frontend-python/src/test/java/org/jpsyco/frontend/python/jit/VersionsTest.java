package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.jit.spi.Operator;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.jit.spi.PythonStrategy;
import org.jpsyco.frontend.python.jit.spi.Rep;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.jit.spi.SpecializerTool;
import org.jpsyco.kernel.lir.LirOp;
import org.junit.jupiter.api.Test;

/**
 * Versions at merge points and kinds: constants unfixed into unboxed loop variables, dead locals
 * out of signatures, the bound on versions per merge point, and the strategy SPI's contract
 * (a declining strategy leaves the generic path).
 */
class VersionsTest {
    /** A strategy that adds ints on i64 and declines everything else. */
    static final class AddsInts implements PythonStrategy {
        int consulted;

        @Override
        public String name() {
            return "test-adds";
        }

        @Override
        public boolean unboxesNumbers() {
            return true;
        }

        @Override
        public SValue binaryOp(SpecializerTool t, Operator op, SValue x, SValue y) {
            consulted++;
            if (op == Operator.ADD && x.kind() == PyKind.INT && y.kind() == PyKind.INT) {
                return t.ofI64(t.checked(LirOp.ADD_I64_OVF, t.i64(x), t.i64(y)));
            }
            return null;
        }
    }

    static final class Declines implements PythonStrategy {
        @Override
        public String name() {
            return "test-declines";
        }
    }

    private static Specializer.Result specialize(String source, String fn, PythonStrategy... strategies) {
        CodeObject co = SpecializerTest.function(SpecializerTest.compile(source), fn);
        List<StrategyBinding> bs = java.util.Arrays.stream(strategies).map(s -> new StrategyBinding(s, null)).toList();
        return Specializer.specialize(co, 0, new Object(), false, null, bs, null);
    }

    private static long count(Specializer.Result r, LirOp op) {
        return r.function().blocks().stream().flatMap(b -> b.instructions().stream()).filter(i -> i.op() == op).count();
    }

    @Test
    void aConstantLoopCounterBecomesAnUnboxedI64() {
        AddsInts s = new AddsInts();
        Specializer.Result r = specialize("def f(n):\n    i = 0\n    while i != n:\n        i = i + 1\n    return i\n", "f", s);
        assertNull(r.declined());
        assertTrue(count(r, LirOp.ADD_I64_OVF) >= 1, r.function().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("i:int(i64)")), String.join("\n", r.notes()));
        assertEquals(List.of(new StrategyBinding(s, null)), r.used());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("BINARY_OP") && n.endsWith("test-adds")));
    }

    @Test
    void deadLocalsAreLeftOutOfSignatures() {
        Specializer.Result r = specialize("def f(n):\n    t = n\n    i = 0\n    while i != n:\n        i = i + 1\n    return i\n",
                "f", new AddsInts());
        for (String note : r.notes()) {
            if (note.startsWith("version")) {
                assertFalse(note.contains("t:"), note);
            }
        }
    }

    @Test
    void versionsPerMergePointAreBounded() {
        // x changes kind every iteration: int, then float, then str, then list, then tuple...
        Specializer.Result r = specialize("def f(n):\n    x = 0\n    for i in n:\n        if i:\n            x = 1.5\n"
                + "        elif i is None:\n            x = 'a'\n        else:\n            x = [x]\n    return x\n", "f",
                new AddsInts());
        assertNull(r.declined());
        java.util.Map<String, Integer> perPc = new java.util.HashMap<>();
        for (String note : r.notes()) {
            if (note.startsWith("version")) {
                perPc.merge(note.substring(note.indexOf(" at ") + 4, note.indexOf(" (line")), 1, Integer::sum);
            }
        }
        for (int n : perPc.values()) {
            assertTrue(n <= Specializer.MAX_VERSIONS + 1, perPc.toString());
        }
    }

    @Test
    void decliningStrategiesLeaveTheGenericPath() {
        Specializer.Result r = specialize("def f(a, b):\n    return a * b + 1\n", "f", new Declines());
        assertNull(r.declined());
        assertEquals(0, count(r, LirOp.ADD_I64_OVF));
        assertTrue(r.used().isEmpty());
        assertTrue(r.function().toString().contains("@binaryOp"));
    }

    @Test
    void theProfileLearnsOnceThenGoesMegamorphic() {
        TypeProfile p = new TypeProfile();
        assertNull(p.at(4, 2));
        p.learn(4, 2, PyKind.FLOAT);
        assertEquals(PyKind.FLOAT, p.at(4, 2));
        assertTrue(p.floats);
        p.learn(4, 2, PyKind.INT);
        assertEquals(PyKind.OBJECT, p.at(4, 2));
        assertFalse(p.generic(7));
        p.leftAt(7);
        assertTrue(p.generic(7));
    }

    @Test
    void unboxedValuesReportTheirRepresentation() {
        assertEquals(Rep.I64, new AVal.Unboxed(new org.jpsyco.kernel.lir.LirValue(1, org.jpsyco.kernel.lir.LirType.I64),
                PyKind.INT).rep());
        assertEquals(Rep.F64, new AVal.Unboxed(new org.jpsyco.kernel.lir.LirValue(1, org.jpsyco.kernel.lir.LirType.F64),
                PyKind.FLOAT).rep());
    }
}
