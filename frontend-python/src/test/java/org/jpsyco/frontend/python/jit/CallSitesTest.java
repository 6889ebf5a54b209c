package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Calls from compiled code: a known callee gets a direct call site, other positional calls the
 * fixed-arity helpers; either way the answers, tracebacks and recursion limit are the
 * interpreter's.
 */
class CallSitesTest {
    private static String lir(String source) throws java.io.IOException {
        Path log = Files.createTempFile("calls", ".log");
        try {
            JitRunner.Outcome r = JitRunner.run(source, "--jit=full", "--jit-log=" + log);
            assertEquals(JitRunner.run(source, "--jit=off"), r);
            return Files.readString(log);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aGlobalFunctionCalledWithItsParametersGetsADirectCallSite() throws java.io.IOException {
        String text = lir("""
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                print(fib(15))
                """);
        assertTrue(text.contains("@callDirect1("), text);
    }

    @Test
    void otherPositionalCallsUseFixedArityHelpers() throws java.io.IOException {
        String text = lir("""
                def pair(a, b=2, *rest):
                    return (a, b, rest)
                def use(f, x):
                    return f(x), pair(x), pair(x, x, x), len([x]), max(x, 3, 1)
                print(use(abs, -4))
                """);
        assertTrue(text.contains("@call1("), text);
        assertTrue(text.contains("@call3("), text);
        assertTrue(!text.contains("@callDirect"), "pair takes *rest: no direct site\n" + text);
    }

    @Test
    void aReboundCalleeTakesTheGenericCall() {
        JitEndToEndTest.sameAsInterpreter("""
                def f(x):
                    return x + 1
                def g(x):
                    return x * 10
                def loop(n):
                    global f
                    out = []
                    for i in range(n):
                        if i == 3:
                            f = g
                        out.append(f(i))
                    return out
                print(loop(6), loop(2))
                """);
    }

    @Test
    void recursionThroughDirectCallsStopsAtTheLimitWithTheInterpretersTraceback() {
        JitEndToEndTest.sameAsInterpreter("""
                import sys
                def down(n):
                    if n == 0:
                        return 0
                    return down(n - 1) + 1
                def forever(n):
                    return forever(n + 1)
                print(down(500))
                try:
                    forever(0)
                except RecursionError as e:
                    print("caught", e)
                sys.setrecursionlimit(100)
                try:
                    down(200)
                except RecursionError as e:
                    print("caught", e)
                print(down(90))
                def boom(n):
                    if n == 0:
                        raise KeyError(n)
                    return boom(n - 1)
                boom(3)
                """);
    }

    @Test
    void aCalleeReadingItsCallersFrameSeesTheCallersLocals() {
        JitEndToEndTest.sameAsInterpreter("""
                import sys
                def peek():
                    return sorted(sys._getframe(1).f_locals)
                def caller(a):
                    b = a * 2
                    return peek(), b
                print([caller(i) for i in range(3)])
                """);
    }
}
