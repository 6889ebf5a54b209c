package org.jpsyco.frontend.python.modules;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * The process and user facts of {@code os} that only the C library knows (user and group ids,
 * the parent process, the umask, terminals and their size, processor counts and affinity, load
 * averages, process times, error strings), called through the FFM API as CPython calls them.
 * The calls are linked on first use, so importing {@code os} costs nothing for them; where the
 * C library cannot be reached, each raises {@code OSError} (ENOSYS) rather than guessing.
 */
final class OsSystem {
    private OsSystem() {
    }

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout ADDRESS = ValueLayout.ADDRESS;
    /** Linux's request for a terminal's size (struct winsize: rows, columns, two pixel sizes). */
    private static final long TIOCGWINSZ = 0x5413;
    private static final int SC_CLK_TCK = 2;

    /** The C functions, linked when first asked for. */
    private static final class C {
        static final MethodHandle GETUID = find("getuid", FunctionDescriptor.of(INT));
        static final MethodHandle GETEUID = find("geteuid", FunctionDescriptor.of(INT));
        static final MethodHandle GETGID = find("getgid", FunctionDescriptor.of(INT));
        static final MethodHandle GETEGID = find("getegid", FunctionDescriptor.of(INT));
        static final MethodHandle GETPPID = find("getppid", FunctionDescriptor.of(INT));
        static final MethodHandle GETPGRP = find("getpgrp", FunctionDescriptor.of(INT));
        static final MethodHandle GETPGID = find("getpgid", FunctionDescriptor.of(INT, INT));
        static final MethodHandle GETSID = find("getsid", FunctionDescriptor.of(INT, INT));
        static final MethodHandle UMASK = find("umask", FunctionDescriptor.of(INT, INT));
        static final MethodHandle ISATTY = find("isatty", FunctionDescriptor.of(INT, INT));
        static final MethodHandle SYSCONF = find("sysconf", FunctionDescriptor.of(LONG, INT));
        static final MethodHandle STRERROR = find("strerror", FunctionDescriptor.of(ADDRESS, INT));
        static final MethodHandle GETLOADAVG = find("getloadavg", FunctionDescriptor.of(INT, ADDRESS, INT));
        static final MethodHandle TIMES = find("times", FunctionDescriptor.of(LONG, ADDRESS));
        static final MethodHandle GETLOGIN = find("getlogin", FunctionDescriptor.of(ADDRESS));
        static final MethodHandle SCHED_GETAFFINITY = find("sched_getaffinity",
                FunctionDescriptor.of(INT, INT, LONG, ADDRESS));
        /** ioctl(state, fd, request, arg), errno captured into state. */
        static final MethodHandle IOCTL = find("ioctl", FunctionDescriptor.of(INT, INT, LONG, ADDRESS),
                Linker.Option.firstVariadicArg(2), Linker.Option.captureCallState("errno"));
        static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

        private static MethodHandle find(String name, FunctionDescriptor fd, Linker.Option... options) {
            try {
                Linker linker = Linker.nativeLinker();
                return linker.defaultLookup().find(name).map(a -> linker.downcallHandle(a, fd, options)).orElse(null);
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }
    }

    static void define(PyModule m) {
        m.def("getuid", (a, k) -> PyInt.of(Integer.toUnsignedLong(call(C.GETUID, "getuid"))));
        m.def("geteuid", (a, k) -> PyInt.of(Integer.toUnsignedLong(call(C.GETEUID, "geteuid"))));
        m.def("getgid", (a, k) -> PyInt.of(Integer.toUnsignedLong(call(C.GETGID, "getgid"))));
        m.def("getegid", (a, k) -> PyInt.of(Integer.toUnsignedLong(call(C.GETEGID, "getegid"))));
        m.def("getppid", (a, k) -> PyInt.of(call(C.GETPPID, "getppid")));
        m.def("getpgrp", (a, k) -> PyInt.of(call(C.GETPGRP, "getpgrp")));
        m.def("getpgid", (a, k) -> PyInt.of(checked(call(C.GETPGID, "getpgid", intArg(a, 0)))));
        m.def("getsid", (a, k) -> PyInt.of(checked(call(C.GETSID, "getsid", intArg(a, 0)))));
        m.def("umask", (a, k) -> PyInt.of(call(C.UMASK, "umask", intArg(a, 0))));
        m.def("isatty", (a, k) -> PyBool.of(call(C.ISATTY, "isatty", intArg(a, 0)) != 0));
        // _sysconf(name) -> value, or -1 when the name has no value here
        m.def("_sysconf", (a, k) -> PyInt.of(sysconf(intArg(a, 0))));
        m.def("strerror", (a, k) -> PyStr.of(strerror(intArg(a, 0))));
        m.def("getloadavg", (a, k) -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment out = arena.allocate(ValueLayout.JAVA_DOUBLE, 3);
                int n = (int) invoke(C.GETLOADAVG, "getloadavg", out, 3);
                if (n != 3) {
                    throw Errors.raise(ExceptionTypes.OS_ERROR, "Load averages are unobtainable");
                }
                return PyTuple.of(PyFloat.of(out.getAtIndex(ValueLayout.JAVA_DOUBLE, 0)),
                        PyFloat.of(out.getAtIndex(ValueLayout.JAVA_DOUBLE, 1)),
                        PyFloat.of(out.getAtIndex(ValueLayout.JAVA_DOUBLE, 2)));
            }
        });
        // _times() -> (user, system, children's user, children's system, elapsed) in seconds
        m.def("_times", (a, k) -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment tms = arena.allocate(LONG, 4);
                long elapsed = (long) invoke(C.TIMES, "times", tms);
                double tick = sysconf(SC_CLK_TCK);
                return PyTuple.of(PyFloat.of(tms.getAtIndex(LONG, 0) / tick), PyFloat.of(tms.getAtIndex(LONG, 1)
                        / tick), PyFloat.of(tms.getAtIndex(LONG, 2) / tick), PyFloat.of(tms.getAtIndex(LONG, 3)
                        / tick), PyFloat.of(elapsed / tick));
            }
        });
        // _terminal_size(fd) -> (columns, lines), or an errno
        m.def("_terminal_size", (a, k) -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment ws = arena.allocate(ValueLayout.JAVA_SHORT, 4);
                MethodHandle h = C.IOCTL;
                if (h == null) {
                    return PyInt.of(38);
                }
                MemorySegment state = arena.allocate(C.CALL_STATE);
                int r = (int) invoke(h, "ioctl", state, intArg(a, 0), TIOCGWINSZ, ws);
                if (r != 0) {
                    return PyInt.of((int) C.ERRNO.get(state, 0L)); // ENOTTY for anything but a terminal
                }
                return PyTuple.of(PyInt.of(Short.toUnsignedInt(ws.getAtIndex(ValueLayout.JAVA_SHORT, 1))),
                        PyInt.of(Short.toUnsignedInt(ws.getAtIndex(ValueLayout.JAVA_SHORT, 0))));
            }
        });
        m.def("getlogin", (a, k) -> {
            MemorySegment p = (MemorySegment) invoke(C.GETLOGIN, "getlogin");
            if (p.equals(MemorySegment.NULL)) {
                throw Errors.raise(ExceptionTypes.OS_ERROR, PyInt.of(6), PyStr.of("No such device or address"));
            }
            return PyStr.of(p.reinterpret(256).getString(0));
        });
        m.def("sched_getaffinity", (a, k) -> {
            int bytes = 128;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment mask = arena.allocate(bytes);
                int r = (int) invoke(C.SCHED_GETAFFINITY, "sched_getaffinity", intArg(a, 0), (long) bytes, mask);
                if (r != 0) {
                    throw Errors.raise(ExceptionTypes.OS_ERROR, PyInt.of(3), PyStr.of("No such process"));
                }
                PyList cpus = new PyList();
                for (int i = 0; i < bytes * 8; i++) {
                    if ((mask.get(ValueLayout.JAVA_BYTE, i / 8) >> (i % 8) & 1) != 0) {
                        cpus.append(PyInt.of(i));
                    }
                }
                return cpus;
            }
        });
    }

    private static int intArg(PyObject[] a, int i) {
        return Abstract.index(a[i]).intValue();
    }

    private static long sysconf(int name) {
        return (long) invoke(C.SYSCONF, "sysconf", name);
    }

    static String strerror(int code) {
        MemorySegment p = (MemorySegment) invoke(C.STRERROR, "strerror", code);
        return p.equals(MemorySegment.NULL) ? "Unknown error " + code : p.reinterpret(1024).getString(0);
    }

    private static int checked(int r) {
        if (r < 0) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, PyInt.of(3), PyStr.of("No such process"));
        }
        return r;
    }

    private static int call(MethodHandle h, String name, Object... args) {
        return (int) invoke(h, name, args);
    }

    private static Object invoke(MethodHandle h, String name, Object... args) {
        if (h == null) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, PyInt.of(38), PyStr.of("Function not implemented: " + name));
        }
        try {
            return h.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
