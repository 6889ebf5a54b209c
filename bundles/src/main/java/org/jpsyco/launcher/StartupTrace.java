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
