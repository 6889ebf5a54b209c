package org.jpsyco.strategy.types;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jpsyco.backend.jvm.JvmBackend;
import org.jpsyco.frontend.python.jit.StrategyBinding;
import org.jpsyco.frontend.python.testkit.GoldenPrograms;
import org.jpsyco.kernel.spi.Backend;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs under {@code tests/python} (the folders named by the system property
 * {@code jpsyco.types.folders}, default {@code jit arith}), run in this JVM through the
 * specializer with the types strategy alone and the JVM backend, every function compiled at its
 * first call, then again leaving at every few guards, compared with CPython's output.
 */
class TypesGoldenProgramsTest {
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());
    private static final List<StrategyBinding> STRATEGIES = List.of(new StrategyBinding(new TypesStrategy(), null));

    @TestFactory
    Stream<DynamicTest> goldenProgramsWithTheTypesStrategy() throws IOException {
        List<Path> progs = GoldenPrograms.discover(System.getProperty("jpsyco.types.folders", "jit arith").split("\\s+"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String mode : List.of("--jit=full", "--jit=full --deopt-stress=3")) {
            for (Path p : progs) {
                tests.add(DynamicTest.dynamicTest(GoldenPrograms.ROOT.relativize(p) + " [" + mode + "]",
                        () -> GoldenPrograms.check(p, mode.split(" "), () -> BACKENDS, () -> STRATEGIES)));
            }
        }
        return tests.stream();
    }
}
