package org.jpsyco.frontend.python.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Programs run one after another or side by side in one JVM do not see each other's state. */
class RuntimeIsolationTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = PythonMain.main(new String[] {"-c", code}, Map.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                false);
        return status + ":" + out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void settingsAndModulesDoNotLeakIntoTheNextProgram() {
        assertEquals("0:5000\n", run("import sys; sys.setrecursionlimit(5000); sys.modules['x'] = 1; import math; "
                + "math.marker = 1; print(sys.getrecursionlimit())"));
        assertEquals("0:1000 False False\n", run("import sys, math; print(sys.getrecursionlimit(), 'x' in sys.modules, "
                + "hasattr(math, 'marker'))"));
    }

    @Test
    void programsRunSideBySide() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                results.add(pool.submit(() -> run("total = 0\nfor i in range(20000):\n    total += i * " + n
                        + "\nclass K:\n    tag = " + n + "\nprint(total, K.tag)")));
            }
            for (int i = 0; i < 8; i++) {
                long expected = 199990000L * i;
                assertEquals("0:" + expected + " " + i + "\n", results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
