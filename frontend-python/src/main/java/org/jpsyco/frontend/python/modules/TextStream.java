package org.jpsyco.frontend.python.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.BuiltinTable;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}: UTF-8 text streams over the
 * streams the runtime was given. Output is buffered (stdout) or line buffered (stderr, or a
 * terminal) and reaches the Java stream on {@code flush()}, when the buffer fills and at exit.
 */
public final class TextStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT);

    static {
        TYPE.module = "_io";
        BuiltinMethods.lazy(TYPE, TextStream::streamMethod, "write", "flush", "readline", "read", "isatty", "fileno",
                "readlines", "__iter__", "__next__", "__enter__", "name");
        TYPE.dict().putStr("name", new org.jpsyco.frontend.python.objects.PyDescriptors.Property(
                TYPE.dict().getStr("name"), PySingleton.NONE, PySingleton.NONE));
        BuiltinMethods.define(TYPE, "__exit__", (a, k) -> PySingleton.NONE);
    }

    private static BuiltinImpl streamMethod(String which) {
        return switch (which) {
            case "write" -> (a, k) -> {
                Args.check("write", a, k, 2, 2);
                String s = Args.str(a[1], "write()");
                ((TextStream) a[0]).write(s);
                return PyInt.of(((PyStr) a[1]).length());
            };
            case "flush" -> (a, k) -> {
                ((TextStream) a[0]).flush();
                return PySingleton.NONE;
            };
            case "readline" -> (a, k) -> {
                String line = ((TextStream) a[0]).readLine();
                return PyStr.of(line == null ? "" : line);
            };
            case "read" -> (a, k) -> PyStr.of(((TextStream) a[0]).readAll());
            case "isatty" -> (a, k) -> PyBool.of(((TextStream) a[0]).tty);
            case "fileno" -> (a, k) -> PyInt.of(((TextStream) a[0]).fd);
            case "readlines" -> (a, k) -> {
                TextStream t = (TextStream) a[0];
                org.jpsyco.frontend.python.objects.PyList r = new org.jpsyco.frontend.python.objects.PyList();
                for (String l = t.readLine(); l != null && !l.isEmpty(); l = t.readLine()) {
                    r.append(PyStr.of(l));
                }
                return r;
            };
            case "__iter__" -> (a, k) -> a[0];
            case "__next__" -> (a, k) -> {
                String l = ((TextStream) a[0]).readLine();
                if (l == null || l.isEmpty()) {
                    throw Errors.stopIteration(null);
                }
                return PyStr.of(l);
            };
            case "__enter__" -> (a, k) -> a[0];
            // sys.stdout.name is '<stdout>' as in CPython (logging's StreamHandler repr shows it)
            case "name" -> (a, k) -> PyStr.of(((TextStream) a[0]).name);
            default -> throw BuiltinTable.unknown(which);
        };
    }

    private final PrintStream out;
    private final BufferedReader in;
    private final StringBuilder buffer = new StringBuilder();
    private final boolean lineBuffered;
    final boolean tty;
    final int fd;
    public final String name;
    /** The runtime lock released while a read blocks (other Python threads run meanwhile); null before set. */
    private org.jpsyco.frontend.python.interp.RuntimeLock gil;

    private TextStream(String name, int fd, PrintStream out, InputStream in, boolean lineBuffered, boolean tty) {
        this.name = name;
        this.fd = fd;
        this.out = out;
        this.in = in == null ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.lineBuffered = lineBuffered;
        this.tty = tty;
    }

    public static TextStream output(String name, int fd, PrintStream out, boolean lineBuffered) {
        return new TextStream(name, fd, out, null, lineBuffered, false);
    }

    public static TextStream input(InputStream in, boolean tty) {
        return new TextStream("<stdin>", 0, null, in, false, tty);
    }

    public void write(String s) {
        if (out == null) {
            throw Errors.raise(org.jpsyco.frontend.python.objects.ExceptionTypes.OS_ERROR, "not writable");
        }
        buffer.append(s);
        if (buffer.length() > 8192 || (lineBuffered && s.indexOf('\n') >= 0)) {
            flush();
        }
    }

    /**
     * Writes bytes straight to the underlying stream, as a child process writing to the same
     * file descriptor would: the Python-level buffer is not involved (the caller flushed it
     * before starting the child). Safe from a thread that does not hold the runtime lock.
     */
    public void writeRaw(byte[] b, int off, int len) {
        if (out != null) {
            out.write(b, off, len);
            out.flush();
        }
    }

    public void flush() {
        if (out != null && buffer.length() > 0) {
            byte[] b = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            out.write(b, 0, b.length);
            out.flush();
        }
    }

    /** Reads through this stream release {@code lock} while they wait for input. */
    public void releaseWhileReading(org.jpsyco.frontend.python.interp.RuntimeLock lock) {
        this.gil = lock;
    }

    /** One line including its newline; "" at end of input. */
    public String readLine() {
        if (in == null) {
            throw Errors.raise(org.jpsyco.frontend.python.objects.ExceptionTypes.OS_ERROR, "not readable");
        }
        if (gil == null) {
            return readLineBlocking();
        }
        try {
            return gil.releasing(this::readLineBlocking);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.raise(org.jpsyco.frontend.python.objects.ExceptionTypes.KEYBOARD_INTERRUPT,
                    new org.jpsyco.frontend.python.objects.PyObject[0]);
        }
    }

    private String readLineBlocking() {
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw Errors.raise(org.jpsyco.frontend.python.objects.ExceptionTypes.OS_ERROR, e.getMessage());
        }
    }

    public String readAll() {
        StringBuilder sb = new StringBuilder();
        for (String l = readLine(); !l.isEmpty(); l = readLine()) {
            sb.append(l);
        }
        return sb.toString();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
