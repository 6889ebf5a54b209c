package org.jpsyco.strategy.constants;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.backend.jvm.JvmBackend;
import org.jpsyco.frontend.python.cli.PythonMain;
import org.jpsyco.frontend.python.jit.StrategyBinding;
import org.jpsyco.frontend.python.testkit.GoldenPrograms;
import org.jpsyco.kernel.spi.Backend;

/**
 * Runs Python sources in this JVM through the specializer with given strategies and the JVM
 * backend, returning what they printed (for tests that look at statistics; golden programs go
 * through the shared {@link GoldenPrograms} runner).
 */
final class Programs {
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());

    record Run(String out, String err, int status) {
    }

    private Programs() {
    }

    /** Runs {@code prog} (in its folder, with its {@code .in} as stdin); stderr has the folder replaced by {@code {dir}}. */
    static Run run(Path prog, List<StrategyBinding> strategies, String... flags) throws IOException {
        Path dir = prog.getParent();
        Path stdin = GoldenPrograms.sibling(prog, ".in");
        byte[] in = Files.exists(stdin) ? Files.readAllBytes(stdin) : new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>();
        env.put("JPSYCO_CWD", dir.toString());
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        List<String> argv = new ArrayList<>(List.of(flags));
        argv.add(prog.getFileName().toString());
        int status = PythonMain.main(argv.toArray(String[]::new), env, new ByteArrayInputStream(in),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, () -> BACKENDS, () -> strategies);
        return new Run(out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8).replace(dir + "/", "{dir}/"), status);
    }

    /** Runs the program {@code source} (written to a temporary folder) and returns the run. */
    static Run source(String source, List<StrategyBinding> strategies, String... flags) throws IOException {
        Path dir = Files.createTempDirectory("jpsyco-constants");
        Path prog = dir.resolve("prog.py");
        Files.writeString(prog, source, StandardCharsets.UTF_8);
        try {
            return run(prog, strategies, flags);
        } finally {
            Files.deleteIfExists(prog);
            Files.deleteIfExists(dir);
        }
    }
}
