package org.jpsyco.frontend.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import org.jpsyco.frontend.python.ast.AstDump;
import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;
import org.junit.jupiter.api.Test;

/** The plain form the Python ast module exchanges with the parser, and the zone helpers. */
class AstModuleTest {
    private static final String SOURCE = """
            import os.path as p
            from .. import x
            def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
                '''doc'''
                y = [i ** 2 for i in range(10) if i % 2] + {k: v for k, v in kw.items()}
                s = f"{a!r:>{b}} {c}" + b'x' + 3j + ...
                try:
                    pass
                except* (ValueError, TypeError) as e:
                    raise RuntimeError() from e
                match y:
                    case [1, *rest] | {"k": None, **kw}:
                        pass
                    case Point(x=0) as q if q:
                        return lambda: (yield)
            class C(B, metaclass=M):
                x: int = 5
            """;

    @Test
    void treesSurviveTheRoundTripThroughThePlainForm() {
        Mod tree = Parser.parse(SOURCE, "<test>", Mode.EXEC);
        PyObject plain = AstModule.toPython(tree);
        Mod back = (Mod) AstModule.fromPython(plain, Mod.class);
        assertEquals(AstDump.dump(tree, true), AstDump.dump(back, true));
    }

    @Test
    void plainNodesAreNameFieldsAndPosition() {
        Mod tree = Parser.parse("x = 1\n", "<test>", Mode.EXEC);
        PyTuple module = (PyTuple) AstModule.toPython(tree);
        assertEquals("Module", ((PyStr) module.get(0)).value());
        PyTuple assign = (PyTuple) ((org.jpsyco.frontend.python.objects.PyList) ((PyTuple) module.get(1)).get(0)).get(0);
        assertEquals("Assign", ((PyStr) assign.get(0)).value());
        assertEquals("(1, 0, 1, 5)", assign.get(2).toString().replace("PyTuple", ""), assign.get(2).toString());
    }

    @Test
    void zoneAbbreviationsFollowTzdataSpelling() {
        Instant winter = Instant.parse("2024-01-15T12:00:00Z");
        assertEquals("CET", ZoneInfoNative.abbreviation("Europe/Berlin",
                ZoneId.of("Europe/Berlin").getRules().getOffset(winter), winter));
        assertEquals("-05", ZoneInfoNative.abbreviation("Etc/GMT+5",
                ZoneId.of("Etc/GMT+5").getRules().getOffset(winter), winter));
        assertEquals("UTC", ZoneInfoNative.abbreviation("UTC", java.time.ZoneOffset.UTC, winter));
    }
}
