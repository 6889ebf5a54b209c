package org.jpsyco.strategy.types;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each of the strategy's container, str and math operations: the answer is CPython's, and the
 * JIT log shows the types strategy took the instruction (matched with wildcards, so unrelated
 * changes to the log keep these tests valid).
 */
class TypesStrategyOperationsTest {
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());
    private static final List<StrategyBinding> STRATEGIES = List.of(new StrategyBinding(new TypesStrategy(), null));

    @TempDir
    Path tmp;

    /** Runs {@code source} compiled at first call; returns stdout and the JIT log. */
    private String[] run(String source) throws IOException {
        Path log = tmp.resolve("jit.log");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PythonMain.main(new String[] {"--jit=full", "--jit-log=" + log, "-c", source},
                Map.of("PYTHONHASHSEED", "0"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, () -> BACKENDS, () -> STRATEGIES);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), Files.exists(log) ? Files.readString(log) : ""};
    }

    private static void took(String log, String instruction) {
        Pattern p = Pattern.compile("(?m)^\\s+\\d+ " + Pattern.quote(instruction) + ".* \\(line \\d+\\): types$");
        assertTrue(p.matcher(log).find(), "types took " + instruction + " in\n" + log);
    }

    @Test
    void dictItemsStoresMembershipAndGetWithStrAndIntKeys() throws IOException {
        String[] r = run("""
                def f(words):
                    counts = {}
                    for w in words:
                        if w in counts:
                            counts[w] = counts[w] + 1
                        else:
                            counts[w] = counts.get(w, 0) + 1
                    sq = {}
                    for i in range(10):
                        sq[i] = i * i
                    return counts, sq[3] + sq.get(4) + (5 in sq)
                print(f(['a', 'b', 'a']))
                """);
        assertEquals("({'a': 2, 'b': 1}, 26)\n", r[0]);
        took(r[1], "CONTAINS_OP");
        took(r[1], "STORE_SUBSCR");
        took(r[1], "BINARY_SUBSCR");
    }

    @Test
    void strConcatenationOrderingSlicingAndIn() throws IOException {
        String[] r = run("""
                def f(s, t):
                    out = []
                    for i in range(-4, 5):
                        out.append(s[i:] + t[:i])
                    return out, s < t, s >= t, 'el' in s, s[::-1]
                print(f('hello', 'help'))
                """);
        assertEquals("(['ello', 'lloh', 'lohe', 'ohel', 'hello', 'elloh', 'llohe', 'lohel', 'ohelp'], "
                + "True, False, True, 'olleh')\n", r[0]);
        took(r[1], "BUILD_SLICE");
        took(r[1], "CONTAINS_OP");
        took(r[1], "COMPARE_OP");
    }

    @Test
    void loopsOverListsSeeTheLiveLength() throws IOException {
        String[] r = run("""
                def f(xs):
                    n = 0
                    for x in xs:
                        if x < 5:
                            xs.append(x + 5)
                        n += x
                    return n, len(xs)
                def g(xs):
                    n = 0
                    for x in xs:
                        n += x
                    return n
                print(f([1, 2, 3]), g((4, 5)))
                """);
        assertEquals("(27, 6) 9\n", r[0]);
        took(r[1], "GET_ITER list");
        took(r[1], "GET_ITER tuple");
    }

    @Test
    void isinstanceAndMathOnUnboxedFloats() throws IOException {
        String[] r = run("""
                import math
                def f(xs):
                    acc = 0.0
                    n = 0
                    for x in xs:
                        if isinstance(x, float):
                            acc += math.floor(x) + math.sin(x) * 0 + math.pow(x, 2.0)
                            n += 1
                    return acc, n
                print(f([1.5, 2.5, 3]))
                try:
                    f([1.5, float('nan')])
                except ValueError as e:
                    print(e)
                """);
        assertEquals("(11.5, 2)\ncannot convert float NaN to integer\n", r[0]);
        took(r[1], "CALL");
    }
}
