package org.jpsyco.strategy.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jpsyco.backend.jvm.JvmBackend;
import org.jpsyco.frontend.python.cli.PythonMain;
import org.jpsyco.frontend.python.jit.StrategyBinding;
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
 * descriptions), compared with CPython's output.
 */
class ShapesGoldenProgramsTest {
    static final Path ROOT = Path.of("..", "tests", "python").toAbsolutePath().normalize();
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());

    @TestFactory
    Stream<DynamicTest> goldenProgramsWithTheShapesStrategy() throws IOException {
        List<Path> progs = new ArrayList<>();
        for (String folder : System.getProperty("jpsyco.shapes.folders", "jit objmodel").split("\\s+")) {
            Path dir = ROOT.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".py") && Files.exists(sibling(p, ".out"))).sorted().forEach(progs::add);
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        List<StrategyBinding> shapes = List.of(new StrategyBinding(new ShapesStrategy(), null));
        List<StrategyBinding> both = List.of(new StrategyBinding(new TypesStrategy(), null),
                new StrategyBinding(new ShapesStrategy(), null));
        for (String mode : List.of("--jit-threshold=5", "--jit-threshold=5 --deopt-stress=3")) {
            for (Path p : progs) {
                tests.add(DynamicTest.dynamicTest(ROOT.relativize(p) + " [shapes " + mode + "]",
                        () -> check(p, mode.split(" "), shapes)));
                tests.add(DynamicTest.dynamicTest(ROOT.relativize(p) + " [types,shapes " + mode + "]",
                        () -> check(p, mode.split(" "), both)));
            }
        }
        return tests.stream();
    }

    static Path sibling(Path prog, String suffix) {
        String name = prog.getFileName().toString();
        return prog.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    private static void check(Path prog, String[] flags, List<StrategyBinding> strategies) throws IOException {
        Path dir = prog.getParent();
        byte[] in = Files.exists(sibling(prog, ".in")) ? Files.readAllBytes(sibling(prog, ".in")) : new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>();
        env.put("JPSYCO_CWD", dir.toString());
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        List<String> argv = new ArrayList<>(List.of(flags));
        argv.add(prog.getFileName().toString());
        int status = PythonMain.main(argv.toArray(String[]::new), env, new ByteArrayInputStream(in),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, () -> BACKENDS, () -> strategies);
        String actualErr = err.toString(StandardCharsets.UTF_8).replace(dir + "/", "{dir}/");
        String expectedExit = read(sibling(prog, ".exit")).strip();
        assertEquals(read(sibling(prog, ".out")), out.toString(StandardCharsets.UTF_8), "stdout of " + prog);
        assertEquals(read(sibling(prog, ".err")), actualErr, "stderr of " + prog);
        assertEquals(expectedExit.isEmpty() ? "0" : expectedExit, Integer.toString(status), "exit status of " + prog);
    }
}
