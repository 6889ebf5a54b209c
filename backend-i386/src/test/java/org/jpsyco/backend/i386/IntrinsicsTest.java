package org.jpsyco.backend.i386;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.function.BinaryOperator;
import org.jpsyco.backend.i386.lower.Shape;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.backend.jvm.TestLinkage;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirParser;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirVerifier;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The helpers computed in line (shift checks, floor division and modulo, abs, min, max) against
 * what the front end's helpers compute, on the values where they differ from the plain machine
 * instruction: signs, zero, -1, the extremes, NaN and signed zeros.
 */
class IntrinsicsTest {
    private static final long[] INTS = {0, 1, -1, 2, -2, 3, -3, 7, -7, 63, 64, 65, -63, -64, 100, -100, 1L << 31, -(1L << 31),
        1L << 62, -(1L << 62), Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 0x5555_5555_5555L};
    private static final double[] FLOATS = {0.0, -0.0, 1.0, -1.0, 2.5, -2.5, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE};

    private final I386Backend backend = new I386Backend();

    @BeforeEach
    void native_() {
        assumeTrue(CodeMemory.supported(), "needs Linux on x86-64");
    }

    private CompiledUnit unit(String helper, String params, String result, int arity) {
        String t = params.startsWith("f64") ? "f64" : "i64";
        String args = arity == 1 ? "%0" : "%0, %1";
        String text = "func " + helper + "\n"
                + "b0(%0:" + t + (arity == 1 ? "" : ", %1:" + t) + "):\n"
                + "  %2:" + result + " = call_helper " + args + " @" + helper + "(" + params + " -> " + result + ") deopt(@1 [" + args + "])\n"
                + "  return %2\n";
        LirFunction f = LirVerifier.verify(LirParser.parse(text));
        assertFalse(Shape.of(f).hasUpcalls(), helper + " is still an upcall");
        LirType rt = switch (result) {
            case "i1" -> LirType.I1;
            case "f64" -> LirType.F64;
            default -> LirType.I64;
        };
        return backend.compile(f, new TestLinkage(rt));
    }

    private void ints(String helper, String result, BinaryOperator<Long> expected, boolean nonZeroDivisor) throws Throwable {
        CompiledUnit u = unit(helper, "i64, i64", result, 2);
        try {
            for (long a : INTS) {
                for (long b : INTS) {
                    if (nonZeroDivisor && b == 0) {
                        continue;
                    }
                    Object want = expected.apply(a, b);
                    Object got = u.entry().invokeWithArguments(a, b);
                    if (result.equals("i1")) {
                        want = (Long) want != 0;
                    }
                    assertEquals(want, got, helper + "(" + a + ", " + b + ")");
                }
            }
        } finally {
            u.free();
        }
    }

    @Test
    void integerHelpers() throws Throwable {
        ints("floorDivInt", "i64", Math::floorDiv, true);
        ints("modInt", "i64", Math::floorMod, true);
        ints("minInt", "i64", (a, b) -> b < a ? b : a, false);
        ints("maxInt", "i64", (a, b) -> b > a ? b : a, false);
        ints("shlFits", "i1", (a, n) -> n >= 0 && n < 64 && ((a << n) >> n) == a ? 1L : 0L, false);
        ints("shrInt", "i64", (a, n) -> a >> Math.min(n, 63), false);
        CompiledUnit abs = unit("absInt", "i64", "i64", 1);
        for (long a : INTS) {
            assertEquals(Math.abs(a), abs.entry().invokeWithArguments(a), "absInt(" + a + ")");
        }
        abs.free();
    }

    @Test
    void aZeroDivisorLeavesInsteadOfTrapping() throws Throwable {
        CompiledUnit u = unit("modInt", "i64, i64", "i64", 2);
        // the call's descriptor: the interpreter redoes the operation and raises
        assertEquals(new TestLinkage(LirType.I64).sentinel(1), u.entry().invokeWithArguments(5L, 0L));
        u.free();
    }

    @Test
    void floatHelpers() throws Throwable {
        CompiledUnit min = unit("minFloat", "f64, f64", "f64", 2);
        CompiledUnit max = unit("maxFloat", "f64, f64", "f64", 2);
        for (double a : FLOATS) {
            for (double b : FLOATS) {
                double lo = b < a ? b : a;
                double hi = b > a ? b : a;
                assertEquals(Double.doubleToRawLongBits(lo), Double.doubleToRawLongBits((Double) min.entry().invokeWithArguments(a, b)),
                        "minFloat(" + a + ", " + b + ")");
                assertEquals(Double.doubleToRawLongBits(hi), Double.doubleToRawLongBits((Double) max.entry().invokeWithArguments(a, b)),
                        "maxFloat(" + a + ", " + b + ")");
            }
        }
        min.free();
        max.free();
    }
}
