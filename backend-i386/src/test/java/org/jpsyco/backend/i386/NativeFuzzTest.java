package org.jpsyco.backend.i386;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jpsyco.backend.i386.lower.Shape;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.backend.jvm.LirEvaluator;
import org.jpsyco.backend.jvm.LirFuzzer;
import org.jpsyco.backend.jvm.TestLinkage;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.Test;

/**
 * Machine code against the reference LIR evaluator on random functions of the native subset
 * (arithmetic near overflow, comparisons, loops with shuffled block arguments, promotions, guards,
 * array reads and writes, exits with live values). A case is one function run on one input.
 * {@code -Di386.fuzz.cases=1000000} makes a long run; {@code -Di386.fuzz.seed} picks the seeds. On
 * a mismatch the {@link Reducer} shrinks the function to a small reproducer.
 */
class NativeFuzzTest {
    private static final int INPUTS = 4;
    private static final int CASES = Integer.getInteger("i386.fuzz.cases", 10_000);
    private static final int CALL_CASES = Integer.getInteger("i386.fuzz.callCases", 1_500);

    static LirType resultType(LirFunction f) {
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

    @Test
    void machineCodeAgreesWithTheEvaluator() throws Throwable {
        fuzz("native", LirFuzzer::generateNative, CASES, false);
    }

    /**
     * Functions with helper calls (some raising), calls through version call sites, references as
     * handles (constants, results, block parameters, exit values) and reference comparisons.
     */
    @Test
    void upcallsAgreeWithTheEvaluator() throws Throwable {
        fuzz("calls", LirFuzzer::generateCalls, CALL_CASES, true);
    }

    private void fuzz(String what, java.util.function.LongFunction<LirFunction> generator, int wanted, boolean mayDecline)
            throws Throwable {
        assumeTrue(CodeMemory.supported(), "needs Linux on x86-64");
        // the poll at every safepoint, as the evaluator does, so random polls can be compared
        I386Backend backend = new I386Backend(null, 1);
        long seed0 = Long.getLong("i386.fuzz.seed", 20261124L);
        int functions = (wanted + INPUTS - 1) / INPUTS;
        int exits = 0;
        int cases = 0;
        int polled = 0;
        int declined = 0;
        long t0 = System.nanoTime();
        for (int n = 0; n < functions; n++) {
            long seed = seed0 + n;
            LirFunction f = generator.apply(seed);
            String why = backend.declines(f);
            if (why != null && mayDecline) {
                // another function in its place, within reason
                declined++;
                functions += declined <= wanted ? 1 : 0;
                continue;
            }
            if (why != null) {
                fail("seed " + seed + " declined: " + why + "\n" + f);
            }
            TestLinkage linkage = new TestLinkage(resultType(f));
            CompiledUnit unit = backend.compile(f, linkage);
            // a third of the functions without arrays get a poll answering true at its k-th call
            // (units taking arrays run in critical downcalls, which never call back)
            int pollAt = seed % 3 == 0 && Shape.of(f).arrays.isEmpty() ? 1 + (int) (seed / 3 % 4) : 0;
            polled += pollAt > 0 ? 1 : 0;
            Random inputs = new Random(seed * 31);
            for (int i = 0; i < INPUTS; i++) {
                long argSeed = inputs.nextLong();
                String expected = run(f, null, null, argSeed, pollAt);
                linkage.events.clear();
                String actual = run(f, unit, linkage, argSeed, pollAt);
                cases++;
                if (!expected.equals(actual)) {
                    LirFunction small = new Reducer(g -> !agrees(backend, g, argSeed, pollAt)).reduce(f);
                    fail("machine code disagrees with the evaluator: seed " + seed + ", input " + i
                            + (pollAt > 0 ? " (the poll answers true at its call " + pollAt + ")" : "")
                            + "\nreduced reproducer (same arguments):\n" + small
                            + " (rerun alone with -Di386.fuzz.seed=" + seed + " -Di386.fuzz.cases=" + INPUTS + ")\n"
                            + "arguments: " + TestLinkage.show(LirFuzzer.arguments(new Random(argSeed))) + "\nexpected:\n" + expected
                            + "\nactual:\n" + actual + "\n" + unit.listing());
                }
                exits += expected.contains("exit@") ? 1 : 0;
            }
            unit.free();
        }
        System.out.printf("i386 fuzz (%s): %d cases (%d functions, %d with a poll that fires, %d declined) in %d ms, %d left through exits%n",
                what, cases, functions - declined, polled, declined, (System.nanoTime() - t0) / 1_000_000, exits);
        assertTrue(exits > cases / 20, "exits: " + exits);
    }

    /** Whether compiled code and the evaluator agree on {@code f} with the arguments of {@code argSeed}. */
    private static boolean agrees(I386Backend backend, LirFunction f, long argSeed, int pollAt) {
        if (backend.declines(f) != null) {
            return true;
        }
        TestLinkage linkage = new TestLinkage(resultType(f));
        CompiledUnit unit = backend.compile(f, linkage);
        try {
            return run(f, null, null, argSeed, pollAt).equals(run(f, unit, linkage, argSeed, pollAt));
        } finally {
            unit.free();
        }
    }

    /** One run on fresh arguments: result, events and the arrays after. */
    private static String run(LirFunction f, CompiledUnit unit, TestLinkage linkage, long argSeed, int pollAt) {
        Object[] args = LirFuzzer.arguments(new Random(argSeed));
        String result;
        List<String> events;
        int[] polls = {0};
        java.util.function.BooleanSupplier poll = () -> ++polls[0] == pollAt;
        if (unit == null) {
            TestLinkage l = new TestLinkage(resultType(f));
            l.poll = poll;
            try {
                result = TestLinkage.show(new LirEvaluator(f, l).run(args));
            } catch (Throwable t) {
                result = "threw " + t;
            }
            events = l.events;
        } else {
            linkage.poll = poll;
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
        // Java leaves NaN payloads unspecified (HotSpot may swap the operands of a commutative
        // operation, and x86 keeps the first NaN operand's sign): any NaN equals any other here
        return (result + "\n" + String.join("\n", events) + "\n" + state).replaceAll("D-?\\d+\\(NaN\\)", "D(NaN)");
    }
}
