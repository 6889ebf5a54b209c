package org.jpsyco.strategy.constants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jpsyco.backend.jvm.JvmBackend;
import org.jpsyco.frontend.python.jit.StrategyBinding;
import org.jpsyco.frontend.python.testkit.GoldenPrograms;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.strategy.types.TypesStrategy;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs under {@code tests/python} (the folders named by the system property
 * {@code jpsyco.constants.folders}, default {@code jit}), run in this JVM through the specializer
 * with the constants strategy alone and ahead of the types strategy, every function compiled at
 * its first call, then again leaving at every few guards, compared with CPython's output by the
 * front end's shared runner.
 */
class ConstantsGoldenProgramsTest {
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());
    private static final List<StrategyBinding> ALONE = List.of(new StrategyBinding(new ConstantsStrategy(), null));
    private static final List<StrategyBinding> WITH_TYPES = List.of(new StrategyBinding(new ConstantsStrategy(), null),
            new StrategyBinding(new TypesStrategy(), null));

    @TestFactory
    Stream<DynamicTest> goldenProgramsWithTheConstantsStrategy() throws IOException {
        List<Path> progs = GoldenPrograms.discover(System.getProperty("jpsyco.constants.folders", "jit").split("\\s+"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : progs) {
            String name = GoldenPrograms.ROOT.relativize(p).toString();
            tests.add(DynamicTest.dynamicTest(name + " [constants, --jit=full]", () -> check(p, ALONE, "--jit=full")));
            tests.add(DynamicTest.dynamicTest(name + " [constants,types, --jit=full]",
                    () -> check(p, WITH_TYPES, "--jit=full")));
            tests.add(DynamicTest.dynamicTest(name + " [constants,types, --deopt-stress=3]",
                    () -> check(p, WITH_TYPES, "--jit=full", "--deopt-stress=3")));
        }
        return tests.stream();
    }

    private static void check(Path prog, List<StrategyBinding> strategies, String... flags) throws IOException {
        GoldenPrograms.check(prog, flags, () -> BACKENDS, () -> strategies);
    }
}
