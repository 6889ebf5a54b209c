package org.jpsyco.frontend.python.jit;

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
    static final Path ROOT = Path.of("..", "tests", "python").toAbsolutePath().normalize();
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());

    @TestFactory
    Stream<DynamicNode> goldenProgramsUnderTheJit() throws IOException {
        if (!Files.isDirectory(ROOT)) {
            return Stream.empty();
        }
        List<Path> progs;
        try (Stream<Path> s = Files.walk(ROOT)) {
            progs = s.filter(p -> p.toString().endsWith(".py") && Files.exists(sibling(p, ".out"))).sorted().toList();
        }
        String modes = System.getProperty("jpsyco.jit.modes", System.getenv().getOrDefault("JPSYCO_JIT_MODES",
                "--jit=full --deopt-stress=5"));
        List<DynamicNode> nodes = new ArrayList<>();
        for (String mode : modes.split(";")) {
            String[] flags = mode.strip().split("\\s+");
            nodes.add(DynamicContainer.dynamicContainer(mode.strip(), progs.stream().map(p -> DynamicTest.dynamicTest(
                    ROOT.relativize(p) + " [" + mode.strip() + "]", () -> check(p, flags)))));
        }
        return nodes.stream();
    }

    static Path sibling(Path prog, String suffix) {
        String name = prog.getFileName().toString();
        return prog.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }

    static String read(Path p) throws IOException {
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
                false, () -> BACKENDS);
        String expectedExit = read(sibling(prog, ".exit")).strip();
        String actualErr = err.toString(StandardCharsets.UTF_8).replace(dir + "/", "{dir}/");
        assertEquals(read(sibling(prog, ".out")), out.toString(StandardCharsets.UTF_8), "stdout of " + prog);
        assertEquals(read(sibling(prog, ".err")), actualErr, "stderr of " + prog);
        assertEquals(expectedExit.isEmpty() ? "0" : expectedExit, Integer.toString(status), "exit status of " + prog);
    }
}
