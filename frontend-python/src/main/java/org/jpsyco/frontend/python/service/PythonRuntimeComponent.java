package org.jpsyco.frontend.python.service;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;

import org.jpsyco.frontend.python.api.PythonRuntime;
import org.jpsyco.frontend.python.cli.PythonMain;
import org.jpsyco.frontend.python.cli.Version;
import org.jpsyco.frontend.python.jit.BoundBackend;
import org.jpsyco.frontend.python.jit.StrategyBinding;
import org.jpsyco.frontend.python.runtime.StartupTrace;
import org.jpsyco.kernel.api.Policy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Registers the Python runtime as a Declarative Services component. The component is
 * immediate: on activation it runs a tiny program on a background thread into null streams,
 * so the runtime's classes load while the container finishes starting, not after the
 * launcher asks for its first program.
 *
 * <p>The kernel's policy gives the JIT its backends (best-ranked first); the reference is dynamic
 * so programs keep running, interpreted, while the kernel bundle is being updated.
 */
@Component(service = PythonRuntime.class, immediate = true)
public final class PythonRuntimeComponent implements PythonRuntime {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Policy policy;

    @Activate
    void activate() {
        StartupTrace.mark("component activated");
        Thread warmUp = new Thread(() -> {
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            main(new String[] {"-c", "pass"}, Map.of(), new ByteArrayInputStream(new byte[0]), nowhere, nowhere,
                    false);
        }, "jpsyco-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public int main(String[] argv, Map<String, String> environment, InputStream stdin, PrintStream stdout,
            PrintStream stderr, boolean stdinIsTerminal) {
        return PythonMain.main(argv, environment, stdin, stdout, stderr, stdinIsTerminal, () -> {
            Policy p = policy;
            return p == null ? java.util.List.of() : BoundBackend.of(p.backendServices(), p::backendActive);
        }, () -> {
            Policy p = policy;
            return p == null ? java.util.List.of() : StrategyBinding.of(p.strategyServices(), p::strategyActive);
        });
    }

    @Override
    public String version() {
        return Version.VERSION_LINE;
    }
}
