/**
 * The jvm backend: {@link org.jpsyco.backend.jvm.JvmBackend} compiles LIR into hidden classes
 * (one per unit) and hands their entries to the kernel as {@link org.jpsyco.kernel.spi.CompiledUnit}s.
 * Private to the bundle; it offers only the {@link org.jpsyco.kernel.spi.Backend} service.
 */
package org.jpsyco.backend.jvm;
