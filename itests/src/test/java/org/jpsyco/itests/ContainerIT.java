package org.jpsyco.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.frameworkStartLevel;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.inject.Inject;

import org.jpsyco.frontend.python.api.PythonRuntime;
import org.jpsyco.kernel.api.Policy;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Boots Felix with every bundle of the distribution (Pax Exam's JUnit 4 driver, run through
 * the JUnit Platform's vintage engine) and checks the container as a deployer sees it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ContainerIT {

    @Inject
    private BundleContext context;

    @Inject
    private PythonRuntime runtime;

    @Inject
    private Policy policy;

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>();
        for (Distribution.BundleJar jar : Distribution.bundleJars()) {
            var option = bundle(jar.jar().toUri().toString()).startLevel(jar.startLevel());
            options.add(isFragment(jar.jar()) ? option.noStart() : option.start());
        }
        options.add(frameworkStartLevel(10));
        options.add(junitBundles());
        // bundles see only what they import, or Logback leaks in from the test class path
        options.add(frameworkProperty("felix.bootdelegation.implicit").value("false"));
        options.add(frameworkProperty("gosh.args").value("--nointeractive --noshutdown"));
        // slf4j-api finds Logback by this name through the distribution's binding fragment
        options.add(systemProperty("slf4j.provider").value("ch.qos.logback.classic.spi.LogbackServiceProvider"));
        options.add(systemProperty("slf4j.internal.verbosity").value("WARN"));
        options.add(systemProperty("logback.configurationFile").value(
                Distribution.dir().resolve("conf/logback.xml").toString()));
        return options.toArray(Option[]::new);
    }

    /** Fragments (the SLF4J binding) attach to their host and cannot be started. */
    private static boolean isFragment(java.nio.file.Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue(Constants.FRAGMENT_HOST) != null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    public void everyDistributionBundleIsActive() {
        Set<String> expected = new TreeSet<>();
        for (Distribution.BundleJar jar : Distribution.bundleJars()) {
            expected.add(jar.jar().toUri().toString());
        }
        Set<String> seen = new TreeSet<>();
        for (Bundle b : context.getBundles()) {
            if (!expected.contains(b.getLocation())) {
                continue;
            }
            seen.add(b.getLocation());
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            assertEquals(b.getSymbolicName() + " state", fragment ? Bundle.RESOLVED : Bundle.ACTIVE, b.getState());
        }
        assertEquals("every jar of the distribution is installed", expected, seen);
    }

    @Test
    public void everyJpsycoModuleIsABundle() {
        Set<String> names = new TreeSet<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().startsWith("org.jpsyco.")) {
                names.add(b.getSymbolicName());
            }
        }
        assertEquals(Set.of("org.jpsyco.kernel", "org.jpsyco.frontend.python", "org.jpsyco.strategy.types",
                "org.jpsyco.strategy.constants", "org.jpsyco.strategy.shapes", "org.jpsyco.backend.jvm",
                "org.jpsyco.backend.i386"), names);
    }

    @Test
    public void pythonRuntimeServiceIsRegistered() {
        assertNotNull(context.getServiceReference(PythonRuntime.class));
        assertTrue(runtime.version(), runtime.version().startsWith("Python 3.11"));
    }

    @Test
    public void policyBindsEveryStrategyAndBackend() {
        assertEquals(Set.of("types", "constants", "shapes"), new TreeSet<>(policy.strategies()));
        assertEquals("i386 is preferred over jvm by service ranking", List.of("i386", "jvm"), policy.backends());
    }

    @Test
    public void programRunsInsideTheContainer() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = runtime.main(new String[] {"-c", "x = 2**10 + 1\nprint('hello, world', x)"}, Map.of(),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals("stderr: " + err.toString(StandardCharsets.UTF_8), 0, status);
        assertEquals("hello, world 1025\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void uncaughtExceptionGivesStatusOneAndATraceback() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = runtime.main(new String[] {"-c", "print(1 // 0)"}, Map.of(),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(1, status);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("Traceback (most recent call last):\n"));
        assertTrue(text, text.endsWith("ZeroDivisionError: integer division or modulo by zero\n"));
    }
}
