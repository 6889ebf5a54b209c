package org.jpsyco.launcher;

/**
 * Start-up timing marks on stderr, for finding where start-up time goes. Off unless the
 * environment variable {@code JPSYCO_STARTUP_TRACE} is set; then each mark prints the
 * milliseconds since the start (the {@code jpsyco} script's start, which it passes as
 * {@code JPSYCO_STARTUP_T0} in epoch milliseconds, else this class's initialisation) and
 * since the previous mark. The base is handed to the bundles as the system property
 * {@code jpsyco.startup.trace}, so the runtime's own marks share it.
 */
final class StartupTrace {
    static final String PROPERTY = "jpsyco.startup.trace";
    private static final long BASE;
    private static long last;

    static {
        long base = -1;
        if (System.getenv("JPSYCO_STARTUP_TRACE") != null) {
            base = System.currentTimeMillis();
            try {
                base = Long.parseLong(System.getenv().getOrDefault("JPSYCO_STARTUP_T0", ""));
            } catch (NumberFormatException e) {
                // no script start time: count from here
            }
            System.setProperty(PROPERTY, Long.toString(base));
        }
        BASE = base;
        last = base;
    }

    private StartupTrace() {
    }

    static boolean enabled() {
        return BASE >= 0;
    }

    /**
     * Prints the CPU time of the process and of each of its live threads (the JVM's compiler
     * and GC threads included) from {@code /proc}, so a trace shows where CPU went, not only
     * wall time; threads that ended are the difference between the total and the listed ones.
     */
    static void threadCpu() {
        if (BASE < 0) {
            return;
        }
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        long tick = 10; // ms per clock tick (USER_HZ is 100 on Linux)
        StringBuilder sb = new StringBuilder();
        long listed = 0;
        try (var dirs = java.nio.file.Files.list(tasks)) {
            java.util.Map<String, Long> byName = new java.util.TreeMap<>();
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) dirs::iterator) {
                long[] cpu;
                String name;
                try {
                    cpu = statCpu(java.nio.file.Files.readString(t.resolve("stat")));
                    name = java.nio.file.Files.readString(t.resolve("comm")).strip().replaceAll("[0-9]+$", "#");
                } catch (java.io.IOException e) {
                    continue; // the thread ended meanwhile
                }
                byName.merge(name, cpu[0] + cpu[1], Long::sum);
                listed += cpu[0] + cpu[1];
            }
            long[] total = statCpu(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat")));
            sb.append(String.format("jpsyco-startup cpu: process user %d ms, sys %d ms; threads:", total[0] * tick,
                    total[1] * tick));
            for (var e : byName.entrySet()) {
                if (e.getValue() > 0) {
                    sb.append(' ').append(e.getKey()).append('=').append(e.getValue() * tick);
                }
            }
            sb.append(" ended=").append((total[0] + total[1] - listed) * tick).append('\n');
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        System.err.print(sb);
    }

    /** utime and stime (in clock ticks) from a /proc stat line; the name in parentheses may hold spaces. */
    private static long[] statCpu(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
    }

    static void mark(String what) {
        if (BASE < 0) {
            return;
        }
        long now = System.currentTimeMillis();
        synchronized (StartupTrace.class) {
            System.err.printf("jpsyco-startup %6d ms (+%4d) launcher: %s%n", now - BASE, now - last, what);
            last = now;
        }
    }
}
