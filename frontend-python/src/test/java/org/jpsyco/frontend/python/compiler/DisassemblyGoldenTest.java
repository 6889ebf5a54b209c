package org.jpsyco.frontend.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jpsyco.frontend.python.bytecode.Disassembler;
import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bytecode listings of the programs in {@code src/test/resources/dis} compared with the
 * {@code .dis} files beside them. Run with {@code -Djpsyco.golden.update=true} to rewrite
 * the expected listings (then review the diff).
 */
class DisassemblyGoldenTest {
    private static final Path DIR = Path.of("src", "test", "resources", "dis");

    @TestFactory
    Stream<DynamicTest> disassemblyMatchesTheGoldenListings() throws IOException, URISyntaxException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(DIR)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        boolean update = Boolean.getBoolean("jpsyco.golden.update");
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            String src = Files.readString(p, StandardCharsets.UTF_8);
            String dis = Disassembler.disassemble(Compiler.compile(Parser.parse(src, name, Mode.EXEC), name,
                    Compiler.Mode.EXEC));
            Path expected = p.resolveSibling(name.replace(".py", ".dis"));
            if (update || !Files.exists(expected)) {
                Files.writeString(expected, dis, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), dis);
        }));
    }
}
