package org.jpsyco.frontend.python.service;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jpsyco.frontend.python.api.PythonRuntime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo shell commands: {@code jpsyco:run ARGS...} runs a program as {@code jpsyco ARGS...} would. */
@Component(service = PythonCommands.class, property = {
        "osgi.command.scope=jpsyco",
        "osgi.command.function=run",
        "osgi.command.function=version"})
public final class PythonCommands {
    private final PythonRuntime runtime;

    @Activate
    public PythonCommands(@Reference PythonRuntime runtime) {
        this.runtime = runtime;
    }

    /** Runs a Python program with the shell's streams; returns its exit status. */
    public int run(String... argv) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = runtime.main(argv, System.getenv(), System.in, out, err, false);
        out.flush();
        return status;
    }

    /** The runtime's version line. */
    public String version() {
        return runtime.version();
    }
}
