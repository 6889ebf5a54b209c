package org.jpsyco.frontend.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Compiles every top-level module of the local CPython's standard library (python3 must be
 * installed): the compiler either produces code or reports a construct it does not
 * compile yet; it never fails with a Java exception.
 */
class StdlibCompileTest {
    @Test
    void standardLibraryModulesCompileWithoutInternalErrors() throws Exception {
        Path lib = stdlibDir();
        assertTrue(lib != null && Files.isDirectory(lib),
                "no CPython 3.11 standard library found: this test needs python3 (CPython 3.11) installed");
        List<String> crashes = new ArrayList<>();
        int compiled = 0;
        try (Stream<Path> s = Files.list(lib)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".py")).sorted().toList()) {
                Mod mod;
                try {
                    mod = Parser.parse(Files.readAllBytes(p), p.toString(), Mode.EXEC);
                } catch (RuntimeException e) {
                    continue;
                }
                try {
                    Compiler.compile(mod, p.toString(), Compiler.Mode.EXEC);
                    compiled++;
                } catch (CompileError e) {
                    // a construct not compiled yet: fine
                } catch (RuntimeException | StackOverflowError e) {
                    crashes.add(p.getFileName() + ": " + e);
                }
            }
        }
        assertEquals(List.of(), crashes);
        assertTrue(compiled > 100, "only " + compiled + " modules compiled");
    }

    private static Path stdlibDir() {
        try {
            Process proc = new ProcessBuilder("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
                    .redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return proc.waitFor() == 0 ? Path.of(out) : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
