package org.jpsyco.frontend.python.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.junit.jupiter.api.Test;

/**
 * The deoptimization contract: a frame stopped at any instruction boundary, copied field by
 * field (code, locals, cells, value stack, instruction index, handled exception) into a new
 * frame, resumes in the interpreter and gives the same result as an uninterrupted run.
 */
class DeoptimizationContractTest {
    private static final String SOURCE = """
            def work(n):
                total = 0
                scale = 3
                def scaled(v):
                    return v * scale
                for i in range(n):
                    try:
                        if i % 4 == 0:
                            raise ValueError(i)
                        total += scaled(i) + len([i, i + 1])
                    except ValueError as e:
                        total -= e.args[0]
                return total
            """;

    private static PyFunction work(TestRuntime t) {
        t.exec(SOURCE);
        return (PyFunction) t.globals.getStr("work");
    }

    @Test
    void frameStoppedAtEveryInstructionResumesFromACopyWithTheSameResult() {
        TestRuntime t = new TestRuntime();
        PyFunction fn = work(t);
        PyObject expected = Abstract.call(fn, PyInt.of(10));
        int n = fn.code.code.length;
        for (int stopAt = 1; stopAt < n; stopAt++) {
            Frame f = t.rt.interpreter.newFrame(fn, PyInt.of(10));
            f.breakpoint = stopAt;
            PyObject r = t.rt.interpreter.resume(f);
            if (!f.stopped) {
                assertEquals(expected.toString(), r.toString(), "never reached " + stopAt);
                continue;
            }
            assertNull(r);
            Frame copy = f.copy();
            PyObject resumed = t.rt.interpreter.resume(copy);
            assertEquals(expected.toString(), resumed.toString(), "resumed at instruction " + stopAt + " ("
                    + Opcode.of(fn.code.code[stopAt]) + ")");
        }
    }

    @Test
    void stopInsideAnExpressionKeepsTheValueStack() {
        TestRuntime t = new TestRuntime();
        t.exec("def f(a, b):\n    return a * 100 + g(b) * 10 + 7\ndef g(x):\n    return x + 1\n");
        PyFunction f = (PyFunction) t.globals.getStr("f");
        CodeObject code = f.code;
        int call = -1;
        for (int i = 0; i < code.code.length; i++) {
            if (Opcode.of(code.code[i]) == Opcode.CALL) {
                call = i;
            }
        }
        Frame frame = t.rt.interpreter.newFrame(f, PyInt.of(4), PyInt.of(5));
        frame.breakpoint = call;
        assertNull(t.rt.interpreter.resume(frame));
        assertTrue(frame.stopped);
        assertTrue(frame.sp >= 3, "a*100, g and b are on the stack");
        Frame copy = frame.copy();
        assertEquals("467", t.rt.interpreter.resume(copy).toString());
    }

    @Test
    void resumingInsideAnExceptHandlerRestoresTheHandledException() {
        TestRuntime t = new TestRuntime();
        t.exec("import sys\ndef h():\n    try:\n        raise KeyError('k')\n    except KeyError:\n"
                + "        x = 1\n        return repr(sys.exc_info()[1])\n");
        PyFunction h = (PyFunction) t.globals.getStr("h");
        int store = -1;
        for (int i = 0; i < h.code.code.length; i++) {
            if (Opcode.of(h.code.code[i]) == Opcode.STORE_FAST) {
                store = i;
            }
        }
        Frame frame = t.rt.interpreter.newFrame(h);
        frame.breakpoint = store;
        t.rt.interpreter.resume(frame);
        assertTrue(frame.stopped);
        assertEquals("KeyError('k')", t.rt.interpreter.resume(frame.copy()).toString().replace("\"", ""));
    }
}
