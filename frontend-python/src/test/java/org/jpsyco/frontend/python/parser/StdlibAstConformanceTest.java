package org.jpsyco.frontend.python.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

import org.jpsyco.frontend.python.ast.AstDump;
import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.conformance.StdlibOracle;
import org.junit.jupiter.api.Test;

/**
 * Differential test against CPython 3.11: for every .py file of the local CPython standard
 * library, {@code AstDump.dump(Parser.parse(file))} must equal CPython's
 * {@code ast.dump(ast.parse(file))}, and the dumps with positions
 * ({@code include_attributes=True}) must have the same CRC-32. The python3 oracle
 * (conformance/dump_stdlib.py, through {@link StdlibOracle}) streams the expected dumps while
 * this JVM parses the same files. Fails when python3 is not CPython 3.11.
 */
class StdlibAstConformanceTest {

    private static final double REQUIRED = 0.995;

    @Test
    void stdlibDumpsMatchCPython() throws Exception {
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger same = new AtomicInteger();
        StdlibOracle.Summary run = StdlibOracle.run(getClass(), "/conformance/dump_stdlib.py",
                StdlibOracle.IfNoOracle.FAIL, (path, rest) -> {
                    int tab = rest.indexOf('\t');
                    long expectedCrc = Long.parseLong(rest.substring(0, tab));
                    String expected = rest.substring(tab + 1);
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
                });
        int total = run.files();
        Collections.sort(mismatches);
        double ratio = same.get() / (double) total;
        System.out.printf("stdlib AST conformance (%s): %d/%d identical (%.2f%%), %d skipped by CPython, %.1f s%n",
                run.root(), same.get(), total, 100 * ratio, run.skipped(), run.seconds());
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
