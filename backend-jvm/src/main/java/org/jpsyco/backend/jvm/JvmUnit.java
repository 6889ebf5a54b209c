package org.jpsyco.backend.jvm;

import java.lang.invoke.MethodHandle;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.function.Supplier;
import java.lang.invoke.SwitchPoint;
import org.jpsyco.kernel.spi.CompiledUnit;

/**
 * One compiled unit: a hidden class defined without {@code STRONG}, reachable only through this
 * object's entry handle, so after {@link #free()} nothing here keeps it and the class can unload.
 */
final class JvmUnit implements CompiledUnit {
    private final String name;
    private final byte[] bytes;
    private final SwitchPoint switchPoint; // null when the unit has no safepoint
    private volatile MethodHandle entry;
    private volatile boolean valid = true;
    private volatile boolean freed;
    /** For tests and diagnostics only; weak, so it never keeps the class loaded. */
    private final WeakReference<Class<?>> unitClass;

    /** The LIR text of each line number of the code, made on demand; dropped by {@link #free()}. */
    private volatile List<Supplier<String>> sourceLines;

    JvmUnit(String name, byte[] bytes, List<Supplier<String>> sourceLines, Class<?> unitClass, MethodHandle entry, SwitchPoint switchPoint) {
        this.name = name;
        this.bytes = bytes;
        this.sourceLines = sourceLines;
        this.unitClass = new WeakReference<>(unitClass);
        this.entry = entry;
        this.switchPoint = switchPoint;
    }

    /** The hidden class, while it is loaded. */
    Class<?> unitClass() {
        return unitClass.get();
    }

    @Override
    public String backend() {
        return "jvm";
    }

    @Override
    public MethodHandle entry() {
        MethodHandle e = entry;
        if (e == null) {
            throw new IllegalStateException("unit " + name + " was freed");
        }
        return e;
    }

    @Override
    public long codeBytes() {
        return bytes.length;
    }

    @Override
    public void invalidate() {
        if (valid) {
            valid = false;
            if (switchPoint != null) {
                SwitchPoint.invalidateAll(new SwitchPoint[] {switchPoint});
            }
        }
    }

    @Override
    public boolean isValid() {
        return valid && !freed;
    }

    @Override
    public void free() {
        invalidate();
        freed = true;
        entry = null;
        sourceLines = null;
    }

    @Override
    public String listing() {
        List<Supplier<String>> lines = sourceLines;
        return Listing.of(name, bytes, lines == null ? List.of() : lines.stream().map(Supplier::get).toList());
    }

    @Override
    public String toString() {
        return "jvm unit " + name + (freed ? " (freed)" : valid ? "" : " (invalid)");
    }
}
