package org.jpsyco.backend.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jpsyco.backend.jvm.codegen.Types;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirParser;
import org.jpsyco.kernel.lir.LirVerifier;
import org.jpsyco.kernel.spi.CompiledUnit;

/** Compiles and runs LIR, and runs the reference evaluator on the same inputs, for comparison. */
final class Harness {
    static final JvmBackend BACKEND = new JvmBackend();

    private Harness() {
    }

    /** What one run did: its result (or the exception it threw) and the linkage's events. */
    record Outcome(String result, List<String> events) {
    }

    static LirFunction parse(String text) {
        return LirVerifier.verify(LirParser.parse(text));
    }

    static CompiledUnit compile(LirFunction f, TestLinkage l) {
        String why = BACKEND.declines(f);
        if (why != null) {
            throw new AssertionError("declined: " + why + "\n" + f);
        }
        return BACKEND.compile(f, l);
    }

    static Outcome runCompiled(LirFunction f, Object... args) {
        TestLinkage l = new TestLinkage(Types.resultType(f));
        CompiledUnit u = compile(f, l);
        return invoke(u, l, args);
    }

    static Outcome invoke(CompiledUnit u, TestLinkage l, Object... args) {
        String result;
        try {
            result = TestLinkage.show(u.entry().invokeWithArguments(args));
        } catch (Throwable t) {
            result = "threw " + t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        return new Outcome(result, new ArrayList<>(l.events));
    }

    static Outcome runEvaluator(LirFunction f, Object... args) {
        TestLinkage l = new TestLinkage(Types.resultType(f));
        String result;
        try {
            result = TestLinkage.show(new LirEvaluator(f, l).run(args));
        } catch (Throwable t) {
            result = "threw " + t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        return new Outcome(result, new ArrayList<>(l.events));
    }

    /** Runs both and checks they agree; returns the compiled outcome. */
    static Outcome agree(LirFunction f, Object... args) {
        Outcome expected = runEvaluator(f, args);
        Outcome actual = runCompiled(f, args);
        assertEquals(expected, actual, () -> "compiled code disagrees with the evaluator on " + java.util.Arrays.toString(args) + "\n" + f);
        return actual;
    }
}
