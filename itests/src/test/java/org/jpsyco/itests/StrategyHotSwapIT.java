package org.jpsyco.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The hot-swap contract (DESIGN.md section 6) under a running workload: a Python program with hot
 * loops over ints, floats, strs, lists, dicts, method calls and attribute accesses runs again and
 * again through the {@link PythonRuntime} service on its own thread, compiled at first call,
 * while this test stops, starts and updates the strategy bundles at random (seeded) moments.
 * Every run must print exactly what the same program prints with the JIT off, no exception may
 * escape, the code cache must stay within its bound, and once every strategy is back the
 * program specializes again. Old bundle revisions must not stay pending removal.
 *
 * <p>The swaps are random but reproducible in kind and order ({@link #SEED}); their timing
 * against the workload is not, which is the point: each run of the test hits other moments.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StrategyHotSwapIT {
    private static final long SEED = 20261124L;
    private static final int MIN_SWAPS = 60;
    private static final long TIME_LIMIT_MS = 40_000;
    private static final Set<String> STRATEGY_BUNDLES = Set.of("org.jpsyco.strategy.types",
            "org.jpsyco.strategy.constants", "org.jpsyco.strategy.shapes");

    /** Printed to stderr at the end of a run: what the code cache holds against its bound. */
    private static final Pattern CACHE_LINE = Pattern.compile("cache (\\d+) (\\d+) (\\d+) (\\d+) ([a-z,]*)\n");

    private static final String WORKLOAD = """
            import sys
            import psyco

            class Vec:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y

                def add(self, other):
                    return Vec(self.x + other.x, self.y + other.y)

                def scaled(self, k):
                    return Vec(self.x * k, self.y * k)

                def norm2(self):
                    return self.x * self.x + self.y * self.y

            def ints(n):
                total = 0
                for i in range(n):
                    if i % 3 == 0:
                        total += i * i
                    else:
                        total -= i >> 1
                return total

            def floats(n):
                x = 0.0
                y = 1.0
                for i in range(n):
                    x = x * 0.5 + i / 7.0
                    y = abs(y - x) / (1.0 + x)
                return round(x, 6), round(y, 9)

            def strings(n):
                words = []
                for i in range(n):
                    words.append("w" + str(i % 17))
                total = 0
                longest = ""
                for w in words:
                    total += len(w)
                    if len(w) > len(longest) or w < longest:
                        longest = w
                return total, longest, words[3:8], "w1" in words[:20]

            def dicts(n):
                counts = {}
                for i in range(n):
                    k = "k" + str(i % 11)
                    counts[k] = counts.get(k, 0) + 1
                squares = {}
                for i in range(n):
                    squares[i % 97] = i * i
                hits = 0
                for i in range(200):
                    if i in squares:
                        hits += squares[i] % 5
                return sorted(counts.items())[:3], hits

            def objects(n):
                v = Vec(0, 0)
                step = Vec(1, 2)
                for i in range(n):
                    v = v.add(step)
                    if i % 100 == 0:
                        v = v.scaled(1)
                return v.norm2(), v.x, v.y

            def overflow(n):
                x = 1
                for i in range(n):
                    x = x * 3 + i
                return x % 1000003

            for rnd in range(ROUNDS):
                n = 1500 + 7 * rnd
                print(rnd, ints(n), floats(n), strings(n), dicts(n), objects(n), overflow(200))

            s = psyco.stats()
            print("cache", s.get("cache_bytes", 0), s.get("cache_max_bytes", 0), len(s.get("versions", {})),
                  s.get("invalidated", 0), ",".join(sorted(s.get("strategies", {}))), file=sys.stderr)
            """;

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

    /** The outcome of one run of the workload. */
    private record Run(int status, String out, String err) {
    }

    private Run run(String jit, int rounds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String source = WORKLOAD.replace("ROUNDS", Integer.toString(rounds));
        int status = runtime.main(new String[] {jit, "-c", source}, Map.of("PYTHONHASHSEED", "0"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<Bundle> strategyBundles() {
        List<Bundle> bundles = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (STRATEGY_BUNDLES.contains(b.getSymbolicName())) {
                bundles.add(b);
            }
        }
        assertEquals("strategy bundles installed", STRATEGY_BUNDLES.size(), bundles.size());
        return bundles;
    }

    @Test
    public void workloadKeepsItsOutputWhileStrategiesAreStoppedStartedAndUpdated() throws Exception {
        int rounds = 12;
        Run expected = run("--jit=off", rounds);
        assertEquals("interpreter run: " + expected.err(), 0, expected.status());
        assertEquals("cache 0 0 0 0 \n", expected.err());
        // before any swap: the strategies that specialize this workload when all are bound
        Run baseline = run("--jit=full", rounds);
        List<String> baselineFailures = new ArrayList<>();
        check("run before the swaps", expected, baseline, baselineFailures);
        assertTrue(String.join("\n", baselineFailures), baselineFailures.isEmpty());
        Matcher before = CACHE_LINE.matcher(baseline.err());
        assertTrue(baseline.err(), before.matches());
        assertTrue("the types strategy specializes the workload: " + baseline.err(), before.group(5).contains("types"));

        List<Bundle> bundles = strategyBundles();
        AtomicBoolean swapping = new AtomicBoolean(true);
        AtomicInteger runs = new AtomicInteger();
        AtomicLong invalidated = new AtomicLong();
        Collection<String> failures = new ConcurrentLinkedQueue<>();
        Thread worker = new Thread(() -> {
            try {
                // at least two runs, and keep going while bundles are swapped
                while (swapping.get() || runs.get() < 2) {
                    Run r = run("--jit=full", rounds);
                    runs.incrementAndGet();
                    check("run " + runs.get() + " during swaps", expected, r, failures);
                    Matcher m = CACHE_LINE.matcher(r.err());
                    if (m.matches()) {
                        invalidated.addAndGet(Long.parseLong(m.group(4)));
                    }
                }
            } catch (Throwable t) {
                failures.add("exception escaped the workload: " + t);
            }
        }, "hot-swap-workload");
        worker.setDaemon(true);
        worker.start();

        Random random = new Random(SEED);
        int swaps = 0;
        List<WeakReference<ClassLoader>> oldLoaders = new ArrayList<>();
        long deadline = System.currentTimeMillis() + TIME_LIMIT_MS;
        try {
            while (swaps < MIN_SWAPS && System.currentTimeMillis() < deadline && failures.isEmpty()) {
                Thread.sleep(5 + random.nextInt(60));
                Bundle b = bundles.get(random.nextInt(bundles.size()));
                int action = random.nextInt(3);
                BundleWiring wiring = b.adapt(BundleWiring.class);
                if (wiring != null) {
                    oldLoaders.add(new WeakReference<>(wiring.getClassLoader()));
                }
                if (b.getState() != Bundle.ACTIVE) {
                    // a stopped bundle comes back, directly or through an update and a start
                    if (action == 0) {
                        b.update();
                    }
                    b.start();
                } else if (action == 0) {
                    b.stop();
                } else if (action == 1) {
                    b.update();
                } else {
                    b.stop();
                    b.start();
                }
                swaps++;
            }
        } finally {
            for (Bundle b : bundles) {
                if (b.getState() != Bundle.ACTIVE) {
                    b.start();
                }
            }
            swapping.set(false);
        }
        worker.join(TimeUnit.SECONDS.toMillis(60));
        assertTrue("the workload thread finished", !worker.isAlive());
        if (!failures.isEmpty()) {
            fail(failures.size() + " failure(s) after " + swaps + " swaps, first: " + failures.iterator().next());
        }
        assertTrue("at least " + MIN_SWAPS + " swaps in the time limit, made " + swaps, swaps >= MIN_SWAPS);
        assertTrue("the workload ran while bundles were swapped", runs.get() >= 2);
        assertTrue("swaps invalidated compiled code of running programs", invalidated.get() > 0);
        System.out.println("hot swap: " + swaps + " swaps over " + runs.get() + " runs, " + invalidated.get()
                + " versions invalidated");

        // every strategy is back: hot code specializes again, with all of them
        assertEquals(Set.of("types", "constants", "shapes"), new TreeSet<>(policy.strategies()));
        Run after = run("--jit=full", rounds);
        List<String> afterFailures = new ArrayList<>();
        check("run after the swaps", expected, after, afterFailures);
        assertTrue(String.join("\n", afterFailures), afterFailures.isEmpty());
        Matcher m = CACHE_LINE.matcher(after.err());
        assertTrue(after.err(), m.find());
        assertTrue("versions compiled after the swaps: " + after.err(), Long.parseLong(m.group(3)) > 0);
        assertEquals("strategies that specialized the run after the swaps", before.group(5), m.group(5));

        // updated bundles leave no old revision behind (no package refresh is pending)
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        assertEquals("bundles pending removal", List.of(), List.copyOf(wiring.getRemovalPendingBundles()));

        // and nothing holds on to the class loaders of the revisions that went away
        Set<ClassLoader> current = new java.util.HashSet<>();
        for (Bundle b : bundles) {
            current.add(b.adapt(BundleWiring.class).getClassLoader());
        }
        int leaked = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            System.gc();
            leaked = 0;
            for (WeakReference<ClassLoader> ref : oldLoaders) {
                ClassLoader l = ref.get();
                if (l != null && !current.contains(l)) {
                    leaked++;
                }
            }
            if (leaked == 0) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals("class loaders of stopped or replaced strategy revisions still reachable", 0, leaked);
    }

    /** Same stdout as the interpreter, status 0, nothing on stderr but the cache line, cache within bound. */
    private static void check(String what, Run expected, Run actual, Collection<String> failures) {
        if (actual.status() != 0) {
            failures.add(what + ": exit status " + actual.status() + "\n" + actual.err());
            return;
        }
        if (!expected.out().equals(actual.out())) {
            failures.add(what + ": output differs\n" + TextDiff.describe("stdout", expected.out(), actual.out()));
            return;
        }
        Matcher m = CACHE_LINE.matcher(actual.err());
        if (!m.matches()) {
            failures.add(what + ": unexpected stderr\n" + actual.err());
            return;
        }
        long bytes = Long.parseLong(m.group(1));
        long max = Long.parseLong(m.group(2));
        if (max <= 0 || bytes > max) {
            failures.add(what + ": code cache holds " + bytes + " bytes, bound " + max);
        }
    }
}
