package org.jpsyco.frontend.python.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.ast.AstDump;
import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Disassembler;
import org.jpsyco.frontend.python.compiler.Compiler;
import org.jpsyco.frontend.python.lexer.SourceText;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;
import org.jpsyco.frontend.python.runtime.JitSettings;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * The {@code python3}-style command line: parses options and runs the chosen program on a
 * thread with a large stack (so Python's recursion limit, not the JVM's, is what deep
 * recursion meets), then returns the exit status.
 */
public final class PythonMain {
    private PythonMain() {
    }

    static final String USAGE_LINE = "usage: jpsyco [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    private static final long STACK_SIZE = 512L * 1024 * 1024;

    static final String HELP = USAGE_LINE + "\n"
            + "Options (and corresponding environment variables):\n"
            + "-c cmd : program passed in as string (terminates option list)\n"
            + "-h     : print this help message and exit (also -? or --help)\n"
            + "-m mod : run library module as a script (terminates option list)\n"
            + "-u     : unbuffered binary stdout and stderr (accepted, no effect)\n"
            + "-V     : print the Python version number and exit (also --version)\n"
            + "-      : program read from stdin (default; interactive mode if a tty)\n"
            + "file   : program read from script file\n"
            + "arg ...: arguments passed to program in sys.argv[1:]\n"
            + "\n"
            + "jpsyco options:\n"
            + "--jit=off|profile|full  : JIT mode: interpreter only, compile hot code (default),\n"
            + "                          or compile every function at first call\n"
            + "--backend=auto|jvm|i386 : code generator for compiled code (default auto)\n"
            + "--stats                 : print JIT statistics to stderr at exit\n"
            + "--jit-log=FILE          : write the JIT log to FILE\n"
            + "--ast FILE              : print the abstract syntax tree of FILE and exit\n"
            + "--dis FILE              : print the bytecode of FILE and exit\n"
            + "--shell                 : start the OSGi (Gogo) shell instead of a program (launcher)\n"
            + "--log=LEVEL             : runtime log level: error, warn, info, debug, trace (launcher)\n"
            + "\n"
            + "Environment variables:\n"
            + "PYTHONPATH   : ':'-separated list of directories prefixed to the module search path\n"
            + "JPSYCO_STDLIB: directory of pure-Python library modules, searched after PYTHONPATH\n"
            + "JPSYCO_CWD   : directory that relative paths resolve against (default: the current one)\n";

    /** The parsed command line. */
    record Options(String command, String module, String script, boolean readStdin, List<String> args,
            JitSettings jit, String astFile, String disFile) {
    }

    /** See {@link org.jpsyco.frontend.python.api.PythonRuntime#main}. */
    public static int main(String[] argv, Map<String, String> environment, InputStream stdin, PrintStream stdout,
            PrintStream stderr, boolean stdinIsTerminal) {
        Options o;
        try {
            o = parse(argv, stdout);
        } catch (UsageError e) {
            if (e.status == 0) {
                return 0;
            }
            stderr.print(e.getMessage() + "\n" + USAGE_LINE + "\nTry `jpsyco -h' for more information.\n");
            stderr.flush();
            return e.status;
        }
        int[] status = {0};
        Throwable[] crash = {null};
        Thread t = new Thread(null, () -> {
            try {
                status[0] = run(o, environment, stdin, stdout, stderr, stdinIsTerminal);
            } catch (Throwable x) {
                crash[0] = x;
            }
        }, "python-main", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        if (crash[0] != null) {
            stderr.println("jpsyco: internal error: " + crash[0]);
            crash[0].printStackTrace(stderr);
            stderr.flush();
            return 70;
        }
        stdout.flush();
        stderr.flush();
        return status[0];
    }

    /** A bad command line (status 2), or a request already answered (status 0). */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        UsageError(String msg, int status) {
            super(msg);
            this.status = status;
        }
    }

    static Options parse(String[] argv, PrintStream stdout) throws UsageError {
        JitSettings.Mode mode = JitSettings.Mode.PROFILE;
        JitSettings.Backend backend = JitSettings.Backend.AUTO;
        boolean stats = false;
        String jitLog = null;
        String ast = null;
        String dis = null;
        int i = 0;
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("-") || !a.startsWith("-")) {
                break;
            }
            i++;
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
                switch (name) {
                    case "--version" -> {
                        stdout.println(Version.VERSION_LINE);
                        stdout.flush();
                        throw new UsageError("", 0);
                    }
                    case "--help" -> {
                        stdout.print(HELP);
                        stdout.flush();
                        throw new UsageError("", 0);
                    }
                    case "--jit" -> mode = switch (String.valueOf(value)) {
                        case "off" -> JitSettings.Mode.OFF;
                        case "profile" -> JitSettings.Mode.PROFILE;
                        case "full" -> JitSettings.Mode.FULL;
                        default -> throw new UsageError("invalid value for --jit: " + value
                                + " (expected off, profile or full)", 2);
                    };
                    case "--backend" -> backend = switch (String.valueOf(value)) {
                        case "auto" -> JitSettings.Backend.AUTO;
                        case "jvm" -> JitSettings.Backend.JVM;
                        case "i386" -> JitSettings.Backend.I386;
                        default -> throw new UsageError("invalid value for --backend: " + value
                                + " (expected auto, jvm or i386)", 2);
                    };
                    case "--stats" -> stats = true;
                    case "--log" -> {
                        // the launcher applies the log level; accepted here so a forwarded flag is harmless
                    }
                    case "--shell" -> throw new UsageError("--shell is handled by the jpsyco launcher, not by a "
                            + "running program", 2);
                    case "--jit-log" -> {
                        if (value == null || value.isEmpty()) {
                            throw new UsageError("--jit-log requires a file name (--jit-log=FILE)", 2);
                        }
                        jitLog = value;
                    }
                    case "--ast", "--dis" -> {
                        String file = value;
                        if (file == null) {
                            if (i >= argv.length) {
                                throw new UsageError("Argument expected for the " + name + " option", 2);
                            }
                            file = argv[i++];
                        }
                        if (name.equals("--ast")) {
                            ast = file;
                        } else {
                            dis = file;
                        }
                    }
                    default -> throw new UsageError("unknown option " + a, 2);
                }
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                switch (c) {
                    case 'c', 'm' -> {
                        String v;
                        if (j + 1 < a.length()) {
                            v = a.substring(j + 1);
                        } else if (i < argv.length) {
                            v = argv[i++];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option", 2);
                        }
                        List<String> rest = new ArrayList<>(List.of(argv).subList(i, argv.length));
                        JitSettings jit = new JitSettings(mode, backend, stats, jitLog);
                        return c == 'c' ? new Options(v, null, null, false, rest, jit, ast, dis)
                                : new Options(null, v, null, false, rest, jit, ast, dis);
                    }
                    case 'V' -> {
                        stdout.println(Version.VERSION_LINE);
                        stdout.flush();
                        throw new UsageError("", 0);
                    }
                    case 'h', '?' -> {
                        stdout.print(HELP);
                        stdout.flush();
                        throw new UsageError("", 0);
                    }
                    case 'u', 'B', 'E', 's', 'S', 'O', 'I', 'q', 'd', 'v', 'b', 'i', 'P', 'R' -> {
                    }
                    case 'X', 'W' -> {
                        if (j + 1 < a.length()) {
                            j = a.length();
                        } else if (i < argv.length) {
                            i++;
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option", 2);
                        }
                    }
                    default -> throw new UsageError("Unknown option: -" + c, 2);
                }
            }
        }
        JitSettings jit = new JitSettings(mode, backend, stats, jitLog);
        if (i < argv.length) {
            String first = argv[i];
            List<String> rest = new ArrayList<>(List.of(argv).subList(i + 1, argv.length));
            if (first.equals("-")) {
                return new Options(null, null, null, true, rest, jit, ast, dis);
            }
            return new Options(null, null, first, false, rest, jit, ast, dis);
        }
        return new Options(null, null, null, false, List.of(), jit, ast, dis);
    }

    private static int run(Options o, Map<String, String> env, InputStream stdin, PrintStream stdout,
            PrintStream stderr, boolean tty) {
        if (o.astFile() != null || o.disFile() != null) {
            return dump(o, PythonRuntimeState.workingDirectory(env), stdout, stderr);
        }
        List<String> argv = new ArrayList<>();
        String filename;
        String source = null;
        String pathEntry;
        Map<String, String> inline = new HashMap<>();
        boolean repl = false;
        if (o.command() != null) {
            argv.add("-c");
            filename = "<string>";
            source = o.command();
            pathEntry = "";
            inline.put("<string>", "");
        } else if (o.module() != null) {
            argv.add(o.module());
            filename = null;
            pathEntry = PythonRuntimeState.workingDirectory(env).toString();
        } else if (o.script() != null) {
            argv.add(o.script());
            Path p = PythonRuntimeState.workingDirectory(env).resolve(o.script()).normalize();
            filename = p.toString();
            try {
                source = SourceText.decode(Files.readAllBytes(p), filename);
            } catch (NoSuchFileException e) {
                stderr.print("jpsyco: can't open file '" + filename + "': [Errno 2] No such file or directory\n");
                stderr.flush();
                return 2;
            } catch (IOException e) {
                stderr.print("jpsyco: can't open file '" + filename + "': " + e.getMessage() + "\n");
                stderr.flush();
                return 2;
            } catch (RuntimeException e) {
                // undecodable source: reported as a SyntaxError below
                source = null;
            }
            pathEntry = p.getParent() == null ? "" : p.getParent().toString();
        } else if (!o.readStdin() && tty) {
            argv.add("");
            filename = "<stdin>";
            pathEntry = "";
            repl = true;
        } else {
            argv.add(o.readStdin() ? "-" : "");
            filename = "<stdin>";
            try {
                source = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                source = "";
            }
            inline.put("<stdin>", "");
            pathEntry = "";
        }
        argv.addAll(o.args());
        PythonRuntimeState rt = new PythonRuntimeState(argv, env, stdin, stdout, stderr, tty, o.jit());
        org.jpsyco.frontend.python.objects.PyInt.setMaxStrDigits(4300);
        rt.path().append(PyStr.of(pathEntry));
        String pp = env.get("PYTHONPATH");
        if (pp != null && !pp.isEmpty()) {
            for (String d : pp.split(":")) {
                rt.path().append(PyStr.of(d));
            }
        }
        String stdlib = env.get("JPSYCO_STDLIB");
        if (stdlib != null && !stdlib.isEmpty()) {
            rt.path().append(PyStr.of(stdlib));
        }
        int status;
        if (repl) {
            status = new Repl(rt, stderr).run();
        } else {
            status = execMain(rt, o, filename, source, inline);
            status = waitForThreads(rt, status, inline);
        }
        rt.flushStreams();
        rt.closeFiles();
        if (o.jit().stats()) {
            stderr.print("jpsyco: JIT statistics: no function was compiled (jit=" + o.jit().mode().name()
                    .toLowerCase() + ", backend=" + o.jit().backend().name().toLowerCase() + ")\n");
            stderr.flush();
        }
        return status;
    }

    /**
     * As CPython at exit: if threading was imported, wait for its non-daemon threads; then run
     * the weakref finalizers still alive.
     */
    private static int waitForThreads(PythonRuntimeState rt, int status, Map<String, String> inline) {
        for (String[] hook : new String[][] {{"threading", "_shutdown"}, {"weakref", "_run_exit_finalizers"}}) {
            PyObject mod = rt.modules.getStr(hook[0]);
            if (mod == null) {
                continue;
            }
            try {
                Abstract.call(Abstract.getAttr(mod, hook[1]));
            } catch (PyException e) {
                status = handleUncaught(rt, e.value, inline);
            }
        }
        return status;
    }

    private static int execMain(PythonRuntimeState rt, Options o, String filename, String source,
            Map<String, String> inline) {
        PyModule main = rt.newMainModule();
        try {
            if (o.module() != null) {
                return runModuleAsMain(rt, o.module(), main);
            }
            if (source == null) {
                throw new PyException(PythonRuntimeState.syntaxError("SyntaxError", "source code cannot be decoded",
                        filename, 0, -1, null, -1, -1));
            }
            if (!filename.startsWith("<")) {
                main.put("__file__", PyStr.of(filename));
            }
            CodeObject code = rt.compile(source, filename, Compiler.Mode.EXEC);
            rt.interpreter.runModule(code, main.dict());
            return 0;
        } catch (PyException e) {
            return handleUncaught(rt, e.value, inline);
        }
    }

    private static int runModuleAsMain(PythonRuntimeState rt, String name, PyModule main) {
        for (PyObject d : rt.path().items) {
            Path base = rt.resolve(((PyStr) d).value());
            Path file = base.resolve(name.replace('.', '/') + ".py");
            if (Files.isRegularFile(file)) {
                String path = file.toAbsolutePath().normalize().toString();
                String source;
                try {
                    source = SourceText.decode(Files.readAllBytes(file), path);
                } catch (IOException e) {
                    break;
                }
                ((org.jpsyco.frontend.python.objects.PyList) rt.sysAttr("argv")).items.set(0, PyStr.of(path));
                main.put("__file__", PyStr.of(path));
                CodeObject code = rt.compile(source, path, Compiler.Mode.EXEC);
                rt.interpreter.runModule(code, main.dict());
                return 0;
            }
        }
        rt.flushStreams();
        rt.stderr.write("jpsyco: No module named " + name + "\n");
        rt.stderr.flush();
        return 1;
    }

    /** Prints an uncaught exception (or handles SystemExit) and returns the exit status. */
    static int handleUncaught(PythonRuntimeState rt, PyBaseException e, Map<String, String> inline) {
        if (e.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
            PyObject code = Abstract.getAttr(e, "code");
            if (code == PySingleton.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return i.isBig() ? -1 : (int) i.value;
            }
            rt.flushStreams();
            rt.stderr.write(Abstract.str(code).value() + "\n");
            rt.stderr.flush();
            return 1;
        }
        rt.stdout.flush();
        String text;
        try {
            text = TracebackPrinter.format(e, inline);
        } catch (RuntimeException x) {
            text = e.type().name() + ": " + e.strValue() + "\n";
        }
        rt.stderr.write(text);
        rt.stderr.flush();
        return 1;
    }

    private static int dump(Options o, Path cwd, PrintStream stdout, PrintStream stderr) {
        String file = o.astFile() != null ? o.astFile() : o.disFile();
        Path p = cwd.resolve(file);
        try {
            String source = SourceText.decode(Files.readAllBytes(p), file);
            var mod = Parser.parse(source, file, Mode.EXEC);
            if (o.astFile() != null) {
                stdout.print(AstDump.dump(mod) + "\n");
            } else {
                stdout.print(Disassembler.disassemble(Compiler.compile(mod, file, Compiler.Mode.EXEC)));
            }
            stdout.flush();
            return 0;
        } catch (IOException e) {
            stderr.print("jpsyco: can't open file '" + file + "': [Errno 2] No such file or directory\n");
            stderr.flush();
            return 2;
        } catch (org.jpsyco.frontend.python.parser.PythonSyntaxError e) {
            PyBaseException exc = PythonRuntimeState.syntaxError(e.type(), e.msg(), e.filename(), e.lineno(),
                    e.offset(), e.text(), e.endLineno(), e.endOffset());
            stderr.print(TracebackPrinter.format(exc, Map.of()));
            stderr.flush();
            return 1;
        } catch (org.jpsyco.frontend.python.compiler.CompileError e) {
            stderr.print("  File \"" + e.filename + "\", line " + e.lineno + "\n" + (e.isSyntaxError()
                    ? "SyntaxError: " : "NotImplementedError: jpsyco: ") + e.msg + "\n");
            stderr.flush();
            return 1;
        }
    }
}
