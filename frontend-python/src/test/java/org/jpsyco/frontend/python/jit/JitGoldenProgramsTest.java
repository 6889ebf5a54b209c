package org.jpsyco.frontend.python.jit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jpsyco.backend.jvm.JvmBackend;
import org.jpsyco.frontend.python.testkit.GoldenPrograms;
import org.jpsyco.kernel.spi.Backend;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs under {@code tests/python}, run in this JVM with the JVM backend in the
 * JIT's stress settings (every function compiled at its first call and leaving to the
 * interpreter at every few guards), compared with CPython's output. The system property
 * {@code jpsyco.jit.modes} (modes separated by {@code ;}, flags by spaces) chooses other modes.
 */
class JitGoldenProgramsTest {
    static final Path ROOT = GoldenPrograms.ROOT;
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());

    @TestFactory
    Stream<DynamicNode> goldenProgramsUnderTheJit() throws IOException {
        List<Path> progs = GoldenPrograms.discover();
        String modes = System.getProperty("jpsyco.jit.modes", System.getenv().getOrDefault("JPSYCO_JIT_MODES",
                "--jit=full --deopt-stress=5"));
        List<DynamicNode> nodes = new ArrayList<>();
        for (String mode : modes.split(";")) {
            String[] flags = mode.strip().split("\\s+");
            nodes.add(DynamicContainer.dynamicContainer(mode.strip(), progs.stream().map(p -> DynamicTest.dynamicTest(
                    ROOT.relativize(p) + " [" + mode.strip() + "]",
                    () -> GoldenPrograms.check(p, flags, () -> BACKENDS, List::of)))));
        }
        return nodes.stream();
    }

    static Path sibling(Path prog, String suffix) {
        return GoldenPrograms.sibling(prog, suffix);
    }
}
