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
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The jpsyco distribution booted in an embedded Felix framework.
 *
 * <p>Call order: {@link #boot}, then any number of {@link #runPython} calls (each makes a
 * fresh interpreter state), then {@link #close} (or {@link #abandon} when the process is about
 * to exit). The distribution folder holds {@code bundle/<start level>/*.jar}; bundles start in
 * start-level order: logging (1), the OSGi services (2), the Python runtime (3), the JIT's
 * strategies and backends (4), the Gogo shell (5 and up).
 *
 * <p>Start-up: without the shell, {@link #boot} returns once the runtime's level is up and
 * lets the framework go on to the JIT's level in the background, so a program starts while the
 * strategies and backends are still starting; the framework property
 * {@value #JIT_START_LEVEL_PROPERTY} tells the runtime to hold its first compilation until that
 * level is reached. The shell's levels start only for the shell.
 */
public final class Container implements AutoCloseable {
    /** The service interface the launcher looks up, by name: the launcher does not link to the bundles. */
    public static final String PYTHON_RUNTIME = "org.jpsyco.frontend.python.api.PythonRuntime";

    /** The start level holding the Python runtime: {@link #boot} returns once it is up. */
    public static final int RUNTIME_START_LEVEL = 3;
    /** The start level holding the JIT's strategies and backends. */
    public static final int JIT_START_LEVEL = 4;
    /** The framework property naming the level the runtime's JIT waits for (read by the front end). */
    public static final String JIT_START_LEVEL_PROPERTY = "jpsyco.jit.startlevel";

    private final Felix framework;
    private final BundleCache cache;
    private final ServiceTracker<Object, Object> runtimeTracker;

    private Container(Felix framework, BundleCache cache) {
        this.framework = framework;
        this.cache = cache;
        this.runtimeTracker = new ServiceTracker<>(framework.getBundleContext(), PYTHON_RUNTIME, null);
        this.runtimeTracker.open(true); // all services: the launcher may see its own copy of the API class
    }

    /**
     * Options for {@link #boot}. {@code logging}: whether the logging back end is installed
     * (without it slf4j-api must be told its no-op provider, as the launcher does).
     */
    public record Options(Path distDir, Path cacheRoot, boolean interactiveShell, int felixLogLevel,
            boolean logging, Map<String, String> extraProperties) {
        public Options {
            extraProperties = Map.copyOf(extraProperties);
        }

        /** The defaults: cache under the user's cache folder, no shell, Felix quiet, logging installed. */
        public static Options of(Path distDir) {
            return new Options(distDir, defaultCacheRoot(), false, 0, true, Map.of());
        }

        public Options withShell(boolean shell) {
            return new Options(distDir, cacheRoot, shell, felixLogLevel, logging, extraProperties);
        }

        public Options withFelixLogLevel(int level) {
            return new Options(distDir, cacheRoot, interactiveShell, level, logging, extraProperties);
        }

        public Options withCacheRoot(Path root) {
            return new Options(distDir, root, interactiveShell, felixLogLevel, logging, extraProperties);
        }

        public Options withLogging(boolean on) {
            return new Options(distDir, cacheRoot, interactiveShell, felixLogLevel, on, extraProperties);
        }

        public Options withProperty(String name, String value) {
            Map<String, String> more = new HashMap<>(extraProperties);
            more.put(name, value);
            return new Options(distDir, cacheRoot, interactiveShell, felixLogLevel, logging, more);
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

    /**
     * Boots the framework and starts the distribution's bundles (see the class comment for
     * which, and when it returns). A bundle cache kept from an earlier run is used when it
     * matches the distribution; one that does not load as recorded (damaged files, bundles
     * missing) is emptied and filled again, once.
     */
    public static Container boot(Options options) throws IOException, BundleException {
        if (System.getProperty("slf4j.provider") == null) {
            // slf4j-api then loads Logback's provider by name, through the binding fragment's import
            System.setProperty("slf4j.provider", SLF4J_PROVIDER);
        }
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            // or slf4j-api notes on stderr, at every start, that it was told the provider
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        Map<Integer, List<Path>> byLevel = bundlesByStartLevel(options.distDir(), options.logging());
        List<Path> allJars = new ArrayList<>();
        byLevel.values().forEach(allJars::addAll);
        String variant = options.logging() ? "" : "nolog";
        BundleCache cache = BundleCache.acquire(options.cacheRoot(), options.distDir(), allJars, variant);
        if (!cache.fresh()) {
            try {
                return boot(options, byLevel, cache);
            } catch (StaleCacheException | IOException | BundleException | RuntimeException e) {
                // a damaged cache costs one fresh start, never the run
                StartupTrace.mark("bundle cache not usable (" + e + "); filling it again");
                cache = BundleCache.acquire(options.cacheRoot(), options.distDir(), allJars, variant);
            }
        }
        try {
            return boot(options, byLevel, cache);
        } catch (StaleCacheException e) {
            throw new BundleException("a freshly installed bundle is missing: " + e.getMessage());
        }
    }

    private static Container boot(Options options, Map<Integer, List<Path>> byLevel, BundleCache cache)
            throws IOException, BundleException, StaleCacheException {
        Felix felix = null;
        try {
            Map<String, Object> config = new HashMap<>();
            config.put(Constants.FRAMEWORK_STORAGE, cache.storage().toString());
            if (cache.fresh()) {
                config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            }
            int topLevel = byLevel.isEmpty() ? 1 : byLevel.keySet().stream().max(Integer::compare).orElseThrow();
            // without the shell the framework stops at the JIT's level, and boot returns at the runtime's
            int targetLevel = options.interactiveShell() ? topLevel : Math.min(topLevel, JIT_START_LEVEL);
            int bootLevel = options.interactiveShell() ? topLevel : Math.min(topLevel, RUNTIME_START_LEVEL);
            config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(bootLevel));
            config.put(JIT_START_LEVEL_PROPERTY, Integer.toString(targetLevel));
            config.put("felix.log.logger", new FelixLogger());
            config.put("felix.log.level", Integer.toString(options.felixLogLevel()));
            // bundles must see only what they import, or Logback leaks in from the launcher's class path
            config.put("felix.bootdelegation.implicit", "false");
            config.put("gosh.args", options.interactiveShell() ? "" : "--nointeractive --noshutdown");
            config.putAll(options.extraProperties());

            @SuppressWarnings({"unchecked", "rawtypes"})
            Felix created = new Felix((Map) config);
            felix = created;
            StartupTrace.mark("felix constructed");
            felix.init();
            StartupTrace.mark("felix init (" + (cache.fresh() ? "fresh bundle cache" : "bundle cache reused") + ")");
            if (cache.fresh()) {
                installAll(felix.getBundleContext(), byLevel);
                StartupTrace.mark("bundles installed");
            } else {
                checkInstalled(felix.getBundleContext(), byLevel);
            }
            felix.start(); // returns with the beginning start level reached
            StartupTrace.mark("felix started (start level " + bootLevel + ")");
            if (targetLevel > bootLevel) {
                // the rest starts on Felix's start-level thread while the launcher runs the program
                felix.adapt(FrameworkStartLevel.class).setStartLevel(targetLevel, StartupTrace.enabled()
                        ? new org.osgi.framework.FrameworkListener[] {event -> StartupTrace.mark("start level "
                                + targetLevel + " reached")}
                        : new org.osgi.framework.FrameworkListener[0]);
            }
            Container container = new Container(felix, cache);
            if (cache.fresh()) {
                cache.markPopulated();
            }
            return container;
        } catch (StaleCacheException | IOException | BundleException | RuntimeException e) {
            if (felix != null) {
                try {
                    felix.stop();
                    felix.waitForStop(10_000);
                } catch (BundleException | InterruptedException | RuntimeException stopping) {
                    // the start failed already; that failure is the one to report
                }
            }
            cache.invalidate();
            cache.close();
            throw e;
        }
    }

    /**
     * Checks that a reused bundle cache gave back exactly the distribution's bundles: Felix
     * skips a bundle whose stored state it cannot read, which would otherwise surface much later
     * as a service that never appears.
     */
    private static void checkInstalled(BundleContext context, Map<Integer, List<Path>> byLevel)
            throws StaleCacheException {
        java.util.Set<String> expected = new java.util.HashSet<>();
        for (List<Path> jars : byLevel.values()) {
            for (Path jar : jars) {
                expected.add(jar.toUri().toString());
            }
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() != 0) {
                found.add(b.getLocation());
            }
        }
        if (!found.equals(expected)) {
            expected.removeAll(found);
            throw new StaleCacheException(expected.isEmpty() ? "unexpected bundles in the cache" : "missing " + expected);
        }
    }

    /** A reused bundle cache did not hold what it recorded. */
    private static final class StaleCacheException extends Exception {
        private static final long serialVersionUID = 1L;

        StaleCacheException(String message) {
            super(message);
        }
    }

    /**
     * Whether a jar of the distribution is installed in a container that logs ({@code logging})
     * or not. The logging back end (Logback, and the fragment that binds slf4j-api to it) is
     * left out when nothing is to be logged, since resolving and starting it was about a tenth
     * of such a start; a stand-in fragment then satisfies what slf4j-api requires, and
     * slf4j-api uses its own no-op provider.
     */
    static boolean installed(Path jar, boolean logging) {
        String name = jar.getFileName().toString();
        boolean backend = name.startsWith("logback-") || name.endsWith("-slf4j-binding.jar");
        boolean standIn = name.endsWith("-slf4j-nop.jar");
        return logging ? !standIn : !backend;
    }

    private static Map<Integer, List<Path>> bundlesByStartLevel(Path distDir, boolean logging) throws IOException {
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
                    byLevel.put(startLevel, jars.filter(p -> p.toString().endsWith(".jar"))
                            .filter(p -> installed(p, logging)).sorted().toList());
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

    /** Whether the bundles came from a bundle cache kept from an earlier run (not installed afresh). */
    public boolean reusedCache() {
        return !cache.fresh();
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

    /**
     * Lets go of the container when the process is about to exit, without stopping the bundles
     * one by one: the program has finished and flushed its streams, the JVM's exit ends every
     * thread, and nothing a bundle could do when stopped outlives the process (the bundle cache
     * records no state changes at a stop). Releases the bundle cache's slot.
     */
    public void abandon() throws IOException {
        cache.close();
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
