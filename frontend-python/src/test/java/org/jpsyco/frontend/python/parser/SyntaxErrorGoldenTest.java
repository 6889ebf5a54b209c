package org.jpsyco.frontend.python.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.ast.PyRepr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden syntax errors: each resources/syntax-errors/NAME.py must fail with exactly the
 * SyntaxError attributes CPython 3.11 gave (NAME.expected, written by tools/gen_syntax_errors.py),
 * from the parser or, for CPython's compiler-stage errors, from {@link SyntaxChecks}.
 */
class SyntaxErrorGoldenTest {

    @TestFactory
    Stream<DynamicTest> syntaxErrorsMatchCPython() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/syntax-errors").toURI());
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(cases.isEmpty());
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static String num(int v) {
        return v == PythonSyntaxError.NONE ? "None" : String.valueOf(v);
    }

    private static void check(Path py) throws IOException {
        String name = py.getFileName().toString();
        String src = Files.readString(py, StandardCharsets.UTF_8);
        String expected = Files.readString(Path.of(py.toString().replace(".py", ".expected")), StandardCharsets.UTF_8);
        PythonSyntaxError err = null;
        try {
            Mod m = Parser.parse(src, name, Mode.EXEC);
            SyntaxChecks.check(m, name);
        } catch (PythonSyntaxError e) {
            err = e;
        }
        if (err == null) {
            fail(name + ": no SyntaxError; expected\n" + expected);
        }
        String actual = "type: " + err.type() + "\nmsg: " + err.msg() + "\nlineno: " + err.lineno() + "\noffset: "
                + num(err.offset()) + "\nend_lineno: " + num(err.endLineno()) + "\nend_offset: " + num(err.endOffset())
                + "\ntext: " + (err.text() == null ? "None" : PyRepr.str(err.text())) + "\n";
        assertEquals(expected, actual, name);
    }
}
