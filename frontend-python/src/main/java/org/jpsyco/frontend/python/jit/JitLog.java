package org.jpsyco.frontend.python.jit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jpsyco.frontend.python.bytecode.CodeObject;

/**
 * The JIT log ({@code --jit-log=FILE}, {@code psyco.log()}): for each compiled version its entry,
 * the backend that took it and its LIR; each decline with its reason; each exit from compiled
 * code with its reason. Plain text, one record after another, so a user can see why something
 * was not specialized or keeps leaving compiled code.
 */
final class JitLog implements AutoCloseable {
    private final PrintWriter out;

    private JitLog(PrintWriter out) {
        this.out = out;
    }

    /** A log writing to {@code file}, or null (with a warning on {@code err}) when it cannot be opened. */
    static JitLog open(String file, java.io.PrintStream err) {
        try {
            return new JitLog(new PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            err.print("jpsyco: cannot write the JIT log to " + file + ": " + e.getMessage() + "\n");
            err.flush();
            return null;
        }
    }

    static String where(CodeObject co, int pc) {
        return co.qualname + " (" + co.filename + ":" + co.firstlineno + ")"
                + (pc == 0 ? " at its entry" : " at the loop head " + pc + " (line " + co.lineOf(pc) + ")");
    }

    synchronized void compiled(CodeObject co, int pc, Unit u, long nanos, java.util.List<String> notes) {
        out.printf("== version %d of %s%n", u.version().id(), where(co, pc));
        out.printf("backend: %s, %d code bytes, compiled in %.2f ms%n", u.compiled().backend(),
                u.compiled().codeBytes(), nanos / 1e6);
        out.printf("entry snapshot: %s%n", u.version().entry());
        for (String n : notes) {
            out.println(n);
        }
        out.print(u.lir());
        out.println();
        if (!"jvm".equals(u.compiled().backend())) {
            // machine code: its disassembly is what the log is for
            out.print(u.compiled().listing());
            out.println();
        }
    }

    synchronized void declined(CodeObject co, int pc, String reason) {
        out.printf("== declined %s: %s%n%n", where(co, pc), reason);
    }

    synchronized void exit(CodeObject co, int pc, String reason) {
        out.printf("deopt %s at %d (line %d): %s%n", co.qualname, pc, co.lineOf(pc), reason);
    }

    synchronized void note(String text) {
        out.println(text);
    }

    @Override
    public synchronized void close() {
        out.close();
    }
}
