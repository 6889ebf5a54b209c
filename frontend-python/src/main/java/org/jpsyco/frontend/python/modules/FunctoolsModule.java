package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.compiler.Compiler;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * The {@code functools} module. As in CPython, the hot parts are native ({@code reduce},
 * {@code partial}, {@code cmp_to_key}, the {@code lru_cache} wrapper, in {@link Partial},
 * {@link KeyWrapper} and {@link LruCache}) and the decorators that only run at definition time
 * ({@code update_wrapper}, {@code wraps}, {@code total_ordering}, {@code cached_property},
 * {@code partialmethod}, {@code singledispatch}) are Python code, {@link FunctoolsSource#SOURCE}, run in the module.
 */
public final class FunctoolsModule {
    private FunctoolsModule() {
    }

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("functools");
        PyDict d = m.dict();
        d.putStr("__builtins__", rt.builtins);
        m.def("reduce", FunctoolsModule::reduce);
        m.put("partial", Partial.TYPE);
        m.put("_lru_cache_wrapper", LruCache.TYPE);
        m.put("KeyWrapper", KeyWrapper.TYPE);
        m.def("cmp_to_key", (a, k) -> {
            PyObject[] p = ModuleArgs.parse("cmp_to_key", a, k, new String[] {"mycmp"}, 1);
            return new KeyWrapper(p[0], null);
        });
        m.def("lru_cache", (a, k) -> LruCache.decorator(rt.interpreter, d, a, k));
        m.def("cache", (a, k) -> {
            ModuleArgs.positional("cache", a, k, 1, 1);
            return LruCache.wrap(rt.interpreter, d, a[0], -1, false);
        });
        rt.interpreter.runModule(rt.compile(FunctoolsSource.SOURCE, "<functools>", Compiler.Mode.EXEC), d);
        d.delStr("__builtins__");
        d.putStr("__builtins__", rt.builtins);
        return m;
    }

    /** Equivalent of CPython's {@code functools.reduce}. */
    private static PyObject reduce(PyObject[] a, String[] k) {
        ModuleArgs.positional("reduce", a, k, 2, 3);
        PyObject it;
        try {
            it = Abstract.getIter(a[1]);
        } catch (org.jpsyco.frontend.python.objects.PyException e) {
            if (e.value.isInstance(org.jpsyco.frontend.python.objects.ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject acc = a.length == 3 ? a[2] : null;
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            acc = acc == null ? v : Abstract.call(a[0], acc, v);
        }
        if (acc == null) {
            throw Errors.typeError("reduce() of empty iterable with no initial value");
        }
        return acc;
    }

    static PyBuiltinFunction method(String name, org.jpsyco.frontend.python.objects.BuiltinImpl impl,
            org.jpsyco.frontend.python.objects.PyType owner) {
        return new PyBuiltinFunction(name, impl, null, owner);
    }
}
