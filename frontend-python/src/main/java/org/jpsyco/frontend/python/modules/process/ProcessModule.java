package org.jpsyco.frontend.python.modules.process;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jpsyco.frontend.python.modules.TextStream;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBytes;
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
 * {@code _jpsyco_process}: child processes for {@code subprocess} (Python, in lib/), on
 * {@link ProcessBuilder}. A child's stream is one of: inherited (the JVM pumps it into the
 * runtime's own stdout or stderr byte for byte, so the output lands where the program's own
 * output goes, also when the runtime runs inside a host that captures it), a pipe the Python
 * side reads or writes, /dev/null, a file, or (stderr) the same pipe as stdout. Every blocking
 * call releases the runtime lock so other Python threads run meanwhile.
 */
public final class ProcessModule {
    private ProcessModule() {
    }

    static final PyType PROC = PyType.builtin("jpsyco_process", PyType.OBJECT);

    /** One running or finished child. */
    static final class Proc extends PyObject {
        final Process process;
        final Thread[] pumps = new Thread[2];
        /** Output collected by communicate's reader threads: [0] stdout, [1] stderr. */
        final ByteArrayOutputStream[] collected = new ByteArrayOutputStream[2];
        final Thread[] readers = new Thread[2];
        Thread writer;
        boolean signalled;
        int signal;

        Proc(Process process) {
            this.process = process;
        }

        @Override
        public PyType type() {
            return PROC;
        }

        InputStream in(int which) {
            return which == 1 ? process.getInputStream() : process.getErrorStream();
        }

        /** The exit status as subprocess reports it: minus the signal for a child we killed. */
        int returnCode() {
            int rc = process.exitValue();
            if (signalled && rc == 128 + signal) {
                return -signal;
            }
            return rc;
        }

        void joinPumps() throws InterruptedException {
            for (Thread t : pumps) {
                if (t != null) {
                    t.join();
                }
            }
        }
    }

    private static ProcessBuilder.Redirect redirect(PythonRuntimeState rt, PyObject spec, boolean input) {
        if (spec == PySingleton.NONE) {
            return input ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE;
        }
        if (spec instanceof PyStr s) {
            return switch (s.value()) {
                case "pipe", "inherit" -> ProcessBuilder.Redirect.PIPE;
                case "devnull" -> input ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                        : ProcessBuilder.Redirect.DISCARD;
                default -> throw Errors.valueError("bad stream spec " + s.value());
            };
        }
        List<PyObject> t = Abstract.toList(spec);
        File f = rt.resolve(((PyStr) t.get(1)).value()).toFile();
        if (input) {
            return ProcessBuilder.Redirect.from(f);
        }
        return Abstract.isTrue(t.get(2)) ? ProcessBuilder.Redirect.appendTo(f) : ProcessBuilder.Redirect.to(f);
    }

    private static boolean isInherit(PyObject spec) {
        return spec instanceof PyStr s && s.value().equals("inherit");
    }

    private static Thread pump(InputStream from, TextStream to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                for (int n; (n = from.read(buf)) > 0;) {
                    to.writeRaw(buf, 0, n);
                }
            } catch (IOException ignored) {
                // the child closed its end
            }
        }, "jpsyco-process-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Thread collector(InputStream from, ByteArrayOutputStream into) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                for (int n; (n = from.read(buf)) > 0;) {
                    synchronized (into) {
                        into.write(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // the child closed its end
            }
        }, "jpsyco-process-reader");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static long toLong(PyObject o) {
        return ((PyInt) o).longValue();
    }

    private static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).longValue();
    }

    private static byte[] bytes(PyObject o) {
        return ((PyBytes) o).value;
    }

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("_jpsyco_process");
        // spawn(argv, cwd, env, stdin, stdout, stderr) -> process, or (errno, strerror) when the
        // program cannot be started
        m.def("spawn", (a, k) -> {
            List<String> argv = new java.util.ArrayList<>();
            for (PyObject o : Abstract.toList(a[0])) {
                argv.add(((PyStr) o).value());
            }
            ProcessBuilder pb = new ProcessBuilder(argv);
            // the program's working directory (os.chdir moves it; the JVM's own never changes)
            pb.directory((a[1] != PySingleton.NONE ? rt.resolve(((PyStr) a[1]).value()) : rt.cwd).toFile());
            if (a[2] != PySingleton.NONE) {
                Map<String, String> env = pb.environment();
                env.clear();
                for (PyObject key : Abstract.toList(a[2])) {
                    env.put(Abstract.str(key).value(), Abstract.str(Abstract.getItem(a[2], key)).value());
                }
            }
            pb.redirectInput(redirect(rt, a[3], true));
            pb.redirectOutput(redirect(rt, a[4], false));
            boolean mergeErr = a[5] instanceof PyStr s && s.value().equals("stdout");
            if (mergeErr) {
                pb.redirectErrorStream(true);
            } else {
                pb.redirectError(redirect(rt, a[5], false));
            }
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                String msg = String.valueOf(e.getMessage());
                int at = msg.lastIndexOf("error=");
                int errno = 2;
                String text = "No such file or directory";
                if (at >= 0) {
                    int comma = msg.indexOf(',', at);
                    try {
                        errno = Integer.parseInt(msg.substring(at + 6, comma < 0 ? msg.length() : comma).trim());
                    } catch (NumberFormatException ignored) {
                        errno = 2;
                    }
                    if (comma >= 0) {
                        text = msg.substring(comma + 1).trim();
                    }
                }
                return PyTuple.of(PyInt.of(errno), PyStr.of(text));
            }
            Proc proc = new Proc(p);
            if (isInherit(a[4])) {
                proc.pumps[0] = pump(p.getInputStream(), rt.stdout);
            }
            if (!mergeErr && isInherit(a[5])) {
                proc.pumps[1] = pump(p.getErrorStream(), rt.stderr);
            }
            return proc;
        });
        BuiltinMethods.define(PROC, "pid", (a, k) -> PyInt.of(((Proc) a[0]).process.pid()));
        BuiltinMethods.define(PROC, "write", (a, k) -> {
            Proc p = (Proc) a[0];
            byte[] data = bytes(a[1]);
            try {
                rt.interpreter.gil.releasing(() -> {
                    try {
                        OutputStream out = p.process.getOutputStream();
                        out.write(data);
                        out.flush();
                    } catch (IOException e) {
                        return PySingleton.NONE;
                    }
                    return PySingleton.NONE;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyInt.of(data.length);
        });
        BuiltinMethods.define(PROC, "close_stdin", (a, k) -> {
            try {
                ((Proc) a[0]).process.getOutputStream().close();
            } catch (IOException ignored) {
                // already closed
            }
            return PySingleton.NONE;
        });
        // read(which, n): up to n bytes (all when n < 0) of the child's stdout (1) or stderr (2)
        BuiltinMethods.define(PROC, "read", (a, k) -> {
            Proc p = (Proc) a[0];
            InputStream in = p.in((int) toLong(a[1]));
            long n = toLong(a[2]);
            try {
                byte[] r = rt.interpreter.gil.releasing(() -> {
                    try {
                        if (n < 0) {
                            return in.readAllBytes();
                        }
                        byte[] buf = new byte[(int) n];
                        int got = in.readNBytes(buf, 0, (int) n);
                        return java.util.Arrays.copyOf(buf, got);
                    } catch (IOException e) {
                        return new byte[0];
                    }
                });
                return new PyBytes(r);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PyBytes.EMPTY;
            }
        });
        BuiltinMethods.define(PROC, "readline", (a, k) -> {
            Proc p = (Proc) a[0];
            InputStream in = p.in((int) toLong(a[1]));
            try {
                byte[] r = rt.interpreter.gil.releasing(() -> {
                    ByteArrayOutputStream line = new ByteArrayOutputStream();
                    try {
                        for (int c; (c = in.read()) >= 0;) {
                            line.write(c);
                            if (c == '\n') {
                                break;
                            }
                        }
                    } catch (IOException ignored) {
                        // end of the stream
                    }
                    return line.toByteArray();
                });
                return new PyBytes(r);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PyBytes.EMPTY;
            }
        });
        // wait(timeout): the return code, or None when the timeout (seconds, None = forever) passed
        BuiltinMethods.define(PROC, "wait", (a, k) -> {
            Proc p = (Proc) a[0];
            PyObject timeout = a.length > 1 ? a[1] : PySingleton.NONE;
            try {
                boolean done = rt.interpreter.gil.releasing(() -> {
                    if (timeout == PySingleton.NONE) {
                        p.process.waitFor();
                    } else if (!p.process.waitFor((long) (toDouble(timeout) * 1e9), TimeUnit.NANOSECONDS)) {
                        return false;
                    }
                    p.joinPumps();
                    return true;
                });
                return done ? PyInt.of(p.returnCode()) : PySingleton.NONE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PySingleton.NONE;
            }
        });
        BuiltinMethods.define(PROC, "poll", (a, k) -> {
            Proc p = (Proc) a[0];
            if (p.process.isAlive()) {
                return PySingleton.NONE;
            }
            try {
                rt.interpreter.gil.releasing(() -> {
                    p.joinPumps();
                    return null;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyInt.of(p.returnCode());
        });
        BuiltinMethods.define(PROC, "signal", (a, k) -> {
            Proc p = (Proc) a[0];
            int sig = (int) toLong(a[1]);
            if (p.process.isAlive()) {
                p.signalled = true;
                p.signal = sig;
                if (sig == 9) {
                    p.process.destroyForcibly();
                } else if (sig == 15) {
                    p.process.destroy();
                } else {
                    try {
                        new ProcessBuilder("kill", "-" + sig, Long.toString(p.process.pid())).start().waitFor();
                    } catch (IOException | InterruptedException e) {
                        throw Errors.raise(org.jpsyco.frontend.python.objects.ExceptionTypes.OS_ERROR,
                                "cannot send signal " + sig);
                    }
                }
            }
            return PySingleton.NONE;
        });
        // communicate(input, timeout, pipe_out, pipe_err): (stdout, stderr, finished); reader
        // threads keep collecting after a timeout, so calling it again returns everything
        BuiltinMethods.define(PROC, "communicate", (a, k) -> {
            Proc p = (Proc) a[0];
            PyObject input = a[1];
            PyObject timeout = a[2];
            boolean pipeOut = Abstract.isTrue(a[3]);
            boolean pipeErr = Abstract.isTrue(a[4]);
            if (pipeOut && p.readers[0] == null) {
                p.collected[0] = new ByteArrayOutputStream();
                p.readers[0] = collector(p.process.getInputStream(), p.collected[0]);
            }
            if (pipeErr && p.readers[1] == null) {
                p.collected[1] = new ByteArrayOutputStream();
                p.readers[1] = collector(p.process.getErrorStream(), p.collected[1]);
            }
            if (p.writer == null && input != PySingleton.NONE) {
                byte[] data = bytes(input);
                p.writer = new Thread(() -> {
                    try (OutputStream out = p.process.getOutputStream()) {
                        out.write(data);
                    } catch (IOException ignored) {
                        // the child exited without reading everything
                    }
                }, "jpsyco-process-writer");
                p.writer.setDaemon(true);
                p.writer.start();
            }
            try {
                boolean finished = rt.interpreter.gil.releasing(() -> {
                    long deadline = timeout == PySingleton.NONE ? Long.MAX_VALUE
                            : System.nanoTime() + (long) (toDouble(timeout) * 1e9);
                    for (Thread t : new Thread[] {p.writer, p.readers[0], p.readers[1], p.pumps[0], p.pumps[1]}) {
                        if (t == null) {
                            continue;
                        }
                        if (deadline == Long.MAX_VALUE) {
                            t.join();
                        } else {
                            long left = deadline - System.nanoTime();
                            if (left <= 0) {
                                return false;
                            }
                            t.join(Math.max(1, left / 1_000_000));
                            if (t.isAlive()) {
                                return false;
                            }
                        }
                    }
                    if (deadline == Long.MAX_VALUE) {
                        p.process.waitFor();
                        return true;
                    }
                    return p.process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                });
                PyObject out = PySingleton.NONE;
                PyObject err = PySingleton.NONE;
                if (p.collected[0] != null) {
                    synchronized (p.collected[0]) {
                        out = new PyBytes(p.collected[0].toByteArray());
                    }
                }
                if (p.collected[1] != null) {
                    synchronized (p.collected[1]) {
                        err = new PyBytes(p.collected[1].toByteArray());
                    }
                }
                return PyTuple.of(out, err, PyBool.of(finished));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PyTuple.of(PySingleton.NONE, PySingleton.NONE, PyBool.FALSE);
            }
        });
        return m;
    }
}
