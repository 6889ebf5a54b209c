package org.jpsyco.frontend.python.cli;

import java.io.PrintStream;
import java.util.Map;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.compiler.Compiler;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;
import org.jpsyco.frontend.python.parser.PythonSyntaxError;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * The interactive loop: prompts {@code >>> } and {@code ... } on stderr, reads a statement
 * (more lines while it is incomplete or a block is open), runs it in {@code __main__} echoing
 * expression values, prints exceptions without leaving, and ends at end of input.
 */
final class Repl {
    private final PythonRuntimeState rt;
    private final PrintStream stderr;

    Repl(PythonRuntimeState rt, PrintStream stderr) {
        this.rt = rt;
        this.stderr = stderr;
    }

    int run() {
        PyModule main = rt.newMainModule();
        stderr.print(org.jpsyco.frontend.python.cli.Version.VERSION_LINE + " on linux\n"
                + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        while (true) {
            String first = prompt(">>> ");
            if (first == null) {
                stderr.print("\n");
                stderr.flush();
                return 0;
            }
            if (first.isBlank()) {
                continue;
            }
            StringBuilder src = new StringBuilder(first).append('\n');
            boolean block = first.stripTrailing().endsWith(":") || first.startsWith("@");
            while (block || incomplete(src.toString())) {
                String more = prompt("... ");
                if (more == null) {
                    break;
                }
                if (block && more.isBlank()) {
                    break;
                }
                src.append(more).append('\n');
                if (!block && more.stripTrailing().endsWith(":")) {
                    block = true;
                }
            }
            try {
                CodeObject code = rt.compile(src.toString(), "<stdin>", Compiler.Mode.SINGLE);
                rt.interpreter.runModule(code, main.dict());
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
                    return PythonMain.handleUncaught(rt, e.value, Map.of());
                }
                rt.flushStreams();
                PythonMain.handleUncaught(rt, e.value, Map.of("<stdin>", ""));
            }
            rt.flushStreams();
        }
    }

    private String prompt(String p) {
        rt.flushStreams();
        stderr.print(p);
        stderr.flush();
        String line = rt.stdin.readLine();
        if (line.isEmpty()) {
            return null;
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    private static boolean incomplete(String src) {
        try {
            Parser.parse(src, "<stdin>", Mode.SINGLE);
            return false;
        } catch (PythonSyntaxError e) {
            String m = e.msg();
            return m.contains("was never closed") || m.contains("unexpected EOF") || m.contains("unterminated triple");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
