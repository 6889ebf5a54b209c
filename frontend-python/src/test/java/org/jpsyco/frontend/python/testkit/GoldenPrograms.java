package org.jpsyco.frontend.python.testkit;

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
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jpsyco.frontend.python.cli.PythonMain;
import org.jpsyco.frontend.python.jit.StrategyBinding;
import org.jpsyco.kernel.spi.Backend;

/**
 * Runs the golden programs of {@code tests/python} in this JVM, outside OSGi, with the backends
 * and strategies a test hands in, and compares stdout, stderr and the exit status with what
 * CPython 3.11 printed (the {@code .out}, {@code .err} and {@code .exit} files beside each
 * program). Shared by the front end's JIT tests and by strategy bundles' tests (through the
 * front end's test jar), so every in-process golden run checks the same way.
 */
public final class GoldenPrograms {
    /** The golden programs' root, seen from a module's folder. */
    public static final Path ROOT = Path.of("..", "tests", "python").toAbsolutePath().normalize();

    private GoldenPrograms() {
    }

    /** The programs with expected output under {@code folders} of {@link #ROOT} (all of it for none), sorted. */
    public static List<Path> discover(String... folders) throws IOException {
        List<Path> progs = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        if (folders.length == 0) {
            dirs.add(ROOT);
        }
        for (String f : folders) {
            dirs.add(ROOT.resolve(f));
        }
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".py") && Files.exists(sibling(p, ".out"))).sorted().forEach(progs::add);
            }
        }
        return progs;
    }

    /** {@code NAME.py}'s companion file {@code NAME<suffix>}. */
    public static Path sibling(Path prog, String suffix) {
        String name = prog.getFileName().toString();
        return prog.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }

    public static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    /**
     * Runs {@code prog} with command-line {@code flags} as {@code tools/golden-update} ran it under
     * CPython (its folder as working directory, hash seed 0, UTF-8 output) and asserts it printed
     * the expected bytes. On a stdout difference the actual output is also written to
     * {@code target/actual/NAME.out}, for diffing by hand.
     */
    public static void check(Path prog, String[] flags, Supplier<List<Backend>> backends,
            Supplier<List<StrategyBinding>> strategies) throws IOException {
        Run r = run(prog, flags, backends, strategies);
        String expectedOut = read(sibling(prog, ".out"));
        String actualOut = r.out();
        String actualErr = r.err();
        int status = r.status();
        if (!expectedOut.equals(actualOut)) {
            Path actual = Path.of("target", "actual", prog.getFileName() + ".out");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, actualOut + actualErr);
        }
        String expectedExit = read(sibling(prog, ".exit")).strip();
        assertEquals(expectedOut, actualOut, "stdout of " + prog);
        assertEquals(read(sibling(prog, ".err")), actualErr, "stderr of " + prog);
        assertEquals(expectedExit.isEmpty() ? "0" : expectedExit, Integer.toString(status), "exit status of " + prog);
    }

    /** What a program printed and its exit status; stderr has the program's folder replaced by {@code {dir}}. */
    public record Run(String out, String err, int status) {
    }

    /**
     * Runs {@code prog} in this JVM as {@code jpsyco FLAGS prog} (its folder as working directory,
     * its {@code .in} as stdin, hash seed 0, UTF-8 output) and returns what it printed.
     */
    public static Run run(Path prog, String[] flags, Supplier<List<Backend>> backends,
            Supplier<List<StrategyBinding>> strategies) throws IOException {
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
                false, backends, strategies);
        return new Run(out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8).replace(dir + "/", "{dir}/"), status);
    }
}
