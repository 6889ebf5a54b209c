package org.jpsyco.frontend.python.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.jpsyco.frontend.python.ast.AstDump;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.ast.Stmt;
import org.junit.jupiter.api.Test;

/** Entry points, modes and positions; the bulk of AST checking is StdlibAstConformanceTest. */
class ParserTest {

    private static String dump(String src) {
        return AstDump.dump(Parser.parse(src, "<test>", Mode.EXEC));
    }

    private static String dumpWithPositions(String src) {
        return AstDump.dump(Parser.parse(src, "<test>", Mode.EXEC), true);
    }

    @Test
    void parsesAssignmentWithOperatorPrecedence() {
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), "
                + "op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))))], type_ignores=[])",
                dump("x = 1 + 2 * 3\n"));
    }

    @Test
    void evalModeGivesExpression() {
        Mod m = Parser.parse("a, b", "<test>", Mode.EVAL);
        Mod.Expression e = assertInstanceOf(Mod.Expression.class, m);
        assertInstanceOf(Expr.Tuple.class, e.body());
    }

    @Test
    void singleModeGivesInteractive() {
        Mod m = Parser.parse("x = 1\n", "<test>", Mode.SINGLE);
        Mod.Interactive i = assertInstanceOf(Mod.Interactive.class, m);
        assertInstanceOf(Stmt.Assign.class, i.body().get(0));
    }

    @Test
    void columnsAreUtf8ByteOffsets() {
        assertEquals("Module(body=[Expr(value=BinOp(left=Constant(value='é', lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=4), op=Add(), right=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, "
                + "end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=8)], type_ignores=[])", dumpWithPositions("'é' + x"));
    }

    @Test
    void bytesSourceHonoursCodingDeclaration() {
        byte[] src = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        Mod m = Parser.parse(src, "<test>", Mode.EXEC);
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é'))], "
                + "type_ignores=[])", AstDump.dump(m));
    }

    @Test
    void bytesSourceSkipsUtf8Bom() {
        byte[] body = "x = 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] src = new byte[body.length + 3];
        src[0] = (byte) 0xEF;
        src[1] = (byte) 0xBB;
        src[2] = (byte) 0xBF;
        System.arraycopy(body, 0, src, 3, body.length);
        assertEquals(dump("x = 1\n"), AstDump.dump(Parser.parse(src, "<test>", Mode.EXEC)));
    }

    @Test
    void fStringFieldsGetCPythonPositions() {
        String d = dumpWithPositions("x = f\"a{b!r:>{w}} {c=}\" \"d\"\n");
        assertEquals(true, d.contains("Name(id='w', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)"));
        assertEquals(true, d.contains("format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=4, "
                + "end_lineno=1, end_col_offset=27), FormattedValue(value=Name(id='w'"));
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        String src = "(".repeat(1000) + ")".repeat(1000);
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Parser.parse(src, "<test>", Mode.EXEC));
        assertEquals("too many nested parentheses", e.msg());
    }

    @Test
    void deepUnaryChainWithinCPythonsLimitParses() {
        String src = "-".repeat(2990) + "1\n";
        Mod m = Parser.parse(src, "<test>", Mode.EXEC);
        SyntaxChecks.check(m, "<test>");
        assertEquals(true, AstDump.dump(m).startsWith("Module(body=[Expr(value=UnaryOp(op=USub(), operand=UnaryOp("));
    }

    @Test
    void deeperNestingIsARecursionErrorNotAStackOverflow() {
        assertThrows(PythonRecursionError.class, () -> Parser.parse("-".repeat(100_000) + "1\n", "<test>", Mode.EXEC));
        assertThrows(PythonRecursionError.class, () -> Parser.parse("not ".repeat(5000) + "x\n", "<test>", Mode.EXEC));
    }

    @Test
    void tenMegabyteFileParses() {
        StringBuilder sb = new StringBuilder(10_500_000);
        int i = 0;
        while (sb.length() < 10_000_000) {
            sb.append("def f").append(i).append("(a, b=2, *args, **kw):\n")
                    .append("    x = [a + b * 3 for a in range(10) if a % 2]\n")
                    .append("    return {'k': x, \"i\": f'{a!r:>10} {b}'}, (1.5e3, 0x1f, 3j)\n\n");
            i++;
        }
        sb.append("data = [").append("1, ".repeat(100_000)).append("]\n");
        Mod.Module m = (Mod.Module) Parser.parse(sb.toString(), "<big>", Mode.EXEC);
        assertEquals(i + 1, m.body().size());
    }
}
