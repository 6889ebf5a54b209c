package org.jpsyco.strategy.constants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jpsyco.backend.jvm.JvmBackend;
import org.jpsyco.frontend.python.jit.StrategyBinding;
import org.jpsyco.frontend.python.testkit.GoldenPrograms;
import org.jpsyco.frontend.python.testkit.GoldenPrograms.Run;
import org.jpsyco.kernel.spi.Backend;

/**
 * Runs Python sources in this JVM through the specializer with given strategies and the JVM
 * backend, returning what they printed (for tests that look at statistics; golden programs go
 * through the shared {@link GoldenPrograms} runner).
 */
final class Programs {
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());

    private Programs() {
    }

    /** Runs {@code prog} (in its folder, with its {@code .in} as stdin); stderr has the folder replaced by {@code {dir}}. */
    static Run run(Path prog, List<StrategyBinding> strategies, String... flags) throws IOException {
        return GoldenPrograms.run(prog, flags, () -> BACKENDS, () -> strategies);
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
