package org.jpsyco.kernel.spi;

import java.lang.invoke.MethodHandle;

/** What a backend made of one LIR function. */
public interface CompiledUnit {
    /** The name of the backend that compiled it. */
    String backend();

    /** Enters the unit; its type follows the contract of {@link Backend}. */
    MethodHandle entry();

    /** Bytes of generated code (class file bytes, machine code), for the code cache's accounting. */
    long codeBytes();

    /**
     * Makes every later {@code safepoint} of this unit leave through its deopt descriptor;
     * activations already inside run on until their next safepoint, and the kernel stops handing
     * out {@link #entry()}.
     */
    void invalidate();

    boolean isValid();

    /** Releases what the unit holds (code memory); called once no activation can be in it. */
    void free();

    /**
     * The kernel dropped the unit's version (invalidated, evicted, or discarded at the program's
     * end) and will not hand out {@link #entry()} again. Activations already inside run on as
     * after {@link #invalidate()}; a backend may give back what the unit holds once the last of
     * them leaves. The default invalidates the unit, so activations inside leave at their next
     * safepoint (memory the garbage collector reclaims needs no more help).
     *
     * @since 0.3.0
     */
    default void discarded() {
        invalidate();
    }

    /** A readable listing of the generated code for the jit log (bytecode, disassembly or raw bytes). */
    String listing();
}
