package org.jpsyco.backend.i386;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.invoke.MethodHandle;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.backend.jvm.JvmBackend;
import org.jpsyco.backend.jvm.TestLinkage;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.spi.Backend;
import org.junit.jupiter.api.Test;

/**
 * Steady-state speed of machine code beside the jvm backend's bytecode on the same LIR: an integer
 * loop with overflow checks, a Mandelbrot escape loop in doubles, and a dot product over arrays.
 * Only with {@code -Di386.bench=true}; prints nanoseconds per loop iteration.
 */
class NativeSpeedTest {
    static final String SUM = """
            func sum_squares
            b0(%0:i64, %9:ref):
              %1:i64 = const_i64 0
              jump -> b1(%1, %1)
            b1(%2:i64, %3:i64):
              safepoint deopt(@4 [%9, %0, %2, %3])
              %4:i1 = lt_i64 %2, %0
              branch %4 -> b2(), b3()
            b2():
              %15:i64 = const_i64 1023
              %16:i64 = and_i64 %2, %15
              %17:i64 = mul_i64_ovf %16, %16 deopt(@9 [%9, %0, %2, %3])
              %5:i64 = add_i64_ovf %3, %17 deopt(@10 [%9, %0, %2, %3])
              %6:i64 = const_i64 1
              %7:i64 = add_i64_ovf %2, %6 deopt(@14 [%9, %0, %2, %5])
              jump -> b1(%7, %5)
            b3():
              return %3
            """;
    static final String MANDEL = """
            func mandel
            b0(%0:f64, %1:f64, %2:i64):
              %3:f64 = const_f64 0.0
              %4:i64 = const_i64 0
              jump -> b1(%3, %3, %4)
            b1(%5:f64, %6:f64, %7:i64):
              %8:i1 = lt_i64 %7, %2
              branch %8 -> b2(), b4()
            b2():
              %9:f64 = mul_f64 %5, %5
              %10:f64 = mul_f64 %6, %6
              %11:f64 = add_f64 %9, %10
              %12:f64 = const_f64 4.0
              %13:i1 = gt_f64 %11, %12
              branch %13 -> b4(), b3()
            b3():
              %14:f64 = sub_f64 %9, %10
              %15:f64 = add_f64 %14, %0
              %16:f64 = mul_f64 %5, %6
              %17:f64 = const_f64 2.0
              %18:f64 = mul_f64 %16, %17
              %19:f64 = add_f64 %18, %1
              %20:i64 = const_i64 1
              %21:i64 = add_i64 %7, %20
              jump -> b1(%15, %19, %21)
                        b4():
              return %7
""";
    static final String DOT = """
            func dot
            b0(%0:ref, %1:ref):
              %2:i64 = array_length %0
              %3:i64 = const_i64 0
              %4:f64 = const_f64 0.0
              jump -> b1(%3, %4)
            b1(%5:i64, %6:f64):
              %7:i1 = lt_i64 %5, %2
              branch %7 -> b2(), b3()
            b2():
              %8:f64 = load_f64_elem %0, %5
              %9:f64 = load_f64_elem %1, %5
              %10:f64 = mul_f64 %8, %9
              %11:f64 = add_f64 %6, %10
              %12:i64 = const_i64 1
              %13:i64 = add_i64 %5, %12
              jump -> b1(%13, %11)
            b3():
              return %6
            """;

    /** A loop making one helper upcall per iteration: the cost of an upcall beside an inlined call. */
    static final String UPCALL = """
            func odd_count
            b0(%0:i64):
              %1:i64 = const_i64 0
              jump -> b1(%1, %1)
            b1(%2:i64, %3:i64):
              %4:i1 = lt_i64 %2, %0
              branch %4 -> b2(), b4()
            b2():
              %5:i1 = call_helper %2 @h_odd(i64 -> i1)
              %6:i64 = const_i64 1
              %7:i64 = add_i64 %2, %6
              branch %5 -> b3(), b1(%7, %3)
            b3():
              %8:i64 = add_i64 %3, %6
              jump -> b1(%7, %8)
            b4():
              return %3
            """;

    private interface Run {
        Object run(MethodHandle h) throws Throwable;
    }

    private static double nsPerIteration(Backend be, String text, LirType result, long iterations, Run run) throws Throwable {
        LirFunction f = I386BackendTest.parse(text);
        var unit = be.compile(f, new TestLinkage(result));
        if (Boolean.getBoolean("i386.bench.listing")) {
            System.out.println(unit.listing());
        }
        MethodHandle h = unit.entry();
        Object first = run.run(h);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 15; i++) {
            long t0 = System.nanoTime();
            Object r = run.run(h);
            best = Math.min(best, System.nanoTime() - t0);
            assertEquals(first, r);
        }
        unit.free();
        return (double) best / iterations;
    }

    @Test
    void nativeCodeBesideBytecode() throws Throwable {
        assumeTrue(Boolean.getBoolean("i386.bench") && CodeMemory.supported(), "a benchmark: -Di386.bench=true");
        Backend[] backends = {new JvmBackend(), new I386Backend()};
        long n = 20_000_000;
        double[] xs = new double[1000];
        double[] ys = new double[1000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i * 0.5;
            ys[i] = 1.0 / (i + 1);
        }
        for (Backend be : backends) {
            double sum = nsPerIteration(be, SUM, LirType.I64, n, h -> (long) h.invokeExact(n, (Object) "frame"));
            double mandel = nsPerIteration(be, MANDEL, LirType.I64, n, h -> (long) h.invokeExact(-0.5, 0.0, n));
            double dot = nsPerIteration(be, DOT, LirType.F64, 1000L * 2000, h -> {
                double t = 0;
                for (int k = 0; k < 2000; k++) {
                    t += (double) h.invokeExact((Object) xs, (Object) ys);
                }
                return t;
            });
            double up = nsPerIteration(be, UPCALL, LirType.I64, n / 10, h -> (long) h.invokeExact(n / 10));
            System.out.printf("speed %-4s: one helper call per iteration %.3f ns/iteration%n", be.name(), up);
            System.out.printf("speed %-4s: sum of squares %.3f ns/iteration, mandelbrot %.3f ns/iteration, dot product %.3f ns/element"
                    + " (1000-element arrays, one call each)%n", be.name(), sum, mandel, dot);
        }
    }
}
