package org.jpsyco.frontend.python.runtime;

/**
 * Start-up timing marks of the runtime, printed on the process's stderr when the launcher
 * traces start-up (it sets the system property {@code jpsyco.startup.trace} to the process
 * start in epoch milliseconds, so these marks line up with its own). Costs one field read
 * when off.
 */
public final class StartupTrace {
    private static final long BASE = Long.getLong("jpsyco.startup.trace", -1L);

    private StartupTrace() {
    }

    public static boolean enabled() {
        return BASE >= 0;
    }

    public static void mark(String what) {
        if (BASE < 0) {
            return;
        }
        long now = System.currentTimeMillis();
        // the thread's own CPU time too: on a busy machine wall-clock gaps say little
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        System.err.printf("jpsyco-startup %6d ms        runtime [%s, cpu %d ms]: %s%n", now - BASE,
                Thread.currentThread().getName(), cpu, what);
    }
}
