package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Classes built on the compiler thread: the interpreter keeps running the code meanwhile, the
 * version is installed at a later check, and the program prints what the interpreter prints,
 * also when a name a version assumed is rebound while its class is being built.
 */
class BackgroundCompilationTest {
    private static final String PROGRAM = """
            SCALE = 3

            def weight(x):
                return x * SCALE + 1

            class Point:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y

                def norm1(self):
                    return abs(self.x) + abs(self.y)

            def walk(n):
                total = 0
                for i in range(n):
                    p = Point(i % 7 - 3, i % 5)
                    total += weight(p.norm1())
                return total

            results = []
            for round in range(40):
                results.append(walk(300))
                if round == 20:
                    SCALE = 5          # rebinds a name compiled code may have made a constant
            print(results[:3], results[-3:], sum(results))

            words = ("alpha beta gamma delta " * 500).split()
            counts = {}
            i = 0
            while i < len(words):
                w = words[i]
                counts[w] = counts.get(w, 0) + 1
                i += 1
            print(sorted(counts.items()))
            """;

    @Test
    void outputIsTheInterpretersAndCompilationsAreHandedOver() {
        Path file = JitRunner.write(PROGRAM);
        JitRunner.Outcome expected = JitRunner.runFile(file, Map.of(), "--jit=off");
        JitRunner.Outcome got = JitRunner.runFile(file, Map.of("JPSYCO_JIT_BACKGROUND", "1"), "--jit=profile", "--stats");
        assertEquals(expected.out(), got.out());
        assertEquals(expected.status(), got.status());
        assertTrue(got.err().contains("compiler thread: "), got.err());
    }

    @Test
    void explicitThresholdsCompileSynchronously() {
        Path file = JitRunner.write(PROGRAM);
        JitRunner.Outcome got = JitRunner.runFile(file, Map.of(), "--jit=profile", "--jit-threshold=1", "--stats");
        assertEquals(JitRunner.runFile(file, Map.of(), "--jit=off").out(), got.out());
        assertTrue(!got.err().contains("compiler thread: "), got.err());
    }
}
