package org.jpsyco.frontend.python.jit;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;

import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.spi.Linkage;

/**
 * A linkage that gives another linkage's answers, for the linkages that change a few of them
 * (a typed version's, which knows its own self-calls; the frozen one a compiler thread reads).
 */
abstract class ForwardingLinkage implements Linkage {
    protected final Linkage base;

    ForwardingLinkage(Linkage base) {
        this.base = base;
    }

    @Override
    public MethodHandle helper(CallTarget.Helper target) {
        return base.helper(target);
    }

    @Override
    public CallSite version(CallTarget.Version target) {
        return base.version(target);
    }

    @Override
    public CompiledUnit linkedUnit(CallTarget.Version target) {
        return base.linkedUnit(target);
    }

    @Override
    public MethodHandle exitHandler() {
        return base.exitHandler();
    }

    @Override
    public Class<? extends Throwable> raisedType() {
        return base.raisedType();
    }

    @Override
    public MethodHandle raiseHandler() {
        return base.raiseHandler();
    }

    @Override
    public MethodHandle safepointPoll() {
        return base.safepointPoll();
    }

    @Override
    public MethodHandle recursionBudget() {
        return base.recursionBudget();
    }

    @Override
    public MethodHandle countCalls() {
        return base.countCalls();
    }

    @Override
    public boolean callsItself(CallTarget.Version target) {
        return base.callsItself(target);
    }
}
