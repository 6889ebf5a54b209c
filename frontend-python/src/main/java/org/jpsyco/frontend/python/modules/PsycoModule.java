package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.jit.PsycoApi;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyMethod;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * The {@code psyco} module: Psyco's API on jpsyco. {@code full()} compiles every function at its
 * first call, {@code profile()} compiles what gets hot, {@code bind(f)} compiles {@code f} at its
 * next call, {@code unbind(f)} and {@code cannotcompile(f)} leave it to the interpreter,
 * {@code proxy(f)} binds and returns {@code f}, {@code log()} writes the JIT log, {@code stop()}
 * stops compiling, {@code stats()} returns the JIT's counters, {@code is_compiled(f)} tells
 * whether {@code f} has a compiled version. Under {@code --jit=off} it all does nothing.
 */
public final class PsycoModule {
    private PsycoModule() {
    }

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("psyco");
        PyObject none = PySingleton.NONE;
        m.def("full", (a, k) -> {
            PsycoApi.full(rt.jitRuntime);
            return none;
        });
        m.def("profile", (a, k) -> {
            PsycoApi.profile(rt.jitRuntime);
            return none;
        });
        m.def("background", (a, k) -> {
            PsycoApi.profile(rt.jitRuntime);
            return none;
        });
        m.def("stop", (a, k) -> {
            PsycoApi.stop(rt.jitRuntime);
            return none;
        });
        m.def("bind", (a, k) -> {
            PsycoApi.bind(rt.jitRuntime, code(a, "bind"), true);
            return none;
        });
        m.def("unbind", (a, k) -> {
            PsycoApi.bind(rt.jitRuntime, code(a, "unbind"), false);
            return none;
        });
        m.def("proxy", (a, k) -> {
            PsycoApi.bind(rt.jitRuntime, code(a, "proxy"), true);
            return a[0];
        });
        m.def("cannotcompile", (a, k) -> {
            PsycoApi.cannotCompile(rt.jitRuntime, code(a, "cannotcompile"));
            return none;
        });
        m.def("log", (a, k) -> {
            String file = a.length > 0 && a[0] instanceof PyStr s ? s.value() : "psyco.log";
            PsycoApi.log(rt.jitRuntime, rt.cwd.resolve(file).toString(), System.err);
            return none;
        });
        m.def("stats", (a, k) -> PsycoApi.stats(rt.jitRuntime));
        m.def("is_compiled", (a, k) -> PyBool.of(PsycoApi.isCompiled(rt.jitRuntime, code(a, "is_compiled"))));
        return m;
    }

    private static CodeObject code(PyObject[] a, String fn) {
        if (a.length != 1) {
            throw Errors.typeError(fn + "() takes exactly one argument (" + a.length + " given)");
        }
        PyObject f = a[0];
        if (f instanceof PyMethod m) {
            f = m.function;
        }
        if (f instanceof PyFunction pf) {
            return pf.code;
        }
        throw Errors.typeError(fn + "() argument must be a function or method, not '" + f.type().name() + "'");
    }
}
