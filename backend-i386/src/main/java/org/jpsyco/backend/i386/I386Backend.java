package org.jpsyco.backend.i386;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jpsyco.backend.i386.lower.Lowering;
import org.jpsyco.backend.i386.lower.Shape;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.spi.Linkage;
import java.util.List;
import java.util.Map;
import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.cache.Dependent;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The i386 backend: x86-64 machine code written into executable memory through the FFM API.
 * Ranked above backend-jvm, so the kernel tries it first and gives backend-jvm what it declines
 * and, under automatic selection, what it does not {@linkplain #prefers prefer}.
 *
 * <p>Beyond the {@link Backend} contract: code lives in the process-wide {@link CodeMemory}
 * region and is freed with its unit; a {@code safepoint} leaves when the unit was invalidated
 * (a word the code reads) and, in units that take no arrays, when the linkage's poll says so
 * (an upcall at every {@code jpsyco.i386.pollInterval}-th safepoint of an activation, every
 * 1000th by default: an upcall costs about as much as a hundred loop iterations, and leaving at any
 * safepoint is always correct). When the component is deactivated (its bundle stops) every unit
 * it made is invalidated and freed. Units that take arrays enter through a {@code critical} downcall, which may not call
 * back into Java: they check invalidation only. An array index out of bounds throws
 * {@link ArrayIndexOutOfBoundsException} from the entry, as Java code would.
 *
 * <p>Calls: runtime helpers and calls to other versions are upcalls ({@link Upcalls}), so such a
 * call nests native frames between Java frames (adapter, upcall, call site), whose stack checks
 * throw {@link StackOverflowError} there; the upcall catches it like any throwable and the adapter
 * rethrows it from the entry, where the front end turns it into {@code RecursionError}. A native
 * frame is bounded (16 KiB of slots, see {@code Lowering}) and fits in the shadow zone HotSpot
 * keeps below every Java frame. Two exceptions make typed recursion run in machine code:
 * <ul>
 * <li>a helper given only constants and an {@link Assumption} (the check that an inlined global
 * keeps its binding, in a typed version whose frame is a constant) is answered at compile time and
 * then reads the unit's invalidation word, which breaking the assumption sets;
 * <li>a call the linkage says is the version {@linkplain Linkage#callsItself calling itself} is a
 * native {@code call} of the unit's own entry, within the front end's
 * {@linkplain Linkage#recursionBudget recursion budget} (so the limit stays exact) and above the
 * thread's {@link StackFloor}; a nested activation that cannot go on (an exit, an exception, the
 * budget or the floor reached) gives up to its caller, down to the activation entered from Java,
 * which leaves through the call's descriptor: the interpreter makes that call again. Typed
 * versions run only pure code, so nothing is done twice that anyone can see.
 * </ul>
 * Three more keep hot loops out of Java: an assumption check on the activation's frame is
 * answered once per entry by the adapter ({@link Shape#entryChecks}); a call of another version
 * whose unit is one of ours and a leaf calls its code directly through a cell the callee clears
 * when invalidated ({@code Calls#directCall}, {@link Linkage#linkedUnit}); consecutive upcalls
 * run as one call back ({@link Shape#chains}). How native code reaches heap data stays as it
 * was: only through {@code critical} downcalls that take heap arrays as segments, whose addresses
 * native code does not keep past the call; everything else goes by value in the buffer or by
 * handle through the activation's table. {@code -Djpsyco.i386.upcallStats=true} prints how often
 * each kind of site called back.
 */
@Component(service = Backend.class, property = "service.ranking:Integer=10")
public final class I386Backend implements Backend {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final int POLL_INTERVAL = Integer.getInteger("jpsyco.i386.pollInterval", 1000);
    private static final MethodHandle NO_POLL = MethodHandles.dropArguments(MethodHandles.constant(boolean.class, false), 0, Throwable.class);

    private final CodeMemory memory;
    private final int pollInterval;
    /** Units whose code is not given back yet: freed when the component goes away. */
    private final java.util.Set<NativeUnit> units = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public I386Backend() {
        this(null, POLL_INTERVAL);
    }

    /** A backend over its own code memory (null for the shared region) and poll interval (tests). */
    I386Backend(CodeMemory memory, int pollInterval) {
        this.memory = memory;
        this.pollInterval = pollInterval;
    }

    private CodeMemory memory() {
        return memory != null ? memory : CodeMemory.shared();
    }

    @Override
    public String name() {
        return "i386";
    }

    /**
     * Null for a function in the native subset ({@link Shape}), else why not: integer, float and
     * boolean arithmetic (the {@code _ovf} forms, division and float truncation leaving through
     * their descriptors), comparisons, guards, safepoints, jumps, branches, promotions on
     * primitive values, exits, returns, reads and writes of {@code long[]}/{@code double[]}
     * arrays that are entry parameters (at most five), and, in units without arrays, runtime
     * helpers, calls to other versions and reference comparisons as upcalls, with references as
     * handles into a per-activation table. No fields.
     */
    @Override
    public String declines(LirFunction function) {
        if (!CodeMemory.supported()) {
            return "native code needs Linux on x86-64";
        }
        try {
            if (Shape.of(function).hasUpcalls() && !upcallsAllowed()) {
                return "upcalls are off (-D" + UPCALLS_PROPERTY + "=false)";
            }
            return null;
        } catch (Shape.Declined e) {
            return "not in the native subset: " + e.getMessage();
        }
    }

    /**
     * The system property that keeps versions with upcalls off native code when {@code false}
     * (they are taken by default: the activation's table clears each reference after its last
     * use, so objects die when the program drops them, as under backend-jvm).
     */
    public static final String UPCALLS_PROPERTY = "jpsyco.i386.upcalls";

    private static boolean upcallsAllowed() {
        return !"false".equalsIgnoreCase(System.getProperty(UPCALLS_PROPERTY, "true"));
    }

    /**
     * Versions that run without upcalls and loop (a loop-free one does too little to pay for its
     * downcall). Any runtime helper or reference comparison is an upcall into Java costing far more
     * than backend-jvm's inlined call, so automatic selection leaves such versions to backend-jvm
     * ({@code --backend=i386} still takes them). Typed recursion (a version whose only upcalls are
     * assumption checks and calls of itself, which run as native calls) is not preferred either:
     * its native calls, in registers through the unit's inner entry, still cost more than
     * backend-jvm's, which HotSpot inlines into each other (fib(27): 1.95 ms against 1.33 ms; 3.1 ms
     * through the buffer before). Helpers computed in line ({@code Intrinsics}) are no upcalls.
     */
    @Override
    public boolean prefers(LirFunction function) {
        try {
            Shape s = Shape.of(function);
            // without a loop the work is too small for a downcall from Java to pay for itself
            return !s.hasUpcalls() && s.hasSafepoint;
        } catch (Shape.Declined e) {
            return false;
        }
    }

    @Override
    public CompiledUnit compile(LirFunction function, Linkage linkage) {
        Shape shape;
        try {
            shape = Shape.of(function);
        } catch (Shape.Declined e) {
            throw new BackendException("i386 backend declines " + function.name() + ": " + e.getMessage());
        }
        CodeMemory mem = memory();
        Arena arena = Arena.ofShared();
        CodeMemory.Block block = null;
        Map<MemorySegment, NativeUnit> linked = new java.util.HashMap<>();
        try {
            MemorySegment flag = arena.allocate(8, 8);
            flag.set(ValueLayout.JAVA_LONG, 0, 0L);
            boolean critical = !shape.arrays.isEmpty();
            long poll = 0;
            if (shape.hasSafepoint && !critical) {
                // an exception escaping an upcall kills the JVM: a throwing poll answers false
                MethodHandle p = MethodHandles.catchException(linkage.safepointPoll().asType(MethodType.methodType(boolean.class)),
                        Throwable.class, NO_POLL);
                poll = LINKER.upcallStub(p, FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN), arena).address();
            }
            Map<Instruction, Boolean> checks = checkAnswers(shape, linkage);
            java.util.Set<Instruction> self = selfCalls(function, shape, linkage);
            Upcalls upcalls = null;
            long[] upcallStubs = new long[0];
            if (shape.hasUpcalls()) {
                upcalls = Upcalls.of(shape, linkage, function.name(), !self.isEmpty());
                MethodHandle[] handles = upcalls.stubHandles();
                upcallStubs = new long[handles.length];
                FunctionDescriptor d = FunctionDescriptor.of(ValueLayout.JAVA_LONG);
                for (int i = 0; i < handles.length; i++) {
                    upcallStubs[i] = LINKER.upcallStub(handles[i], d, arena).address();
                }
            }
            long[] chainStubs = new long[0];
            if (shape.hasUpcalls()) {
                MethodHandle[] runs = Upcalls.chainHandles(shape.chainList, shape, linkage, function.name());
                chainStubs = new long[runs.length];
                FunctionDescriptor d = FunctionDescriptor.of(ValueLayout.JAVA_LONG);
                for (int i = 0; i < runs.length; i++) {
                    chainStubs[i] = LINKER.upcallStub(runs[i], d, arena).address();
                }
            }
            Map<Instruction, long[]> direct = new java.util.HashMap<>();
            int calleeWords = directCalls(shape, linkage, self, arena, direct, linked);
            Lowering.Output out = new Lowering(function, shape, flag.address(), poll, pollInterval, upcallStubs, !self.isEmpty())
                    .links(checks, self)
                    .direct(direct).chains(chainStubs).lower();
            block = mem.allocate(out.code());
            MemoryLayout[] args = new MemoryLayout[1 + shape.arrays.size()];
            java.util.Arrays.fill(args, ValueLayout.ADDRESS);
            FunctionDescriptor d = FunctionDescriptor.of(ValueLayout.JAVA_LONG, args);
            MethodHandle down = critical ? LINKER.downcallHandle(MemorySegment.ofAddress(block.address()), d, Linker.Option.critical(true))
                    : LINKER.downcallHandle(MemorySegment.ofAddress(block.address()), d);
            MethodHandle call = down.asSpreader(MemorySegment[].class, args.length);
            NativeUnit unit = new NativeUnit(function.name(), shape, out.exits(), linkage, mem, block, arena, flag, call, critical,
                    function.toString(), out.code(), out.listing(), upcalls);
            if (!self.isEmpty()) {
                unit.callsItself(linkage.recursionBudget());
            }
            unit.entryChecks(entryChecks(shape, linkage, checks));
            if (!direct.isEmpty()) {
                unit.callsDirectly(calleeWords, linkage.recursionBudget());
            }
            // an assumption check reads the invalidation word: a broken assumption sets it
            List<Assumption> watched = new java.util.ArrayList<>();
            Dependent onBreak = why -> invalidateQuietly(unit);
            for (Map.Entry<Instruction, Boolean> c : checks.entrySet()) {
                for (LirValue v : c.getKey().operands()) {
                    if (c.getValue() && shape.constants.get(v.id()) instanceof Assumption as && !watched.contains(as)) {
                        watched.add(as);
                        if (!as.addDependent(onBreak)) {
                            invalidateQuietly(unit);
                        }
                    }
                }
            }
            units.add(unit);
            unit.onRelease(() -> {
                units.remove(unit);
                linked.forEach((cell, callee) -> callee.unlink(cell));
                watched.forEach(as -> as.removeDependent(onBreak));
            });
            return unit;
        } catch (BackendException e) {
            linked.forEach((cell, callee) -> callee.unlink(cell));
            release(mem, block, arena);
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            linked.forEach((cell, callee) -> callee.unlink(cell));
            release(mem, block, arena);
            throw new BackendException("i386 backend failed on " + function.name() + ": " + e, e);
        }
    }

    private static void invalidateQuietly(NativeUnit unit) {
        try {
            unit.invalidate();
        } catch (IllegalStateException e) {
            // freed meanwhile: nothing runs it any more
        }
    }

    /**
     * The answer of each assumption check ({@link Shape#checks}) now, computed by the helper on its
     * constant operands. A helper given only constants and an assumption answers alike until one
     * of those assumptions breaks (the front end's checks of inlined globals and builtins are
     * such helpers), so the code reads the unit's invalidation word instead of calling back. A
     * helper that fails here stays an upcall.
     */
    private static Map<Instruction, Boolean> checkAnswers(Shape shape, Linkage linkage) {
        Map<Instruction, Boolean> out = new java.util.HashMap<>();
        for (Instruction in : shape.checks) {
            if (shape.entryChecks.contains(in)) {
                // answered at each entry by the adapter (which invalidates the unit on a false answer)
                if (linkage.helper((CallTarget.Helper) in.payload()) != null) {
                    out.put(in, true);
                }
                continue;
            }
            MethodHandle mh = linkage.helper((CallTarget.Helper) in.payload());
            if (mh == null) {
                continue;
            }
            List<Object> args = new java.util.ArrayList<>();
            for (LirValue v : in.operands()) {
                args.add(shape.constants.get(v.id()));
            }
            try {
                if (mh.invokeWithArguments(args) instanceof Boolean b) {
                    out.put(in, b);
                }
            } catch (Throwable t) {
                // stays an upcall
            }
        }
        return out;
    }

    /**
     * The calls of other versions this unit makes directly ({@code Calls#directCall}): the
     * linkage says which unit the call enters now, and it is one of this backend's that
     * {@linkplain NativeUnit#directlyCallable a native caller can call}, of the call's signature.
     * Each site gets a cell in the unit's arena that the callee fills with its code's address and
     * clears when it is invalidated; the callee keeps its code until this unit unlinks (when it
     * is freed), so native code never calls into freed memory. Not in units that call themselves
     * (their level words hold the budget the direct calls check in other units).
     *
     * @param direct  filled with each site's cell address and callee buffer offset
     * @param linked  filled with each linked cell and its callee
     * @return the buffer words the callees need past this unit's own
     */
    private int directCalls(Shape shape, Linkage linkage, java.util.Set<Instruction> self, Arena arena,
            Map<Instruction, long[]> direct, Map<MemorySegment, NativeUnit> linked) {
        if (!self.isEmpty() || !DIRECT_CALLS) {
            return 0;
        }
        int words = 0;
        for (Instruction in : shape.upcalls) {
            if (in.op() != LirOp.CALL_VERSION || !(in.payload() instanceof CallTarget.Version v)) {
                continue;
            }
            if (!(linkage.linkedUnit(v) instanceof NativeUnit callee) || !units.contains(callee) || !callee.directlyCallable()
                    || !callee.shape().paramTypes.equals(v.params()) || callee.shape().result != v.result()) {
                continue;
            }
            java.lang.invoke.CallSite cs = linkage.version(v);
            if (cs == null || !cs.type().equals(callee.entry().type())) {
                continue;
            }
            MemorySegment cell = arena.allocate(8, 8);
            if (!callee.link(cell)) {
                continue;
            }
            linked.put(cell, callee);
            direct.put(in, new long[] {cell.address(), shape.bufferWords()});
            words = Math.max(words, callee.shape().bufferWords());
        }
        return words;
    }

    /** Whether versions call other native versions' code directly ({@code -Djpsyco.i386.directCalls=false} turns it off). */
    private static final boolean DIRECT_CALLS = !"false".equalsIgnoreCase(System.getProperty("jpsyco.i386.directCalls", "true"));

    /**
     * The {@linkplain Shape#entryChecks entry checks} lowered as reads of the invalidation word,
     * each as {@code (Object[] entryArgs) -> boolean}: the helper on its constants and the
     * activation's parameters.
     */
    private static List<MethodHandle> entryChecks(Shape shape, Linkage linkage, Map<Instruction, Boolean> answers) {
        List<MethodHandle> out = new java.util.ArrayList<>();
        MethodType test = MethodType.methodType(boolean.class, Object[].class);
        for (Instruction in : shape.entryChecks) {
            if (!answers.containsKey(in)) {
                continue;
            }
            MethodHandle mh = linkage.helper((CallTarget.Helper) in.payload());
            List<LirValue> ops = in.operands();
            mh = mh.asType(MethodType.methodType(boolean.class, java.util.Collections.nCopies(ops.size(), Object.class)));
            MethodHandle[] getters = new MethodHandle[ops.size()];
            for (int k = 0; k < ops.size(); k++) {
                LirValue v = ops.get(k);
                Integer p = shape.paramIndex.get(v.id());
                MethodHandle g = p != null && !shape.constants.containsKey(v.id())
                        ? MethodHandles.insertArguments(MethodHandles.arrayElementGetter(Object[].class), 1, p)
                        : MethodHandles.dropArguments(MethodHandles.constant(Object.class, shape.constants.get(v.id())), 0, Object[].class);
                getters[k] = g;
            }
            mh = MethodHandles.filterArguments(mh, 0, getters);
            out.add(MethodHandles.permuteArguments(mh, test, new int[ops.size()]));
        }
        return out;
    }

    /**
     * The calls of the unit to itself it makes natively: the linkage says the target is this very
     * version, the call can leave through its descriptor, and no reference is more than a
     * constant (every nested activation shares the entry's table of references).
     */
    private static java.util.Set<Instruction> selfCalls(LirFunction function, Shape shape, Linkage linkage) {
        java.util.Set<Instruction> out = new java.util.HashSet<>();
        if (linkage.recursionBudget() == null || linkage.countCalls() == null || shape.returnsObject || shape.result == LirType.REF
                || shape.paramTypes.contains(LirType.REF)) {
            return out;
        }
        for (org.jpsyco.kernel.lir.Block b : function.blocks()) {
            for (Instruction in : b.instructions()) {
                if (in.result() != null && in.result().type() == LirType.REF && in.op() != LirOp.CONST_REF) {
                    return java.util.Set.of();
                }
            }
        }
        for (Instruction in : shape.upcalls) {
            if (in.op() == LirOp.CALL_VERSION && in.deopt() != null && in.payload() instanceof CallTarget.Version v
                    && java.util.Objects.equals(v.result(), shape.result) && v.params().equals(shape.paramTypes)
                    && linkage.callsItself(v)) {
                out.add(in);
            }
        }
        return out;
    }

    private static void release(CodeMemory mem, CodeMemory.Block block, Arena arena) {
        if (block != null) {
            mem.free(block);
        }
        arena.close();
    }

    /**
     * The bundle is stopping (or the component is disabled): every unit is invalidated, so
     * callers recompile with the backends that remain and running activations leave at their
     * next safepoint, and freed, its memory given back as soon as no activation runs it.
     */
    @Deactivate
    void deactivate() {
        for (NativeUnit u : List.copyOf(units)) {
            u.free();
        }
    }

    /** Units not yet given back, for tests. */
    int liveUnits() {
        return units.size();
    }

    /** Code memory figures, for statistics. */
    public CodeMemory.Stats memoryStats() {
        return memory().stats();
    }
}
