package org.jpsyco.frontend.python.modules;

import java.util.List;

import org.jpsyco.frontend.python.cli.Version;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/** The {@code sys} module of one runtime. */
public final class SysModule {
    private SysModule() {
    }

    /** The class of {@code sys.implementation} (CPython's types.SimpleNamespace). */
    static final org.jpsyco.frontend.python.objects.PyType NAMESPACE =
            org.jpsyco.frontend.python.objects.PyType.builtin("SimpleNamespace",
                    org.jpsyco.frontend.python.objects.PyType.OBJECT);

    public static PyModule create(PythonRuntimeState rt, List<String> argv) {
        PyModule m = new PyModule("sys");
        PyList av = new PyList();
        for (String a : argv) {
            av.append(PyStr.of(a));
        }
        m.put("argv", av);
        m.put("path", new PyList());
        m.put("modules", rt.modules);
        m.put("stdout", rt.stdout);
        m.put("stderr", rt.stderr);
        m.put("stdin", rt.stdin);
        m.put("__stdout__", rt.stdout);
        m.put("__stderr__", rt.stderr);
        m.put("__stdin__", rt.stdin);
        PyTuple versionTuple = PyTuple.of(PyInt.of(Version.MAJOR), PyInt.of(Version.MINOR),
                PyInt.of(Version.MICRO), PyStr.of("final"), PyInt.of(0));
        m.put("version", PyStr.of(Version.MAJOR + "." + Version.MINOR + "." + Version.MICRO + " (jpsyco "
                + Version.JPSYCO + ")"));
        m.put("hexversion", PyInt.of((Version.MAJOR << 24) | (Version.MINOR << 16) | (Version.MICRO << 8) | 0xf0));
        m.put("platform", PyStr.of("linux"));
        m.put("byteorder", PyStr.of("little"));
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("executable", PyStr.of(rt.environment.getOrDefault("JPSYCO_EXECUTABLE", "jpsyco")));
        m.put("builtin_module_names", PyTuple.of(PyStr.of("_json"), PyStr.of("_sre"), PyStr.of("bisect"), PyStr.of("builtins"), PyStr.of("collections"), PyStr.of("functools"), PyStr.of("heapq"), PyStr.of("itertools"), PyStr.of("math"), PyStr.of("operator"), PyStr.of("random"), PyStr.of("sys"),
                PyStr.of("time")));
        org.jpsyco.frontend.python.objects.PyInstance impl = new org.jpsyco.frontend.python.objects.PyInstance(
                NAMESPACE);
        impl.dict().putStr("name", PyStr.of("jpsyco"));
        impl.dict().putStr("cache_tag", PySingleton.NONE);
        impl.dict().putStr("version", versionTuple);
        m.put("implementation", impl);
        // version_info, float_info, int_info, hash_info and flags are struct sequences built by
        // the Python module _structseq on first use, then kept in the module's dict
        m.def("__getattr__", (a, k) -> {
            String name = Args.str(a[0], "attribute name");
            PyObject structseq = rt.importName("_structseq", new org.jpsyco.frontend.python.objects.PyDict(),
                    PySingleton.NONE, 0);
            PyObject v;
            if (name.equals("version_info")) {
                v = Abstract.callMethod(structseq, "version_info", versionTuple);
            } else {
                org.jpsyco.frontend.python.objects.PyDict env = new org.jpsyco.frontend.python.objects.PyDict();
                rt.environment.forEach((key, value) -> env.putStr(key, PyStr.of(value)));
                v = Abstract.callMethod(structseq, "_sys_values", a[0], env);
            }
            if (v == PySingleton.NONE) {
                throw Errors.attributeError("module 'sys' has no attribute '" + name + "'");
            }
            m.put(name, v);
            return v;
        });
        m.put("ps1", PyStr.of(">>> "));
        m.put("ps2", PyStr.of("... "));
        m.def("exit", (a, k) -> {
            Args.check("exit", a, k, 0, 1);
            // as raising SystemExit(status): None means no arguments, a tuple gives its items
            PyTuple args = a.length == 0 || a[0] == org.jpsyco.frontend.python.objects.PySingleton.NONE ? PyTuple.EMPTY
                    : a[0] instanceof PyTuple t ? t : PyTuple.of(a[0]);
            throw new PyBaseException(ExceptionTypes.SYSTEM_EXIT, args).toThrowable();
        });
        m.def("breakpointhook", (a, k) -> Abstract.call(Abstract.getAttr(rt.importName("_sitebuiltins",
                new org.jpsyco.frontend.python.objects.PyDict(), PySingleton.NONE, 0), "breakpointhook"), a, k));
        m.put("copyright", PyStr.of(org.jpsyco.frontend.python.builtins.SiteBuiltins.COPYRIGHT));
        m.put("__breakpointhook__", m.dict().getStr("breakpointhook"));
        m.def("_getframe", (a, k) -> FrameObjects.getframe(rt, a, k));
        FrameObjects.install();
        m.def("getrecursionlimit", (a, k) -> PyInt.of(rt.recursionLimit));
        m.def("setrecursionlimit", (a, k) -> {
            Args.check("setrecursionlimit", a, k, 1, 1);
            int n = Abstract.index(a[0]).intValue();
            if (n < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            rt.recursionLimit = n;
            return PySingleton.NONE;
        });
        m.def("exc_info", (a, k) -> {
            PyBaseException e = rt.interpreter.handledException(rt.interpreter.currentFrame());
            if (e == null) {
                return PyTuple.of(PySingleton.NONE, PySingleton.NONE, PySingleton.NONE);
            }
            return PyTuple.of(e.type(), e, e.traceback == null ? PySingleton.NONE : e.traceback);
        });
        m.def("exception", (a, k) -> {
            PyBaseException e = rt.interpreter.handledException(rt.interpreter.currentFrame());
            return e == null ? PySingleton.NONE : e;
        });
        m.def("get_int_max_str_digits", (a, k) -> PyInt.of(PyInt.maxStrDigits()));
        m.def("set_int_max_str_digits", (a, k) -> {
            int n = Abstract.index(a.length > 0 ? a[0] : org.jpsyco.frontend.python.objects.Args.keyword(a, k,
                    "maxdigits")).intValue();
            if (n != 0 && n < 640) {
                throw Errors.valueError("maxdigits must be 0 or larger than 640");
            }
            PyInt.setMaxStrDigits(n);
            return PySingleton.NONE;
        });
        m.def("getfilesystemencoding", (a, k) -> PyStr.of("utf-8"));
        m.def("getfilesystemencodeerrors", (a, k) -> PyStr.of("surrogateescape"));
        m.put("maxunicode", PyInt.of(0x10ffff));
        m.put("float_repr_style", PyStr.of("short"));
        m.put("abiflags", PyStr.of(""));
        m.put("api_version", PyInt.of(1013));
        m.put("platlibdir", PyStr.of("lib"));
        m.put("pycache_prefix", PySingleton.NONE);
        m.put("dont_write_bytecode", org.jpsyco.frontend.python.objects.PyBool.TRUE);
        m.put("warnoptions", new PyList());
        m.put("meta_path", new PyList());
        m.put("path_hooks", new PyList());
        m.put("path_importer_cache", new org.jpsyco.frontend.python.objects.PyDict());
        PyList orig = new PyList();
        orig.append(PyStr.of(rt.environment.getOrDefault("JPSYCO_EXECUTABLE", "jpsyco")));
        for (String a : argv) {
            orig.append(PyStr.of(a));
        }
        m.put("orig_argv", orig);
        // no separate installation prefix: the runtime ships inside its own bundle
        String prefix = rt.environment.getOrDefault("JPSYCO_HOME", "/usr/local");
        for (String p : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            m.put(p, PyStr.of(prefix));
        }
        // reference counts and switch intervals have no meaning on the JVM; the values are the
        // ones CPython reports for a fresh object and by default
        m.def("getrefcount", (a, k) -> {
            Args.check("getrefcount", a, k, 1, 1);
            return PyInt.of(2);
        });
        double[] switchInterval = {0.005};
        m.def("getswitchinterval", (a, k) -> org.jpsyco.frontend.python.objects.PyFloat.of(switchInterval[0]));
        m.def("setswitchinterval", (a, k) -> {
            Args.check("setswitchinterval", a, k, 1, 1);
            double v = MathModule.toDouble(a[0], "setswitchinterval");
            if (v <= 0) {
                throw Errors.valueError("switch interval must be strictly positive");
            }
            switchInterval[0] = v;
            return PySingleton.NONE;
        });
        m.def("is_finalizing", (a, k) -> org.jpsyco.frontend.python.objects.PyBool.FALSE);
        // tracing and profiling hooks are accepted and never called (no line events in this runtime)
        PyObject[] hooks = {PySingleton.NONE, PySingleton.NONE};
        m.def("gettrace", (a, k) -> hooks[0]);
        m.def("settrace", (a, k) -> {
            Args.check("settrace", a, k, 1, 1);
            hooks[0] = a[0];
            return PySingleton.NONE;
        });
        m.def("getprofile", (a, k) -> hooks[1]);
        m.def("setprofile", (a, k) -> {
            Args.check("setprofile", a, k, 1, 1);
            hooks[1] = a[0];
            return PySingleton.NONE;
        });
        m.def("excepthook", (a, k) -> {
            Args.check("excepthook", a, k, 3, 3);
            if (a[1] instanceof PyBaseException e) {
                Abstract.callMethod(m.dict().getStr("stderr"), "write",
                        PyStr.of(org.jpsyco.frontend.python.cli.TracebackPrinter.format(e, java.util.Map.of())));
            } else {
                throw Errors.typeError("print_exception(): Exception expected for value, "
                        + a[1].type().name() + " found");
            }
            return PySingleton.NONE;
        });
        m.def("displayhook", (a, k) -> {
            Args.check("displayhook", a, k, 1, 1);
            if (a[0] == PySingleton.NONE) {
                return PySingleton.NONE;
            }
            // as CPython: _ is cleared first, so a repr that looks at _ does not see the old value
            rt.builtins.dict().putStr("_", PySingleton.NONE);
            Abstract.callMethod(m.dict().getStr("stdout"), "write", PyStr.of(Abstract.repr(a[0]).value() + "\n"));
            rt.builtins.dict().putStr("_", a[0]);
            return PySingleton.NONE;
        });
        m.put("__excepthook__", m.dict().getStr("excepthook"));
        m.put("__displayhook__", m.dict().getStr("displayhook"));
        m.def("getsizeof", (a, k) -> PyInt.of(64));
        m.def("intern", (a, k) -> a[0]);
        m.def("getdefaultencoding", (a, k) -> PyStr.of("utf-8"));
        defineHooks(m);
        return m;
    }

    /**
     * Audit hooks (only events a program raises with {@code sys.audit} reach them: the runtime
     * raises none of its own), {@code call_tracing}, the dlopen flags (kept, never used: no C
     * extensions load), the coroutine origin tracking depth, and the allocated block count (0:
     * the JVM's collector keeps no such count).
     */
    private static void defineHooks(PyModule m) {
        PyList auditHooks = new PyList();
        m.def("addaudithook", (a, k) -> {
            Args.check("addaudithook", a, k, 1, 1);
            auditHooks.append(a[0]);
            return PySingleton.NONE;
        });
        m.def("audit", (a, k) -> {
            if (a.length == 0) {
                throw Errors.typeError("audit() missing 1 required positional argument: 'event'");
            }
            if (auditHooks.size() == 0) {
                return PySingleton.NONE;
            }
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("expected str for argument 'event', not " + a[0].type().name());
            }
            PyTuple args = PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length));
            for (PyObject hook : Abstract.toList(auditHooks)) {
                Abstract.call(hook, a[0], args);
            }
            return PySingleton.NONE;
        });
        m.def("call_tracing", (a, k) -> {
            if (a.length != 2) {
                throw Errors.typeError("call_tracing expected 2 arguments, got " + a.length);
            }
            if (!(a[1] instanceof PyTuple t)) {
                throw Errors.typeError("call_tracing() argument 2 must be tuple, not " + a[1].type().name());
            }
            return Abstract.call(a[0], t.items);
        });
        m.def("getallocatedblocks", (a, k) -> PyInt.of(0));
        int[] dlopenFlags = {2}; // RTLD_NOW, as CPython's default
        m.def("getdlopenflags", (a, k) -> PyInt.of(dlopenFlags[0]));
        m.def("setdlopenflags", (a, k) -> {
            Args.check("setdlopenflags", a, k, 1, 1);
            dlopenFlags[0] = Abstract.index(a[0]).intValue();
            return PySingleton.NONE;
        });
        int[] originDepth = {0};
        m.def("get_coroutine_origin_tracking_depth", (a, k) -> PyInt.of(originDepth[0]));
        m.def("set_coroutine_origin_tracking_depth", (a, k) -> {
            PyObject depth = a.length - k.length > 0 ? a[0] : Args.keyword(a, k, "depth");
            int d = Abstract.index(depth).intValue();
            if (d < 0) {
                throw Errors.valueError("depth must be >= 0");
            }
            originDepth[0] = d;
            return PySingleton.NONE;
        });
    }
}
