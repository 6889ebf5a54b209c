package org.jpsyco.frontend.python.symtable;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jpsyco.frontend.python.conformance.StdlibOracle;
import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;
import org.jpsyco.frontend.python.parser.PythonSyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Differential test against CPython 3.11's symbol tables: for every .py file of the local
 * CPython standard library, every scope jpsyco builds (module, class, function, lambda,
 * comprehension, in preorder) must carry the same names with the same flag words as the
 * scope CPython's {@code _symtable} module gives (how each name is bound, used, declared,
 * imported, annotated, and whether it is local, global explicit or implicit, free or cell),
 * and the same parameters. The python3 oracle (conformance/dump_symtables.py, through
 * {@link StdlibOracle}) streams the expected tables while this JVM builds its own; the figure counted is the
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
        StdlibOracle.Summary run = StdlibOracle.run(getClass(), "/conformance/dump_symtables.py",
                StdlibOracle.IfNoOracle.SKIP, (path, rest) -> {
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
                });
        Collections.sort(mismatches);
        double ratio = sameFunctions.get() / (double) functions.get();
        System.out.printf("stdlib symtable conformance (%s): %d/%d function scopes identical (%.3f%%), "
                + "%d/%d scopes of all kinds, %d files, %d skipped by CPython, %.1f s%n", run.root(),
                sameFunctions.get(), functions.get(), 100 * ratio, sameScopes.get(), scopesTotal.get(), run.files(),
                run.skipped(), run.seconds());
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
