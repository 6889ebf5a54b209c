package org.jpsyco.frontend.python.jit;

import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.interp.Interpreter;
import org.jpsyco.frontend.python.interp.JitHook;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.runtime.JitSettings;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;
import org.jpsyco.kernel.api.Tunable;
import org.jpsyco.kernel.cache.CodeCache;
import org.jpsyco.kernel.cache.CompiledVersion;
import org.jpsyco.kernel.cache.Invalidation;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.value.AbstractFrame;
import org.jpsyco.kernel.value.RunTime;
import org.jpsyco.kernel.value.Snapshot;

/**
 * The JIT of one running program: the triggers, the compile driver and the way back.
 *
 * <p>Triggers. The interpreter calls {@link #enter} at every function entry and
 * {@link #loopHead} at every backward jump. In {@code full} mode a function is compiled at its
 * first call and a loop head of a running frame (module level too) at its first iteration; in
 * {@code profile} mode after {@link Tunable#CALL_THRESHOLD} calls or
 * {@link Tunable#LOOP_THRESHOLD} iterations of one loop head. A compiled loop head is entered
 * from the running frame (on-stack replacement): its unit reads locals and stack from the frame.
 *
 * <p>Compile driver: code object and entry instruction, {@link Specializer} (generic path),
 * the kernel's verifier, then the backends in the policy's order (filtered by {@code --backend}),
 * the first that does not decline compiles; the unit goes into the kernel's {@link CodeCache}
 * (memory accounting, eviction). A decline is recorded with its reason and is final for that
 * entry.
 *
 * <p>The way back. A unit leaving through a deopt descriptor calls {@link #onExit} or
 * {@link #onRaise}, which write the state back into the activation's frame (its fast locals and
 * value stack; slot 0 of every descriptor is the frame itself) and return {@link #CONTINUE};
 * the entry point that ran the unit then lets the interpreter finish the activation, raising the
 * pending exception first at the instruction that raised it. The interpreter's own recursion
 * check, frame chain and traceback code therefore serve compiled code unchanged.
 *
 * <p>Threads: all of this runs under the runtime's global lock, like the interpreter; only the
 * JVM backend's class generation may run on a compiler thread ({@link BackgroundCompiler},
 * {@code JPSYCO_JIT_BACKGROUND=1}), and its unit is installed by the interpreter's thread.
 */
public final class JitRuntime implements JitHook {
    /** What an exit handler returns: the activation continues in the interpreter. */
    static final Object CONTINUE = new Object() {
        @Override
        public String toString() {
            return "<continue in the interpreter>";
        }
    };
    private static final MethodType ENTRY = MethodType.methodType(Object.class, Object.class);
    private static final int MAX_RECOMPILATIONS = 4;
    private static final int MAX_LOGGED_EXITS = 10_000;
    /**
     * Whether {@code --jit=profile} builds classes on a compiler thread unless told otherwise.
     * Off: on the shared two-core machine it did not pay (user CPU, loaded, one run each: logscan
     * 9.7/10.1 s synchronous against 11.5/11.7 s in the background, raytracer 6.8 against 7.1,
     * templates 9.3 against 8.6, constraints 11.9 against 11.7, nqueens 3.4 both): the second core
     * is already busy with HotSpot's compiler threads during warm-up, and the interpreter runs
     * the hot code longer. {@code JPSYCO_JIT_BACKGROUND=1} turns it on.
     */
    private static final boolean DEFAULT_BACKGROUND = false;

    private final PythonRuntimeState rt;
    private final Interpreter interp;
    private final Supplier<List<Backend>> backends;
    private final Supplier<List<StrategyBinding>> strategies;
    private final JitSettings.Backend backendFilter;
    private final JitLinkage linkage;
    private final CodeCache cache;
    private final JitStats stats = new JitStats();
    private final Map<CodeObject, CodeState> codes = new IdentityHashMap<>();
    /** Entries into compiled code, of which every 64th refreshes the version's place in the cache's LRU order. */
    private int entries;
    private static final int ENTRY_SAMPLE = 63;
    private final Snapshot entrySnapshot = Snapshot.of(AbstractFrame.of(new RunTime(new LirValue(0, LirType.REF))));
    private JitSettings.Mode mode;
    private final long callThreshold;
    private final long loopThreshold;
    private final long stressEvery;
    private final boolean stress;
    private final long maxUnitInstructions;
    private long stressCount;
    private JitLog log;
    private long loggedExits;
    private boolean stopped;
    /** The exception a unit raised, handed from {@link #onRaise} to the entry point that ran the unit. */
    private PyException pending;
    /** Frameless typed versions and their call sites. */
    private final TypedVersions typed;
    /** Builds classes on a compiler thread, or null: everything compiles synchronously. */
    private final BackgroundCompiler background;
    /** Set by {@link #ready} for the {@link #shouldCompile} right after it: that entry's unit is being built. */
    private boolean waiting;

    private JitRuntime(PythonRuntimeState rt, JitSettings settings, Map<String, String> env,
            Supplier<List<Backend>> backends, Supplier<List<StrategyBinding>> strategies) {
        this.rt = rt;
        this.interp = rt.interpreter;
        this.backends = backends;
        this.strategies = strategies;
        this.backendFilter = settings.backend();
        this.mode = settings.mode();
        long envThreshold = number(env.get("JPSYCO_JIT_THRESHOLD"));
        this.callThreshold = first(settings.callThreshold(), envThreshold, Tunable.CALL_THRESHOLD.defaultValue());
        this.loopThreshold = first(settings.loopThreshold(), envThreshold, Tunable.LOOP_THRESHOLD.defaultValue());
        this.stressEvery = first(settings.deoptStress(), number(env.get("JPSYCO_DEOPT_STRESS")),
                Tunable.DEOPT_STRESS.defaultValue());
        this.stress = stressEvery < Tunable.DEOPT_STRESS.defaultValue();
        long maxUnit = number(env.get("JPSYCO_JIT_MAX_UNIT"));
        this.maxUnitInstructions = maxUnit > 0 ? maxUnit : Tunable.MAX_UNIT_INSTRUCTIONS.defaultValue();
        long cacheBytes = number(env.get("JPSYCO_CODE_CACHE_BYTES"));
        this.cache = new CodeCache(cacheBytes > 0 ? cacheBytes : Tunable.CODE_CACHE_BYTES.defaultValue(), (int) Tunable.MAX_ENTRY_VERSIONS.defaultValue(),
                (int) Tunable.MAX_NESTED_WEIGHT.defaultValue());
        this.linkage = new JitLinkage(this);
        this.typed = new TypedVersions(this);
        this.background = background(settings, env) ? new BackgroundCompiler(this::install) : null;
    }

    /**
     * Whether classes are built on a compiler thread: {@code JPSYCO_JIT_BACKGROUND=1} or {@code 0}
     * decides; otherwise only under {@code --jit=profile} with the default thresholds. {@code
     * --jit=full}, the stress setting and explicit thresholds compile synchronously, so what runs
     * compiled does not depend on the compiler thread's speed (the golden suite's modes).
     */
    private boolean background(JitSettings settings, Map<String, String> env) {
        String on = env.get("JPSYCO_JIT_BACKGROUND");
        if (on != null && !on.isBlank()) {
            return !on.strip().equals("0");
        }
        return DEFAULT_BACKGROUND && mode == JitSettings.Mode.PROFILE && !stress && settings.callThreshold() <= 0
                && settings.loopThreshold() <= 0 && number(env.get("JPSYCO_JIT_THRESHOLD")) <= 0;
    }

    /**
     * Installs the JIT on {@code rt}'s interpreter unless its mode is off; returns it (or null).
     * {@code backends} gives the backend services best-ranked first, {@code strategies} the
     * Python strategies in policy order, at each compilation.
     */
    public static JitRuntime install(PythonRuntimeState rt, Map<String, String> env, Supplier<List<Backend>> backends,
            Supplier<List<StrategyBinding>> strategies, PrintStream err) {
        JitSettings s = rt.jit;
        if (s.mode() == JitSettings.Mode.OFF) {
            return null;
        }
        JitRuntime j = new JitRuntime(rt, s, env, backends, strategies);
        if (s.logFile() != null) {
            j.log = JitLog.open(s.logFile(), err);
        }
        rt.interpreter.jit = j;
        return j;
    }

    private static long number(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long first(long a, long b, long c) {
        return a > 0 ? a : b > 0 ? b : c;
    }

    Interpreter interpreter() {
        return interp;
    }

    PythonRuntimeState state() {
        return rt;
    }

    // ---- triggers

    @Override
    public PyObject enter(Frame f) {
        CodeState cs = state(f);
        if (cs.body) {
            return null; // runs once: compiled only at its hot loops
        }
        int pc = f.pc; // 0, or where a generator resumes
        if (pc == 0 && cs.entryClosed) {
            return null; // the common case of a function that declined: one flag, no map lookups
        }
        Unit u = pc == 0 ? cs.entry : cs.unitAt(pc);
        if (u == null || !u.valid()) {
            if (u != null) {
                dropInvalid(cs, pc, u);
            }
            u = background == null || background.idle() ? null : ready(cs, pc);
            if (u == null) {
                int n = pc == 0 ? ++cs.calls : cs.resumes.merge(pc, 1, Integer::sum);
                if (!shouldCompile(cs, pc, n, callThreshold)) {
                    return null;
                }
                u = compile(cs, pc, f);
                if (u == null) {
                    return null;
                }
            }
        }
        f.yielded = false;
        Object r = run(u, f);
        if (r != CONTINUE) {
            return (PyObject) r;
        }
        PyException p = pending;
        pending = null;
        return interp.continueAt(f, p);
    }

    /**
     * After a unit a direct call entered ({@link DirectCallSite}) left for the interpreter: the
     * interpreter finishes the activation, raising the pending exception first if it raised.
     */
    PyObject finish(Frame f) {
        PyException p = pending;
        pending = null;
        return interp.continueAt(f, p);
    }

    /** The exception a unit that left raised, taken by whoever finishes its activation. */
    PyException takePending() {
        PyException p = pending;
        pending = null;
        return p;
    }

    @Override
    public PyObject loopHead(Frame f) {
        CodeState cs = state(f);
        int pc = f.pc;
        Unit u = cs.unitAt(pc);
        if (u == null || !u.valid()) {
            if (u != null) {
                dropInvalid(cs, pc, u);
            }
            u = background == null || background.idle() ? null : ready(cs, pc);
            if (u == null) {
                int n = cs.backEdges.merge(pc, 1, Integer::sum);
                if (!shouldCompile(cs, pc, n, loopThreshold)) {
                    return null;
                }
                u = compile(cs, pc, f);
                if (u == null) {
                    return null;
                }
            }
        }
        Object r = run(u, f);
        if (r != CONTINUE) {
            return (PyObject) r;
        }
        PyException p = pending;
        if (p != null) {
            pending = null;
            f.lasti = f.pc - 1;
            throw p;
        }
        return null;
    }

    private CodeState state(Frame f) {
        if (f.code.jitState instanceof CodeState cs && cs.owner == this) {
            return cs;
        }
        CodeState cs = codes.get(f.code);
        if (cs == null) {
            cs = new CodeState(f.code, f.locals != null);
            cs.owner = this;
            codes.put(f.code, cs);
        }
        f.code.jitState = cs;
        return cs;
    }

    /**
     * With compilations on the compiler thread: installs those that finished; returns the unit
     * now entered at {@code cs}/{@code pc}, or null. While its own is still being built the entry
     * is closed for now ({@link #shouldCompile} sees it pending).
     */
    private Unit ready(CodeState cs, int pc) {
        Object o = background.check(cs, pc);
        if (o == BackgroundCompiler.WAITING) {
            waiting = true;
            return null;
        }
        return (Unit) o;
    }

    private boolean shouldCompile(CodeState cs, int pc, long count, long threshold) {
        if (waiting) {
            waiting = false;
            return false; // its unit is being built
        }
        if (cs.never || stopped || cs.declinedAt.containsKey(pc)) {
            return false;
        }
        if (background != null && background.full() && mode != JitSettings.Mode.FULL && !cs.bound) {
            return false; // the compiler thread is behind: hot code asks again at its next trigger
        }
        return mode == JitSettings.Mode.FULL || cs.bound || count >= threshold;
    }

    private void dropInvalid(CodeState cs, int pc, Unit u) {
        cs.removeUnit(pc);
        if (pc == 0) {
            cs.entry = null;
        }
        u.compiled().invalidate();
        Invalidation why = u.version().invalidation();
        if (why != null && why.reason() == Invalidation.Reason.ASSUMPTION_BROKEN && why.detail() != null
                && (why.detail().startsWith("strategy ") || why.detail().startsWith("backend "))) {
            return; // a bundle went away: specializing again with what is left is always worth it
        }
        if (why != null && why.reason() == Invalidation.Reason.ASSUMPTION_BROKEN && why.detail() != null
                && why.detail().startsWith("constant ")) {
            return; // a name was rebound: bounded per name (NamespaceWatch), the next version loads it at run time
        }
        if (++cs.recompilations > MAX_RECOMPILATIONS) {
            decline(cs, pc, "invalidated " + MAX_RECOMPILATIONS + " times: left to the interpreter");
        }
    }

    private Object run(Unit u, Frame f) {
        if ((++entries & ENTRY_SAMPLE) == 0) {
            cache.entered(u.version()); // the LRU order needs only a sample of the entries, not a lock per call
        }
        Object r;
        try {
            r = u.entry().invokeExact((Object) f);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return r == null ? CONTINUE : r;
    }

    // ---- the compile driver

    /** The strategies this program may use now: the policy's, filtered by {@code --strategies}. */
    List<StrategyBinding> activeStrategies() {
        List<StrategyBinding> out = new ArrayList<>();
        for (StrategyBinding sb : strategies.get()) {
            if (rt.jit.allows(sb.name()) && (sb.active() == null || sb.active().valid())) {
                out.add(sb);
            }
        }
        return out;
    }

    private Unit compile(CodeState cs, int pc, Frame f) {
        long t0 = System.nanoTime();
        CodeObject co = cs.code;
        Specializer.Result r;
        try {
            r = Specializer.specialize(co, pc, this, stress, f, activeStrategies(), cs.profile);
        } catch (RuntimeException e) {
            r = Specializer.Result.declined("internal error in the specializer: " + e);
        }
        if (r.declined() == null) {
            int size = r.function().blocks().stream().mapToInt(b -> b.instructions().size()).sum();
            if (size > maxUnitInstructions) {
                r = Specializer.Result.declined("too large: " + size + " LIR instructions (at most "
                        + maxUnitInstructions + ")");
            }
        }
        if (r.declined() != null) {
            stats.compileNanos += System.nanoTime() - t0;
            decline(cs, pc, r.declined());
            return null;
        }
        List<String> why = new ArrayList<>();
        List<Backend> candidates = new ArrayList<>();
        for (Backend be : backends.get()) {
            if (!accepts(be)) {
                continue;
            }
            String no = be.declines(r.function());
            if (no == null && backendFilter == JitSettings.Backend.AUTO && !be.prefers(r.function())) {
                no = "slower here than the next backend";
            }
            if (no != null) {
                why.add(be.name() + ": " + no);
            } else {
                candidates.add(be);
            }
        }
        long specialized = System.nanoTime() - t0;
        // psyco.bind and psyco.full() promise compiled code at the next call: those stay synchronous
        if (background != null && mode == JitSettings.Mode.PROFILE && !cs.bound && BackgroundCompiler.movable(candidates)) {
            stats.compileNanos += specialized;
            background.submit(cs, pc, r, candidates, why, specialized, linkage);
            return null; // the interpreter goes on; the unit is installed at a later check
        }
        BackgroundCompiler.Built b = BackgroundCompiler.build(r.function(), candidates, linkage, why);
        stats.compileNanos += specialized;
        return install(new BackgroundCompiler.Pending(cs, pc, r, why, specialized, null), b);
    }

    /**
     * Installs a built unit in the code cache and in its code's state (on the interpreter's
     * thread, right after {@link BackgroundCompiler#build} or at a check after the compiler thread
     * built it); declines the entry when no backend built it.
     */
    private Unit install(BackgroundCompiler.Pending p, BackgroundCompiler.Built b) {
        long t0 = System.nanoTime();
        CodeState cs = p.cs();
        int pc = p.pc();
        Specializer.Result r = p.result();
        stats.backendNanos += b.nanos();
        List<String> why = new ArrayList<>(b.why());
        boolean late = p.future() != null;
        if (late && (stopped || cs.never || cs.unitAt(pc) != null)) {
            if (b.unit() != null) {
                b.unit().invalidate(); // psyco stopped or unbound it while it was being built
            }
            return null;
        }
        if (b.unit() != null) {
            Backend be = b.backend();
            CompiledUnit cu = b.unit();
            List<org.jpsyco.kernel.cache.Assumption> assumptions = new ArrayList<>();
            for (StrategyBinding sb : r.used()) {
                if (sb.active() != null) {
                    assumptions.add(sb.active());
                }
            }
            assumptions.addAll(r.assumed()); // the bindings of names made compile-time constants
            if (BoundBackend.activeOf(be) != null) {
                assumptions.add(BoundBackend.activeOf(be)); // the backend's bundle stays started
            }
            CompiledVersion v = cache.install(cs.key(pc), entrySnapshot, cu, cu.codeBytes(), assumptions);
            long nanos = p.specializeNanos() + b.nanos() + System.nanoTime() - t0;
            stats.compileNanos += System.nanoTime() - t0 + (late ? 0 : b.nanos());
            if (v == null && late && assumptions.stream().anyMatch(a -> !a.valid())) {
                // an assumption broke while the class was being built (a name rebound, a bundle
                // stopped): the next trigger specializes again with what holds then
                cu.invalidate();
                return null;
            }
            if (v != null) {
                Unit u = new Unit(cu, b.entry(), v, r.function(), r.sites());
                installed(cs, pc, u, r, why, nanos, late);
                return u;
            }
            why.add("refused by the code cache");
        }
        decline(cs, pc, why.isEmpty() ? "no backend" + (backendFilter == JitSettings.Backend.AUTO ? ""
                : " named " + backendFilter.name().toLowerCase()) + " is available" : String.join("; ", why));
        return null;
    }

    private void installed(CodeState cs, int pc, Unit u, Specializer.Result r, List<String> why, long nanos,
            boolean late) {
        cs.putUnit(pc, u);
        if (pc == 0) {
            cs.entry = u;
        }
        cs.everCompiled = true;
        stats.compiledVersions++;
        if (late) {
            stats.backgroundVersions++;
        }
        CompiledUnit cu = u.compiled();
        stats.codeBytes += cu.codeBytes();
        stats.backends.merge(cu.backend(), 1L, Long::sum);
        for (StrategyBinding sb : r.used()) {
            stats.strategy(sb.name())[0]++;
        }
        r.counts().forEach((name, c) -> {
            long[] t = stats.strategy(name);
            t[1] += c[0];
            t[2] += c[1];
            t[3] += c[2];
        });
        if (log != null) {
            List<String> notes = new ArrayList<>();
            for (String w : why) {
                notes.add("declined by " + w);
            }
            if (late) {
                notes.add("class built on the compiler thread");
            }
            notes.addAll(r.notes());
            log.compiled(cs.code, pc, u, nanos, notes);
        }
    }

    private boolean accepts(Backend be) {
        return switch (backendFilter) {
            case AUTO -> true;
            case JVM -> be.name().equals("jvm");
            // i386 ranks first; what it declines still goes to the jvm backend
            case I386 -> be.name().equals("i386") || be.name().equals("jvm");
        };
    }

    private void decline(CodeState cs, int pc, String reason) {
        cs.declinedAt.put(pc, reason);
        if (pc == 0) {
            cs.entryClosed = true;
        }
        cs.declined = reason;
        stats.declines++;
        if (log != null) {
            log.declined(cs.code, pc, reason);
        }
    }

    // ---- frameless typed versions ({@link TypedVersions})

    TypedVersions typed() {
        return typed;
    }

    boolean stressing() {
        return stress;
    }

    TypeProfile profileOf(CodeObject co) {
        CodeState cs = codes.get(co);
        return cs == null ? null : cs.profile;
    }

    /**
     * Whether calls of {@code co} from compiled code should go to typed versions: the JIT may
     * compile it, and it is hot (compiled already, or called at least twice) or every call compiles.
     */
    boolean worthTyped(CodeObject co) {
        CodeState cs = codes.get(co);
        if (stopped || cs == null && mode != JitSettings.Mode.FULL) {
            return false;
        }
        return cs == null || !cs.never && (mode == JitSettings.Mode.FULL || cs.bound || cs.everCompiled || cs.calls >= 2);
    }

    /** As for other versions: the backend chosen, or under automatic selection the first that prefers it. */
    private boolean takesTyped(Backend be, LirFunction f) {
        return accepts(be) && be.declines(f) == null && (backendFilter != JitSettings.Backend.AUTO || be.prefers(f));
    }

    /**
     * Whether typed versions may be budgeted ({@link TypedVersions}): not when backend-i386 is
     * chosen, whose units reach a budgeted version's calls of itself only through Java.
     */
    boolean budgetsTyped() {
        return backendFilter != JitSettings.Backend.I386;
    }

    /** Compiles a typed version's LIR with the JVM backend (its entry takes unboxed arguments) and installs it. */
    Unit installTyped(TypedVersions.Entry e, Specializer.Result r) {
        long t0 = System.nanoTime();
        for (Backend be : backends.get()) {
            if (!takesTyped(be, r.function())) {
                continue;
            }
            CompiledUnit cu;
            MethodHandle entry;
            long tb = System.nanoTime();
            try {
                cu = new RelinkingUnit(be.compile(r.function(), linkage.forTyped(e)));
                entry = cu.entry().asType(TypedCallSite.typeOf(TypedVersions.entryKinds(e, r.function()), e.ret));
            } catch (RuntimeException ex) {
                continue;
            } finally {
                stats.backendNanos += System.nanoTime() - tb;
            }
            List<org.jpsyco.kernel.cache.Assumption> assumptions = new ArrayList<>();
            for (StrategyBinding sb : r.used()) {
                if (sb.active() != null) {
                    assumptions.add(sb.active());
                }
            }
            assumptions.addAll(r.assumed());
            if (BoundBackend.activeOf(be) != null) {
                assumptions.add(BoundBackend.activeOf(be));
            }
            CompiledVersion v = cache.install(e, entrySnapshot, cu, cu.codeBytes(), assumptions);
            long nanos = System.nanoTime() - t0;
            stats.compileNanos += nanos;
            if (v == null) {
                return null;
            }
            Unit u = new Unit(cu, entry, v, r.function(), r.sites());
            stats.compiledVersions++;
            stats.codeBytes += cu.codeBytes();
            stats.backends.merge(cu.backend(), 1L, Long::sum);
            if (log != null) {
                List<String> notes = new ArrayList<>();
                notes.add("frameless typed version " + e);
                notes.addAll(r.notes());
                log.compiled(e.function.code, 0, u, nanos, notes);
            }
            return u;
        }
        return null;
    }

    void typedDeclined(TypedVersions.Entry e, String why) {
        if (log != null) {
            log.declined(e.function.code, 0, "frameless typed version " + e + ": " + why);
        }
    }

    // ---- the way back (called by compiled code through the linkage)

    /** How many more calls the recursion limit allows now (compiled code counting calls of its own). */
    long recursionBudget() {
        return (long) rt.recursionLimit - interp.depth();
    }

        /** Counts calls compiled code made natively (negative: gives them back). */
    void countCalls(long n) {
        interp.countFrameless((int) n);
    }

    Object onExit(DeoptDescriptor d, Object[] live) {
        TypedVersions.Entry frameless = typed.entryOf(live[0]);
        Frame f = ExitRecovery.restore(typed, d, live);
        f.pc = (int) d.resumePoint();
        exited(f, d, null);
        return frameless != null ? typed.finishNow(frameless, f, null) : CONTINUE;
    }

    Object onRaise(DeoptDescriptor d, Object[] live, Throwable t) {
        if (!(t instanceof PyException) && !(t instanceof TypedReturns.Result) && !(t instanceof TypedVersions.CallNotMade)) {
            throw (RuntimeException) t; // a Java failure: not Python's to handle here
        }
        TypedVersions.Entry frameless = typed.entryOf(live[0]);
        Frame f = ExitRecovery.restore(typed, d, live);
        Unit raising = unitOf(f.code, d);
        ExitSite site = raising == null ? null : raising.sites().get(d);
        if (site != null && site.reexecutes() || t instanceof TypedVersions.CallNotMade) {
            // raised inside an inlined callee (Inliner): the interpreter makes the call again
            f.pc = (int) d.resumePoint();
            exited(f, d, null);
            return frameless != null ? typed.finishNow(frameless, f, null) : CONTINUE;
        }
        if (t instanceof TypedReturns.Result r) {
            TypedReturns.pushResult(f, (int) d.resumePoint(), r.value);
            stats.exit("typed call returned another kind");
            return frameless != null ? typed.finishNow(frameless, f, null) : CONTINUE;
        }
        f.pc = (int) d.resumePoint() + 1;
        exited(f, d, (PyException) t);
        if (frameless != null) {
            return typed.finishNow(frameless, f, (PyException) t);
        }
        pending = (PyException) t;
        return CONTINUE;
    }

    boolean pollSafepoint() {
        return stress && stressTick();
    }

    /** True at every n-th call under the deopt-stress setting. */
    boolean stressTick() {
        return ++stressCount % stressEvery == 0;
    }

    private void exited(Frame f, DeoptDescriptor d, PyException raised) {
        String reason;
        if (raised != null) {
            reason = "raise " + raised.value.type().name();
        } else {
            Unit u = unitOf(f.code, d);
            ExitSite site = u == null ? null : u.sites().get(d);
            reason = site == null ? "exit" : site.reason();
            if (site != null && site.strategy() != null) {
                stats.strategy(site.strategy())[4]++;
            }
            if (site != null && (site.typeGuard() || site.operationGuard()) && u.valid()) {
                CodeState cs = codes.get(f.code);
                if (cs != null) {
                    ExitRecovery.learn(cs, f, u, site, (int) d.resumePoint());
                }
            }
        }
        stats.exit(raised != null ? "raise" : reason);
        if (log != null && loggedExits++ < MAX_LOGGED_EXITS) {
            log.exit(f.code, (int) d.resumePoint(), reason);
        }
    }

    private Unit unitOf(CodeObject co, DeoptDescriptor d) {
        CodeState cs = codes.get(co);
        if (cs == null) {
            return null;
        }
        for (Unit u : cs.units.values()) {
            if (u.sites().containsKey(d)) {
                return u;
            }
        }
        return typed.unitOf(co, d);
    }

    // ---- psyco API and statistics

    void setMode(JitSettings.Mode m) {
        mode = m;
        stopped = false;
    }

    void stop() {
        stopped = true;
    }

    void bind(CodeObject co, boolean on) {
        CodeState cs = codes.computeIfAbsent(co, c -> new CodeState(c, false));
        cs.bound = on;
        cs.entryClosed = !on || cs.declinedAt.containsKey(0);
        if (!on) {
            cs.never = true;
            cs.entry = null;
            for (Unit u : cs.units.values()) {
                u.version().invalidate(new Invalidation(Invalidation.Reason.DISCARDED, "psyco.unbind"));
                u.compiled().invalidate();
            }
            cs.clearUnits();
        } else {
            cs.never = false;
        }
    }

    void cannotCompile(CodeObject co) {
        bind(co, false);
        codes.get(co).declined = "psyco.cannotcompile";
    }

    void openLog(String file, PrintStream err) {
        if (log == null) {
            log = JitLog.open(file, err);
        }
    }

    JitStats stats() {
        return stats;
    }

    Map<CodeObject, CodeState> codes() {
        return codes;
    }

    CodeCache cache() {
        return cache;
    }

    String modeName() {
        return mode.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * At the program's end: prints {@code --stats} if asked, closes the log and discards every
     * version, so assumptions that outlive the runtime (a strategy bundle's, shared by every
     * runtime in the container) stop holding its code and through it the whole runtime.
     */
    public void finish(PrintStream err) {
        if (background != null) {
            background.shutdown();
            stats.backgroundSubmitted = background.submitted;
            stats.backgroundNanos = background.threadNanos;
        }
        if (rt.jit.stats()) {
            stats.print(err, modeName(), codes.values(), cache.stats());
        }
        if (log != null) {
            log.close();
            log = null;
        }
        cache.invalidateAll(new Invalidation(Invalidation.Reason.DISCARDED, "the program ended"));
    }
}
