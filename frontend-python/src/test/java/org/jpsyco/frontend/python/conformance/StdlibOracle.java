package org.jpsyco.frontend.python.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The python3 oracle shared by the standard-library conformance tests. A script (a test
 * resource) run by {@code python3 -c} prints header lines ({@code #ROOT\tpath},
 * {@code #VERSION\tx.y.z}) and then one line per standard-library file:
 * {@code path\t!SKIP...} for a file CPython itself rejects, otherwise {@code path\tEXPECTED}.
 * Each expected line goes to {@link FileCheck#check} on a pool of two threads while python3
 * keeps streaming, with at most 32 files in flight so memory stays bounded.
 *
 * <p>When python3 is missing or is not CPython 3.11 the test fails or is skipped, as
 * {@link IfNoOracle} says.
 */
public final class StdlibOracle {
    private StdlibOracle() {
    }

    /** What a test does when no CPython 3.11 is there to answer. */
    public enum IfNoOracle { FAIL, SKIP }

    /** Compares jpsyco's answer for one file with the oracle's; runs on a pool thread. */
    @FunctionalInterface
    public interface FileCheck {
        void check(String path, String expected);
    }

    /** The run's figures: the library root the oracle named, files compared and files CPython skipped. */
    public record Summary(String root, int files, int skipped, long startNanos) {
        public double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }
    }

    /** Streams the oracle's lines through {@code check}; returns once every file was checked. */
    public static Summary run(Class<?> owner, String scriptResource, IfNoOracle ifMissing, FileCheck check)
            throws Exception {
        String script;
        try (InputStream in = owner.getResourceAsStream(scriptResource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Process proc;
        try {
            proc = new ProcessBuilder("python3", "-c", script).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            noOracle(ifMissing, "python3 (CPython 3.11) is required on PATH as the oracle of this test: "
                    + e.getMessage());
            return null;
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Semaphore inFlight = new Semaphore(32);
        int files = 0;
        int skipped = 0;
        String root = null;
        long t0 = System.nanoTime();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8),
                1 << 20)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#")) {
                    if (line.startsWith("#ROOT")) {
                        root = line.substring(tab + 1);
                    } else if (line.startsWith("#VERSION") && !line.substring(tab + 1).startsWith("3.11.")) {
                        proc.destroy();
                        pool.shutdownNow();
                        noOracle(ifMissing, "python3 must be CPython 3.11 to serve as the oracle, found "
                                + line.substring(tab + 1));
                        return null;
                    }
                    continue;
                }
                String path = line.substring(0, tab);
                String rest = line.substring(tab + 1);
                if (rest.startsWith("!SKIP")) {
                    skipped++;
                    continue;
                }
                files++;
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        check.check(path, rest);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "checking the files did not finish");
        int rc = proc.waitFor();
        if (rc != 0) {
            fail("python3 oracle exited with status " + rc);
        }
        if (files == 0) {
            fail("python3 listed no standard library files");
        }
        return new Summary(root, files, skipped, t0);
    }

    private static void noOracle(IfNoOracle ifMissing, String message) {
        if (ifMissing == IfNoOracle.SKIP) {
            Assumptions.abort(message);
        }
        fail(message);
    }
}
