package org.jpsyco.strategy.types;

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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs under {@code tests/python} (the folders named by the system property
 * {@code jpsyco.types.folders}, default {@code jit arith}), run in this JVM through the
 * specializer with the types strategy and the JVM backend, every function compiled at its first
 * call, then again leaving at every few guards, compared with CPython's output.
 */
class TypesGoldenProgramsTest {
    static final Path ROOT = Path.of("..", "tests", "python").toAbsolutePath().normalize();
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());
    private static final List<StrategyBinding> STRATEGIES = List.of(new StrategyBinding(new TypesStrategy(), null));

    @TestFactory
    Stream<DynamicTest> goldenProgramsWithTheTypesStrategy() throws IOException {
        List<Path> progs = new ArrayList<>();
        for (String folder : System.getProperty("jpsyco.types.folders", "jit arith").split("\\s+")) {
            Path dir = ROOT.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".py") && Files.exists(sibling(p, ".out"))).sorted().forEach(progs::add);
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String mode : List.of("--jit=full", "--jit=full --deopt-stress=3")) {
            for (Path p : progs) {
                tests.add(DynamicTest.dynamicTest(ROOT.relativize(p) + " [" + mode + "]", () -> check(p, mode.split(" "))));
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

    private static void check(Path prog, String[] flags) throws IOException {
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
                false, () -> BACKENDS, () -> STRATEGIES);
        String expectedExit = read(sibling(prog, ".exit")).strip();
        String actualErr = err.toString(StandardCharsets.UTF_8).replace(dir + "/", "{dir}/");
        if (!read(sibling(prog, ".out")).equals(out.toString(StandardCharsets.UTF_8))) {
            // the actual output beside the build, for diffing by hand
            Path actual = Path.of("target", "actual", prog.getFileName() + ".out");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        }
        assertEquals(read(sibling(prog, ".out")), out.toString(StandardCharsets.UTF_8), "stdout of " + prog);
        assertEquals(read(sibling(prog, ".err")), actualErr, "stderr of " + prog);
        assertEquals(expectedExit.isEmpty() ? "0" : expectedExit, Integer.toString(status), "exit status of " + prog);
    }
}
