package org.jpsyco.frontend.python.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

import org.jpsyco.frontend.python.ast.AstDump;
import org.jpsyco.frontend.python.ast.Mod;
import org.junit.jupiter.api.Test;

/**
 * Differential test against CPython 3.11: for every .py file of the local CPython standard
 * library, {@code AstDump.dump(Parser.parse(file))} must equal CPython's
 * {@code ast.dump(ast.parse(file))}, and the dumps with positions
 * ({@code include_attributes=True}) must have the same CRC-32. One python3 process
 * (conformance/dump_stdlib.py) streams the expected dumps while this JVM parses the same files
 * on two threads.
 */
class StdlibAstConformanceTest {

    private static final double REQUIRED = 0.995;

    @Test
    void stdlibDumpsMatchCPython() throws Exception {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/conformance/dump_stdlib.py")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Process proc;
        try {
            proc = new ProcessBuilder("python3", "-c", script).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            fail("python3 (CPython 3.11) is required on PATH as the oracle of this test: " + e.getMessage());
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Semaphore inFlight = new Semaphore(32);
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger same = new AtomicInteger();
        int total = 0;
        int skipped = 0;
        long lines = 0;
        String version = null;
        long t0 = System.nanoTime();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8),
                1 << 20)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#")) {
                    if (line.startsWith("#ROOT")) {
                        version = line.substring(tab + 1);
                    } else if (line.startsWith("#VERSION") && !line.substring(tab + 1).startsWith("3.11.")) {
                        proc.destroy();
                        fail("python3 must be CPython 3.11 to serve as the oracle, found " + line.substring(tab + 1));
                    }
                    continue;
                }
                String path = line.substring(0, tab);
                String rest = line.substring(tab + 1);
                if (rest.startsWith("!SKIP")) {
                    skipped++;
                    continue;
                }
                int tab2 = rest.indexOf('\t');
                long expectedCrc = Long.parseLong(rest.substring(0, tab2));
                String expected = rest.substring(tab2 + 1);
                total++;
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        String actual;
                        long crc = -1;
                        try {
                            byte[] src = Files.readAllBytes(Path.of(path));
                            Mod tree = Parser.parse(src, path, Mode.EXEC);
                            actual = AstDump.dump(tree);
                            CRC32 c = new CRC32();
                            c.update(AstDump.dump(tree, true).getBytes(StandardCharsets.UTF_8));
                            crc = c.getValue();
                        } catch (PythonSyntaxError e) {
                            actual = "!" + e.type() + ": " + e.msg() + " at " + e.lineno() + ":" + e.offset();
                        } catch (RuntimeException | IOException | StackOverflowError e) {
                            actual = "!" + e;
                        }
                        if (actual.equals(expected) && crc == expectedCrc) {
                            same.incrementAndGet();
                        } else if (actual.equals(expected)) {
                            mismatches.add(path + ": same tree, different positions (include_attributes=True)");
                        } else {
                            mismatches.add(describe(path, expected, actual));
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "parsing did not finish");
        int rc = proc.waitFor();
        if (rc != 0) {
            fail("python3 oracle exited with status " + rc);
        }
        if (total == 0) {
            fail("python3 listed no standard library files");
        }
        Collections.sort(mismatches);
        double ratio = same.get() / (double) total;
        System.out.printf("stdlib AST conformance (%s): %d/%d identical (%.2f%%), %d skipped by CPython, %.1f s%n",
                version, same.get(), total, 100 * ratio, skipped, (System.nanoTime() - t0) / 1e9);
        for (String m : mismatches) {
            System.out.println("  MISMATCH " + m);
        }
        assertTrue(ratio >= REQUIRED, String.format("only %d/%d files identical; first mismatches: %s", same.get(),
                total, mismatches.subList(0, Math.min(5, mismatches.size()))));
    }

    private static String describe(String path, String expected, String actual) {
        int n = Math.min(expected.length(), actual.length());
        int i = 0;
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return path + " @" + i + "\n      expected: ..." + expected.substring(from, Math.min(expected.length(), i + 80))
                + "\n      actual:   ..." + actual.substring(from, Math.min(actual.length(), i + 80));
    }
}
