package org.jpsyco.kernel.lir;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Text in, text out: each {@code src/test/resources/lir/NAME.lir} must print back exactly as
 * written (comment lines aside) and verify as {@code NAME.verify} says ({@code ok}, or the
 * verifier's problems, one a line). Run with {@code -Djpsyco.golden.update=true} to rewrite the
 * {@code .verify} files from the current verifier, then review the diff.
 */
class LirGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/lir");
    private static final boolean UPDATE = Boolean.getBoolean("jpsyco.golden.update");

    @TestFactory
    Stream<DynamicTest> goldenLir() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".lir")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no golden LIR in " + DIR.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path lir) throws IOException {
        String text = Files.readString(lir);
        LirFunction f = LirParser.parse(text);
        String withoutComments = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .collect(Collectors.joining("\n", "", "\n"));
        assertEquals(withoutComments, LirPrinter.print(f), "printing the parsed LIR gives it back");
        List<String> problems = LirVerifier.check(f);
        String actual = problems.isEmpty() ? "ok\n" : String.join("\n", problems) + "\n";
        Path expected = lir.resolveSibling(lir.getFileName().toString().replace(".lir", ".verify"));
        if (UPDATE) {
            Files.writeString(expected, actual);
        }
        assertTrue(Files.exists(expected), expected + " is missing; run with -Djpsyco.golden.update=true");
        assertEquals(Files.readString(expected), actual, "verifier output for " + lir.getFileName());
    }
}
