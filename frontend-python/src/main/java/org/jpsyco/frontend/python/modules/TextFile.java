package org.jpsyco.frontend.python.modules;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.Codecs;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * A text file from {@code open()}: UTF-8, universal newlines when reading. A file opened for
 * reading is read whole at open; one opened for writing writes through a buffered writer
 * that {@code close()} (or the end of the program) flushes.
 */
public final class TextFile extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT);

    static {
        TYPE.module = "_io";
        BuiltinMethods.define(TYPE, "read", (a, k) -> {
            TextFile f = open(a[0]);
            int n = a.length > 1 && a[1] != PySingleton.NONE ? Abstract.index(a[1]).intValue() : -1;
            return PyStr.of(f.read(n));
        });
        BuiltinMethods.define(TYPE, "readline", (a, k) -> PyStr.of(open(a[0]).readLine()));
        BuiltinMethods.define(TYPE, "readlines", (a, k) -> {
            TextFile f = open(a[0]);
            PyList r = new PyList();
            for (String l = f.readLine(); !l.isEmpty(); l = f.readLine()) {
                r.append(PyStr.of(l));
            }
            return r;
        });
        BuiltinMethods.define(TYPE, "write", (a, k) -> {
            Args.check("write", a, k, 2, 2);
            String s = Args.str(a[1], "write()");
            open(a[0]).write(s);
            return PyInt.of(((PyStr) a[1]).length());
        });
        BuiltinMethods.define(TYPE, "writelines", (a, k) -> {
            TextFile f = open(a[0]);
            for (PyObject line : Abstract.toList(a[1])) {
                f.write(Args.str(line, "writelines()"));
            }
            return PySingleton.NONE;
        });
        BuiltinMethods.define(TYPE, "flush", (a, k) -> {
            open(a[0]).flush();
            return PySingleton.NONE;
        });
        BuiltinMethods.define(TYPE, "close", (a, k) -> {
            ((TextFile) a[0]).close();
            return PySingleton.NONE;
        });
        BuiltinMethods.define(TYPE, "__enter__", (a, k) -> open(a[0]));
        BuiltinMethods.define(TYPE, "__exit__", (a, k) -> {
            ((TextFile) a[0]).close();
            return PySingleton.NONE;
        });
        BuiltinMethods.define(TYPE, "__iter__", (a, k) -> open(a[0]));
        BuiltinMethods.define(TYPE, "__next__", (a, k) -> {
            String l = open(a[0]).readLine();
            if (l.isEmpty()) {
                throw Errors.stopIteration(null);
            }
            return PyStr.of(l);
        });
        BuiltinMethods.define(TYPE, "readable", (a, k) -> PyBool.of(((TextFile) a[0]).text != null));
        BuiltinMethods.define(TYPE, "writable", (a, k) -> PyBool.of(((TextFile) a[0]).writer != null));
    }

    private final String name;
    private final String mode;
    private String text;
    private int pos;
    private java.io.OutputStream writer;
    private String encoding = "utf-8";
    private String errors = "strict";
    private boolean closed;
    private final PyDict dict = new PyDict();

    private TextFile(String name, String mode) {
        this.name = name;
        this.mode = mode;
        dict.putStr("name", PyStr.of(name));
        dict.putStr("mode", PyStr.of(mode));
        dict.putStr("encoding", PyStr.of("UTF-8"));
    }

    /** {@code open(file, mode)} with the path resolved against {@code cwd}. */
    public static TextFile open(Path cwd, String file, String mode) {
        return open(cwd, file, mode, null, null);
    }

    /** {@code open(file, mode, encoding=, errors=)}; a null encoding or errors means the default. */
    public static TextFile open(Path cwd, String file, String mode, String encoding, String errors) {
        if (encoding != null) {
            Codecs.lookup(encoding);
        }
        if (mode.contains("b")) {
            throw Errors.notSupported("binary files (mode '" + mode + "')");
        }
        String m = mode.replace("t", "");
        if (!m.matches("[rwax]\\+?")) {
            throw Errors.valueError("invalid mode: '" + mode + "'");
        }
        Path p = cwd.resolve(file);
        TextFile f = new TextFile(file, mode);
        if (encoding != null) {
            f.encoding = encoding;
            f.dict.putStr("encoding", PyStr.of(encoding));
        }
        if (errors != null) {
            f.errors = errors;
        }
        try {
            switch (m.charAt(0)) {
                case 'r' -> {
                    f.text = Codecs.decode(Files.readAllBytes(p), f.encoding, f.errors).replace("\r\n", "\n")
                            .replace('\r', '\n');
                    if (m.endsWith("+")) {
                        f.writer = buffered(Files.newOutputStream(p, StandardOpenOption.APPEND));
                    }
                }
                case 'w' -> f.writer = buffered(Files.newOutputStream(p));
                case 'a' -> f.writer = buffered(Files.newOutputStream(p, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND));
                default -> f.writer = buffered(Files.newOutputStream(p, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE));
            }
        } catch (IOException e) {
            throw osError(e, file);
        }
        return f;
    }

    private static java.io.OutputStream buffered(java.io.OutputStream out) {
        return new java.io.BufferedOutputStream(out, 1 << 14);
    }

    /** An OSError subclass with errno, strerror and filename, as CPython raises them. */
    static PyException osError(IOException e, String file) {
        int errno;
        String msg;
        PyType type;
        if (e instanceof NoSuchFileException) {
            errno = 2;
            msg = "No such file or directory";
            type = ExceptionTypes.FILE_NOT_FOUND_ERROR;
        } else if (e instanceof AccessDeniedException) {
            errno = 13;
            msg = "Permission denied";
            type = ExceptionTypes.PERMISSION_ERROR;
        } else if (e instanceof FileAlreadyExistsException) {
            errno = 17;
            msg = "File exists";
            type = ExceptionTypes.FILE_EXISTS_ERROR;
        } else if (Files.isDirectory(Path.of(file))) {
            errno = 21;
            msg = "Is a directory";
            type = ExceptionTypes.IS_A_DIRECTORY_ERROR;
        } else {
            errno = 5;
            msg = String.valueOf(e.getMessage());
            type = ExceptionTypes.OS_ERROR;
        }
        PyBaseException exc = new PyBaseException(type, PyTuple.of(PyInt.of(errno), PyStr.of(msg)));
        exc.dict().putStr("errno", PyInt.of(errno));
        exc.dict().putStr("strerror", PyStr.of(msg));
        exc.dict().putStr("filename", PyStr.of(file));
        return exc.toThrowable();
    }

    private static TextFile open(PyObject o) {
        TextFile f = (TextFile) o;
        if (f.closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        return f;
    }

    private String read(int n) {
        if (text == null) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, "not readable");
        }
        int end = n < 0 ? text.length() : Math.min(text.length(), pos + n);
        String r = text.substring(pos, end);
        pos = end;
        return r;
    }

    private String readLine() {
        if (text == null) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, "not readable");
        }
        int nl = text.indexOf('\n', pos);
        int end = nl < 0 ? text.length() : nl + 1;
        String r = text.substring(pos, end);
        pos = end;
        return r;
    }

    private void write(String s) {
        if (writer == null) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, "not writable");
        }
        byte[] b = Codecs.encode(PyStr.of(s), encoding, errors);
        // a byte order mark only starts the file
        encoding = switch (Codecs.canonicalName(encoding)) {
            case "utf-16" -> "utf-16-le";
            case "utf-32" -> "utf-32-le";
            case "utf-8-sig" -> "utf-8";
            default -> encoding;
        };
        try {
            writer.write(b);
        } catch (IOException e) {
            throw osError(e, name);
        }
    }

    private void flush() {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw osError(e, name);
            }
        }
    }

    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw osError(e, name);
            }
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public PyDict dict() {
        dict.putStr("closed", PyBool.of(closed));
        return dict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

}
