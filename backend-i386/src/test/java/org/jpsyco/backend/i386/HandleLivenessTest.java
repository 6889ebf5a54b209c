package org.jpsyco.backend.i386;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.backend.jvm.TestLinkage;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.Test;

/**
 * The activation's reference table holds an object only while the LIR needs it: a helper that
 * runs after the last use of a reference finds its slot cleared (the program could have dropped
 * its last reference there, and a weak reference must see the object go).
 */
class HandleLivenessTest {
    /** What {@code @seen} found in the table, one entry per call: the non-null slots. */
    static final List<Integer> SEEN = new ArrayList<>();

    static Object make(long n) {
        return "obj" + n;
    }

    static long length(Object o) {
        return o.toString().length();
    }

    static long seen() {
        int n = 0;
        for (Object o : Upcalls.CURRENT.get().refs) {
            n += o != null ? 1 : 0;
        }
        SEEN.add(n);
        return n;
    }

    static final class Linkage extends TestLinkage {
        Linkage() {
            super(LirType.I64);
        }

        @Override
        public MethodHandle helper(CallTarget.Helper target) {
            try {
                return switch (target.symbol()) {
                    case "make" -> MethodHandles.lookup().findStatic(HandleLivenessTest.class, "make",
                            MethodType.methodType(Object.class, long.class));
                    case "length" -> MethodHandles.lookup().findStatic(HandleLivenessTest.class, "length",
                            MethodType.methodType(long.class, Object.class));
                    case "seen" -> MethodHandles.lookup().findStatic(HandleLivenessTest.class, "seen", MethodType.methodType(long.class));
                    default -> super.helper(target);
                };
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aReferenceLeavesTheTableAfterItsLastUse() throws Throwable {
        assumeTrue(CodeMemory.supported(), "needs Linux on x86-64");
        // %2 is used by the loop's exit and by the last length call; %5 only by its length call
        CompiledUnit u = new I386Backend().compile(I386BackendTest.parse("""
                func liveness
                b0(%0:i64, %9:ref):
                  %1:i64 = const_i64 0
                  %2:ref = call_helper %0 @make(i64 -> ref)
                  %3:i64 = call_helper @seen(-> i64)
                  jump -> b1(%1, %1)
                b1(%4:i64, %6:i64):
                  %5:ref = call_helper %4 @make(i64 -> ref)
                  %7:i64 = call_helper %5 @length(ref -> i64)
                  %8:i64 = call_helper @seen(-> i64)
                  %10:i64 = add_i64 %6, %7
                  %11:i64 = const_i64 1
                  %12:i64 = add_i64 %4, %11
                  %13:i1 = lt_i64 %12, %0
                  branch %13 -> b1(%12, %10), b2()
                b2():
                  %14:i64 = call_helper %2 @length(ref -> i64)
                  %15:i64 = call_helper @seen(-> i64)
                  %16:i64 = add_i64 %14, %15
                  return %16
                """), new Linkage());
        SEEN.clear();
        assertEquals(4L, (long) u.entry().invokeExact(3L, (Object) "frame"));
        // the frame (%9) is dead from the start; %2 lives until the last length call; each %5
        // goes after its length call; at the end nothing is left
        assertEquals(List.of(1, 1, 1, 1, 0), SEEN);
        u.free();
    }
}
