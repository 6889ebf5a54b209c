package org.jpsyco.frontend.python.service;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Holds the JIT's first compilation until the container has started the strategies and
 * backends. The jpsyco launcher starts a program as soon as the runtime's bundles are up and
 * lets the framework go on to the start level of the JIT's bundles meanwhile; it names that
 * level in the framework property {@value #PROPERTY}. Compiling before the level is reached
 * would specialize without the strategies (and count it in the statistics), so the JIT waits
 * for it; the interpreter never does. Without the property (another container, a test
 * framework) everything is taken as started.
 *
 * <p>Call order: {@link #open(BundleContext)} at activation, {@link #await()} before each
 * compilation (a volatile read once open), {@link #close()} at deactivation.
 */
final class JitReadiness implements FrameworkListener {
    /** The framework property naming the start level the JIT waits for. */
    static final String PROPERTY = "jpsyco.jit.startlevel";
    /** How long a compilation waits for a container whose start level never comes (then it goes on). */
    private static final long MAX_WAIT_SECONDS = 60;

    private final BundleContext context;
    private final int level;
    private final CountDownLatch reached = new CountDownLatch(1);
    private volatile boolean ready;

    private JitReadiness(BundleContext context, int level) {
        this.context = context;
        this.level = level;
    }

    /** A readiness that is already reached (no container, or nothing to wait for). */
    static JitReadiness ready() {
        JitReadiness r = new JitReadiness(null, 0);
        r.ready = true;
        r.reached.countDown();
        return r;
    }

    /** Watches the framework's start level when the launcher asked for it through {@value #PROPERTY}. */
    static JitReadiness open(BundleContext context) {
        String value = context.getProperty(PROPERTY);
        int level;
        try {
            level = value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            level = 0;
        }
        if (level <= 0) {
            return ready();
        }
        JitReadiness r = new JitReadiness(context, level);
        context.addFrameworkListener(r);
        r.check(); // the level may have been reached before the listener was added
        return r;
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED || event.getType() == FrameworkEvent.STARTED) {
            check();
        }
    }

    private void check() {
        if (ready) {
            return;
        }
        FrameworkStartLevel fsl;
        try {
            fsl = context.getBundle(0).adapt(FrameworkStartLevel.class);
        } catch (IllegalStateException e) {
            fsl = null; // the context is no longer valid: nothing more will start
        }
        if (fsl == null || fsl.getStartLevel() >= level) {
            release();
        }
    }

    private void release() {
        ready = true;
        reached.countDown();
        if (context != null) {
            try {
                context.removeFrameworkListener(this);
            } catch (IllegalStateException e) {
                // the bundle is stopping: its listeners go with it
            }
        }
    }

    /** Whether the JIT's bundles have had their chance to start. */
    boolean isReady() {
        return ready;
    }

    /** Waits until the JIT's start level is reached (at most a minute; an interrupt ends the wait). */
    void await() {
        if (ready) {
            return;
        }
        try {
            if (!reached.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops watching (deactivation); waiting compilations go on. */
    void close() {
        release();
    }
}
