package org.jpsyco.frontend.python.runtime;

/**
 * The JIT options given on the command line. {@code callThreshold}, {@code loopThreshold} and
 * {@code deoptStress} are 0 when not given (the kernel's tunable defaults then apply, or the
 * {@code JPSYCO_JIT_THRESHOLD} and {@code JPSYCO_DEOPT_STRESS} environment variables).
 * {@code strategies} names the specialization strategies the JIT may use ({@code --strategies});
 * null means every active one.
 */
public record JitSettings(Mode mode, Backend backend, boolean stats, String logFile, long callThreshold,
        long loopThreshold, long deoptStress, java.util.Set<String> strategies) {
    public enum Mode { OFF, PROFILE, FULL }

    public enum Backend { AUTO, JVM, I386 }

    public JitSettings(Mode mode, Backend backend, boolean stats, String logFile) {
        this(mode, backend, stats, logFile, 0, 0, 0, null);
    }

    public JitSettings(Mode mode, Backend backend, boolean stats, String logFile, long callThreshold,
            long loopThreshold, long deoptStress) {
        this(mode, backend, stats, logFile, callThreshold, loopThreshold, deoptStress, null);
    }

    /** Whether the strategy named {@code name} may be used. */
    public boolean allows(String name) {
        return strategies == null || strategies.contains(name);
    }

    public static JitSettings defaults() {
        return new JitSettings(Mode.PROFILE, Backend.AUTO, false, null);
    }
}
