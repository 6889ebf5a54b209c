package org.jpsyco.frontend.python.jit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.interp.Interpreter;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.cache.AssumptionRegistry;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;

/**
 * Frameless typed versions of plain Python functions (Psyco's cheap calls between compiled
 * code): a version of a function specialized for the kinds of its arguments ({@code i} an int
 * held as an i64, {@code f} a float as an f64, {@code r} any object), entered with those values
 * as parameters and no {@link Frame}; compiled code calls it through a {@link TypedCallSite}.
 *
 * <p>The rule (what makes running without a frame unobservable). A typed version is kept only
 * when its code cannot observe or expose its frame: the function is plain (exactly its positional
 * parameters, no generator), has no cells, reads no frame ({@code locals()}, {@code
 * sys._getframe}...: those decline any compilation), and its LIR calls no runtime helper but
 * the pure ones of typed code ({@link TypedHelpers}, {@link MathHelpers}, the instance-map
 * guards, loads and stores of {@link ShapeHelpers}, which run no Python code), the checks of
 * compile-time constants ({@link ConstantHelpers}, the only ones given the frame, which stands
 * for the function's globals and builtins there) and other frameless typed versions. So no
 * Python code runs inside a frameless activation but other frameless activations: nothing
 * there can call {@code sys._getframe}, {@code locals()}, a tracer or an object's special
 * methods. A callee whose typed version declines breaks this entry's assumption, which
 * invalidates the versions that call it typed.
 *
 * <p>Leaving. Deopt descriptors of a typed version name its template frame (slot 0, a frame
 * never run); the front end's restore ({@link JitRuntime}) sees it and builds the activation's
 * real frame from the live values instead ({@link #materialize}) and has the interpreter finish
 * the activation there and then ({@link #finishNow}), its result going back through the unit: a
 * guard failure, an int overflow (fib into bignums)
 * or an exception raised there continues exactly as the interpreter would, and an exception
 * passing through a frameless activation gets its traceback entry from the frame rebuilt at the
 * call instruction. The rebuilt frame's {@code f_back} is the nearest activation that has a frame.
 *
 * <p>The recursion limit stays exact: the call site counts the activation in the interpreter's
 * depth ({@link Interpreter#enterFrameless}) as a call would, and a frame rebuilt later is
 * linked into the chain without being counted again.
 */
final class TypedVersions {
    /** Compilations of one typed version (type guards failing, assumptions broken) before it declines for good. */
    static final int MAX_COMPILATIONS = 5;

    /** Whether self-recursive versions may be budgeted ({@link #budgeted}; {@code JPSYCO_TYPED_BUDGET=0} turns it off: for measuring). */
    static final boolean BUDGETS = !"0".equals(System.getenv("JPSYCO_TYPED_BUDGET"));

    /** Helper classes whose every helper is pure: no Python code runs, no frame is read. */
    private static final Set<String> PURE = new TreeSet<>();
    /** Helpers given the frame only to read its globals and builtins. */
    private static final Set<String> READS_NAMESPACES = Set.of("globalHolds", "builtinHolds");

    static {
        for (Class<?> c : List.of(TypedHelpers.class, MathHelpers.class, ConstantHelpers.class, ShapeHelpers.class,
                OperatorHelpers.class)) {
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                    PURE.add(m.getName());
                }
            }
        }
        // generic helpers that only compare identities or allocate: no Python code runs there
        PURE.addAll(List.of("isOp", "buildTuple", "buildList", "item"));
        PURE.addAll(List.of("newInstance", "initReturnedNone")); // typed constructor calls (CallSites)
        PURE.add("stressExit"); // the deopt-stress counter (testing)
        PURE.add("resultAsLong"); // a typed version's own result
        PURE.add("resultAsFloat");
    }

    /** One typed version: a function and its argument kinds. */
    static final class Entry {
        final PyFunction function;
        final String kinds;
        /** The template frame: the function's globals and builtins, never run. */
        final Frame template;
        /**
         * Holds while this entry may be called frameless with the return kind callers were made
         * for; callers depend on it. Renewed when the return kind is decided.
         */
        Assumption frameless;
        /** What the version returns ({@link TypedReturns}): decided by its first specialization. */
        char ret = 'r';
        boolean retDecided;
        Unit unit;
        String declined;
        boolean compiling;
        int compilations;
        /** While the version is specialized budgeted ({@link #budgeted}). */
        boolean budgeting;
        /** A budgeted activation could not go on: the version is no longer budgeted. */
        boolean budgetSpent;
        /** The call sites of this entry its own current specialization made. */
        List<TypedCallSite> ownSites = new ArrayList<>();

        Entry(PyFunction function, String kinds, Frame template, Assumption frameless) {
            this.function = function;
            this.kinds = kinds;
            this.template = template;
            this.frameless = frameless;
        }

        @Override
        public String toString() {
            return function.qualname + "(" + kinds + ")";
        }

        private void renew(AssumptionRegistry registry) {
            Assumption old = frameless;
            frameless = registry.assume(new Object(), old.description());
            old.invalidate();
        }
    }

    private final JitRuntime jit;
    private final Interpreter interp;
    private final AssumptionRegistry assumptions = new AssumptionRegistry();
    private final Map<PyFunction, Map<String, Entry>> entries = new IdentityHashMap<>();
    private final Map<Frame, Entry> templates = new IdentityHashMap<>();
    private final Map<String, TypedCallSite> sites = new HashMap<>();
    private int siteIds;
    /**
     * Budgeted activations running ({@link #budgeted}): while above 0 only write-free compiled
     * code runs, none of it may continue in the interpreter ({@link CallNotMade}).
     */
    int reexecuting;
    private final AssumptionSwitches switches = new AssumptionSwitches();

    TypedVersions(JitRuntime jit) {
        this.jit = jit;
        this.interp = jit.interpreter();
    }

    /** The runtime's switch-point assumption checks. */
    AssumptionSwitches switches() {
        return switches;
    }

    /** The kinds of arguments as a typed version takes them: {@code i}, {@code f} or {@code r} each. */
    static char kindOf(AVal v) {
        if (v instanceof AVal.Unboxed u) {
            return switch (u.value().type()) {
                case I64 -> 'i';
                case F64 -> 'f';
                default -> 'r';
            };
        }
        return 'r';
    }

    /** Whether {@code fn} may have frameless typed versions at all (the static part of the rule). */
    static boolean candidate(PyFunction fn, int argc) {
        CodeObject co = fn.code;
        return fn.invoker instanceof Interpreter && CallHelpers.plain(co, argc) && co.ncells() == 0
                && fn.closure == null && Specializer.frameReader(co) == null && argc <= CallSites.MAX_FIXED;
    }

    Entry entry(PyFunction fn, String kinds) {
        return entries.computeIfAbsent(fn, f -> new HashMap<>()).computeIfAbsent(kinds, k -> {
            Frame template = new Frame(fn.code, fn.globals, jit.state().builtinsDict(), null, fn.closure);
            Entry e = new Entry(fn, k, template,
                    assumptions.assume(new Object(), "frameless typed version of " + fn.qualname + "(" + k + ")"));
            templates.put(template, e);
            return e;
        });
    }

    /**
     * Makes sure {@code e} has a valid version, compiling it if needed; true when it has one or
     * is being compiled (a recursive call met while specializing the function itself), false
     * when it declined.
     */
    boolean ensure(Entry e) {
        if (e.declined != null) {
            return false;
        }
        if (e.compiling || e.unit != null && e.unit.valid()) {
            return true;
        }
        if (e.compilations >= MAX_COMPILATIONS) {
            decline(e, "compiled " + MAX_COMPILATIONS + " times");
            return false;
        }
        e.compilations++;
        e.compiling = true;
        try {
            Specializer.Result r;
            if (e.retDecided) {
                r = specialize(e);
            } else {
                // optimistic: specialized returning an i64 (its own recursive calls too), the
                // returns tell what they hold; another kind is specialized again and checked
                e.ret = 'i';
                r = specialize(e);
                char decided = r.declined() == null ? TypedReturns.decided(r.notes()) : 'i';
                if (decided != 'i') {
                    // callers made meanwhile (its own recursive calls too) expect an i64: they go
                    // with the old assumption, and the version made now depends on the new one
                    // (renewed after, it would be refused at installation for a broken assumption)
                    e.ret = decided;
                    e.renew(assumptions);
                    r = specialize(e);
                    if (r.declined() == null && decided == 'f' && TypedReturns.decided(r.notes()) != 'f') {
                        e.ret = 'r';
                        e.renew(assumptions);
                        r = specialize(e);
                    }
                }
                e.retDecided = true;
            }
            String why = r.declined() != null ? r.declined() : framelessViolation(r.function(), e.kinds);
            if (why != null) {
                decline(e, why);
                return false;
            }
            r = budgeted(e, r);
            Unit u = jit.installTyped(e, r);
            if (u == null) {
                decline(e, "no backend compiled it");
                return false;
            }
            e.unit = u;
            for (TypedCallSite c : e.ownSites) {
                if (c.budgeted) {
                    c.link(u);
                }
            }
            return e.declined == null; // a callee met while compiling may have declined it meanwhile
        } finally {
            e.compiling = false;
        }
    }

    private Specializer.Result specialize(Entry e) {
        e.ownSites = new ArrayList<>();
        return Specializer.specializeTyped(e.function.code, jit, jit.stressing(), e.template, jit.activeStrategies(),
                jit.profileOf(e.function.code), e.kinds, e.ret);
    }

    /**
     * A version that calls itself and is re-executable is specialized again <em>budgeted</em>: it
     * takes one more parameter, the calls of itself it may still nest within the recursion limit,
     * and calls itself directly with one less, without counting the call in the interpreter's
     * depth ({@link TypedCallSite#budgeted}); the outermost activation counts itself and computes
     * the budget ({@link TypedCallSite}). Nothing such an activation does can be seen (it writes
     * nothing and calls only itself), so when one cannot go on (an exit, an exception, the budget
     * spent) the whole recursion is given up ({@link CallNotMade}) and its caller resumes at its
     * call, which the interpreter then makes with frames and exact depth. Giving up ends the
     * budgeting of the version: it is remade counting every call. Returns what to install.
     */
    private Specializer.Result budgeted(Entry e, Specializer.Result r) {
        if (!BUDGETS || !jit.budgetsTyped() || e.budgetSpent || e.ownSites.isEmpty() || !reexecutable(e, r.function())) {
            return r;
        }
        List<TypedCallSite> first = e.ownSites;
        e.budgeting = true;
        Specializer.Result again;
        try {
            again = specialize(e);
        } finally {
            e.budgeting = false;
        }
        if (again.declined() != null || framelessViolation(again.function(), e.kinds) != null
                || !reexecutable(e, again.function())) {
            e.ownSites = first;
            return r;
        }
        return again;
    }

    /** Whether every activation of {@code f}, a version of {@code e}, may be made again: it writes nothing and calls only {@code e}. */
    private boolean reexecutable(Entry e, LirFunction f) {
        return Inliner.refusal(f, e.ret, t -> site(t.symbol()) instanceof TypedCallSite c && c.entry == e
                && c.ret == e.ret) == null;
    }

    /** Whether the typed version of the template {@code template} is being specialized budgeted. */
    static boolean budgeting(Object ctx, Frame template) {
        return ctx instanceof JitRuntime jit && jit.typed().entryOf(template) instanceof Entry e && e.budgeting;
    }

    /** The kinds of the parameters of {@code f}, a version of {@code e}: a budgeted one takes its budget last. */
    static String entryKinds(Entry e, LirFunction f) {
        return f.entry().params().size() > e.kinds.length() ? e.kinds + "i" : e.kinds;
    }

    /**
     * Gives up a budgeted recursion: the version stops being budgeted (its unit is discarded, so
     * the next call remakes it counting every call) and the exception to throw is returned.
     */
    CallNotMade giveUp(Entry e, String why) {
        e.budgetSpent = true;
        Unit u = e.unit;
        if (u != null && u.valid()) {
            u.version().invalidate(new org.jpsyco.kernel.cache.Invalidation(
                    org.jpsyco.kernel.cache.Invalidation.Reason.DISCARDED, why));
            u.compiled().invalidate();
        }
        return new CallNotMade();
    }

    /**
     * Thrown instead of going on where a budgeted activation cannot: nothing was done that shows,
     * and the raise handler of the outermost activation's caller resumes it at its call
     * instruction, which the interpreter then makes ({@link JitRuntime#onRaise}).
     */
    static final class CallNotMade extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallNotMade() {
            super(null, null, false, false);
        }
    }

    private void decline(Entry e, String why) {
        e.declined = why;
        e.unit = null;
        jit.typedDeclined(e, why);
        e.frameless.invalidate();
    }

    /**
     * Why {@code f} cannot run without a frame, or null: the frame (parameter-less template, a
     * constant) may be read only by the namespace checks, and only pure helpers may be called.
     */
    static String framelessViolation(LirFunction f, String kinds) {
        LirValue frame = null;
        for (Instruction in : f.entry().instructions()) {
            if (in.op() == LirOp.CONST_REF && in.payload() instanceof org.jpsyco.kernel.lir.Constant.Ref r
                    && r.value() instanceof Frame) {
                frame = in.result();
                break;
            }
        }
        for (Block b : f.blocks()) {
            for (Instruction in : b.instructions()) {
                if (in.op() == LirOp.CALL_HELPER) {
                    String name = ((CallTarget.Helper) in.payload()).symbol();
                    if (AssumptionSwitches.names(name)) {
                        continue; // a switch point's test: reads nothing
                    }
                    int slash = name.indexOf('/');
                    String base = slash < 0 ? name : name.substring(0, slash);
                    if (!PURE.contains(base)) {
                        return "calls " + base + ": not frameless";
                    }
                    if (frame != null && in.operands().contains(frame) && !READS_NAMESPACES.contains(base)) {
                        return "gives its frame to " + base + ": not frameless";
                    }
                } else if (frame != null && in.operands().contains(frame)) {
                    return in.op().text() + " reads its frame: not frameless";
                }
            }
        }
        return null;
    }

    // ---- call sites

    /** A new call site of compiled code calling {@code e} typed; the backend links it by symbol. */
    TypedCallSite newSite(Entry e) {
        return newSite(e, false);
    }

    /** A new call site of {@code e} made by a specialization of {@code e} itself ({@code budgeted}: one made budgeted). */
    TypedCallSite newOwnSite(Entry e, boolean budgeted) {
        TypedCallSite s = newSite(e, budgeted);
        e.ownSites.add(s);
        return s;
    }

    private TypedCallSite newSite(Entry e, boolean budgeted) {
        String symbol = "typed#" + (++siteIds) + ":" + e;
        TypedCallSite s = new TypedCallSite(symbol, e, this, jit, interp, budgeted);
        sites.put(symbol, s);
        return s;
    }

    TypedCallSite site(String symbol) {
        return sites.get(symbol);
    }

    // ---- leaving a frameless activation

    /** Whether {@code f} is a typed version's template: its activation has no frame yet. */
    boolean isTemplate(Frame f) {
        return templates.containsKey(f);
    }

    /** The typed version whose template is {@code frame} (slot 0 of a leaving unit's state), or null. */
    Entry entryOf(Object frame) {
        return frame instanceof Frame f ? templates.get(f) : null;
    }

    /**
     * The real frame of an activation of the typed version whose template is {@code template},
     * for the restore that follows to fill; {@link #finishNow} has the interpreter run it.
     */
    Frame materialize(Frame template) {
        Entry e = templates.get(template);
        return new Frame(e.function.code, e.function.globals, template.builtins, null, e.function.closure);
    }

    /**
     * The rest of a frameless activation that left its unit, run by the exit handler itself: the
     * interpreter finishes the rebuilt frame (raising {@code pending} first if it raised), and
     * the result goes back through the unit as its return value (boxed for the backend to
     * unbox), or as a {@link TypedReturns.Result} when it is not of the kind the unit returns.
     */
    Object finishNow(Entry e, Frame f, PyException pending) {
        if (reexecuting > 0) {
            throw giveUp(e, "a budgeted activation left compiled code");
        }
        PyObject r = interp.resume(f, pending);
        return switch (e.ret) {
            case 'i' -> TypedReturns.asLong(r);
            case 'f' -> TypedReturns.asFloat(r);
            default -> r;
        };
    }

    /** The typed unit of code {@code co} whose exit sites include {@code d}, or null. */
    Unit unitOf(CodeObject co, DeoptDescriptor d) {
        for (Map.Entry<PyFunction, Map<String, Entry>> m : entries.entrySet()) {
            if (m.getKey().code != co) {
                continue;
            }
            for (Entry e : m.getValue().values()) {
                if (e.unit != null && e.unit.sites().containsKey(d)) {
                    return e.unit;
                }
            }
        }
        return null;
    }
}
