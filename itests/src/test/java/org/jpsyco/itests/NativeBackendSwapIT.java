package org.jpsyco.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.jpsyco.frontend.python.api.PythonRuntime;
import org.jpsyco.kernel.api.Policy;
import org.jpsyco.kernel.spi.Backend;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Stops the backend-i386 bundle in the real container while a program runs on its native code:
 * the native units are invalidated and their code memory given back, the program carries on
 * with backend-jvm and prints what CPython prints.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NativeBackendSwapIT {
    /** Spins on a native-compiled function until the test says go (a file appears). */
    private static final String PROGRAM = """
            import os, sys
            ready, go = sys.argv[1], sys.argv[2]

            def work(n):
                s = 0
                i = 0
                while i < n:
                    s += i * i % 7
                    i += 1
                return s

            expected = work(1000)
            rounds = 0
            while True:
                if work(1000) != expected:
                    print("mismatch in round", rounds)
                rounds += 1
                if rounds == 200:
                    open(ready, "w").close()
                if rounds >= 200 and os.path.exists(go):
                    break
            print("work", expected)
            print("after", sum(work(k) for k in range(50)))
            """;
    /** What CPython 3.11 prints for {@link #PROGRAM}. */
    private static final String EXPECTED = "work 2001\nafter 2401\n";

    @Inject
    private BundleContext context;

    @Inject
    private PythonRuntime runtime;

    @Inject
    private Policy policy;

    @Configuration
    public Option[] config() {
        return new ContainerIT().config();
    }

    /** The i386 backend's count of code units in its memory (read reflectively: its package is private). */
    private static int nativeUnits(Backend i386) throws Exception {
        Object stats = i386.getClass().getMethod("memoryStats").invoke(i386);
        var units = stats.getClass().getMethod("units");
        units.setAccessible(true);
        return (Integer) units.invoke(stats);
    }

    private Backend i386() {
        for (ServiceReference<Backend> ref : getReferences()) {
            Backend b = context.getService(ref);
            if (b != null && b.name().equals("i386")) {
                return b;
            }
        }
        return null;
    }

    private java.util.Collection<ServiceReference<Backend>> getReferences() {
        try {
            return context.getServiceReferences(Backend.class, null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void stoppingTheNativeBackendMidRunFinishesOnTheJvmBackend() throws Exception {
        // real versions with upcalls go native only on request; the other tests of this JVM run without
        System.setProperty("jpsyco.i386.upcalls", "true");
        try {
            stopMidRun();
        } finally {
            System.clearProperty("jpsyco.i386.upcalls");
        }
    }

    private void stopMidRun() throws Exception {
        Bundle bundle = null;
        for (Bundle b : context.getBundles()) {
            if ("org.jpsyco.backend.i386".equals(b.getSymbolicName())) {
                bundle = b;
            }
        }
        assertNotNull("backend-i386 is installed", bundle);
        Backend i386 = i386();
        assertNotNull("the i386 backend service", i386);
        Path dir = Files.createTempDirectory("jpsyco-swap");
        Path ready = dir.resolve("ready");
        Path go = dir.resolve("go");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(-1);
        Thread program = new Thread(() -> status.set(runtime.main(
                new String[] {"--jit=full", "--backend=i386", "-c", PROGRAM, ready.toString(), go.toString()}, Map.of("PYTHONHASHSEED", "0"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false)), "swap-program");
        program.start();
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!Files.exists(ready) && program.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue("the program reached its loop; stderr: " + err.toString(StandardCharsets.UTF_8), Files.exists(ready));
            int before = nativeUnits(i386);
            assertTrue("native code runs before the stop: " + before + " units", before > 0);

            bundle.stop();
            assertEquals(List.of("jvm"), policy.backends());
        } finally {
            Files.writeString(go, "go");
            program.join(120_000);
        }
        assertEquals("stderr: " + err.toString(StandardCharsets.UTF_8), 0, status.get());
        assertEquals(EXPECTED, out.toString(StandardCharsets.UTF_8));
        assertEquals("every native unit was given back", 0, nativeUnits(i386));
        bundle.start();
        assertEquals(List.of("i386", "jvm"), policy.backends());
    }
}
