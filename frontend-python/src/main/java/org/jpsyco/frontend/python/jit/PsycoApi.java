package org.jpsyco.frontend.python.jit;


import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.runtime.JitSettings;
import org.jpsyco.kernel.cache.CacheStats;

/**
 * What the {@code psyco} module asks of a program's JIT. Every operation is harmless when the
 * JIT is off ({@code jit} null): Psyco's API then does nothing, as Psyco did on an unsupported
 * machine.
 */
public final class PsycoApi {
    private PsycoApi() {
    }

    public static void full(JitRuntime jit) {
        if (jit != null) {
            jit.setMode(JitSettings.Mode.FULL);
        }
    }

    public static void profile(JitRuntime jit) {
        if (jit != null) {
            jit.setMode(JitSettings.Mode.PROFILE);
        }
    }

    public static void stop(JitRuntime jit) {
        if (jit != null) {
            jit.stop();
        }
    }

    public static void bind(JitRuntime jit, CodeObject co, boolean on) {
        if (jit != null) {
            jit.bind(co, on);
        }
    }

    public static void cannotCompile(JitRuntime jit, CodeObject co) {
        if (jit != null) {
            jit.cannotCompile(co);
        }
    }

    public static void log(JitRuntime jit, String file, java.io.PrintStream err) {
        if (jit != null) {
            jit.openLog(file, err);
        }
    }

    /** Whether {@code co} has a valid compiled version. */
    public static boolean isCompiled(JitRuntime jit, CodeObject co) {
        if (jit == null) {
            return false;
        }
        CodeState cs = jit.codes().get(co);
        return cs != null && cs.units.values().stream().anyMatch(Unit::valid);
    }

    /** {@code psyco.stats()}: a dict of the JIT's counters. */
    public static PyDict stats(JitRuntime jit) {
        PyDict d = new PyDict();
        if (jit == null) {
            d.putStr("mode", PyStr.of("off"));
            return d;
        }
        JitStats s = jit.stats();
        int functions = 0;
        int compiled = 0;
        PyDict declined = new PyDict();
        PyDict versions = new PyDict();
        for (CodeState cs : jit.codes().values()) {
            if (!cs.body) {
                functions++;
                compiled += cs.everCompiled ? 1 : 0;
            }
            if (!cs.everCompiled && cs.declined != null) {
                declined.putStr(cs.code.qualname, PyStr.of(cs.declined));
            }
            if (!cs.units.isEmpty()) {
                versions.putStr(cs.code.qualname, PyInt.of(cs.units.size()));
            }
        }
        CacheStats c = jit.cache().stats();
        d.putStr("mode", PyStr.of(jit.modeName()));
        d.putStr("functions", PyInt.of(functions));
        d.putStr("compiled", PyInt.of(compiled));
        d.putStr("versions", versions);
        d.putStr("declined", declined);
        d.putStr("exits", PyInt.of(s.totalExits()));
        PyDict reasons = new PyDict();
        s.exits.forEach((k, v) -> reasons.putStr(k, PyInt.of(v)));
        d.putStr("exit_reasons", reasons);
        d.putStr("code_bytes", PyInt.of(s.codeBytes));
        d.putStr("cache_bytes", PyInt.of(c.bytes()));
        d.putStr("cache_max_bytes", PyInt.of(c.maxBytes()));
        d.putStr("evicted", PyInt.of(c.evicted()));
        d.putStr("invalidated", PyInt.of(c.invalidated()));
        d.putStr("compile_time", PyFloat.of(s.compileNanos / 1e9));
        PyDict strategies = new PyDict();
        s.strategies.forEach((name, counts) -> {
            PyDict one = new PyDict();
            String[] keys = {"versions", "operations", "guards", "promotions", "deopts"};
            for (int i = 0; i < keys.length; i++) {
                one.putStr(keys[i], PyInt.of(counts[i]));
            }
            strategies.putStr(name, one);
        });
        d.putStr("strategies", strategies);
        return d;
    }

}
