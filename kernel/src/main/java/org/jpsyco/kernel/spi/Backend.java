package org.jpsyco.kernel.spi;

/**
 * A code generator: turns the kernel's LIR for one version into executable entry points, or
 * says why it cannot. Backends are OSGi services; the kernel prefers the best-ranked backend
 * that accepts a version.
 */
public interface Backend {
    /** A short stable name, for example {@code "jvm"} or {@code "i386"}; used by {@code --backend}. */
    String name();
}
