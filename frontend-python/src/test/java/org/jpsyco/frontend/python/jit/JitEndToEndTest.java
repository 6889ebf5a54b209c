package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Compiled code gives the interpreter's answers: output, tracebacks and exit status, in every JIT mode. */
class JitEndToEndTest {
    static final String[][] MODES = {
        {"--jit=full", "--backend=jvm"},
        {"--jit=profile", "--jit-threshold=1"},
        {"--jit=full", "--deopt-stress=3"},
        {"--jit=profile", "--jit-threshold=2", "--deopt-stress=1"},
    };

    static void sameAsInterpreter(String source) {
        JitRunner.Outcome expected = JitRunner.run(source, "--jit=off");
        for (String[] mode : MODES) {
            JitRunner.Outcome got = JitRunner.run(source, mode);
            String m = String.join(" ", mode);
            assertEquals(expected.out(), got.out(), "stdout under " + m);
            assertEquals(expected.err(), got.err(), "stderr under " + m);
            assertEquals(expected.status(), got.status(), "exit status under " + m);
        }
    }

    @Test
    void loopsAndArithmetic() {
        sameAsInterpreter("""
                def f(n):
                    total = 0
                    i = 0
                    while i < n:
                        if i % 3 == 0:
                            total += i
                        else:
                            total -= 1
                        i += 1
                    return total
                for k in range(5):
                    print(f(k * 10))
                print(sum([x * x for x in range(20)]))
                """);
    }

    @Test
    void exceptionsThroughCompiledFrames() {
        sameAsInterpreter("""
                def inner(x):
                    if x > 3:
                        raise ValueError("too big: %d" % x)
                    return x * 2
                def middle(x):
                    try:
                        return inner(x)
                    finally:
                        print("finally", x)
                def outer():
                    out = []
                    for i in range(6):
                        try:
                            out.append(middle(i))
                        except ValueError as e:
                            out.append(str(e))
                    return out
                print(outer())
                def unbound():
                    if False:
                        y = 1
                    return y
                try:
                    unbound()
                except UnboundLocalError as e:
                    print(e)
                middle(10)
                """);
    }

    @Test
    void statsCountCompiledFunctions() {
        JitRunner.Outcome r = JitRunner.run("""
                def f(x):
                    return x + 1
                def g():
                    yield 1
                print(f(1), list(g()))
                """, "--jit=full", "--stats");
        assertEquals("2 [1]\n", r.out());
        assertTrue(r.err().contains("functions run: 2, compiled: 2"), r.err());

    }

    @Test
    void functionsReadingTheirOwnFrameStayCorrect() {
        sameAsInterpreter("""
                def f(n):
                    total = 0
                    for i in range(n):
                        total += i
                    return sorted(locals().items()), eval("total * 2"), sorted(dir())
                print(f(50))
                """);
    }

    @Test
    void theCodeCacheStaysWithinItsBoundAndEvictedVersionsGoBackToTheInterpreter() {
        StringBuilder src = new StringBuilder("results = []\n");
        src.append("for k in range(1500):\n");
        src.append("    ns = {}\n");
        src.append("    exec(f'def f{k}(x):\\n    return x * {k} + len(str(x))\\n', ns)\n");
        src.append("    fn = ns[f'f{k}']\n");
        src.append("    results.append(fn(k) + fn(k + 1))\n");
        src.append("    if k % 100 == 0:\n");
        src.append("        old = ns\n");
        src.append("print(sum(results), results[:3], results[-3:])\n");
        String source = src.toString();
        JitRunner.Outcome expected = JitRunner.run(source, "--jit=off");
        java.nio.file.Path file = JitRunner.write(source);
        JitRunner.Outcome got = JitRunner.runFile(file, java.util.Map.of("JPSYCO_CODE_CACHE_BYTES", "200000"),
                "--jit=full", "--stats");
        assertEquals(expected.out(), got.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("evicted: (\\d+)").matcher(got.err());
        assertTrue(m.find(), got.err());
        assertTrue(Long.parseLong(m.group(1)) > 100, got.err());
        java.util.regex.Matcher b = java.util.regex.Pattern.compile("cache bytes: (\\d+) of (\\d+)").matcher(got.err());
        assertTrue(b.find(), got.err());
        assertTrue(Long.parseLong(b.group(1)) <= Long.parseLong(b.group(2)), got.err());
    }

    @Test
    void psycoModuleBindsUnbindsAndReports() {
        JitRunner.Outcome r = JitRunner.run("""
                import psyco
                def hot(n):
                    return sum(range(n))
                def cold(n):
                    return n
                psyco.bind(hot)
                print(hot(10), psyco.is_compiled(hot), psyco.is_compiled(cold))
                psyco.cannotcompile(cold)
                psyco.full()
                print(cold(3), psyco.is_compiled(cold))
                psyco.unbind(hot)
                print(hot(4), psyco.is_compiled(hot))
                s = psyco.stats()
                print(s["mode"], s["compiled"] >= 1, sorted(s["declined"]))
                """, "--jit=profile", "--jit-threshold=1000");
        assertEquals("45 True False\n3 False\n6 False\nfull True ['cold']\n", r.out(), r.err());
        JitRunner.Outcome off = JitRunner.run("import psyco\npsyco.full()\nprint(psyco.stats())\n", "--jit=off");
        assertEquals("{'mode': 'off'}\n", off.out(), off.err());
    }

    @Test
    void theJitLogShowsVersionsLirBackendsDeclinesAndExits() throws java.io.IOException {
        java.nio.file.Path log = java.nio.file.Files.createTempFile("jit", ".log");
        JitRunner.Outcome r = JitRunner.run("""
                def f(n):
                    t = 0
                    for i in range(n):
                        t += i
                    return t
                def g(a):
                    return locals()
                print(f(100), g(1))
                """, "--jit=full", "--deopt-stress=4", "--jit-log=" + log);
        assertEquals("4950 {'a': 1}\n", r.out(), r.err());
        String text = java.nio.file.Files.readString(log);
        java.nio.file.Files.deleteIfExists(log);
        assertTrue(text.contains("== version 0 of f ("), text);
        assertTrue(text.contains("backend: jvm"), text);
        assertTrue(text.contains("call_helper"), text);
        assertTrue(text.contains("== declined g ("), text);
        assertTrue(text.contains("reads its own frame with locals()"), text);
        assertTrue(java.util.regex.Pattern.compile("deopt f at \\d+ \\(line \\d+\\): (stress|safepoint)").matcher(text)
                .find(), text);
    }
}
