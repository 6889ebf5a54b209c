package org.jpsyco.backend.i386;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The lowest stack address from which native code may still make a call of a unit to itself, per
 * thread: the thread's stack bottom (from {@code pthread_getattr_np}) plus a margin that keeps
 * HotSpot's guard and shadow zones (about 100 KiB on x86-64) and one native frame (at most 16 KiB)
 * out of reach, so a Java upcall from the deepest native frame still finds the stack HotSpot
 * expects and native code never touches a guard page. Where the stack cannot be found the floor
 * is the top of the address space: no native call of a unit to itself is ever made.
 */
final class StackFloor {
    /** Bytes kept free above the stack's bottom. */
    static final long MARGIN = 192 * 1024;

    private static final MethodHandle SELF;
    private static final MethodHandle GETATTR;
    private static final MethodHandle GETSTACK;
    private static final MethodHandle DESTROY;
    private static final ThreadLocal<Long> FLOOR = ThreadLocal.withInitial(StackFloor::find);

    static {
        MethodHandle self = null;
        MethodHandle getattr = null;
        MethodHandle getstack = null;
        MethodHandle destroy = null;
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            self = linker.downcallHandle(libc.find("pthread_self").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_LONG));
            getattr = linker.downcallHandle(libc.find("pthread_getattr_np").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
            getstack = linker.downcallHandle(libc.find("pthread_attr_getstack").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            destroy = linker.downcallHandle(libc.find("pthread_attr_destroy").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        } catch (RuntimeException | LinkageError e) {
            self = null;
        }
        SELF = self;
        GETATTR = getattr;
        GETSTACK = getstack;
        DESTROY = destroy;
    }

    private StackFloor() {
    }

    /** The current thread's floor. */
    static long current() {
        return FLOOR.get();
    }

    private static long find() {
        if (SELF == null) {
            return Long.MAX_VALUE;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment attr = arena.allocate(128, 16); // pthread_attr_t is 56 bytes on x86-64 glibc
            MemorySegment addr = arena.allocate(ValueLayout.JAVA_LONG);
            MemorySegment size = arena.allocate(ValueLayout.JAVA_LONG);
            long thread = (long) SELF.invokeExact();
            if ((int) GETATTR.invokeExact(thread, attr) != 0) {
                return Long.MAX_VALUE;
            }
            try {
                if ((int) GETSTACK.invokeExact(attr, addr, size) != 0) {
                    return Long.MAX_VALUE;
                }
            } finally {
                int ignored = (int) DESTROY.invokeExact(attr);
            }
            long bottom = addr.get(ValueLayout.JAVA_LONG, 0);
            long bytes = size.get(ValueLayout.JAVA_LONG, 0);
            if (bottom <= 0 || bytes <= 2 * MARGIN) {
                return Long.MAX_VALUE;
            }
            return bottom + MARGIN;
        } catch (Throwable t) {
            return Long.MAX_VALUE;
        }
    }
}
