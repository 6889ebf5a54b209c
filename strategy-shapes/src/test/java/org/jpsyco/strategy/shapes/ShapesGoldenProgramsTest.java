package org.jpsyco.strategy.shapes;

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
 * {@code jpsyco.shapes.folders}, default {@code jit objmodel}), run in this JVM through the
 * specializer with the shapes strategy, alone and after the types strategy, and the JVM
 * backend: compiled after a few iterations (so inline caches have seen the instances), then
 * again leaving at every few guards (which builds virtual tuples and methods from their
 * descriptions), compared with CPython's output by the front end's shared runner.
 */
class ShapesGoldenProgramsTest {
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());

    @TestFactory
    Stream<DynamicTest> goldenProgramsWithTheShapesStrategy() throws IOException {
        List<Path> progs = GoldenPrograms.discover(System.getProperty("jpsyco.shapes.folders", "jit objmodel")
                .split("\\s+"));
        List<DynamicTest> tests = new ArrayList<>();
        List<StrategyBinding> shapes = List.of(new StrategyBinding(new ShapesStrategy(), null));
        List<StrategyBinding> both = List.of(new StrategyBinding(new TypesStrategy(), null),
                new StrategyBinding(new ShapesStrategy(), null));
        for (String mode : List.of("--jit-threshold=5", "--jit-threshold=5 --deopt-stress=3")) {
            for (Path p : progs) {
                String name = GoldenPrograms.ROOT.relativize(p).toString();
                tests.add(DynamicTest.dynamicTest(name + " [shapes " + mode + "]",
                        () -> GoldenPrograms.check(p, mode.split(" "), () -> BACKENDS, () -> shapes)));
                tests.add(DynamicTest.dynamicTest(name + " [types,shapes " + mode + "]",
                        () -> GoldenPrograms.check(p, mode.split(" "), () -> BACKENDS, () -> both)));
            }
        }
        return tests.stream();
    }
}
