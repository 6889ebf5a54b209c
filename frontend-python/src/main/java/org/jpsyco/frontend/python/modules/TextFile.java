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
import org.jpsyco.frontend.python.objects.PyBytes;
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
 * A file from {@code open()}: text ({@code TextIOWrapper}) or binary ({@code BufferedReader},
 * {@code BufferedWriter}, {@code BufferedRandom}). The whole file lives in memory while it is
 * open: reading modes load it at open, and what was written goes back to disk on
 * {@code flush()} and {@code close()} (and at exit, through the runtime's list of open files).
 * Text is decoded and encoded with {@code bytes.decode}/{@code str.encode}, so every codec and
 * error handler they know works here, with their exceptions; newlines follow the {@code newline}
 * argument as CPython's (universal newlines on read by default, none translated with {@code ''}).
 */
public final class TextFile extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT);
    public static final PyType BUFFERED_READER = PyType.builtin("BufferedReader", PyType.OBJECT);
    public static final PyType BUFFERED_WRITER = PyType.builtin("BufferedWriter", PyType.OBJECT);
    public static final PyType BUFFERED_RANDOM = PyType.builtin("BufferedRandom", PyType.OBJECT);

    static {
        for (PyType t : new PyType[] {TYPE, BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM}) {
            t.module = "_io";
            defineMethods(t);
        }
    }

    private static void defineMethods(PyType t) {
        BuiltinMethods.define(t, "read", (a, k) -> {
            Args.check("read", a, k, 1, 2);
            return open(a[0]).read(a.length > 1 && a[1] != PySingleton.NONE ? Abstract.index(a[1]).intValue() : -1);
        });
        BuiltinMethods.define(t, "readline", (a, k) -> {
            Args.check("readline", a, k, 1, 2);
            return open(a[0]).readLine(a.length > 1 && a[1] != PySingleton.NONE
                    ? Abstract.index(a[1]).intValue() : -1);
        });
        BuiltinMethods.define(t, "readlines", (a, k) -> {
            TextFile f = open(a[0]);
            PyList r = new PyList();
            for (PyObject l = f.readLine(-1); Abstract.length(l) > 0; l = f.readLine(-1)) {
                r.append(l);
            }
            return r;
        });
        BuiltinMethods.define(t, "write", (a, k) -> {
            Args.check("write", a, k, 2, 2);
            return PyInt.of(open(a[0]).write(a[1]));
        });
        BuiltinMethods.define(t, "writelines", (a, k) -> {
            TextFile f = open(a[0]);
            for (PyObject line : Abstract.toList(a[1])) {
                f.write(line);
            }
            return PySingleton.NONE;
        });
        BuiltinMethods.define(t, "seek", (a, k) -> {
            Args.check("seek", a, k, 2, 3);
            return PyInt.of(open(a[0]).seek(Abstract.index(a[1]).longValue(),
                    a.length > 2 ? Abstract.index(a[2]).intValue() : 0));
        });
        BuiltinMethods.define(t, "tell", (a, k) -> PyInt.of(open(a[0]).tell()));
        BuiltinMethods.define(t, "truncate", (a, k) -> {
            TextFile f = open(a[0]);
            return PyInt.of(f.truncate(a.length > 1 && a[1] != PySingleton.NONE
                    ? Abstract.index(a[1]).intValue() : -1));
        });
        BuiltinMethods.define(t, "flush", (a, k) -> {
            open(a[0]).flush();
            return PySingleton.NONE;
        });
        BuiltinMethods.define(t, "close", (a, k) -> {
            ((TextFile) a[0]).close();
            return PySingleton.NONE;
        });
        BuiltinMethods.define(t, "__enter__", (a, k) -> open(a[0]));
        BuiltinMethods.define(t, "__exit__", (a, k) -> {
            ((TextFile) a[0]).close();
            return PySingleton.NONE;
        });
        BuiltinMethods.define(t, "__iter__", (a, k) -> open(a[0]));
        BuiltinMethods.define(t, "__next__", (a, k) -> {
            PyObject l = open(a[0]).readLine(-1);
            if (Abstract.length(l) == 0) {
                throw Errors.stopIteration(null);
            }
            return l;
        });
        BuiltinMethods.define(t, "readable", (a, k) -> PyBool.of(open(a[0]).readable));
        BuiltinMethods.define(t, "writable", (a, k) -> PyBool.of(open(a[0]).writable));
        BuiltinMethods.define(t, "seekable", (a, k) -> PyBool.of(open(a[0]) != null));
        BuiltinMethods.define(t, "isatty", (a, k) -> PyBool.of(open(a[0]) == null));
    }

    private final String name;
    private final Path path;
    private final boolean binary;
    private final boolean readable;
    private final boolean writable;
    private final boolean appending;
    private final String encoding;
    private final String errors;
    /** null: universal newlines; "": no translation; else the line ending written and split on. */
    private final String newline;
    /** Binary content, or for text the undecoded file until the first read (then null). */
    private byte[] data = new byte[0];
    private int size;
    /** Text content, decoded lazily. */
    private StringBuilder text;
    /** Bytes of the file before what an append-only text file writes (never decoded). */
    private byte[] prefix = new byte[0];
    private int pos;
    private boolean dirty;
    private boolean closed;
    private final PyDict dict = new PyDict();

    private TextFile(String name, Path path, String mode, boolean binary, boolean readable, boolean writable,
            boolean appending, String encoding, String errors, String newline) {
        this.name = name;
        this.path = path;
        this.binary = binary;
        this.readable = readable;
        this.writable = writable;
        this.appending = appending;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        dict.putStr("name", PyStr.of(name));
        dict.putStr("mode", PyStr.of(mode));
        if (!binary) {
            dict.putStr("encoding", PyStr.of(encoding));
            dict.putStr("errors", PyStr.of(errors));
        }
    }

    /** {@code open(file, mode)} with the path resolved against {@code cwd}, as UTF-8 text when not binary. */
    public static TextFile open(Path cwd, String file, String mode) {
        return open(cwd, file, mode, null, null, null);
    }

    /** {@code open(file, mode, encoding=, errors=, newline=)}; null stands for an argument not given. */
    public static TextFile open(Path cwd, String file, String mode, String encoding, String errors, String newline) {
        int kinds = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwaxbt+".indexOf(c) < 0 || mode.indexOf(c) != i) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
            if ("rwax".indexOf(c) >= 0) {
                kinds++;
            }
        }
        boolean binary = mode.indexOf('b') >= 0;
        if (binary && mode.indexOf('t') >= 0) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        if (kinds != 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + newline);
        }
        boolean plus = mode.indexOf('+') >= 0;
        char kind = mode.replaceAll("[bt+]", "").charAt(0);
        Path p = cwd.resolve(file);
        if ("locale".equals(encoding)) {
            encoding = null; // open()'s name for the locale's encoding (io.text_encoding gives it)
        }
        if (encoding != null) {
            Codecs.lookup(encoding); // an unknown encoding is a LookupError before the file is touched
        }
        String enc = encoding == null ? "UTF-8" : encoding;
        TextFile f = new TextFile(file, p, mode, binary, kind == 'r' || plus, kind != 'r' || plus, kind == 'a', enc,
                errors == null ? "strict" : errors, newline);
        try {
            switch (kind) {
                case 'r' -> f.load(Files.readAllBytes(p));
                case 'w' -> Files.write(p, new byte[0]);
                case 'x' -> Files.write(p, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                default -> {
                    byte[] old = Files.exists(p) ? Files.readAllBytes(p) : new byte[0];
                    if (!Files.exists(p)) {
                        Files.write(p, old);
                    }
                    if (plus || binary) {
                        f.load(old);
                        f.pos = binary ? f.size : -1;
                    } else {
                        f.prefix = old;
                        f.text = new StringBuilder();
                    }
                }
            }
        } catch (IOException e) {
            throw osError(e, file);
        }
        return f;
    }

    private void load(byte[] bytes) {
        data = bytes;
        size = bytes.length;
        if (!binary) {
            text = null;
        }
    }

    /** The text content, decoded at the first use. */
    private StringBuilder text() {
        if (text == null) {
            PyObject s = Abstract.callMethod(new PyBytes(java.util.Arrays.copyOf(data, size)), "decode",
                    PyStr.of(encoding), PyStr.of(errors));
            String t = ((PyStr) s).value();
            if (newline == null) {
                t = t.replace("\r\n", "\n").replace('\r', '\n');
            }
            text = new StringBuilder(t);
            data = null;
            if (pos < 0) {
                pos = text.length();
            }
        }
        return text;
    }

    private void checkReadable() {
        if (!readable) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, "not readable");
        }
    }

    private PyObject read(int n) {
        checkReadable();
        if (binary) {
            int end = n < 0 ? size : (int) Math.min(size, (long) pos + n);
            byte[] r = java.util.Arrays.copyOfRange(data, Math.min(pos, size), Math.max(end, Math.min(pos, size)));
            pos = Math.max(pos, end);
            return new PyBytes(r);
        }
        StringBuilder t = text();
        int end = n < 0 ? t.length() : (int) Math.min(t.length(), (long) pos + n);
        String r = t.substring(Math.min(pos, t.length()), Math.max(end, Math.min(pos, t.length())));
        pos = Math.max(pos, end);
        return PyStr.of(r);
    }

    private PyObject readLine(int limit) {
        checkReadable();
        if (binary) {
            int end = pos;
            while (end < size && data[end] != '\n') {
                end++;
            }
            end = Math.min(size, end + 1);
            if (limit >= 0) {
                end = Math.min(end, pos + limit);
            }
            byte[] r = pos >= size ? new byte[0] : java.util.Arrays.copyOfRange(data, pos, end);
            pos = Math.max(pos, end);
            return new PyBytes(r);
        }
        StringBuilder t = text();
        if (pos >= t.length()) {
            return PyStr.EMPTY;
        }
        int end;
        if (newline != null && newline.isEmpty()) {
            end = pos;
            while (end < t.length() && t.charAt(end) != '\n' && t.charAt(end) != '\r') {
                end++;
            }
            if (end < t.length()) {
                end += t.charAt(end) == '\r' && end + 1 < t.length() && t.charAt(end + 1) == '\n' ? 2 : 1;
            }
        } else {
            String sep = newline == null ? "\n" : newline;
            int at = t.indexOf(sep, pos);
            end = at < 0 ? t.length() : at + sep.length();
        }
        if (limit >= 0) {
            end = Math.min(end, pos + limit);
        }
        String r = t.substring(pos, end);
        pos = end;
        return PyStr.of(r);
    }

    private long write(PyObject o) {
        if (!writable) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, "not writable");
        }
        dirty = true;
        if (binary) {
            byte[] b;
            if (o instanceof PyBytes pb) {
                b = pb.value;
            } else if (o instanceof org.jpsyco.frontend.python.objects.PyByteArray ba) {
                b = ba.toArray();
            } else {
                throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
            }
            if (appending) {
                pos = size;
            }
            int end = pos + b.length;
            if (end > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(end, data.length * 2));
            }
            if (pos > size) {
                java.util.Arrays.fill(data, size, pos, (byte) 0);
            }
            System.arraycopy(b, 0, data, pos, b.length);
            pos = end;
            size = Math.max(size, end);
            return b.length;
        }
        if (!(o instanceof PyStr ps)) {
            throw Errors.typeError("write() argument must be str, not " + o.type().name());
        }
        String s = ps.value();
        if (newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            s = s.replace("\n", newline);
        }
        StringBuilder t = text();
        if (appending) {
            pos = t.length();
        }
        if (pos >= t.length()) {
            t.append(s);
        } else {
            t.replace(pos, Math.min(t.length(), pos + s.length()), s);
        }
        pos += s.length();
        return ps.length();
    }

    private long tell() {
        if (binary) {
            return pos;
        }
        if (text == null) {
            return prefix.length + (pos < 0 ? size : pos);
        }
        return prefix.length + encode(text.substring(0, Math.min(pos, text.length()))).length;
    }

    private long seek(long offset, int whence) {
        if (binary) {
            long base = whence == 0 ? 0 : whence == 1 ? pos : size;
            if (whence < 0 || whence > 2) {
                throw Errors.valueError("whence value " + whence + " unsupported");
            }
            if (base + offset < 0) {
                throw Errors.valueError("negative seek position " + (base + offset));
            }
            pos = (int) (base + offset);
            return pos;
        }
        StringBuilder t = text();
        if (whence != 0 && offset != 0) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, whence == 1 ? "can't do nonzero cur-relative seeks"
                    : "can't do nonzero end-relative seeks");
        }
        if (whence == 2) {
            pos = t.length();
        } else if (whence == 0) {
            if (offset < 0) {
                throw Errors.valueError("negative seek position " + offset);
            }
            // the cookie of tell() is a byte offset: find the character where the encoding reaches it
            int i = 0;
            long bytes = prefix.length;
            while (i < t.length() && bytes < offset) {
                int cp = t.codePointAt(i);
                int n = Character.charCount(cp);
                bytes += encode(t.substring(i, i + n)).length;
                i += n;
            }
            pos = i;
        }
        return tell();
    }

    private long truncate(int at) {
        if (!writable) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, "File not open for writing");
        }
        dirty = true;
        if (binary) {
            size = at < 0 ? pos : Math.min(size, at);
            return size;
        }
        StringBuilder t = text();
        t.setLength(at < 0 ? Math.min(pos, t.length()) : Math.min(t.length(), at));
        return t.length();
    }

    private byte[] encode(String s) {
        return ((PyBytes) Abstract.callMethod(PyStr.of(s), "encode", PyStr.of(encoding), PyStr.of(errors))).value;
    }

    private void flush() {
        if (!dirty) {
            return;
        }
        byte[] out;
        if (binary) {
            out = java.util.Arrays.copyOf(data, size);
        } else {
            byte[] body = encode(text().toString());
            out = java.util.Arrays.copyOf(prefix, prefix.length + body.length);
            System.arraycopy(body, 0, out, prefix.length, body.length);
        }
        try {
            Files.write(path, out);
        } catch (IOException e) {
            throw osError(e, name);
        }
        dirty = false;
    }

    /** {@code OSError: [Errno 22] Invalid argument: 'file'} (e.g. readlink of a file that is no link). */
    static PyException invalidArgument(String file) {
        return osError(ExceptionTypes.OS_ERROR, 22, "Invalid argument", file);
    }

    static PyException osError(IOException e, String file, String file2) {
        PyException exc = osError(e, file);
        exc.value.dict().putStr("filename2", PyStr.of(file2));
        return exc;
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
        } else if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            errno = 39;
            msg = "Directory not empty";
            type = ExceptionTypes.OS_ERROR;
        } else if (e instanceof java.nio.file.NotDirectoryException) {
            errno = 20;
            msg = "Not a directory";
            type = ExceptionTypes.NOT_A_DIRECTORY_ERROR;
        } else if (Files.isDirectory(Path.of(file))) {
            errno = 21;
            msg = "Is a directory";
            type = ExceptionTypes.IS_A_DIRECTORY_ERROR;
        } else {
            errno = 5;
            msg = String.valueOf(e.getMessage());
            type = ExceptionTypes.OS_ERROR;
        }
        return osError(type, errno, msg, file);
    }

    private static PyException osError(PyType type, int errno, String msg, String file) {
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

    public void close() {
        if (closed) {
            return;
        }
        try {
            flush();
        } finally {
            closed = true;
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
        if (!binary) {
            return TYPE;
        }
        return readable && writable ? BUFFERED_RANDOM : readable ? BUFFERED_READER : BUFFERED_WRITER;
    }
}
