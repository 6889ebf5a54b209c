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
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
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

    /** Holds the first compilation until the container has started the JIT's bundles. */
    private volatile JitReadiness jitReady = JitReadiness.ready();

    @Activate
    void activate(BundleContext context) {
        StartupTrace.mark("component activated");
        jitReady = JitReadiness.open(context);
        Thread warmUp = new Thread(() -> {
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            main(new String[] {"-c", "pass"}, Map.of(), new ByteArrayInputStream(new byte[0]), nowhere, nowhere,
                    false);
        }, "jpsyco-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Deactivate
    void deactivate() {
        jitReady.close();
    }

    @Override
    public int main(String[] argv, Map<String, String> environment, InputStream stdin, PrintStream stdout,
            PrintStream stderr, boolean stdinIsTerminal) {
        JitReadiness ready = jitReady;
        // the JIT asks for its backends and strategies at each compilation, never before the first
        return PythonMain.main(argv, environment, stdin, stdout, stderr, stdinIsTerminal, () -> {
            ready.await();
            Policy p = policy;
            return p == null ? java.util.List.of() : BoundBackend.of(p.backendServices(), p::backendActive);
        }, () -> {
            ready.await();
            Policy p = policy;
            return p == null ? java.util.List.of() : StrategyBinding.of(p.strategyServices(), p::strategyActive);
        });
    }

    @Override
    public String version() {
        return Version.VERSION_LINE;
    }
}
