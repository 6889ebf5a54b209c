package org.jpsyco.frontend.python.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** The {@code python3}-style command line: parses options and runs the chosen program. */
public final class PythonMain {
    private PythonMain() {
    }

    /** See {@link org.jpsyco.frontend.python.api.PythonRuntime#main}. */
    public static int main(String[] argv, Map<String, String> environment, InputStream stdin, PrintStream stdout,
            PrintStream stderr, boolean stdinIsTerminal) {
        stderr.println("jpsyco: the interpreter is not built yet");
        return 2;
    }
}
