package org.jpsyco.frontend.python.api;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The jpsyco Python runtime as an OSGi service: runs Python programs the way the
 * {@code python3} command does.
 *
 * <p>Each call to {@link #main} makes a fresh interpreter state (its own {@code sys.modules},
 * globals and JIT state) and throws it away at the end, so several programs may run side by
 * side in one container. The launcher finds this service by its interface name and calls
 * {@code main} reflectively, so its signature uses JDK types only.
 */
public interface PythonRuntime {

    /**
     * Runs a program from a {@code python3}-style command line, for example
     * {@code ["prog.py", "arg"]}, {@code ["-c", "print(1)"]}, {@code ["-m", "mod"]} or
     * {@code ["--jit=full", "prog.py"]}.
     *
     * @param argv            the command line, without the command name
     * @param environment     the process environment ({@code PYTHONPATH}, {@code PYTHONHASHSEED}, ...)
     * @param stdin           the program's standard input
     * @param stdout          the program's standard output; flushed when the program flushes and at exit
     * @param stderr          the program's standard error
     * @param stdinIsTerminal whether standard input is a terminal (then no program means a REPL)
     * @return the exit status: 0, 1 after an uncaught exception, 2 for a bad command line, or
     *         the code of {@code SystemExit}
     */
    int main(String[] argv, Map<String, String> environment, InputStream stdin, PrintStream stdout,
            PrintStream stderr, boolean stdinIsTerminal);

    /** The version line that {@code --version} prints, for example {@code "Python 3.11.7 (jpsyco 0.1.0)"}. */
    String version();
}
