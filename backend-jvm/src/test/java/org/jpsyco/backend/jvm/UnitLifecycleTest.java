package org.jpsyco.backend.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.WeakReference;
import java.util.List;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.junit.jupiter.api.Test;

/** Units relink through version call sites, unload after free(), and fail cleanly when the linkage falls short. */
class UnitLifecycleTest {
    @Test
    void hiddenClassesUnloadOnceFreed() throws Throwable {
        WeakReference<Class<?>> ref = compileRunAndFree();
        for (int i = 0; i < 100 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(ref.get(), "the unit's hidden class is still loaded after free()");
    }

    private static WeakReference<Class<?>> compileRunAndFree() throws Throwable {
        LirFunction f = Harness.parse(JvmBackendTest.LOOP);
        TestLinkage l = new TestLinkage(LirType.I64);
        JvmUnit u = (JvmUnit) Harness.compile(f, l);
        assertEquals(45L, (long) u.entry().invokeExact(10L));
        Class<?> c = u.unitClass();
        assertNotNull(c);
        assertTrue(c.isHidden());
        WeakReference<Class<?>> ref = new WeakReference<>(c);
        u.free();
        return ref;
    }

    @Test
    void versionCallsFollowTheirCallSite() throws Throwable {
        LirFunction f = Harness.parse("""
                func caller
                b0(%0:i64):
                  %1:i64 = call_version %0 @v_square(i64 -> i64)
                  %2:i64 = const_i64 1
                  %3:i64 = add_i64 %1, %2
                  return %3
                """);
        TestLinkage l = new TestLinkage(LirType.I64);
        CompiledUnit u = Harness.compile(f, l);
        for (int i = 0; i < 20_000; i++) {
            assertEquals(50L, (long) u.entry().invokeExact(7L));
        }
        l.versions.get("v_square").setTarget(MethodHandles.lookup().findStatic(Helpers.class, "v_negate",
                MethodType.methodType(long.class, long.class)));
        assertEquals(-6L, (long) u.entry().invokeExact(7L));
    }

    @Test
    void versionCallSitesOfAnotherTypeAreAdapted() throws Throwable {
        LirFunction f = Harness.parse("""
                func caller
                b0(%0:i64):
                  %1:ref = call_version %0 @boxed(i64 -> ref)
                  return %1
                """);
        TestLinkage l = new TestLinkage(LirType.REF);
        l.versions.put("boxed", new java.lang.invoke.MutableCallSite(MethodHandles.lookup().findStatic(Long.class, "valueOf",
                MethodType.methodType(Long.class, long.class))));
        CompiledUnit u = Harness.compile(f, l);
        assertEquals(12L, (Object) u.entry().invoke(12L));
    }

    @Test
    void arraysAndFieldsAreReadAndWritten() throws Throwable {
        LirFunction f = Harness.parse("""
                func memory
                b0(%0:ref, %1:ref, %2:ref, %3:i64):
                  %4:i64 = array_length %0
                  %5:i64 = array_length %1
                  %6:i64 = load_i64_elem %0, %3
                  %7:f64 = load_f64_elem %1, %3
                  %8:i64 = add_i64 %6, %4
                  %9:i64 = add_i64 %8, %5
                  store_i64_elem %0, %3, %9
                  %10:f64 = i64_to_f64 %9
                  %11:f64 = add_f64 %7, %10
                  store_f64_elem %1, %3, %11
                  %12:i64 = load_field_i64 %2 {Obj.value:i64}
                  %13:f64 = load_field_f64 %2 {Obj.fvalue:f64}
                  %14:ref = load_field_ref %2 {Obj.ref:ref}
                  store_field_i64 %2, %9 {Obj.value:i64}
                  store_field_f64 %2, %11 {Obj.fvalue:f64}
                  store_field_ref %2, %0 {Obj.ref:ref}
                  %15:f64 = i64_to_f64 %12
                  %16:f64 = add_f64 %15, %13
                  return %16
                """);
        long[] ls = {1, 2, 3};
        double[] ds = {0.5, 0.25};
        TestLinkage.Obj o = new TestLinkage.Obj("t", 10, 0.5);
        CompiledUnit u = Harness.compile(f, new TestLinkage(LirType.F64));
        assertEquals(10.5, (double) u.entry().invokeExact((Object) ls, (Object) ds, (Object) o, 1L));
        assertEquals(List.of(1L, 7L, 3L), java.util.Arrays.stream(ls).boxed().toList());
        assertEquals(7.25, ds[1]);
        assertEquals(7L, o.value);
        assertEquals(7.25, o.fvalue);
        assertTrue(o.ref == ls);
    }

    @Test
    void publicFieldsResolveByClassNameWithoutAFieldTable() throws Throwable {
        LirFunction f = Harness.parse("""
                func field
                b0(%0:ref):
                  %1:i64 = load_field_i64 %0 {java.awt.Point.x:i64}
                  return %1
                """);
        // a linkage without a field table: the owner is a class its loader knows
        TestLinkage inner = new TestLinkage(LirType.I64);
        org.jpsyco.kernel.spi.Linkage plain = new org.jpsyco.kernel.spi.Linkage() {
            public java.lang.invoke.MethodHandle helper(org.jpsyco.kernel.lir.CallTarget.Helper t) {
                return inner.helper(t);
            }

            public java.lang.invoke.CallSite version(org.jpsyco.kernel.lir.CallTarget.Version t) {
                return inner.version(t);
            }

            public java.lang.invoke.MethodHandle exitHandler() {
                return inner.exitHandler();
            }

            public Class<? extends Throwable> raisedType() {
                return inner.raisedType();
            }

            public java.lang.invoke.MethodHandle raiseHandler() {
                return inner.raiseHandler();
            }

            public java.lang.invoke.MethodHandle safepointPoll() {
                return inner.safepointPoll();
            }
        };
        CompiledUnit u = Harness.BACKEND.compile(f, plain);
        assertEquals(3L, (long) u.entry().invokeExact((Object) new java.awt.Point(3, 4)));
        LirFunction bad = Harness.parse("""
                func field
                b0(%0:ref):
                  %1:i64 = load_field_i64 %0 {NoSuchLayout.x:i64}
                  return %1
                """);
        BackendException e = assertThrows(BackendException.class, () -> Harness.BACKEND.compile(bad, plain));
        assertTrue(e.getMessage().contains("{NoSuchLayout.x:i64}"), e.getMessage());
    }

    @Test
    void helpersOfTheWrongTypeFailTheCompilationClearly() {
        LirFunction f = Harness.parse("""
                func wrong
                b0(%0:i64):
                  %1:i64 = call_helper %0 @h_box(i64 -> i64)
                  return %1
                """);
        TestLinkage l = new TestLinkage(LirType.I64) {
            @Override
            public java.lang.invoke.MethodHandle helper(org.jpsyco.kernel.lir.CallTarget.Helper t) {
                try {
                    return MethodHandles.lookup().findStatic(Helpers.class, "make_pair",
                            MethodType.methodType(Object.class, double.class, Object.class));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        };
        BackendException e = assertThrows(BackendException.class, () -> Harness.BACKEND.compile(f, l));
        assertTrue(e.getMessage().contains("h_box"), e.getMessage());
    }
}
