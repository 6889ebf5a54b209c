package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.Test;

/**
 * Call sites guard a linked unit with its switch point instead of a validity test per call: the
 * switch point must break on every way a unit stops being enterable, and a target guarded by it
 * must then take the fallback.
 */
class RelinkingUnitTest {
    /** A backend unit that only records what happened to it. */
    private static final class Stub implements CompiledUnit {
        boolean valid = true;
        int discarded;
        int freed;

        @Override
        public String backend() {
            return "stub";
        }

        @Override
        public MethodHandle entry() {
            return MethodHandles.constant(Object.class, "unit");
        }

        @Override
        public long codeBytes() {
            return 1;
        }

        @Override
        public void invalidate() {
            valid = false;
        }

        @Override
        public boolean isValid() {
            return valid;
        }

        @Override
        public void free() {
            freed++;
        }

        @Override
        public void discarded() {
            discarded++;
        }

        @Override
        public String listing() {
            return "";
        }
    }

    private static Object call(RelinkingUnit u) throws Throwable {
        MethodHandle target = u.enterable().guardWithTest(u.entry(),
                MethodHandles.constant(Object.class, "fallback"));
        return target.asType(MethodType.methodType(Object.class)).invokeExact();
    }

    @Test
    void aLinkedUnitRunsUntilTheBackendInvalidatesIt() throws Throwable {
        Stub stub = new Stub();
        RelinkingUnit u = new RelinkingUnit(stub);
        assertEquals("unit", call(u));
        u.invalidate();
        assertFalse(stub.isValid());
        assertTrue(u.enterable().hasBeenInvalidated());
        assertEquals("fallback", call(u));
    }

    @Test
    void droppingTheVersionBreaksTheSwitchPointAndReachesTheBackend() throws Throwable {
        Stub stub = new Stub();
        RelinkingUnit u = new RelinkingUnit(stub);
        u.discarded();
        assertEquals(1, stub.discarded);
        assertEquals("fallback", call(u));
        u.free();
        assertEquals(1, stub.freed);
    }

    @Test
    void freeingAloneAlsoUnlinks() throws Throwable {
        RelinkingUnit u = new RelinkingUnit(new Stub());
        u.free();
        assertEquals("fallback", call(u));
    }
}
