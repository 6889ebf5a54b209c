package org.jpsyco.frontend.python.jit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jpsyco.kernel.cache.CacheStats;

/**
 * The JIT's counters for one program: what ran, what was compiled and how, what declined and
 * why, and every exit from compiled code by reason. Printed by {@code --stats} and read by
 * {@code psyco.stats()}.
 */
final class JitStats {
    long compiledVersions;
    long compileNanos;
    /** The part of {@link #compileNanos} (and of typed versions' compilation) spent in the backends. */
    long backendNanos;
    long codeBytes;
    /** Versions whose class the compiler thread built, compilations handed to it, and its busy time. */
    long backgroundVersions;
    long backgroundSubmitted;
    long backgroundNanos;
    long declines;
    final Map<String, Long> exits = new TreeMap<>();
    final Map<String, Long> backends = new TreeMap<>();
    /** Call sites specialized, by how they call: a function or method frameless, direct (framed), generic. */
    final Map<String, Long> calls = new TreeMap<>();
    /** Per strategy: versions it shaped, operations it took, guards, promotions, exits through its guards. */
    final Map<String, long[]> strategies = new TreeMap<>();

    long[] strategy(String name) {
        return strategies.computeIfAbsent(name, n -> new long[5]);
    }

    void exit(String reason) {
        exits.merge(reason, 1L, Long::sum);
    }

    long totalExits() {
        long n = 0;
        for (long v : exits.values()) {
            n += v;
        }
        return n;
    }

    /** The report {@code --stats} prints. */
    void print(PrintStream err, String mode, Collection<CodeState> codes, CacheStats cache) {
        int functions = 0;
        int bodies = 0;
        int compiledFunctions = 0;
        int compiledBodies = 0;
        Map<String, Long> reasons = new TreeMap<>();
        List<String> declined = new ArrayList<>();
        for (CodeState cs : codes) {
            boolean compiled = cs.everCompiled;
            if (cs.body) {
                bodies++;
                compiledBodies += compiled ? 1 : 0;
            } else {
                functions++;
                compiledFunctions += compiled ? 1 : 0;
            }
            if (!compiled && cs.declined != null) {
                reasons.merge(shortReason(cs.declined), 1L, Long::sum);
                declined.add("  " + cs.code.qualname + " (" + cs.code.filename + ":" + cs.code.firstlineno + "): "
                        + cs.declined);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("jpsyco: JIT statistics (jit=").append(mode).append(")\n");
        sb.append("  functions run: ").append(functions).append(", compiled: ").append(compiledFunctions)
                .append(percent(compiledFunctions, functions)).append('\n');
        sb.append("  module and class bodies run: ").append(bodies).append(", compiled at a loop head: ")
                .append(compiledBodies).append('\n');
        sb.append("  versions compiled: ").append(compiledVersions).append(" (");
        sb.append(backends.isEmpty() ? "none" : backends.toString().replaceAll("[{}]", "")).append("), live: ")
                .append(cache.versions()).append(", evicted: ").append(cache.evicted()).append(", invalidated: ")
                .append(cache.invalidated()).append('\n');
        sb.append("  code bytes: ").append(codeBytes).append(", cache bytes: ").append(cache.bytes()).append(" of ")
                .append(cache.maxBytes()).append('\n');
        sb.append(String.format("  compile time: %.1f ms (backends: %.1f ms)%n", compileNanos / 1e6, backendNanos / 1e6));
        if (backgroundSubmitted > 0) {
            sb.append(String.format("  compiler thread: %d classes built of %d handed over, %.1f ms%n", backgroundVersions,
                    backgroundSubmitted, backgroundNanos / 1e6));
        }
        sb.append("  exits to the interpreter: ").append(totalExits());
        if (!exits.isEmpty()) {
            sb.append(' ').append(exits.toString().replaceAll("[{}]", ""));
        }
        sb.append('\n');
        if (!calls.isEmpty()) {
            sb.append("  call sites specialized: ").append(calls.toString().replaceAll("[{}]", "")).append('\n');
        }
        for (Map.Entry<String, long[]> e : strategies.entrySet()) {
            long[] c = e.getValue();
            sb.append("  strategy ").append(e.getKey()).append(": versions ").append(c[0]).append(", operations ")
                    .append(c[1]).append(", guards ").append(c[2]).append(", promotions ").append(c[3])
                    .append(", deopts ").append(c[4]).append('\n');
        }
        if (!reasons.isEmpty()) {
            sb.append("  declined: ").append(reasons.toString().replaceAll("[{}]", "")).append('\n');
            declined.sort(null);
            for (String d : declined) {
                sb.append(d).append('\n');
            }
        }
        err.print(sb);
        err.flush();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "" : String.format(" (%.1f%%)", 100.0 * part / whole);
    }

    /** The reason without its details, for grouping. */
    static String shortReason(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
