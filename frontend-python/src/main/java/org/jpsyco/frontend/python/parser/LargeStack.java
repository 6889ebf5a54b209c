package org.jpsyco.frontend.python.parser;

import java.util.function.Supplier;

/**
 * Runs deeply recursive work (parsing or walking a tree nested thousands of levels deep) on a
 * thread with a large stack, for callers whose own stack overflowed. Used only after a
 * StackOverflowError, so ordinary input never pays for the extra thread.
 */
final class LargeStack {
    private LargeStack() {
    }

    private static final long STACK_BYTES = 1L << 30;

    static <T> T call(Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "jpsyco-large-stack", STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof StackOverflowError) {
            throw new PythonRecursionError();
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }
}
