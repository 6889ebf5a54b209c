package org.jpsyco.frontend.python.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/** A small {@code os} module (with {@code os.path}): files, directories and the environment. */
public final class OsModule {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private OsModule() {
    }

    /** How {@code symlink}/{@code link} make dst from src. */
    private interface LinkMaking {
        void make(String src, String dst) throws IOException;
    }

    /** {@code name(src, dst, ...)}: errors name both paths, as CPython's ({@code 'a' -> 'b'}). */
    private static BuiltinImpl linkMaker(String name, int maxArgs, LinkMaking making) {
        return (a, k) -> {
            Args.check(name, a, k, 2, maxArgs);
            String src = Args.path(a[0], name + "()");
            String dst = Args.path(a[1], name + "()");
            try {
                making.make(src, dst);
            } catch (IOException e) {
                throw TextFile.osError(e, src, dst);
            }
            return PySingleton.NONE;
        };
    }

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("os");
        m.put("sep", PyStr.of("/"));
        m.put("linesep", PyStr.of("\n"));
        m.put("name", PyStr.of("posix"));
        PyDict env = new PyDict();
        rt.environment.forEach((k, v) -> env.putStr(k, PyStr.of(v)));
        m.put("environ", env);
        m.def("getcwd", (a, k) -> PyStr.of(rt.cwd.toString()));
        m.def("urandom", (a, k) -> {
            Args.check("urandom", a, k, 1, 1);
            int n = Abstract.index(a[0]).intValue();
            if (n < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            byte[] b = new byte[n];
            RANDOM.nextBytes(b);
            return new PyBytes(b);
        });
        m.def("_uname", (a, k) -> PyTuple.of(PyStr.of("Linux".equals(System.getProperty("os.name")) ? "Linux"
                : System.getProperty("os.name")), PyStr.of(OsProcesses.hostName()),
                PyStr.of(OsProcesses.kernelFile("osrelease", System.getProperty("os.version"))),
                PyStr.of(OsProcesses.kernelFile("version", "")), PyStr.of(OsProcesses.machine())));
        m.def("kill", (a, k) -> {
            Args.check("kill", a, k, 2, 2);
            OsProcesses.kill(Abstract.index(a[0]).longValue(), Abstract.index(a[1]).intValue());
            return PySingleton.NONE;
        });
        // as CPython's: os.environ as the program left it (a name it set is seen, one it deleted is not)
        m.def("getenv", (a, k) -> Abstract.callMethod(m.dict().getStr("environ"), "get",
                PyStr.of(Args.str(a[0], "getenv()")), a.length > 1 ? a[1] : PySingleton.NONE));
        m.def("remove", (a, k) -> {
            String f = Args.path(a[0], "remove()");
            try {
                Files.delete(rt.resolve(f));
            } catch (IOException e) {
                throw TextFile.osError(e, f);
            }
            return PySingleton.NONE;
        });
        m.put("unlink", m.dict().getStr("remove"));
        m.def("chdir", (a, k) -> {
            Args.check("chdir", a, k, 1, 1);
            String d = Args.path(a[0], "chdir()");
            Path p = rt.resolve(d);
            try {
                if (!Files.isDirectory(p)) {
                    throw Files.exists(p) ? new java.nio.file.NotDirectoryException(d)
                            : new java.nio.file.NoSuchFileException(d);
                }
                if (!Files.isExecutable(p)) {
                    throw new java.nio.file.AccessDeniedException(d);
                }
                // as the kernel's getcwd: the directory's real path, symbolic links resolved
                rt.cwd = p.toRealPath();
            } catch (IOException e) {
                throw TextFile.osError(e, d);
            }
            return PySingleton.NONE;
        });
        // a symbolic link's text is the source exactly as given, not resolved
        m.def("symlink", linkMaker("symlink", 3, (src, dst) -> Files.createSymbolicLink(rt.resolve(dst),
                Path.of(src))));
        m.def("link", linkMaker("link", 2, (src, dst) -> Files.createLink(rt.resolve(dst), rt.resolve(src))));
        m.def("readlink", (a, k) -> {
            Args.check("readlink", a, k, 1, 1);
            String f = Args.path(a[0], "readlink()");
            Path p = rt.resolve(f);
            try {
                if (!Files.isSymbolicLink(p)) {
                    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        throw new java.nio.file.NoSuchFileException(f);
                    }
                    throw TextFile.invalidArgument(f);
                }
                return PyStr.of(Files.readSymbolicLink(p).toString());
            } catch (IOException e) {
                throw TextFile.osError(e, f);
            }
        });
        m.def("listdir", (a, k) -> {
            String d = a.length > 0 ? Args.path(a[0], "listdir()") : ".";
            PyList r = new PyList();
            try (Stream<Path> s = Files.list(rt.resolve(d))) {
                s.map(p -> p.getFileName().toString()).sorted().forEach(n -> r.append(PyStr.of(n)));
            } catch (IOException e) {
                throw TextFile.osError(e, d);
            }
            return r;
        });
        m.def("mkdir", (a, k) -> {
            String d = Args.path(a[0], "mkdir()");
            try {
                Files.createDirectory(rt.resolve(d));
            } catch (IOException e) {
                throw TextFile.osError(e, d);
            }
            return PySingleton.NONE;
        });
        m.def("rmdir", (a, k) -> {
            String d = Args.path(a[0], "rmdir()");
            try {
                Files.delete(rt.resolve(d));
            } catch (IOException e) {
                throw TextFile.osError(e, d);
            }
            return PySingleton.NONE;
        });
        BuiltinImpl rename = (a, k) -> {
            String src = Args.path(a[0], "rename()");
            String dst = Args.path(a[1], "rename()");
            try {
                Files.move(rt.resolve(src), rt.resolve(dst), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw TextFile.osError(e, src);
            }
            return PySingleton.NONE;
        };
        m.def("rename", rename);
        m.def("replace", rename);
        m.def("makedirs", (a, k) -> {
            String d = Args.path(a[0], "makedirs()");
            PyObject ok = a.length - k.length > 2 ? a[2] : Args.keyword(a, k, "exist_ok");
            Path p = rt.resolve(d);
            if (Files.exists(p) && !(ok != null && Abstract.isTrue(ok))) {
                throw TextFile.osError(new java.nio.file.FileAlreadyExistsException(d), d);
            }
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw TextFile.osError(e, d);
            }
            return PySingleton.NONE;
        });
        PyModule path = new PyModule("posixpath"); // what CPython's os.path is on this platform
        path.def("isabs", (a, k) -> PyBool.of(Args.path(a[0], "isabs()").startsWith("/")));
        path.def("normpath", (a, k) -> PyStr.of(normpath(Args.path(a[0], "normpath()"))));
        path.def("relpath", (a, k) -> {
            String target = Args.path(a[0], "relpath()");
            String start = a.length > 1 ? Args.path(a[1], "relpath()") : ".";
            if (target.isEmpty()) {
                throw Errors.valueError("no path specified");
            }
            Path t = Path.of(normpath(rt.resolve(target).toString()));
            Path s0 = Path.of(normpath(rt.resolve(start).toString()));
            String r = s0.relativize(t).toString();
            return PyStr.of(r.isEmpty() ? "." : r);
        });
        path.def("commonprefix", (a, k) -> {
            java.util.List<PyObject> items = Abstract.toList(a[0]);
            if (items.isEmpty()) {
                return PyStr.EMPTY;
            }
            String pre = Args.path(items.get(0), "commonprefix()");
            for (PyObject o : items) {
                String x = Args.path(o, "commonprefix()");
                int i = 0;
                while (i < pre.length() && i < x.length() && pre.charAt(i) == x.charAt(i)) {
                    i++;
                }
                pre = pre.substring(0, i);
            }
            return PyStr.of(pre);
        });
        path.def("exists", (a, k) -> PyBool.of(Files.exists(rt.resolve(Args.path(a[0], "exists()")))));
        path.def("isfile", (a, k) -> PyBool.of(Files.isRegularFile(rt.resolve(Args.path(a[0], "isfile()")))));
        path.def("isdir", (a, k) -> PyBool.of(Files.isDirectory(rt.resolve(Args.path(a[0], "isdir()")))));
        path.def("join", (a, k) -> {
            String r = "";
            for (PyObject p : a) {
                String s = Args.path(p, "join()");
                if (s.startsWith("/") || r.isEmpty()) {
                    r = s;
                } else {
                    r = r.endsWith("/") ? r + s : r + "/" + s;
                }
            }
            return PyStr.of(r);
        });
        path.def("basename", (a, k) -> {
            String s = Args.path(a[0], "basename()");
            return PyStr.of(s.substring(s.lastIndexOf('/') + 1));
        });
        path.def("dirname", (a, k) -> {
            String s = Args.path(a[0], "dirname()");
            int i = s.lastIndexOf('/');
            return PyStr.of(i < 0 ? "" : i == 0 ? "/" : s.substring(0, i));
        });
        path.def("split", (a, k) -> {
            String s = Args.path(a[0], "split()");
            int i = s.lastIndexOf('/');
            return PyTuple.of(PyStr.of(i < 0 ? "" : i == 0 ? "/" : s.substring(0, i)), PyStr.of(s.substring(i + 1)));
        });
        path.def("splitext", (a, k) -> {
            String s = Args.path(a[0], "splitext()");
            int slash = s.lastIndexOf('/');
            int dot = s.lastIndexOf('.');
            if (dot <= slash + 1 || s.substring(slash + 1, dot).chars().allMatch(c -> c == '.')) {
                return PyTuple.of(PyStr.of(s), PyStr.EMPTY);
            }
            return PyTuple.of(PyStr.of(s.substring(0, dot)), PyStr.of(s.substring(dot)));
        });
        path.def("realpath", (a, k) -> PyStr.of(realpath(rt.resolve(Args.path(a[0], "realpath()")))));
        path.def("abspath", (a, k) -> PyStr.of(rt.resolve(Args.path(a[0], "abspath()")).toString()));
        path.def("getsize", (a, k) -> {
            String f = Args.path(a[0], "getsize()");
            try {
                return org.jpsyco.frontend.python.objects.PyInt.of(Files.size(rt.resolve(f)));
            } catch (IOException e) {
                throw TextFile.osError(e, f);
            }
        });
        path.put("__spec__", new org.jpsyco.frontend.python.objects.PyModuleSpec("posixpath", null, null));
        path.put("sep", PyStr.of("/"));
        path.put("curdir", PyStr.of("."));
        path.put("pardir", PyStr.of(".."));
        m.put("curdir", PyStr.of("."));
        m.put("pardir", PyStr.of(".."));
        m.put("path", path);
        rt.modules.putStr("os.path", path);
        rt.modules.putStr("posixpath", path);
        OsFiles.define(m, rt);
        OsSystem.define(m);
        m.put("__builtins__", rt.builtins);
        OsNative.define(m, rt);
        for (String source : new String[] {OsSource.SOURCE, OsDescriptorSource.SOURCE, OsProcessSource.SOURCE}) {
            rt.interpreter.runModule(rt.compile(source, "<os>", org.jpsyco.frontend.python.compiler.Compiler.Mode.EXEC),
                    m.dict());
        }
        return m;
    }

    /**
     * The path with symbolic links resolved as far as it exists (CPython's {@code realpath} in
     * its non-strict mode: the part that does not exist is kept as written, normalized).
     */
    static String realpath(Path p) {
        Path abs = Path.of(normpath(p.toAbsolutePath().toString()));
        Path head = abs;
        while (head != null) {
            try {
                Path real = head.toRealPath();
                Path rest = head.relativize(abs);
                return normpath(rest.toString().isEmpty() ? real.toString() : real.resolve(rest).toString());
            } catch (java.io.IOException | SecurityException e) {
                head = head.getParent();
            }
        }
        return abs.toString();
    }

    /** CPython's {@code posixpath.normpath}: collapses separators, '.' and 'name/..' lexically. */
    static String normpath(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        int lead = p.startsWith("//") && !p.startsWith("///") ? 2 : p.startsWith("/") ? 1 : 0;
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        for (String c : p.split("/")) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..") && (lead == 0 && parts.isEmpty() || !parts.isEmpty() && parts.get(parts.size() - 1)
                    .equals(".."))) {
                parts.add(c);
            } else if (c.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(c);
            }
        }
        String r = "/".repeat(lead) + String.join("/", parts);
        return r.isEmpty() ? "." : r;
    }
}
