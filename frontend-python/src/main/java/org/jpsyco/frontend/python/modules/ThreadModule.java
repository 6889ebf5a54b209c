package org.jpsyco.frontend.python.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jpsyco.frontend.python.cli.TracebackPrinter;
import org.jpsyco.frontend.python.interp.RuntimeLock;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.HashSecret;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * {@code _thread}: Python threads are JVM platform threads (each Python thread may block in
 * native-like waits and recurse deeply, which platform threads with a large stack handle
 * plainly; virtual threads would pin on the runtime lock's waits anyway). They take turns
 * through the runtime's {@link RuntimeLock}. {@code threading} (Python, shipped in lib/) builds
 * on this module.
 */
public final class ThreadModule {
    private ThreadModule() {
    }

    /** Stack of a Python thread: room for deep recursion, as the main thread has. */
    private static final long STACK_SIZE = 256L << 20;
    static final PyType LOCK = PyType.builtin("lock", PyType.OBJECT);
    static final PyType RLOCK = PyType.builtin("RLock", PyType.OBJECT);
    private static final double TIMEOUT_MAX = 9223372036.0;

    /** A plain lock: any thread may release it. */
    static final class Lock extends PyObject {
        final Semaphore sem = new Semaphore(1);
        final RuntimeLock gil;

        Lock(RuntimeLock gil) {
            this.gil = gil;
        }

        @Override
        public PyType type() {
            return LOCK;
        }
    }

    /** A reentrant lock: owned by one thread, released as many times as acquired. */
    static final class RLock extends PyObject {
        final Semaphore sem = new Semaphore(1);
        final RuntimeLock gil;
        volatile Thread owner;
        int count;

        RLock(RuntimeLock gil) {
            this.gil = gil;
        }

        @Override
        public PyType type() {
            return RLOCK;
        }
    }

    static {
        LOCK.module = "_thread";
        RLOCK.module = "_thread";
        for (PyType t : new PyType[] {LOCK, RLOCK}) {
            BuiltinMethods.define(t, "acquire", (a, k) -> PyBool.of(acquire(a, k)));
            BuiltinMethods.define(t, "__enter__", (a, k) -> PyBool.of(acquire(new PyObject[] {a[0]}, new String[0])));
            BuiltinMethods.define(t, "release", (a, k) -> release(a[0]));
            BuiltinMethods.define(t, "__exit__", (a, k) -> release(a[0]));
        }
        BuiltinMethods.define(LOCK, "locked", (a, k) -> PyBool.of(((Lock) a[0]).sem.availablePermits() == 0));
        BuiltinMethods.define(RLOCK, "_is_owned", (a, k) -> PyBool.of(((RLock) a[0]).owner == Thread.currentThread()));
        BuiltinMethods.define(LOCK, "__repr__", (a, k) -> PyStr.of("<" + (((Lock) a[0]).sem.availablePermits() == 0
                ? "locked" : "unlocked") + " _thread.lock object>"));
        // Condition support: release an RLock completely and restore it afterwards
        BuiltinMethods.define(RLOCK, "_release_save", (a, k) -> {
            RLock r = (RLock) a[0];
            if (r.owner != Thread.currentThread()) {
                throw Errors.runtimeError("cannot release un-acquired lock");
            }
            int n = r.count;
            r.count = 0;
            r.owner = null;
            r.sem.release();
            return PyInt.of(n);
        });
        BuiltinMethods.define(RLOCK, "_acquire_restore", (a, k) -> {
            RLock r = (RLock) a[0];
            wait(r.gil, r.sem, -1);
            r.owner = Thread.currentThread();
            r.count = (int) ((PyInt) a[1]).value;
            return PySingleton.NONE;
        });
    }

    /** acquire(blocking=True, timeout=-1) */
    private static boolean acquire(PyObject[] a, String[] k) {
        boolean blocking = true;
        double timeout = -1;
        int npos = a.length - k.length;
        if (npos > 1) {
            blocking = Abstract.isTrue(a[1]);
        }
        if (npos > 2) {
            timeout = MathModule.toDouble(a[2], "acquire");
        }
        for (int i = 0; i < k.length; i++) {
            PyObject v = a[npos + i];
            switch (k[i]) {
                case "blocking" -> blocking = Abstract.isTrue(v);
                case "timeout" -> timeout = MathModule.toDouble(v, "acquire");
                default -> throw Errors.typeError("acquire() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        if (!blocking && timeout != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError("timeout value must be a non-negative number");
        }
        double t = blocking ? timeout : 0;
        if (a[0] instanceof RLock r) {
            if (r.owner == Thread.currentThread()) {
                r.count++;
                return true;
            }
            if (!wait(r.gil, r.sem, t)) {
                return false;
            }
            r.owner = Thread.currentThread();
            r.count = 1;
            return true;
        }
        Lock l = (Lock) a[0];
        return wait(l.gil, l.sem, t);
    }

    /** Takes a permit, waiting up to {@code timeout} seconds (forever if negative) without the runtime lock. */
    static boolean wait(RuntimeLock gil, Semaphore sem, double timeout) {
        if (sem.tryAcquire()) {
            return true;
        }
        if (timeout == 0) {
            return false;
        }
        try {
            return gil.releasing(() -> {
                if (timeout < 0) {
                    sem.acquire();
                    return true;
                }
                return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.raise(ExceptionTypes.KEYBOARD_INTERRUPT);
        }
    }

    private static PyObject release(PyObject self) {
        if (self instanceof RLock r) {
            if (r.owner != Thread.currentThread()) {
                throw Errors.runtimeError("cannot release un-acquired lock");
            }
            if (--r.count == 0) {
                r.owner = null;
                r.sem.release();
            }
            return PySingleton.NONE;
        }
        Lock l = (Lock) self;
        if (l.sem.availablePermits() != 0) {
            throw Errors.runtimeError("release unlocked lock");
        }
        l.sem.release();
        return PySingleton.NONE;
    }

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("_thread");
        RuntimeLock gil = rt.interpreter.gil;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger serial = new AtomicInteger();
        m.put("LockType", LOCK);
        m.put("error", ExceptionTypes.RUNTIME_ERROR);
        m.put("TIMEOUT_MAX", PyFloat.of(TIMEOUT_MAX));
        m.def("allocate_lock", (a, k) -> new Lock(gil));
        m.def("RLock", (a, k) -> new RLock(gil));
        m.def("get_ident", (a, k) -> PyInt.of(Thread.currentThread().threadId()));
        m.def("get_native_id", (a, k) -> PyInt.of(Thread.currentThread().threadId()));
        m.def("_count", (a, k) -> PyInt.of(running.get()));
        m.def("stack_size", (a, k) -> PyInt.of(0));
        m.def("start_new_thread", (a, k) -> {
            if (a.length < 2 || !(a[1] instanceof PyTuple args)) {
                throw Errors.typeError("2nd arg must be a tuple");
            }
            PyObject func = a[0];
            PyObject[] argv = args.items;
            String[] kwnames = new String[0];
            if (a.length > 2 && a[2] instanceof PyDict kw) {
                java.util.List<PyObject> vals = new java.util.ArrayList<>(java.util.List.of(argv));
                java.util.List<String> names = new java.util.ArrayList<>();
                for (var e : kw.entries()) {
                    names.add(((PyStr) e.getKey()).value());
                    vals.add(e.getValue());
                }
                argv = vals.toArray(new PyObject[0]);
                kwnames = names.toArray(new String[0]);
            }
            gil.activate();
            PyObject[] fargv = argv;
            String[] fkw = kwnames;
            running.incrementAndGet();
            Thread t = new Thread(null, () -> {
                HashSecret.enter(rt.hashSecret);
                org.jpsyco.frontend.python.objects.ThreadContext.enter(rt::callerGlobals,
                        () -> rt.recursionLimit - rt.interpreter.depth());
                gil.enterNewThread();
                try {
                    Abstract.call(func, fargv, fkw);
                } catch (PyException e) {
                    if (!e.value.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
                        unhandled(rt, func, e.value);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    rt.stderr.write("jpsyco: internal error in thread: " + e + "\n");
                    rt.stderr.flush();
                } finally {
                    running.decrementAndGet();
                    gil.exitThread();
                }
            }, "python-thread-" + serial.incrementAndGet(), STACK_SIZE);
            t.setDaemon(true);
            t.start();
            return PyInt.of(t.threadId());
        });
        m.def("_print_exception", (a, k) -> {
            rt.flushStreams();
            rt.stderr.write(TracebackPrinter.format((PyBaseException) a[0], java.util.Map.of()));
            rt.stderr.flush();
            return PySingleton.NONE;
        });
        m.def("_sleep", (a, k) -> {
            double s = MathModule.toDouble(a[0], "sleep");
            sleep(gil, s);
            return PySingleton.NONE;
        });
        return m;
    }

    /** Sleeps without holding the runtime lock. */
    public static void sleep(RuntimeLock gil, double seconds) {
        if (seconds < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        try {
            gil.releasing(() -> {
                Thread.sleep((long) (seconds * 1000), (int) ((seconds * 1e9) % 1_000_000));
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.raise(ExceptionTypes.KEYBOARD_INTERRUPT);
        }
    }

    private static void unhandled(PythonRuntimeState rt, PyObject func, PyBaseException e) {
        rt.flushStreams();
        rt.stderr.write("Unhandled exception in thread started by " + Abstract.repr(func).value() + "\n");
        rt.stderr.write(TracebackPrinter.format(e, java.util.Map.of()));
        rt.stderr.flush();
    }
}
