package org.jpsyco.frontend.python.interp;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The runtime lock (CPython's GIL): while several Python threads exist, a thread runs Python
 * code only while holding it. It is released around blocking calls (sleep, lock and queue
 * waits, joins) and handed over every {@link #INTERVAL} backward jumps or calls when another
 * thread waits for it. The lock is fair, so a thread that hands it over queues behind the
 * waiting ones and they really get to run.
 *
 * <p>A runtime whose program never starts a thread never takes the lock: {@link #tick()} then
 * costs a decrement and a branch. The interpreter's per-thread state (innermost frame and call
 * depth) lives in the shared {@link Interpreter}; it is saved when a thread lets go of the lock
 * and restored when it takes it back, as CPython swaps thread states.
 */
public final class RuntimeLock {
    /** Backward jumps and calls between two chances for another thread to run. */
    static final int INTERVAL = 2000;

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Interpreter interp;
    private volatile boolean active;
    private int ticks = Integer.MAX_VALUE;

    RuntimeLock(Interpreter interp) {
        this.interp = interp;
    }

    /** What a thread keeps of the interpreter while another thread runs. */
    public record ThreadState(Frame current, int depth) {
    }

    /** Called at backward jumps and calls: the cheap periodic check. */
    public void tick() {
        if (--ticks < 0) {
            switchPoint();
        }
    }

    private void switchPoint() {
        ticks = active ? INTERVAL : Integer.MAX_VALUE;
        if (active && lock.isHeldByCurrentThread() && lock.hasQueuedThreads()) {
            ThreadState s = detach();
            lock.unlock();
            lock.lock();
            attach(s);
        }
    }

    /** From now on threads take turns; the calling thread (which starts the first thread) takes the lock. */
    public void activate() {
        if (!lock.isHeldByCurrentThread()) {
            lock.lock();
        }
        active = true;
        ticks = INTERVAL;
    }

    public boolean isActive() {
        return active;
    }

    /** A blocking action run without the lock. */
    @FunctionalInterface
    public interface Blocking<T> {
        T run() throws InterruptedException;
    }

    /** Runs {@code action} with the lock released (if this thread holds it), then takes it back. */
    public <T> T releasing(Blocking<T> action) throws InterruptedException {
        if (!active || !lock.isHeldByCurrentThread()) {
            return action.run();
        }
        ThreadState s = detach();
        lock.unlock();
        try {
            return action.run();
        } finally {
            lock.lock();
            attach(s);
        }
    }

    /** A new Python thread starts: it waits for the lock and begins with an empty frame chain. */
    public void enterNewThread() {
        lock.lock();
        attach(new ThreadState(null, 0));
    }

    /** A Python thread ends: it lets go of the lock for good. */
    public void exitThread() {
        detach();
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }

    private ThreadState detach() {
        return new ThreadState(interp.current, interp.depth);
    }

    private void attach(ThreadState s) {
        interp.current = s.current();
        interp.depth = s.depth();
        ticks = INTERVAL;
    }
}
