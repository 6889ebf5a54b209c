package org.jpsyco.strategy.constants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jpsyco.backend.jvm.JvmBackend;
import org.jpsyco.frontend.python.cli.PythonMain;
import org.jpsyco.frontend.python.jit.StrategyBinding;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.strategy.types.TypesStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frameless typed calls with the strategies that make them (constants make the callee known,
 * types unbox its arguments): the answer, traceback and status are the interpreter's, and the JIT
 * log shows which calls went typed, with which argument and return kinds, and which callees
 * declined a frameless version and why (matched with wildcards).
 */
class FramelessCallsTest {
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());
    private static final List<StrategyBinding> STRATEGIES = List.of(new StrategyBinding(new ConstantsStrategy(), null),
            new StrategyBinding(new TypesStrategy(), null));

    @TempDir
    Path tmp;

    private record Run(String out, String err, int status, String log) {
    }

    private Run run(String source, String... flags) throws IOException {
        Path log = tmp.resolve("jit" + flags.length + ".log");
        Path prog = tmp.resolve("prog.py");
        Files.writeString(prog, source);
        List<String> argv = new java.util.ArrayList<>(List.of(flags));
        argv.add("--jit-log=" + log);
        argv.add(prog.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PythonMain.main(argv.toArray(String[]::new), Map.of("PYTHONHASHSEED", "0"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, () -> BACKENDS, () -> STRATEGIES);
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status,
                Files.exists(log) ? Files.readString(log) : "");
    }

    /** Runs under the JIT and the interpreter; asserts they agree and returns the JIT's run. */
    private Run same(String source, String... jitFlags) throws IOException {
        Run jit = run(source, jitFlags);
        Run off = run(source, "--jit=off");
        assertEquals(off.out(), jit.out());
        assertEquals(off.err(), jit.err());
        assertEquals(off.status(), jit.status());
        return jit;
    }

    private static void logs(Run r, String regex) {
        assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(r.log()).find(), regex + " in\n" + r.log());
    }

    @Test
    void recursiveIntCodeCallsItsTypedVersionUnboxed() throws IOException {
        Run r = same("""
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                def tak(x, y, z):
                    if y < x:
                        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
                    return z
                print(fib(20), tak(12, 8, 4))
                """, "--jit=full");
        assertEquals("6765 5\n", r.out());
        logs(r, "^\\s+\\d+ CALL \\(line 4\\): frameless fib\\(i\\) -> i$");
        logs(r, "^\\s+\\d+ CALL \\(line 7\\): frameless tak\\(iii\\) -> i$");
        logs(r, "^typed returns: i$");
    }

    @Test
    void floatResultsComeBackAsFloats() throws IOException {
        Run r = same("""
                def a(i, j):
                    ij = i + j
                    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)
                def row(n):
                    s = 0.0
                    for j in range(n):
                        s += a(n, j)
                    return s
                print(row(50))
                """, "--jit=full");
        logs(r, "(frameless|inlined) a\\(ii\\) -> f( \\(\\d+ instructions\\))?$"); // a small callee is inlined
    }

    @Test
    void aCalleeThatRunsOtherPythonCodeKeepsItsFrame() throws IOException {
        Run r = same("""
                import sys
                def who():
                    return sys._getframe(1).f_code.co_name
                def inner(n):
                    return who() if n == 0 else inner(n - 1)
                def outer(n):
                    return inner(n) + str(n)
                print([outer(i) for i in range(3)])
                """, "--jit=full");
        assertEquals("['inner0', 'inner1', 'inner2']\n", r.out());
        logs(r, "frameless typed version inner\\(i\\): .*not frameless");
    }

    @Test
    void overflowInsideATypedActivationFinishesInTheInterpreter() throws IOException {
        Run r = same("""
                def fact(n):
                    if n <= 1:
                        return 1
                    return n * fact(n - 1)
                print([fact(i) for i in (5, 20, 21, 30)])
                """, "--jit=full");
        assertTrue(r.out().contains("265252859812191058636308480000000"), r.out());
    }

    @Test
    void anExceptionDeepInTypedRecursionHasTheInterpretersTraceback() throws IOException {
        Run r = same("""
                def dive(n, d):
                    if n == 0:
                        return 10 // d
                    return dive(n - 1, d) + 1
                print(dive(30, 1))
                dive(30, 0)
                """, "--jit=full", "--deopt-stress=7");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("[Previous line repeated 27 more times]"), r.err());
    }
}
