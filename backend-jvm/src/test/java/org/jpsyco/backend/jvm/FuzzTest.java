package org.jpsyco.backend.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jpsyco.backend.jvm.codegen.Types;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.Test;

/** Compiled code against the reference evaluator on thousands of random functions and inputs. */
class FuzzTest {
    private static final int FUNCTIONS = Integer.getInteger("jvmback.fuzz.functions", 1500);
    private static final int INPUTS = 4;

    @Test
    void compiledCodeAgreesWithTheEvaluator() throws Throwable {
        long seed0 = Long.getLong("jvmback.fuzz.seed", 20261124L);
        int exits = 0;
        int raises = 0;
        long tCompile = 0;
        long tEval = 0;
        long tRun = 0;
        for (int n = 0; n < FUNCTIONS; n++) {
            long seed = seed0 + n;
            LirFunction f = LirFuzzer.generate(seed);
            TestLinkage compiledLinkage = new TestLinkage(Types.resultType(f));
            long t0 = System.nanoTime();
            CompiledUnit unit = Harness.compile(f, compiledLinkage);
            tCompile += System.nanoTime() - t0;
            Random inputs = new Random(seed * 31);
            for (int i = 0; i < INPUTS; i++) {
                long argSeed = inputs.nextLong();
                long t1 = System.nanoTime();
                String expected = run(f, null, null, argSeed);
                long t2 = System.nanoTime();
                compiledLinkage.events.clear();
                String actual = run(f, unit, compiledLinkage, argSeed);
                tEval += t2 - t1;
                tRun += System.nanoTime() - t2;
                if (!expected.equals(actual)) {
                    assertEquals(expected, actual, "seed " + seed + ", input " + i + " (rerun alone with -Djvmback.fuzz.seed=" + seed
                            + " -Djvmback.fuzz.functions=1)\n" + f + "\n" + unit.listing());
                }
                exits += expected.contains("exit@") ? 1 : 0;
                raises += expected.contains("raise@") ? 1 : 0;
            }
            unit.free();
        }
        System.out.printf("fuzz: compile %d ms, evaluator %d ms, compiled runs %d ms%n", tCompile / 1000000, tEval / 1000000, tRun / 1000000);
        // the generator must reach the interesting paths, or the comparison proves little
        assertTrue(exits > FUNCTIONS / 10, "exits: " + exits);
        assertTrue(raises > FUNCTIONS / 50, "raises: " + raises);
    }

    /** One run on fresh arguments from {@code argSeed}: result, events and the mutable arguments after. */
    private static String run(LirFunction f, CompiledUnit unit, TestLinkage linkage, long argSeed) {
        Object[] args = LirFuzzer.arguments(new Random(argSeed));
        String result;
        List<String> events;
        if (unit == null) {
            TestLinkage l = new TestLinkage(Types.resultType(f));
            try {
                result = TestLinkage.show(new LirEvaluator(f, l).run(args));
            } catch (Throwable t) {
                result = "threw " + t;
            }
            events = l.events;
        } else {
            try {
                result = TestLinkage.show(unit.entry().invokeWithArguments(args));
            } catch (Throwable t) {
                result = "threw " + t;
            }
            events = linkage.events;
        }
        List<String> state = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            state.add(TestLinkage.show(args[i]));
        }
        return result + "\n" + String.join("\n", events) + "\n" + state;
    }
}
