package org.jpsyco.frontend.python.symtable;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;
import org.jpsyco.frontend.python.parser.PythonSyntaxError;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Differential test against CPython 3.11's symbol tables: for every .py file of the local
 * CPython standard library, every scope jpsyco builds (module, class, function, lambda,
 * comprehension, in preorder) must carry the same names with the same flag words as the
 * scope CPython's {@code _symtable} module gives (how each name is bound, used, declared,
 * imported, annotated, and whether it is local, global explicit or implicit, free or cell),
 * and the same parameters. One python3 process (conformance/dump_symtables.py) streams the
 * expected tables while this JVM builds its own on two threads; the figure counted is the
 * share of function scopes that are identical. Skipped when python3 is missing or is not
 * CPython 3.11.
 */
class StdlibSymtableConformanceTest {

    private static final double REQUIRED = 0.995;
    private static final char SEP = '\u001e';

    private final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger functions = new AtomicInteger();
    private final AtomicInteger sameFunctions = new AtomicInteger();
    private final AtomicInteger scopesTotal = new AtomicInteger();
    private final AtomicInteger sameScopes = new AtomicInteger();

    @Test
    void stdlibSymbolTablesMatchCPython() throws Exception {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/conformance/dump_symtables.py")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Process proc;
        try {
            proc = new ProcessBuilder("python3", "-c", script).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            Assumptions.abort("python3 (CPython 3.11) is needed on PATH as the oracle of this test: " + e.getMessage());
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Semaphore inFlight = new Semaphore(32);
        int files = 0;
        int skipped = 0;
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
                        pool.shutdownNow();
                        Assumptions.abort("python3 must be CPython 3.11 to serve as the oracle, found "
                                + line.substring(tab + 1));
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
                        List<String> expected = split(rest);
                        List<String> actual;
                        try {
                            byte[] src = Files.readAllBytes(Path.of(path));
                            actual = new ArrayList<>();
                            describe(SymbolTable.build(Parser.parse(src, path, Mode.EXEC), path).top, actual);
                        } catch (PythonSyntaxError e) {
                            actual = List.of("!" + e.type() + ": " + e.msg() + " at " + e.lineno());
                        } catch (RuntimeException | IOException | StackOverflowError e) {
                            actual = List.of("!" + e);
                        }
                        compare(path, expected, actual);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "building the tables did not finish");
        int rc = proc.waitFor();
        if (rc != 0) {
            fail("python3 oracle exited with status " + rc);
        }
        if (files == 0) {
            fail("python3 listed no standard library files");
        }
        Collections.sort(mismatches);
        double ratio = sameFunctions.get() / (double) functions.get();
        System.out.printf("stdlib symtable conformance (%s): %d/%d function scopes identical (%.3f%%), "
                + "%d/%d scopes of all kinds, %d files, %d skipped by CPython, %.1f s%n", version,
                sameFunctions.get(), functions.get(), 100 * ratio, sameScopes.get(), scopesTotal.get(), files, skipped,
                (System.nanoTime() - t0) / 1e9);
        for (String m : mismatches) {
            System.out.println("  MISMATCH " + m);
        }
        assertTrue(ratio >= REQUIRED, String.format("only %d/%d function scopes identical; first mismatches: %s",
                sameFunctions.get(), functions.get(), mismatches.subList(0, Math.min(5, mismatches.size()))));
    }

    private static List<String> split(String s) {
        List<String> r = new ArrayList<>();
        int from = 0;
        for (int i = s.indexOf(SEP); i >= 0; i = s.indexOf(SEP, from)) {
            r.add(s.substring(from, i));
            from = i + 1;
        }
        r.add(s.substring(from));
        return r;
    }

    /** Compares scope by scope; when the trees differ in shape every function scope counts as different. */
    private void compare(String path, List<String> expected, List<String> actual) {
        boolean sameShape = expected.size() == actual.size();
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i);
            boolean function = e.startsWith("function ");
            scopesTotal.incrementAndGet();
            if (function) {
                functions.incrementAndGet();
            }
            if (sameShape && e.equals(actual.get(i))) {
                sameScopes.incrementAndGet();
                if (function) {
                    sameFunctions.incrementAndGet();
                }
            } else if (sameShape) {
                mismatches.add(path + "\n      expected: " + e + "\n      actual:   " + actual.get(i));
            }
        }
        if (!sameShape) {
            mismatches.add(path + ": " + expected.size() + " scopes expected, " + actual.size() + " built"
                    + (actual.size() == 1 ? " (" + actual.get(0) + ")" : ""));
        }
    }

    /** One scope as the oracle prints it, then its children. */
    static void describe(Scope s, List<String> out) {
        String type = switch (s.kind) {
            case MODULE -> "module";
            case CLASS -> "class";
            default -> "function";
        };
        String name = s.name.startsWith("<") && s.name.endsWith(">") ? s.name.substring(1, s.name.length() - 1)
                : s.name;
        StringBuilder b = new StringBuilder();
        b.append(type).append(' ').append(name).append(' ').append(s.lineno).append(';');
        b.append(String.join(",", s.params())).append(';');
        boolean first = true;
        for (Map.Entry<String, Integer> e : new TreeMap<>(s.symbols()).entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            b.append(e.getKey()).append('=').append(e.getValue());
        }
        out.add(b.toString());
        for (Scope c : s.children) {
            describe(c, out);
        }
    }
}
