package org.jpsyco.frontend.python.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden program under {@code tests/python} through {@link PythonMain#main} in this
 * JVM, as {@code python3 NAME.py} in the program's directory, and compares stdout, stderr
 * (with the directory shown as {@code {dir}/}) and the exit status with CPython's.
 */
class GoldenProgramsTest {
    static final Path ROOT = Path.of("..", "tests", "python").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> goldenProgramsBehaveLikeCPython() throws IOException {
        if (!Files.isDirectory(ROOT)) {
            return Stream.empty();
        }
        List<Path> progs;
        try (Stream<Path> s = Files.walk(ROOT)) {
            progs = s.filter(p -> p.toString().endsWith(".py") && Files.exists(sibling(p, ".out"))).sorted().toList();
        }
        return progs.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    static Path sibling(Path prog, String suffix) {
        String name = prog.getFileName().toString();
        return prog.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }

    static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    private static void check(Path prog) throws IOException {
        Path dir = prog.getParent();
        byte[] in = Files.exists(sibling(prog, ".in")) ? Files.readAllBytes(sibling(prog, ".in")) : new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>();
        env.put("JPSYCO_CWD", dir.toString());
        env.put("PYTHONHASHSEED", "0");
        int status = PythonMain.main(new String[] {prog.getFileName().toString()}, env, new ByteArrayInputStream(in),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        String expectedExit = read(sibling(prog, ".exit")).strip();
        String actualErr = err.toString(StandardCharsets.UTF_8).replace(dir + "/", "{dir}/");
        assertEquals(read(sibling(prog, ".out")), out.toString(StandardCharsets.UTF_8), "stdout of " + prog);
        assertEquals(read(sibling(prog, ".err")), actualErr, "stderr of " + prog);
        assertEquals(expectedExit.isEmpty() ? "0" : expectedExit, Integer.toString(status), "exit status of " + prog);
    }
}
