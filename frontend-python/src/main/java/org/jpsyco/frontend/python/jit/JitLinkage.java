package org.jpsyco.frontend.python.jit;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.spi.Linkage;

/**
 * What compiled units of one program link against: {@link JitHelpers} by symbol, and the ways
 * back to the interpreter, bound to the program's {@link JitRuntime} (its exit, raise and
 * safepoint methods), and the call sites of frameless typed versions ({@link TypedCallSite}) by symbol.
 */
final class JitLinkage implements Linkage {
    private final MethodHandle exit;
    private final MethodHandle raise;
    private final MethodHandle poll;
    private final MethodHandle budget;
    private final MethodHandle count;
    private final JitRuntime runtime;

    JitLinkage(JitRuntime runtime) {
        this.runtime = runtime;
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            exit = lookup.findVirtual(JitRuntime.class, "onExit",
                    MethodType.methodType(Object.class, DeoptDescriptor.class, Object[].class)).bindTo(runtime);
            raise = lookup.findVirtual(JitRuntime.class, "onRaise",
                    MethodType.methodType(Object.class, DeoptDescriptor.class, Object[].class, Throwable.class))
                    .bindTo(runtime);
            poll = lookup.findVirtual(JitRuntime.class, "pollSafepoint", MethodType.methodType(boolean.class))
                    .bindTo(runtime);
            budget = lookup.findVirtual(JitRuntime.class, "recursionBudget", MethodType.methodType(long.class))
                    .bindTo(runtime);
            count = lookup.findVirtual(JitRuntime.class, "countCalls", MethodType.methodType(void.class, long.class))
                    .bindTo(runtime);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public MethodHandle helper(CallTarget.Helper target) {
        if (AssumptionSwitches.names(target.symbol())) {
            return runtime.typed().switches().handle(target.symbol(), target.params().size());
        }
        return HelperTable.get().handle(target.symbol());
    }

    @Override
    public CallSite version(CallTarget.Version target) {
        TypedCallSite site = runtime.typed().site(target.symbol());
        return site == null ? null : site.site;
    }

    @Override
    public org.jpsyco.kernel.spi.CompiledUnit linkedUnit(CallTarget.Version target) {
        TypedCallSite site = runtime.typed().site(target.symbol());
        Unit u = site == null ? null : site.linkedUnit();
        return u == null ? null : u.compiled() instanceof RelinkingUnit r ? r.unwrapped() : u.compiled();
    }

    @Override
    public MethodHandle exitHandler() {
        return exit;
    }

    @Override
    public Class<? extends Throwable> raisedType() {
        return RuntimeException.class; // Python's exceptions and typed results (JitRuntime#onRaise tells them apart)
    }

    @Override
    public MethodHandle raiseHandler() {
        return raise;
    }

    @Override
    public MethodHandle safepointPoll() {
        return poll;
    }

    @Override
    public MethodHandle recursionBudget() {
        return budget;
    }

    @Override
    public MethodHandle countCalls() {
        return count;
    }

    /**
     * The linkage of a compilation of the typed version {@code e}: the same, and it tells the
     * backend which calls are {@code e} calling itself (call sites made for {@code e}).
     */
    Linkage forTyped(TypedVersions.Entry e) {
        return new ForwardingLinkage(this) {
            @Override
            public boolean callsItself(CallTarget.Version target) {
                TypedCallSite site = runtime.typed().site(target.symbol());
                return site != null && site.entry == e && site.ret == e.ret && !site.budgeted;
            }
        };
    }
}
