package org.jpsyco.kernel.api;

import java.util.Locale;
import java.util.Map;

/**
 * The kernel's tunables, one line each with its default, unit and help text. Config Admin
 * properties and command-line flags use {@link #key()}; values are whole numbers.
 */
public enum Tunable {
    MAX_VERSIONS_PER_MERGE_POINT(8, "versions",
            "versions kept at one merge point before its live state is generalized (constants not fixed are unfixed)"),
    MAX_ENTRY_VERSIONS(8, "versions",
            "versions kept per code object entry before entry frames are generalized"),
    MAX_NESTED_WEIGHT(15, "weight",
            "nesting weight of virtual objects at a merge point beyond which they are forced (Psyco's NESTED_WEIGHT_END)"),
    MAX_PROMOTION_CASES(5, "cases",
            "values a promotion site specializes for before it goes megamorphic (Psyco's MEGAMORPHIC_MAX)"),
    CODE_CACHE_BYTES(64L << 20, "bytes",
            "memory charged to compiled versions (code plus snapshots) before the least recently entered are evicted"),
    // 50/50 rather than 200/1000: whole programs spend less time in the interpreter before the
    // hot code runs compiled (user+sys CPU of the whole process, median of two interleaved runs
    // on a loaded machine, 50/50 against 200/1000: constraints 14.7 s against 19.8, logscan 10.1
    // against 11.1, raytracer 7.0 against 7.5, templates 7.0 against 8.5, scheduler 4.9 against
    // 4.4; geometric mean 8.1 against 9.1)
    CALL_THRESHOLD(50, "calls",
            "calls of a function after which the profiling trigger compiles it"),
    LOOP_THRESHOLD(50, "back-edges",
            "iterations of a loop in one code object after which the profiling trigger compiles it with an entry at its head (on-stack replacement)"),
    MAX_UNIT_INSTRUCTIONS(1000, "instructions",
            "LIR instructions one compiled unit may have; bigger code stays interpreted (the host JIT compiles huge units too slowly to pay off)"),
    DEOPT_STRESS(1L << 62, "guards",
            "testing: compiled code leaves to the interpreter at every n-th guard, safepoint and raise point (a huge value: never)");

    private final long defaultValue;
    private final String unit;
    private final String help;

    Tunable(long defaultValue, String unit, String help) {
        this.defaultValue = defaultValue;
        this.unit = unit;
        this.help = help;
    }

    /** The configuration key: {@code maxVersionsPerMergePoint}. */
    public String key() {
        StringBuilder sb = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            sb.append(sb.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return sb.toString();
    }

    public long defaultValue() {
        return defaultValue;
    }

    public String unit() {
        return unit;
    }

    public String help() {
        return help;
    }

    /** The value configured under {@link #key()} (a number or its text), or the default. */
    public long from(Map<String, ?> config) {
        Object v = config.get(key());
        if (v == null) {
            return defaultValue;
        }
        long value = v instanceof Number n ? n.longValue() : Long.parseLong(v.toString().strip());
        if (value < 1) {
            throw new IllegalArgumentException(key() + " must be positive, got " + value);
        }
        return value;
    }
}
