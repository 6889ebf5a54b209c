package org.jpsyco.frontend.python.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.builtins.BuiltinFunctions;
import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.compiler.CompileError;
import org.jpsyco.frontend.python.compiler.Compiler;
import org.jpsyco.frontend.python.interp.Interpreter;
import org.jpsyco.frontend.python.modules.MathModule;
import org.jpsyco.frontend.python.modules.SysModule;
import org.jpsyco.frontend.python.modules.TextStream;
import org.jpsyco.frontend.python.modules.TimeModule;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;
import org.jpsyco.frontend.python.parser.PythonSyntaxError;

/**
 * Everything one running Python program owns: its interpreter, builtins and sys modules,
 * module table, standard streams, recursion limit and JIT settings. Nothing is shared with
 * other runtimes except immutable built-in types, so programs can run side by side and a
 * runtime is discarded by dropping the reference.
 */
public final class PythonRuntimeState {
    public final Interpreter interpreter;
    public int recursionLimit = 1000;
    public final PyModule builtins;
    public final PyModule sys;
    public final PyDict modules = new PyDict();
    /** Names of the modules whose code is running right now (for circular-import messages). */
    private final java.util.Set<String> initializing = new java.util.HashSet<>();
    public final TextStream stdout;
    public final TextStream stderr;
    public final TextStream stdin;
    public final Map<String, String> environment;
    public final JitSettings jit;
    /** The JIT compiling this program's hot code, or null when the JIT is off. */
    public org.jpsyco.frontend.python.jit.JitRuntime jitRuntime;
    public final long startNanos = System.nanoTime();
    /** Files opened by the program, closed (flushed) at exit if the program did not close them. */
    public final List<org.jpsyco.frontend.python.modules.TextFile> openFiles = new ArrayList<>();
    /**
     * The working directory relative paths resolve against: {@code JPSYCO_CWD} from the
     * environment if set (so an embedding JVM can run programs "in" different directories),
     * else the process's.
     */
    public final Path cwd;
    /** The str/bytes hash key from {@code PYTHONHASHSEED}; every thread running this runtime's code enters it. */
    public final org.jpsyco.frontend.python.objects.HashSecret hashSecret;

    public PythonRuntimeState(List<String> argv, Map<String, String> environment, InputStream in, PrintStream out,
            PrintStream err, boolean stdinIsTerminal, JitSettings jit) {
        StartupTrace.mark("runtime state: start");
        this.environment = environment;
        this.jit = jit;
        this.cwd = workingDirectory(environment);
        this.hashSecret = org.jpsyco.frontend.python.objects.HashSecret.fromEnvironment(environment);
        org.jpsyco.frontend.python.objects.HashSecret.enter(hashSecret);
        this.interpreter = new Interpreter(this);
        org.jpsyco.frontend.python.objects.ThreadContext.enter(this::callerGlobals,
                () -> recursionLimit - interpreter.depth());
        this.stdout = TextStream.output("<stdout>", 1, out, stdinIsTerminal);
        this.stderr = TextStream.output("<stderr>", 2, err, true);
        this.stdin = TextStream.input(in, stdinIsTerminal);
        stdin.releaseWhileReading(interpreter.gil);
        this.builtins = BuiltinFunctions.create(this);
        this.sys = SysModule.create(this, argv);
        modules.putStr("builtins", builtins);
        modules.putStr("sys", sys);
        StartupTrace.mark("runtime state: builtins and sys ready");
    }

    /** The globals of the frame running now, or null before any Python code runs. */
    public org.jpsyco.frontend.python.objects.PyDict callerGlobals() {
        org.jpsyco.frontend.python.interp.Frame f = interpreter.currentFrame();
        return f == null ? null : f.globals;
    }

    /** The working directory given by {@code JPSYCO_CWD}, or the process's. */
    public static Path workingDirectory(Map<String, String> environment) {
        String d = environment.get("JPSYCO_CWD");
        return (d == null || d.isEmpty() ? Path.of("") : Path.of(d)).toAbsolutePath();
    }

    /** Resolves a path against {@link #cwd}. */
    public Path resolve(String path) {
        return cwd.resolve(path.isEmpty() ? "." : path).normalize();
    }

    public PyDict builtinsDict() {
        return builtins.dict();
    }

    /** The current value of {@code sys.<name>}. */
    public PyObject sysAttr(String name) {
        PyObject v = sys.dict().getStr(name);
        if (v == null) {
            throw Errors.runtimeError("lost sys." + name);
        }
        return v;
    }

    public PyList path() {
        return (PyList) sysAttr("path");
    }

    /** Flushes sys.stdout and sys.stderr (at exit and before printing errors). */
    public void flushStreams() {
        for (String s : new String[] {"stdout", "stderr"}) {
            PyObject v = sys.dict().getStr(s);
            try {
                if (v instanceof TextStream t) {
                    t.flush();
                } else if (v != null) {
                    Abstract.callMethod(v, "flush");
                }
            } catch (RuntimeException e) {
                // ignore errors while flushing at exit, as CPython mostly does
            }
        }
        stdout.flush();
        stderr.flush();
    }

    /** Closes the files the program left open (at exit). */
    public void closeFiles() {
        for (var f : openFiles) {
            try {
                f.close();
            } catch (RuntimeException e) {
                // as CPython at shutdown: ignore
            }
        }
        openFiles.clear();
    }

    /** Parses and compiles source; syntax errors come back as Python SyntaxError exceptions. */
    public CodeObject compile(String source, String filename, Compiler.Mode mode) {
        try {
            Mode pm = switch (mode) {
                case EXEC -> Mode.EXEC;
                case EVAL -> Mode.EVAL;
                case SINGLE -> Mode.SINGLE;
            };
            return Compiler.compile(Parser.parse(source, filename, pm), filename, mode,
                    w -> syntaxWarning(filename, source, w));
        } catch (PythonSyntaxError e) {
            // errors found after parsing carry no text: CPython re-reads it from the named file
            String text = e.text() != null || e.filename().startsWith("<") ? e.text() : sourceLine(source, e.lineno());
            throw syntaxError(e.type(), e.msg(), e.filename(), e.lineno(), e.offset(), text, e.endLineno(),
                    e.endOffset()).toThrowable();
        } catch (org.jpsyco.frontend.python.parser.PythonRecursionError e) {
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, e.msg());
        } catch (CompileError e) {
            if (e.isSyntaxError()) {
                throw syntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, sourceLine(source, e.lineno),
                        -1, -1).toThrowable();
            }
            throw Errors.notSupported(e.msg.replaceFirst("^not supported yet: ", "") + " (" + e.filename + ", line "
                    + e.lineno + ")");
        }
    }

    /** Prints a compile-time SyntaxWarning as CPython's warnings module shows it. */
    private void syntaxWarning(String filename, String source, org.jpsyco.frontend.python.compiler.CompileWarning w) {
        StringBuilder b = new StringBuilder().append(filename).append(':').append(w.lineno())
                .append(": SyntaxWarning: ").append(w.message()).append('\n');
        String line = filename.startsWith("<") ? null : sourceLine(source, w.lineno());
        if (line != null && !line.isBlank()) {
            b.append("  ").append(line.strip()).append('\n');
        }
        stderr.write(b.toString());
    }

    private static String sourceLine(String source, int lineno) {
        String[] lines = source.split("\n", -1);
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] + "\n" : null;
    }

    /** A SyntaxError (or IndentationError, TabError) instance with CPython's attributes. */
    public static PyBaseException syntaxError(String type, String msg, String filename, int lineno, int offset,
            String text, int endLineno, int endOffset) {
        var t = switch (type) {
            case "IndentationError" -> ExceptionTypes.INDENTATION_ERROR;
            case "TabError" -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        PyObject textObj = text == null ? PySingleton.NONE : PyStr.of(text);
        PyBaseException e = new PyBaseException(t, PyTuple.of(PyStr.of(msg), PyTuple.of(PyStr.of(filename),
                PyInt.of(lineno), PyInt.of(offset), textObj, PyInt.of(endLineno), PyInt.of(endOffset))));
        PyDict d = e.dict();
        d.putStr("msg", PyStr.of(msg));
        d.putStr("filename", PyStr.of(filename));
        d.putStr("lineno", PyInt.of(lineno));
        d.putStr("offset", PyInt.of(offset));
        d.putStr("text", textObj);
        d.putStr("end_lineno", endLineno < 0 ? PySingleton.NONE : PyInt.of(endLineno));
        d.putStr("end_offset", endOffset < 0 ? PySingleton.NONE : PyInt.of(endOffset));
        d.putStr("print_file_and_line", PySingleton.NONE);
        return e;
    }

    /** {@code exec}/{@code eval} of source text in the given namespaces. */
    public PyObject exec(String source, String filename, PyDict globals, PyObject locals, boolean eval) {
        CodeObject code = compile(source, filename, eval ? Compiler.Mode.EVAL : Compiler.Mode.EXEC);
        if (globals.getStr("__builtins__") == null) {
            globals.putStr("__builtins__", builtins);
        }
        PyObject r = interpreter.runCode(code, globals, locals);
        return eval ? r : PySingleton.NONE;
    }

    /** A fresh {@code __main__} module registered in sys.modules. */
    public PyModule newMainModule() {
        PyModule main = new PyModule("__main__");
        main.put("__builtins__", builtins);
        main.put("__doc__", PySingleton.NONE);
        main.put("__package__", PySingleton.NONE);
        main.put("__spec__", PySingleton.NONE);
        main.put("__loader__", PySingleton.NONE);
        main.put("__annotations__", new PyDict());
        modules.putStr("__main__", main);
        return main;
    }

    /** REPL echo: prints the repr of a non-None value and keeps it as {@code builtins._}. */
    public void displayHook(PyObject v) {
        if (v == PySingleton.NONE) {
            return;
        }
        builtins.put("_", PySingleton.NONE);
        PyObject out = sysAttr("stdout");
        String text = Abstract.repr(v).value() + "\n";
        if (out instanceof TextStream t) {
            t.write(text);
        } else {
            Abstract.callMethod(out, "write", PyStr.of(text));
        }
        builtins.put("_", v);
    }

    // ---- imports ----

    /** The {@code IMPORT_NAME} instruction: CPython's {@code __import__}. */
    public PyObject importName(String name, PyDict globals, PyObject fromlist, int level) {
        String full = name;
        if (level > 0) {
            full = resolveRelative(name, globals, level);
        }
        if (full.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        String[] parts = full.split("\\.");
        PyObject top = null;
        String prefix = "";
        PyObject mod = null;
        for (int i = 0; i < parts.length; i++) {
            prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
            mod = importOne(prefix, mod);
            if (i == 0) {
                top = mod;
            }
        }
        boolean hasFromlist = fromlist != PySingleton.NONE && Abstract.isTrue(fromlist);
        if (!hasFromlist) {
            return level > 0 && name.isEmpty() ? mod : (level > 0 ? importOne(full.split("\\.")[0], null) : top);
        }
        handleFromlist(mod, fromlist, false);
        return mod;
    }

    /**
     * CPython's {@code _handle_fromlist}: the names asked for from a package that are not yet
     * attributes of it are imported as its submodules when such submodules exist; {@code *}
     * stands for the package's {@code __all__}.
     */
    private void handleFromlist(PyObject mod, PyObject fromlist, boolean recursive) {
        if (!(mod instanceof PyModule m) || m.dict().getStr("__path__") == null) {
            return;
        }
        for (PyObject item : Abstract.toList(fromlist)) {
            if (!(item instanceof PyStr s)) {
                continue;
            }
            String n = s.value();
            if (n.equals("*")) {
                PyObject all = recursive ? null : m.dict().getStr("__all__");
                if (all != null) {
                    handleFromlist(mod, all, true);
                }
            } else if (Abstract.lookupAttr(mod, n) == null) {
                String sub = m.name + "." + n;
                try {
                    importOne(sub, m);
                } catch (PyException e) {
                    PyObject en = e.value.dict() == null ? null : e.value.dict().getStr("name");
                    if (!e.value.isInstance(ExceptionTypes.MODULE_NOT_FOUND_ERROR)
                            || !(en instanceof PyStr es && es.value().equals(sub))) {
                        throw e;
                    }
                }
            }
        }
    }

    private String resolveRelative(String name, PyDict globals, int level) {
        PyObject pkg = globals.getStr("__package__");
        String base;
        if (pkg instanceof PyStr s) {
            base = s.value();
        } else {
            PyObject n = globals.getStr("__name__");
            String modName = n instanceof PyStr s ? s.value() : "";
            base = globals.getStr("__path__") != null ? modName
                    : modName.contains(".") ? modName.substring(0, modName.lastIndexOf('.')) : "";
        }
        if (base.isEmpty()) {
            throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    private PyObject importOne(String fullName, PyObject parent) {
        PyObject m = modules.getStr(fullName);
        if (m == PySingleton.NONE) {
            throw moduleNotFound("import of " + fullName + " halted; None in sys.modules", fullName);
        }
        if (m != null) {
            return m;
        }
        if (fullName.equals("collections.abc")) {
            // collections is built from Java-held source and is no package: its abc submodule
            // is the shipped _collections_abc, under both names as in CPython.
            PyObject coll = importOne("collections", null);
            PyObject abc = importOne("_collections_abc", null);
            modules.putStr(fullName, abc);
            Abstract.setAttr(coll, "abc", abc);
            return abc;
        }
        PyModule builtin = switch (fullName) {
            case "math" -> MathModule.create();
            case "operator" -> org.jpsyco.frontend.python.modules.OperatorModule.create();
            case "random" -> org.jpsyco.frontend.python.modules.RandomModule.create();
            case "functools" -> org.jpsyco.frontend.python.modules.FunctoolsModule.create(this);
            case "itertools" -> org.jpsyco.frontend.python.modules.ItertoolsModule.create();
            case "_sre" -> org.jpsyco.frontend.python.modules.re.SreModule.create();
            case "_json" -> org.jpsyco.frontend.python.modules.json.JsonModule.create();
            case "heapq" -> org.jpsyco.frontend.python.modules.SourceModule.heapq(this);
            case "bisect" -> org.jpsyco.frontend.python.modules.SourceModule.bisect(this);
            case "collections" -> org.jpsyco.frontend.python.modules.SourceModule.collections(this);
            case "time" -> TimeModule.create(this);
            case "struct" -> org.jpsyco.frontend.python.modules.StructModule.create();
            case "_traceback_support" -> org.jpsyco.frontend.python.modules.TracebackSupport.create(this);
            case "_thread" -> org.jpsyco.frontend.python.modules.ThreadModule.create(this);
            case "psyco" -> org.jpsyco.frontend.python.modules.PsycoModule.create(this);
            case "_weakref" -> org.jpsyco.frontend.python.modules.WeakrefModule.create(this);
            case "os" -> org.jpsyco.frontend.python.modules.OsModule.create(this);
            case "os.path", "posixpath" -> {
                importOne("os", null);
                yield (PyModule) modules.getStr(fullName);
            }
            case "_jpsyco_process" -> org.jpsyco.frontend.python.modules.process.ProcessModule.create(this);
            case "_jpsyco_signal" -> org.jpsyco.frontend.python.modules.process.SignalModule.create(this);
            case "_jpsyco_hash" -> org.jpsyco.frontend.python.modules.binary.HashNative.create();
            case "_jpsyco_zlib" -> org.jpsyco.frontend.python.modules.binary.ZlibNative.create();
            case "_jpsyco_unicodedata" -> org.jpsyco.frontend.python.modules.binary.UnicodeNative.create();
            case "_jpsyco_ast" -> org.jpsyco.frontend.python.modules.AstModule.create(this);
            case "_jpsyco_zoneinfo" -> org.jpsyco.frontend.python.modules.ZoneInfoNative.create();
            case "_jpsyco_dis" -> org.jpsyco.frontend.python.modules.DisModule.create();
            default -> null;
        };
        if (builtin != null) {
            if (builtin.dict().getStr("__spec__") == null || builtin.dict().getStr("__spec__") == PySingleton.NONE) {
                builtin.dict().putStr("__spec__", new org.jpsyco.frontend.python.objects.PyModuleSpec(fullName, null, null));
            }
            modules.putStr(fullName, builtin);
            return builtin;
        }
        List<String> dirs = new ArrayList<>();
        if (parent != null) {
            PyObject p = parent.dict() == null ? null : parent.dict().getStr("__path__");
            if (p == null) {
                throw moduleNotFound("No module named '" + fullName + "'; '"
                        + ((PyModule) parent).name + "' is not a package", fullName);
            }
            for (PyObject d : Abstract.toList(p)) {
                dirs.add(((PyStr) d).value());
            }
        } else {
            for (PyObject d : path().items) {
                if (d instanceof PyStr s) {
                    dirs.add(s.value());
                }
            }
        }
        String last = fullName.substring(fullName.lastIndexOf('.') + 1);
        for (String dir : dirs) {
            Path base = resolve(dir);
            Path pkgInit = base.resolve(last).resolve("__init__.py");
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(pkgInit)) {
                return loadSource(fullName, pkgInit, base.resolve(last).toString());
            }
            if (Files.isRegularFile(file)) {
                return loadSource(fullName, file, null);
            }
        }
        if (parent == null || isLibPackage(parent)) {
            PyObject lib = loadLibModule(fullName);
            if (lib != null) {
                return lib;
            }
        }
        throw moduleNotFound("No module named '" + fullName + "'", fullName);
    }

    /** CPython's ModuleNotFoundError, with its {@code name} attribute set. */
    private static PyException moduleNotFound(String message, String name) {
        PyException e = Errors.raise(ExceptionTypes.MODULE_NOT_FOUND_ERROR, message);
        e.value.dict().putStr("name", PyStr.of(name));
        return e;
    }

    /** Where the Python modules shipped with jpsyco live, as class-path resources of this bundle. */
    public static final String LIB_RESOURCES = "org/jpsyco/frontend/python/lib/";
    /** The {@code __file__} prefix of modules shipped with jpsyco. */
    private static final String LIB_FILE_PREFIX = "<jpsyco>/lib/";

    private static boolean isLibPackage(PyObject module) {
        PyObject f = module.dict() == null ? null : module.dict().getStr("__file__");
        return f instanceof PyStr s && s.value().startsWith(LIB_FILE_PREFIX);
    }

    /**
     * Loads a module written in Python that ships inside jpsyco ({@code lib/name.py} or
     * {@code lib/name/__init__.py} among this bundle's resources); they come after the
     * program's own folders on the path, as CPython's standard library does.
     */
    private PyObject loadLibModule(String fullName) {
        String rel = fullName.replace('.', '/');
        ClassLoader cl = PythonRuntimeState.class.getClassLoader();
        String pkg = LIB_RESOURCES + rel + "/__init__.py";
        String mod = LIB_RESOURCES + rel + ".py";
        boolean isPackage = cl.getResource(pkg) != null;
        String res = isPackage ? pkg : mod;
        byte[] bytes;
        try (var in = cl.getResourceAsStream(res)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "cannot read " + res);
        }
        String file = LIB_FILE_PREFIX + res.substring(LIB_RESOURCES.length());
        String source = org.jpsyco.frontend.python.lexer.SourceText.decode(bytes, file);
        return loadModule(fullName, source, file, isPackage ? LIB_FILE_PREFIX + rel : null);
    }

    private PyObject loadSource(String fullName, Path file, String packageDir) {
        String source;
        try {
            source = org.jpsyco.frontend.python.lexer.SourceText.decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "cannot read " + file);
        }
        return loadModule(fullName, source, file.toString(), packageDir);
    }

    private PyObject loadModule(String fullName, String source, String file, String packageDir) {
        PyModule mod = new PyModule(fullName);
        PyDict d = mod.dict();
        d.putStr("__doc__", PySingleton.NONE);
        d.putStr("__file__", PyStr.of(file));
        d.putStr("__builtins__", builtins);
        d.putStr("__spec__", new org.jpsyco.frontend.python.objects.PyModuleSpec(fullName, file, packageDir));
        if (packageDir != null) {
            d.putStr("__path__", new PyList(new PyObject[] {PyStr.of(packageDir)}));
            d.putStr("__package__", PyStr.of(fullName));
        } else {
            d.putStr("__package__", PyStr.of(fullName.contains(".") ? fullName.substring(0,
                    fullName.lastIndexOf('.')) : ""));
        }
        modules.putStr(fullName, mod);
        initializing.add(fullName);
        try {
            CodeObject code = compile(source, file, Compiler.Mode.EXEC);
            interpreter.runModule(code, d);
        } catch (RuntimeException e) {
            modules.delStr(fullName);
            throw e;
        } finally {
            initializing.remove(fullName);
        }
        // as importlib does, the finished module moves to the end of sys.modules
        PyObject done = modules.delStr(fullName);
        if (done != null) {
            modules.putStr(fullName, done);
        }
        if (fullName.contains(".")) {
            PyObject parent = modules.getStr(fullName.substring(0, fullName.lastIndexOf('.')));
            if (parent != null) {
                Abstract.setAttr(parent, fullName.substring(fullName.lastIndexOf('.') + 1), mod);
            }
        }
        return modules.getStr(fullName);
    }

    /** The {@code IMPORT_FROM} instruction. */
    public PyObject importFrom(PyObject module, String name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        if (module instanceof PyModule m && m.dict().getStr("__path__") != null) {
            try {
                return importOne(m.name + "." + name, m);
            } catch (org.jpsyco.frontend.python.objects.PyException e) {
                if (!e.value.isInstance(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) {
                    throw e;
                }
            }
        }
        String modName = module instanceof PyModule m ? m.name : "?";
        PyObject file = module.dict() == null ? null : module.dict().getStr("__file__");
        String where = file instanceof PyStr s ? s.value() : "unknown location";
        String partly = initializing.contains(modName)
                ? "partially initialized module '" + modName + "' (most likely due to a circular import)"
                : "'" + modName + "'";
        PyException e = Errors.raise(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from " + partly
                + " (" + where + ")");
        e.value.dict().putStr("name", PyStr.of(modName));
        e.value.dict().putStr("path", file instanceof PyStr ? file : PySingleton.NONE);
        throw e;
    }

    /** The {@code IMPORT_STAR} instruction. */
    public void importStar(PyObject module, PyDict locals) {
        PyDict d = module.dict();
        PyObject all = d.getStr("__all__");
        if (all != null) {
            handleFromlist(module, all, true);
            for (PyObject n : Abstract.toList(all)) {
                String s = ((PyStr) n).value();
                locals.putStr(s, Abstract.getAttr(module, s));
            }
            return;
        }
        for (var e : d.entries()) {
            if (e.getKey() instanceof PyStr s && !s.value().startsWith("_")) {
                locals.put(s, e.getValue());
            }
        }
    }
}
