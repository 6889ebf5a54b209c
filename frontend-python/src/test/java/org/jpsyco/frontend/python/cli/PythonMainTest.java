package org.jpsyco.frontend.python.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PythonMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, boolean tty, String... argv) {
        return PythonMain.main(argv, Map.of(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                tty);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dashCRunsCodeWithArgvZeroDashC() {
        assertEquals(0, run("", false, "-c", "import sys; print(2**10 + 1, sys.argv)", "a"));
        assertEquals("1025 ['-c', 'a']\n", out());
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("", false, "--version"));
        assertEquals(Version.VERSION_LINE + "\n", out());
        assertEquals(0, run("", false, "--help"));
        for (String opt : new String[] {"--jit=off|profile|full", "--backend=auto|jvm|i386", "--stats", "--jit-log=FILE",
                "--ast FILE", "--dis FILE", "--shell", "--log=LEVEL", "-c cmd", "-m mod"}) {
            assertTrue(out().contains(opt), opt);
        }
    }

    @Test
    void unknownOptionExitsWithStatusTwo() {
        assertEquals(2, run("", false, "--bogus"));
        assertTrue(err().startsWith("unknown option --bogus\nusage: "));
        assertEquals(2, run("", false, "--jit=fast", "-c", "pass"));
    }

    @Test
    void jitFlagsAreAcceptedAndStatsReportWhatRanWithoutABackend() {
        assertEquals(0, run("", false, "--jit=full", "--backend=jvm", "--stats", "--jit-log=/dev/null",
                "--jit-threshold=3", "--deopt-stress=5", "-c", "def f():\n    return 1\nprint('ok', f())"));
        assertEquals("ok 1\n", out());
        assertTrue(err().contains("JIT statistics (jit=full)"), err());
        assertTrue(err().contains("functions run: 1, compiled: 0"), err());
        assertTrue(err().contains("no backend named jvm is available"), err());
        assertEquals(2, run("", false, "--jit-threshold=0", "-c", "pass"));
    }

    @Test
    void programFromStdinWhenNotATerminal() {
        assertEquals(0, run("print('from stdin')\n", false));
        assertEquals("from stdin\n", out());
    }

    @Test
    void uncaughtExceptionInDashCPrintsTracebackAndExitsOne() {
        assertEquals(1, run("", false, "-c", "1/0"));
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n", err());
    }

    @Test
    void replEchoesValuesAndSurvivesErrors() {
        assertEquals(0, run("1 + 1\nx = 5\nx * 2\n1/0\nfor i in range(2):\n    print(i)\n\n'done'\n", true));
        assertEquals("2\n10\n0\n1\n'done'\n", out());
        assertTrue(err().contains(">>> "));
        assertTrue(err().contains("... "));
        assertTrue(err().contains("ZeroDivisionError: division by zero"));
    }

    @Test
    void systemExitWithMessagePrintsItAndExitsOne() {
        assertEquals(1, run("", false, "-c", "import sys; sys.exit('bye')"));
        assertEquals("bye\n", err());
        assertEquals(4, run("", false, "-c", "raise SystemExit(4)"));
    }
}
