package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.compiler.Compiler;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/** Builds a module whose whole body is Python source ({@code heapq}, {@code bisect}, {@code collections}). */
public final class SourceModule {
    private SourceModule() {
    }

    public static PyModule create(PythonRuntimeState rt, String name, String source) {
        PyModule m = new PyModule(name);
        PyDict d = m.dict();
        d.putStr("__builtins__", rt.builtins);
        rt.interpreter.runModule(rt.compile(source, "<" + name + ">", Compiler.Mode.EXEC), d);
        return m;
    }

    public static PyModule heapq(PythonRuntimeState rt) {
        return create(rt, "heapq", HeapqSource.SOURCE);
    }

    public static PyModule collections(PythonRuntimeState rt) {
        PyModule m = create(rt, "collections", CollectionsSource.SOURCE);
        m.dict().putStr("_USER_SOURCE", org.jpsyco.frontend.python.objects.PyStr.of(CollectionsUserSource.SOURCE));
        return m;
    }

    public static PyModule bisect(PythonRuntimeState rt) {
        return create(rt, "bisect", BisectSource.SOURCE);
    }
}
