package org.jpsyco.frontend.python.runtime;

/** The JIT options given on the command line; recorded now, acted on by the specializer later. */
public record JitSettings(Mode mode, Backend backend, boolean stats, String logFile) {
    public enum Mode { OFF, PROFILE, FULL }

    public enum Backend { AUTO, JVM, I386 }

    public static JitSettings defaults() {
        return new JitSettings(Mode.PROFILE, Backend.AUTO, false, null);
    }
}
