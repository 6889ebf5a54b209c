package org.jpsyco.frontend.python.modules.process;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.jpsyco.frontend.python.cli.TracebackPrinter;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.HashSecret;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * {@code _jpsyco_signal}: operating-system signal handlers for {@code signal} (Python, in
 * lib/), on the JDK's {@code sun.misc.Signal} (module jdk.unsupported, reached by reflection
 * so that the bundle needs no import of it). A Python handler runs on the JVM's signal
 * dispatch thread, which takes the runtime lock as a new Python thread does; CPython runs it
 * in the main thread between two bytecodes, so an exception it raises is reported as one in a
 * thread rather than raised in the main program.
 */
public final class SignalModule {
    private SignalModule() {
    }

    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS",
        "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT",
        "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO",
        "PWR", "SYS"};

    private static Class<?> signalClass() throws ClassNotFoundException {
        return Class.forName("sun.misc.Signal", true, ClassLoader.getSystemClassLoader());
    }

    private static Object signal(int signum) throws ReflectiveOperationException {
        if (signum <= 0 || signum >= NAMES.length) {
            throw new IllegalArgumentException("signal " + signum);
        }
        return signalClass().getConstructor(String.class).newInstance(NAMES[signum]);
    }

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("_jpsyco_signal");
        // install(signum, mode, dispatch): mode 0 = the system default, 1 = ignore, 2 = call
        // dispatch(signum) under the runtime lock; False when the JVM refuses the signal
        m.def("install", (a, k) -> {
            int signum = (int) ((PyInt) a[0]).longValue();
            int mode = (int) ((PyInt) a[1]).longValue();
            PyObject dispatch = a.length > 2 ? a[2] : PySingleton.NONE;
            try {
                Class<?> sig = signalClass();
                Class<?> handlerType = Class.forName("sun.misc.SignalHandler", true, ClassLoader.getSystemClassLoader());
                Object handler;
                if (mode == 0) {
                    handler = handlerType.getField("SIG_DFL").get(null);
                } else if (mode == 1) {
                    handler = handlerType.getField("SIG_IGN").get(null);
                } else {
                    // the handler runs on another thread: from now on threads take turns
                    // (called here, on the program's thread, which holds the lock)
                    rt.interpreter.gil.activate();
                    handler = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
                            (proxy, method, args) -> {
                                if (method.getName().equals("handle")) {
                                    runHandler(rt, dispatch, signum);
                                    return null;
                                }
                                if (method.getName().equals("hashCode")) {
                                    return System.identityHashCode(proxy);
                                }
                                if (method.getName().equals("equals")) {
                                    return proxy == args[0];
                                }
                                return "python signal handler";
                            });
                }
                Method handle = sig.getMethod("handle", sig, handlerType);
                handle.invoke(null, signal(signum), handler);
                return PyBool.TRUE;
            } catch (ReflectiveOperationException | IllegalArgumentException | LinkageError e) {
                return PyBool.FALSE;
            }
        });
        // raise_(signum): sends the signal to this process, through kill(1) so that it arrives
        // as any signal from outside does (the JDK's Signal.raise refuses signals it does not own)
        m.def("raise_", (a, k) -> {
            int signum = (int) ((PyInt) a[0]).longValue();
            rt.flushStreams();
            try {
                boolean ok = rt.interpreter.gil.releasing(() -> {
                    try {
                        Process p = new ProcessBuilder("kill", "-" + signum, Long.toString(ProcessHandle.current().pid()))
                                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                        return p.waitFor() == 0;
                    } catch (java.io.IOException e) {
                        return false;
                    }
                });
                return PyBool.of(ok);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PyBool.FALSE;
            }
        });
        return m;
    }

    private static void runHandler(PythonRuntimeState rt, PyObject dispatch, int signum) {
        var gil = rt.interpreter.gil;
        HashSecret.enter(rt.hashSecret);
        org.jpsyco.frontend.python.objects.ThreadContext.enter(rt::callerGlobals,
                () -> rt.recursionLimit - rt.interpreter.depth());
        gil.enterNewThread();
        try {
            Abstract.call(dispatch, new PyObject[] {PyInt.of(signum)}, new String[0]);
        } catch (PyException e) {
            if (!e.value.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
                rt.flushStreams();
                rt.stderr.write(TracebackPrinter.format(e.value, java.util.Map.of()));
                rt.stderr.flush();
            }
        } finally {
            gil.exitThread();
        }
    }
}
