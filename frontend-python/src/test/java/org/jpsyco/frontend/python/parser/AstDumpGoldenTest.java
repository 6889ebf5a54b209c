package org.jpsyco.frontend.python.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jpsyco.frontend.python.ast.AstDump;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden AST dumps with positions: each resources/ast-dumps/NAME.py must dump exactly as
 * CPython 3.11's {@code ast.dump(ast.parse(src), include_attributes=True)} did when
 * tools/gen_ast_dumps.py wrote NAME.dump. Covers every node kind without needing python3.
 */
class AstDumpGoldenTest {

    @TestFactory
    Stream<DynamicTest> dumpsMatchCPython() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/ast-dumps").toURI());
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(cases.isEmpty());
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String expected = Files.readString(Path.of(p.toString().replace(".py", ".dump")), StandardCharsets.UTF_8)
                    .stripTrailing();
            String actual = AstDump.dump(Parser.parse(Files.readAllBytes(p), p.getFileName().toString(), Mode.EXEC),
                    true);
            assertEquals(expected, actual);
        }));
    }
}
