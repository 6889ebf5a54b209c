package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/** The {@code time} module: clocks and sleep in Java, the calendar functions in Python ({@link TimeSource}). */
public final class TimeModule {
    private TimeModule() {
    }

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("time");
        m.def("time", (a, k) -> PyFloat.of(System.currentTimeMillis() / 1000.0));
        m.def("time_ns", (a, k) -> PyInt.of(System.currentTimeMillis() * 1_000_000L));
        m.def("perf_counter", (a, k) -> PyFloat.of((System.nanoTime() - rt.startNanos) / 1e9));
        m.def("perf_counter_ns", (a, k) -> PyInt.of(System.nanoTime() - rt.startNanos));
        m.def("monotonic", (a, k) -> PyFloat.of((System.nanoTime() - rt.startNanos) / 1e9));
        m.def("process_time", (a, k) -> PyFloat.of((System.nanoTime() - rt.startNanos) / 1e9));
        m.def("monotonic_ns", (a, k) -> PyInt.of(System.nanoTime() - rt.startNanos));
        m.def("process_time_ns", (a, k) -> PyInt.of(System.nanoTime() - rt.startNanos));
        m.def("_utcoffset", (a, k) -> PyInt.of(java.time.ZoneId.systemDefault().getRules()
                .getOffset(java.time.Instant.ofEpochSecond(Abstract.index(a[0]).longValue())).getTotalSeconds()));
        // CPU time of the calling thread (the program's own work, without the JVM's compiler threads)
        m.def("thread_time", (a, k) -> PyFloat.of(threadCpuNanos() / 1e9));
        m.def("thread_time_ns", (a, k) -> PyInt.of(threadCpuNanos()));
        m.def("sleep", (a, k) -> {
            double s = MathModule.toDouble(a[0], "sleep");
            if (s < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            ThreadModule.sleep(rt.interpreter.gil, s);
            return PySingleton.NONE;
        });
        m.put("timezone", PyInt.of(0));
        m.put("altzone", PyInt.of(0));
        m.put("daylight", PyInt.of(0));
        m.put("__builtins__", rt.builtins);
        rt.interpreter.runModule(rt.compile(TimeSource.SOURCE, "<time>",
                org.jpsyco.frontend.python.compiler.Compiler.Mode.EXEC), m.dict());
        return m;
    }


    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
