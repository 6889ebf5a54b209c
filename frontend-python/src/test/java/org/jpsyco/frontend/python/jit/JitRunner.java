package org.jpsyco.frontend.python.jit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jpsyco.backend.jvm.JvmBackend;
import org.jpsyco.frontend.python.cli.PythonMain;
import org.jpsyco.kernel.spi.Backend;

/** Runs a Python program through the command line entry with the JVM backend, capturing its streams. */
final class JitRunner {
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());

    record Outcome(String out, String err, int status) {
    }

    static Outcome run(String source, String... flags) {
        return runFile(write(source), Map.of(), flags);
    }

    /** {@code source} in a file named after its hash, so that runs in several modes show the same paths. */
    static Path write(String source) {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "jpsyco-jit-tests");
            Files.createDirectories(dir);
            Path file = dir.resolve("prog" + Integer.toHexString(source.hashCode()) + ".py");
            Files.writeString(file, source);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Outcome runFile(Path file, Map<String, String> extraEnv, String... flags) {
        List<String> argv = new ArrayList<>(List.of(flags));
        argv.add(file.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new java.util.HashMap<>(Map.of("PYTHONHASHSEED", "0", "PYTHONIOENCODING", "utf-8",
                "JPSYCO_CWD", file.toAbsolutePath().getParent().toString()));
        env.putAll(extraEnv);
        int status = PythonMain.main(argv.toArray(String[]::new), env, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, () -> BACKENDS);
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }
}
