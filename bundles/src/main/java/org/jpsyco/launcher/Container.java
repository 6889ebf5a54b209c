package org.jpsyco.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The jpsyco distribution booted in an embedded Felix framework.
 *
 * <p>Call order: {@link #boot}, then any number of {@link #runPython} calls (each makes a
 * fresh interpreter state), then {@link #close}. The distribution folder holds
 * {@code bundle/<start level>/*.jar}; bundles start in start-level order (logging first,
 * the Gogo shell last).
 */
public final class Container implements AutoCloseable {
    /** The service interface the launcher looks up, by name: the launcher does not link to the bundles. */
    public static final String PYTHON_RUNTIME = "org.jpsyco.frontend.python.api.PythonRuntime";

    private final Felix framework;
    private final BundleCache cache;
    private final ServiceTracker<Object, Object> runtimeTracker;

    private Container(Felix framework, BundleCache cache) {
        this.framework = framework;
        this.cache = cache;
        this.runtimeTracker = new ServiceTracker<>(framework.getBundleContext(), PYTHON_RUNTIME, null);
        this.runtimeTracker.open(true); // all services: the launcher may see its own copy of the API class
    }

    /** Options for {@link #boot}. */
    public record Options(Path distDir, Path cacheRoot, boolean interactiveShell, int felixLogLevel,
            Map<String, String> extraProperties) {
        public Options {
            extraProperties = Map.copyOf(extraProperties);
        }

        /** The defaults: cache under the user's cache folder, no shell, Felix quiet. */
        public static Options of(Path distDir) {
            return new Options(distDir, defaultCacheRoot(), false, 0, Map.of());
        }

        public Options withShell(boolean shell) {
            return new Options(distDir, cacheRoot, shell, felixLogLevel, extraProperties);
        }

        public Options withFelixLogLevel(int level) {
            return new Options(distDir, cacheRoot, interactiveShell, level, extraProperties);
        }

        public Options withCacheRoot(Path root) {
            return new Options(distDir, root, interactiveShell, felixLogLevel, extraProperties);
        }
    }

    /** The cache root: {@code $JPSYCO_CACHE}, else {@code $XDG_CACHE_HOME/jpsyco}, else {@code ~/.cache/jpsyco}. */
    public static Path defaultCacheRoot() {
        String explicit = System.getenv("JPSYCO_CACHE");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "jpsyco");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "jpsyco");
    }

    /** The SLF4J provider slf4j-api is told to use (see the slf4j-binding fragment of the distribution). */
    static final String SLF4J_PROVIDER = "ch.qos.logback.classic.spi.LogbackServiceProvider";

    /** Boots the framework and starts every bundle of the distribution. */
    public static Container boot(Options options) throws IOException, BundleException {
        if (System.getProperty("slf4j.provider") == null) {
            // slf4j-api then loads Logback's provider by name, through the binding fragment's import
            System.setProperty("slf4j.provider", SLF4J_PROVIDER);
        }
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            // or slf4j-api notes on stderr, at every start, that it was told the provider
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        Map<Integer, List<Path>> byLevel = bundlesByStartLevel(options.distDir());
        List<Path> allJars = new ArrayList<>();
        byLevel.values().forEach(allJars::addAll);
        BundleCache cache = BundleCache.acquire(options.cacheRoot(), options.distDir(), allJars);
        try {
            Map<String, Object> config = new HashMap<>();
            config.put(Constants.FRAMEWORK_STORAGE, cache.storage().toString());
            if (cache.fresh()) {
                config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            }
            int topLevel = byLevel.isEmpty() ? 1 : byLevel.keySet().stream().max(Integer::compare).orElseThrow();
            config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(topLevel));
            config.put("felix.log.logger", new FelixLogger());
            config.put("felix.log.level", Integer.toString(options.felixLogLevel()));
            // bundles must see only what they import, or Logback leaks in from the launcher's class path
            config.put("felix.bootdelegation.implicit", "false");
            config.put("gosh.args", options.interactiveShell() ? "" : "--nointeractive --noshutdown");
            config.putAll(options.extraProperties());

            @SuppressWarnings({"unchecked", "rawtypes"})
            Felix felix = new Felix((Map) config);
            felix.init();
            StartupTrace.mark("felix init (" + (cache.fresh() ? "fresh bundle cache" : "bundle cache reused") + ")");
            if (cache.fresh()) {
                installAll(felix.getBundleContext(), byLevel);
                StartupTrace.mark("bundles installed");
            }
            felix.start();
            StartupTrace.mark("felix started");
            awaitStartLevel(felix, topLevel);
            StartupTrace.mark("start level " + topLevel + " reached");
            Container container = new Container(felix, cache);
            if (cache.fresh()) {
                cache.markPopulated();
            }
            return container;
        } catch (IOException | BundleException | RuntimeException e) {
            cache.invalidate();
            cache.close();
            throw e;
        }
    }

    private static Map<Integer, List<Path>> bundlesByStartLevel(Path distDir) throws IOException {
        Map<Integer, List<Path>> byLevel = new TreeMap<>();
        Path bundleDir = distDir.resolve("bundle");
        if (!Files.isDirectory(bundleDir)) {
            throw new IOException("not a jpsyco distribution (no bundle folder): " + distDir);
        }
        try (Stream<Path> levels = Files.list(bundleDir)) {
            for (Path level : levels.sorted().toList()) {
                int startLevel;
                try {
                    startLevel = Integer.parseInt(level.getFileName().toString());
                } catch (NumberFormatException e) {
                    continue;
                }
                try (Stream<Path> jars = Files.list(level)) {
                    byLevel.put(startLevel, jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList());
                }
            }
        }
        return byLevel;
    }

    private static void installAll(BundleContext context, Map<Integer, List<Path>> byLevel) throws BundleException {
        // every bundle is installed before any starts, so fragments (the SLF4J binding) are
        // there when their hosts resolve
        List<Bundle> toStart = new ArrayList<>();
        for (Map.Entry<Integer, List<Path>> level : byLevel.entrySet()) {
            for (Path jar : level.getValue()) {
                Bundle bundle = context.installBundle(jar.toUri().toString());
                if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                    continue;
                }
                bundle.adapt(BundleStartLevel.class).setStartLevel(level.getKey());
                toStart.add(bundle);
            }
        }
        for (Bundle bundle : toStart) {
            bundle.start();
        }
    }

    private static void awaitStartLevel(Felix felix, int level) {
        FrameworkStartLevel fsl = felix.adapt(FrameworkStartLevel.class);
        if (fsl.getStartLevel() >= level) {
            return;
        }
        Object done = new Object();
        synchronized (done) {
            fsl.setStartLevel(level, event -> {
                if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                    synchronized (done) {
                        done.notifyAll();
                    }
                }
            });
            while (fsl.getStartLevel() < level) {
                try {
                    done.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The framework's bundle context, for tests and tools. */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** Every installed bundle, the system bundle first. */
    public List<Bundle> bundles() {
        return List.of(framework.getBundleContext().getBundles());
    }

    /**
     * Runs a Python program through the {@code PythonRuntime} service, waiting up to
     * {@code timeoutMillis} for the service to appear. See {@code PythonRuntime.main}.
     */
    public int runPython(String[] argv, Map<String, String> environment, InputStream stdin, PrintStream stdout,
            PrintStream stderr, boolean stdinIsTerminal, long timeoutMillis) throws ServiceUnavailableException {
        Object runtime;
        try {
            runtime = runtimeTracker.waitForService(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runtime = null;
        }
        if (runtime == null) {
            throw new ServiceUnavailableException(describeBundles());
        }
        StartupTrace.mark("PythonRuntime service found");
        try {
            Method main = runtimeInterface(runtime).getMethod("main", String[].class, Map.class, InputStream.class,
                    PrintStream.class, PrintStream.class, boolean.class);
            return (Integer) main.invoke(runtime, argv, environment, stdin, stdout, stderr, stdinIsTerminal);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the PythonRuntime service does not have the expected main method", e);
        }
    }

    private static Class<?> runtimeInterface(Object service) throws ClassNotFoundException {
        for (Class<?> c = service.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(PYTHON_RUNTIME)) {
                    return i;
                }
            }
        }
        throw new ClassNotFoundException(PYTHON_RUNTIME + " is not implemented by " + service.getClass());
    }

    /** One line per bundle: id, state, symbolic name and version; used in error messages. */
    public String describeBundles() {
        StringBuilder sb = new StringBuilder();
        for (Bundle b : bundles()) {
            sb.append(String.format("%4d %-11s %s %s%n", b.getBundleId(), stateName(b.getState()), b.getSymbolicName(),
                    b.getVersion()));
        }
        return sb.toString();
    }

    public static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> Integer.toString(state);
        };
    }

    /** Waits until the framework stops by itself (for example when the Gogo shell exits). */
    public void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    @Override
    public void close() throws IOException {
        runtimeTracker.close();
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException e) {
            throw new IOException("could not stop the framework", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            cache.close();
        }
    }

    /** The PythonRuntime service did not appear; the message lists the bundles and their states. */
    public static final class ServiceUnavailableException extends Exception {
        ServiceUnavailableException(String bundles) {
            super("the jpsyco PythonRuntime service did not start; bundles:\n" + bundles);
        }
    }
}
