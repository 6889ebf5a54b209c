package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.jit.AVal.Const;
import org.jpsyco.frontend.python.jit.AVal.Run;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;

/**
 * The meta-implementation of positional calls ({@code CALL}).
 *
 * <p>Known callees. A callee is known when its abstract value says which function it is: a
 * compile-time constant (what a constants strategy makes of a global, guarded by its own
 * assumptions) or a run-time value hinted with the function the name held when the caller was
 * specialized ({@link #hintGlobal}). Either way {@link #knownCallee} gives the function, and a
 * plain one (exactly these positional parameters, no generator) gets a direct call site
 * ({@link DirectCallSite}): the helper checks the callee's identity at run time (a rebound name
 * takes the generic call, never a wrong function) and enters the callee's compiled version
 * through a relinkable call site.
 *
 * <p>A constant plain function given few arguments is first offered a frameless typed call
 * ({@link TypedVersions}): unboxed ints and floats passed as they are to a version specialized
 * for their kinds, no frame built, the result unboxed when that version returns numbers.
 *
 * <p>Every other positional call with few arguments is a fixed-arity generic call
 * ({@link CallHelpers}), which builds a plain function's frame without an argument array; more
 * arguments go through the variadic {@code call} helper.
 */
final class CallSites {
    /** The most arguments the fixed-arity helpers take. */
    static final int MAX_FIXED = 6;

    private CallSites() {
    }

    /**
     * A global's value, hinted with the Python function the name held when this version was
     * specialized (when it carries no other hint); a guess, checked by the call that uses it.
     */
    static AVal hintGlobal(Specializer s, AVal v, int nameIndex) {
        if (!(v instanceof Run r) || r.hint() != null || r.kind() != org.jpsyco.frontend.python.jit.spi.PyKind.OBJECT
                || s.seen == null) {
            return v;
        }
        PyObject g = s.seen.globals.getStr(s.co.names[nameIndex]);
        return g instanceof PyFunction pf ? new Run(r.value(), r.maybeUnbound(), r.kind(), pf, null) : v;
    }

    /** The function a callee's abstract value is known to be, or null. */
    static PyFunction knownCallee(AVal fn) {
        return switch (fn) {
            case Const c when c.value() instanceof PyFunction pf -> pf;
            case Run r when r.hint() instanceof PyFunction pf -> pf;
            default -> null;
        };
    }

    /**
     * A call of a method resolved at compile time on a receiver whose class is guarded (the bound
     * method is virtual): a frameless typed call of its function with the receiver first, or null
     * when it has no frameless version (the caller then calls it framed). The arguments stay on
     * the stack for the caller to replace.
     */
    static AVal typedMethodCall(Specializer s, PyFunction f, AVal receiver, int argc) {
        if (argc + 1 > MAX_FIXED) {
            return null;
        }
        AVal[] argVals = new AVal[argc + 1];
        argVals[0] = receiver;
        for (int i = 0; i < argc; i++) {
            argVals[1 + i] = s.peek(argc - i);
        }
        AVal r = typedCall(s, f, argVals);
        s.counted(r != null ? "method frameless" : "method direct");
        return r;
    }

    /** {@code CALL argc}: pops the arguments and the callee, returns the result (unboxed from a typed call returning a number). */
    static AVal callKinded(Specializer s, int argc) {
        if (argc < MAX_FIXED && s.peek(argc + 1) instanceof Const c
                && c.value() instanceof org.jpsyco.frontend.python.objects.PyType t) {
            AVal r = typedConstructor(s, t, argc);
            if (r != null) {
                for (int i = 0; i <= argc; i++) {
                    s.pop();
                }
                s.counted("constructor frameless");
                return r;
            }
        }
        if (argc <= MAX_FIXED && s.peek(argc + 1) instanceof Const c && c.value() instanceof PyFunction pf) {
            AVal[] argVals = new AVal[argc];
            for (int i = 0; i < argc; i++) {
                argVals[i] = s.peek(argc - i);
            }
            AVal r = typedCall(s, pf, argVals);
            if (r != null) {
                s.counted("function frameless");
                for (int i = 0; i <= argc; i++) {
                    s.pop();
                }
                return r;
            }
        }
        return new Run(call(s, argc), false);
    }

    /**
     * {@code cls(args)} of a constant plain class (metaclass {@code type}, {@code object.__new__},
     * an {@code __init__} defined in Python taking exactly these arguments) as the allocation of
     * the instance and a frameless typed call of {@code __init__} on it, or null (the arguments
     * stay on the stack). The class's bindings of {@code __init__} and {@code __new__} are assumed:
     * replacing either invalidates the caller. An {@code __init__} that raises leaves the caller
     * at its {@code CALL}, whose traceback entry is the constructor call's, as in the interpreter.
     */
    static AVal typedConstructor(Specializer s, org.jpsyco.frontend.python.objects.PyType t, int argc) {
        PyFunction init = t.plainInit();
        if (init == null || !(s.ctx instanceof JitRuntime jit) || !s.typed
                || !TypedVersions.candidate(init, argc + 1) || !jit.worthTyped(init.code)) {
            return null;
        }
        NamespaceWatch w = NamespaceWatch.of(t);
        org.jpsyco.kernel.cache.Assumption initBound = w == null ? null : w.assume("__init__");
        org.jpsyco.kernel.cache.Assumption newBound = w == null ? null : w.assume("__new__");
        if (initBound == null || newBound == null) {
            return null;
        }
        AVal[] argVals = new AVal[argc + 1];
        StringBuilder kinds = new StringBuilder("r");
        for (int i = 0; i < argc; i++) {
            argVals[1 + i] = s.peek(argc - i);
            kinds.append(TypedVersions.kindOf(argVals[1 + i]));
        }
        TypedVersions.Entry e = jit.typed().entry(init, kinds.toString());
        if (!jit.typed().ensure(e)) {
            return null;
        }
        s.tool.constants.guardHolds(initBound, newBound);
        LirValue obj = s.b.call(s.helpers.target("newInstance"), null, s.refConst("class " + t.name(), t));
        argVals[0] = new Run(obj, false);
        AVal r = typedCall(s, init, argVals);
        if (r == null) {
            return null; // not reached: the entry was just made (the allocation is then dead code)
        }
        s.b.call(s.helpers.target("initReturnedNone"), s.here, s.value(r));
        return new Run(obj, false);
    }

    /** {@code CALL argc}: pops the arguments and the callee, returns the result. */
    static LirValue call(Specializer s, int argc) {
        if (argc > HelperTable.MAX_ARITY) {
            throw new Specializer.Decline("CALL with " + argc + " operands (at most " + HelperTable.MAX_ARITY + ")");
        }
        AVal[] argVals = new AVal[argc];
        for (int i = argc - 1; i >= 0; i--) {
            argVals[i] = s.pop();
        }
        AVal callee = s.pop();
        LirValue[] args = new LirValue[argc];
        for (int i = 0; i < argc; i++) {
            args[i] = s.value(argVals[i]);
        }
        LirValue fn = s.value(callee);
        if (argc > MAX_FIXED) {
            return s.b.call(s.helpers.target("call", argc), s.here, prepend(args, s.frame, s.i64(s.pc), fn));
        }
        PyFunction known = knownCallee(callee);
        if (known != null) {
            s.counted("function direct");
            return callKnown(s, known, fn, args);
        }
        s.counted("generic");
        return s.b.call(s.helpers.target("call" + argc), s.here, prepend(args, s.frame, s.i64(s.pc), fn));
    }

    /**
     * A call of a function known at specialization ({@code fn} evaluates to it, or is checked to
     * by the helper): a direct call site when it is plain, else a generic call. Bound methods not
     * built call their function this way with the receiver as first argument.
     */
    static LirValue callKnown(Specializer s, PyFunction known, LirValue fn, LirValue[] args) {
        int argc = args.length;
        if (argc > MAX_FIXED) {
            return s.b.call(s.helpers.target("call", argc), s.here, prepend(args, s.frame, s.i64(s.pc), fn));
        }
        if (CallHelpers.plain(known.code, argc) && s.ctx instanceof JitRuntime jit) {
            if (Specializer.frameReader(known.code) != null) {
                writeBackLocals(s);
            }
            DirectCallSite site = DirectCallSite.of(known, jit);
            LirValue siteRef = s.refConst("direct:" + known.qualname, site);
            return s.b.call(s.helpers.target("callDirect" + argc), s.here,
                    prepend(args, s.frame, s.i64(s.pc), fn, siteRef));
        }
        return s.b.call(s.helpers.target("call" + argc), s.here, prepend(args, s.frame, s.i64(s.pc), fn));
    }

    /**
     * A call of a constant function as a frameless typed call ({@link TypedVersions}): unboxed
     * ints and floats are passed as they are, anything else as a reference; null when the callee
     * cannot have a frameless version for these kinds (the caller then takes the framed ways).
     * The callee's version is made now, so a callee that turns out to need a frame is known before
     * the caller commits to the call; a recursive call of the function being made links on its
     * first execution. The caller depends on the callee staying frameless.
     */
    static AVal typedCall(Specializer s, PyFunction known, AVal[] args) {
        if (!(s.ctx instanceof JitRuntime jit) || !s.typed || !TypedVersions.candidate(known, args.length)
                || !jit.worthTyped(known.code)) {
            return null;
        }
        StringBuilder kinds = new StringBuilder();
        for (AVal a : args) {
            kinds.append(TypedVersions.kindOf(a));
        }
        TypedVersions tv = jit.typed();
        TypedVersions.Entry e = tv.entry(known, kinds.toString());
        if (!tv.ensure(e)) {
            return null;
        }
        AVal inlined = Inliner.inline(s, e, args, kinds.toString());
        if (inlined != null) {
            return inlined;
        }
        TypedCallSite site = s.seen == e.template ? tv.newOwnSite(e, s.budget != null) : tv.newSite(e);
        s.tool.constants.assumed.add(e.frameless);
        LirValue[] ops = new LirValue[args.length + (site.budgeted ? 1 : 0)];
        java.util.List<org.jpsyco.kernel.lir.LirType> types = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            char k = kinds.charAt(i);
            ops[i] = k == 'r' ? s.value(args[i]) : ((AVal.Unboxed) args[i]).value();
            types.add(k == 'i' ? org.jpsyco.kernel.lir.LirType.I64
                    : k == 'f' ? org.jpsyco.kernel.lir.LirType.F64 : org.jpsyco.kernel.lir.LirType.REF);
        }
        if (site.budgeted) { // the version calling itself, one call deeper
            ops[args.length] = s.b.op(LirOp.SUB_I64, s.budget, s.i64(1));
            types.add(org.jpsyco.kernel.lir.LirType.I64);
        }
        s.notes.add("  " + s.pc + " CALL (line " + s.co.lineOf(s.pc) + "): frameless " + e + " -> " + site.ret
                + (site.budgeted ? " (budgeted)" : ""));
        LirValue r = s.b.call(new org.jpsyco.kernel.lir.CallTarget.Version(site.symbol, types, switch (site.ret) {
            case 'i' -> org.jpsyco.kernel.lir.LirType.I64;
            case 'f' -> org.jpsyco.kernel.lir.LirType.F64;
            default -> org.jpsyco.kernel.lir.LirType.REF;
        }), s.here, ops);
        return switch (site.ret) {
            case 'i' -> new AVal.Unboxed(r, org.jpsyco.frontend.python.jit.spi.PyKind.INT);
            case 'f' -> new AVal.Unboxed(r, org.jpsyco.frontend.python.jit.spi.PyKind.FLOAT);
            default -> new Run(r, false);
        };
    }

    /**
     * Stores the caller's bound locals into its frame, for a callee that reads its caller's frame
     * ({@code sys._getframe(1).f_locals}): compiled code keeps them in its own values.
     */
    private static void writeBackLocals(Specializer s) {
        for (int i = 0; i < s.nlocals; i++) {
            AVal v = s.locals[i];
            if (!(v instanceof AVal.Unbound) && !(v instanceof Run r && r.maybeUnbound())) {
                s.b.call(s.helpers.target("storeFast"), null, s.frame, s.i64(i), s.value(v));
            }
        }
    }

    private static LirValue[] prepend(LirValue[] rest, LirValue... first) {
        LirValue[] r = new LirValue[first.length + rest.length];
        System.arraycopy(first, 0, r, 0, first.length);
        System.arraycopy(rest, 0, r, first.length, rest.length);
        return r;
    }
}
