package org.jpsyco.backend.i386;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.jpsyco.backend.i386.lower.Shape;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.spi.Linkage;

/**
 * One unit of machine code and its Java entry adapter. The adapter writes the primitive
 * arguments' bits into the argument buffer, puts reference arguments into the activation's table
 * (native code knows them by handle, see {@link Shape}), passes arrays as heap segments (a
 * {@code critical} downcall, which may not call back into Java), calls the code, and reads what
 * it answers: the result, an out-of-bounds index, an exception an upcall caught (rethrown, or
 * raised at its descriptor's resume point), or an exit number whose live values it boxes before
 * calling the exit handler as every backend does.
 *
 * <p>Freeing waits for the last running activation: code that made an upcall may be invalidated
 * and evicted during it (the helper ran Python code that rebound a global), and its frame must
 * still return into valid code; the activation then leaves at its next safepoint or exit.
 */
final class NativeUnit implements CompiledUnit {
    private static final MethodHandle ENTER;

    static {
        try {
            ENTER = MethodHandles.lookup().findVirtual(NativeUnit.class, "enter", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Argument buffers of units that take no arrays (so their downcall may not use heap memory). */
    private static final ThreadLocal<MemorySegment> BUFFERS = new ThreadLocal<>();

    private final String name;
    private final Shape shape;
    private final List<DeoptDescriptor> exits;
    private final Linkage linkage;
    private final CodeMemory memory;
    private final CodeMemory.Block block;
    private final Arena arena;
    private final MemorySegment flag;
    private final MethodHandle call; // (MemorySegment[]) long
    private final boolean critical;
    private final String lir;
    private final byte[] code;
    private final String assembly;
    private volatile MethodHandle entry;
    private volatile boolean valid = true;
    private volatile boolean freed;
    private final Upcalls upcalls;
    private final Object[] refTemplate;
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    private boolean releasePending;
    private volatile boolean released;
    private Runnable onRelease = () -> { };
    /** Set when the code calls itself natively: {@code () -> long}, the calls the recursion limit still allows. */
    private MethodHandle budget;
    /** Cells of units that call this unit's code directly: its address while it is valid, 0 after. */
    private final List<MemorySegment> callerCells = new java.util.ArrayList<>();
    /** How many such cells are linked; the code stays until they are all unlinked. */
    private int linkedBy;
    /** Buffer words past the unit's own, for the buffers of units it calls directly. */
    private int calleeWords;
    /** Whether the entry passes the recursion budget for direct calls ({@code Calls#directCall}). */
    private boolean passesBudget;
    /** {@code () -> long}, the recursion budget direct calls check, or null for no limit. */
    private MethodHandle directBudget;
    /** {@code (Object[] args) -> boolean}: the {@linkplain Shape#entryChecks entry checks}, answered at each entry. */
    private MethodHandle[] entryChecks = new MethodHandle[0];
    /** Entries from Java, when {@link UpcallCounts} counts. */
    private final java.util.concurrent.atomic.LongAdder entries;

    NativeUnit(String name, Shape shape, List<DeoptDescriptor> exits, Linkage linkage, CodeMemory memory, CodeMemory.Block block,
            Arena arena, MemorySegment flag, MethodHandle call, boolean critical, String lir, byte[] code, String assembly,
            Upcalls upcalls) {
        this.upcalls = upcalls;
        this.entries = UpcallCounts.ON ? UpcallCounts.counter("entry " + name) : null;
        this.refTemplate = shape.refTemplate.toArray();
        this.name = name;
        this.shape = shape;
        this.exits = exits;
        this.linkage = linkage;
        this.memory = memory;
        this.block = block;
        this.arena = arena;
        this.flag = flag;
        this.call = call;
        this.critical = critical;
        this.lir = lir;
        this.code = code;
        this.assembly = assembly;
        Class<?>[] params = new Class<?>[shape.paramTypes.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = javaType(shape.paramTypes.get(i));
        }
        Class<?> result = shape.returnsObject ? Object.class : shape.result == null ? void.class : javaType(shape.result);
        entry = ENTER.bindTo(this).asCollector(Object[].class, params.length).asType(MethodType.methodType(result, params));
    }

    static Class<?> javaType(LirType t) {
        return switch (t) {
            case I64 -> long.class;
            case F64 -> double.class;
            case I1 -> boolean.class;
            case REF -> Object.class;
        };
    }

    private MemorySegment buffer(int words) {
        if (critical) {
            return MemorySegment.ofArray(new long[words]);
        }
        MemorySegment b = BUFFERS.get();
        if (b == null || b.byteSize() < 8L * words) {
            b = Arena.ofAuto().allocate(8L * Math.max(words, 64), 8);
            BUFFERS.set(b);
        }
        return b;
    }

    /** The entry adapter: runs the code on {@code args} (the entry block's parameters, boxed). */
    Object enter(Object[] args) throws Throwable {
        // counted before the check, so free() either sees this activation or is seen by it
        active.incrementAndGet();
        if (entries != null) {
            entries.increment();
        }
        long status;
        Object[] refs;
        MemorySegment buf;
        Upcalls.Activation act = null;
        try {
            if (released) {
                // freed between the caller's validity check and this call (a bundle stopping on
                // another thread): the code is gone
                throw new IllegalStateException("native unit " + name + " was freed");
            }
            if (entryChecks.length > 0 && valid) {
                answerEntryChecks(args);
            }
            buf = buffer(shape.bufferWords() + calleeWords);
            refs = refTemplate.length == 0 ? refTemplate : refTemplate.clone();
            act = upcalls == null ? null : new Upcalls.Activation(refs, buf);
            status = run(args, buf, refs, act);
        } finally {
            if (active.decrementAndGet() == 0) {
                releaseIfPending();
            }
        }
        return answer(status, args, buf, refs, act);
    }

    private long run(Object[] args, MemorySegment buf, Object[] refs, Upcalls.Activation act) throws Throwable {
        int arrays = shape.arrays.size();
        MemorySegment[] segs = new MemorySegment[1 + arrays];
        segs[0] = buf;
        for (int i = 0; i < args.length; i++) {
            if (shape.paramTypes.get(i) == LirType.REF) {
                refs[shape.refSlot.get(shape.paramIds.get(i))] = args[i];
            } else {
                long bits = switch (shape.paramTypes.get(i)) {
                    case I64 -> (Long) args[i];
                    case F64 -> Double.doubleToRawLongBits((Double) args[i]);
                    default -> (Boolean) args[i] ? 1L : 0L;
                };
                buf.setAtIndex(ValueLayout.JAVA_LONG, 1 + i, bits);
            }
        }
        for (int k = 0; k < arrays; k++) {
            Object array = args[shape.arrays.get(k)];
            long length;
            if (array instanceof long[] la) {
                segs[1 + k] = MemorySegment.ofArray(la);
                length = la.length;
            } else if (array instanceof double[] da) {
                segs[1 + k] = MemorySegment.ofArray(da);
                length = da.length;
            } else if (array == null) {
                throw new NullPointerException("array argument " + shape.arrays.get(k) + " of " + name + " is null");
            } else {
                throw new ClassCastException(array.getClass().getName() + " is not a long[] or double[]");
            }
            buf.setAtIndex(ValueLayout.JAVA_LONG, shape.lengthWord(k), length);
        }
        if (budget != null) {
            // entered from Java: level 0, the limit's budget and this thread's stack floor
            int lw = shape.levelWord();
            buf.setAtIndex(ValueLayout.JAVA_LONG, lw, 0L);
            // (at most 2^31: the code multiplies it by its frame's size)
            buf.setAtIndex(ValueLayout.JAVA_LONG, lw + 1, Math.min(1L << 31, Math.max(0L, (long) budget.invokeExact())));
            buf.setAtIndex(ValueLayout.JAVA_LONG, lw + 2, StackFloor.current());
        }
        if (passesBudget) {
            MethodHandle b = directBudget;
            buf.setAtIndex(ValueLayout.JAVA_LONG, shape.levelWord() + 1, b == null ? Long.MAX_VALUE : Math.max(0L, (long) b.invokeExact()));
        }
        if (upcalls == null) {
            return (long) call.invokeExact(segs);
        }
        Upcalls.Activation outer = Upcalls.CURRENT.get();
        Upcalls.CURRENT.set(act);
        try {
            return (long) call.invokeExact(segs);
        } finally {
            Upcalls.CURRENT.set(outer);
        }
    }

    /** What the entry returns (or throws) for the code's answer {@code status}. */
    private Object answer(long status, Object[] args, MemorySegment buf, Object[] refs, Upcalls.Activation act) throws Throwable {
        if (status == 0) {
            if (shape.result == null) {
                return null;
            }
            long bits = buf.getAtIndex(ValueLayout.JAVA_LONG, 0);
            return switch (shape.result) {
                case I64 -> bits;
                case F64 -> Double.longBitsToDouble(bits);
                case I1 -> bits != 0;
                case REF -> refs[(int) bits];
            };
        }
        if (status == -1) {
            throw new ArrayIndexOutOfBoundsException("array index out of bounds in " + name);
        }
        if (status == -2 || status <= -3 && status >= -2 - exits.size()) {
            Throwable t = act == null ? null : act.pending;
            if (t == null) {
                throw new IllegalStateException("native unit " + name + " answered " + status + " without an exception");
            }
            Class<? extends Throwable> raised = linkage.raisedType();
            if (status == -2 || raised == null || !raised.isInstance(t)) {
                throw t;
            }
            DeoptDescriptor d = exits.get((int) (-3 - status));
            return linkage.raiseHandler().invoke(d, liveValues(d, buf, refs), t);
        }
        if (status < 1 || status > exits.size()) {
            throw new IllegalStateException("native unit " + name + " answered " + status);
        }
        DeoptDescriptor d = exits.get((int) status - 1);
        return linkage.exitHandler().invoke(d, liveValues(d, buf, refs));
    }

    private static Object[] liveValues(DeoptDescriptor d, MemorySegment buf, Object[] refs) {
        List<LirValue> live = d.liveValues();
        Object[] values = new Object[live.size()];
        for (int j = 0; j < values.length; j++) {
            LirValue v = live.get(j);
            long bits = buf.getAtIndex(ValueLayout.JAVA_LONG, 1 + j);
            values[j] = switch (v.type()) {
                case I64 -> bits;
                case F64 -> Double.longBitsToDouble(bits);
                case I1 -> bits != 0;
                case REF -> refs[(int) bits];
            };
        }
        return values;
    }

    @Override
    public String backend() {
        return "i386";
    }

    @Override
    public MethodHandle entry() {
        MethodHandle e = entry;
        if (e == null) {
            throw new IllegalStateException("unit " + name + " was freed");
        }
        return e;
    }

    @Override
    public long codeBytes() {
        return code.length;
    }

    /**
     * The entry checks: the code reads the invalidation word where each was, so an entry on which
     * one answers false (a frame with other namespaces, an assumption gone) invalidates the unit
     * first and the activation leaves at that check, as its guard would have. Invalidation is for
     * good, which is what a broken assumption needs anyway; a frame with other namespaces is rare
     * enough (the same code run with other globals) that recompiling for it costs nothing worth
     * counting.
     */
    void entryChecks(List<MethodHandle> checks) {
        this.entryChecks = checks.toArray(new MethodHandle[0]);
    }

    private void answerEntryChecks(Object[] args) {
        for (MethodHandle c : entryChecks) {
            boolean holds;
            try {
                holds = (boolean) c.invokeExact(args);
            } catch (Throwable t) {
                holds = false;
            }
            if (!holds) {
                invalidate();
                return;
            }
        }
    }

    /**
     * Whether other units' code may call this unit's code directly: a leaf that makes no upcall
     * and polls no safepoint (so no Java code runs while it does, and no entry adapter is needed),
     * takes no arrays and no references, and answers an {@code i64} or {@code f64}.
     */
    boolean directlyCallable() {
        return !critical && upcalls == null && !shape.hasSafepoint && budget == null && !shape.returnsObject
                && (shape.result == LirType.I64 || shape.result == LirType.F64) && !shape.paramTypes.contains(LirType.REF);
    }

    Shape shape() {
        return shape;
    }

    /** Links a caller's cell: it holds the code's address until this unit is invalidated; false when it is already. */
    synchronized boolean link(MemorySegment cell) {
        if (!valid || freed) {
            return false;
        }
        cell.set(ValueLayout.JAVA_LONG, 0, block.address());
        callerCells.add(cell);
        linkedBy++;
        return true;
    }

    /** The caller of {@code cell} is gone: once no caller is left, a freed unit's code can go. */
    void unlink(MemorySegment cell) {
        synchronized (this) {
            callerCells.removeIf(c -> c == cell);
            linkedBy--;
        }
        releaseIfPending();
    }

    /** The unit calls other units directly: their buffers take {@code words} past its own, and it checks the budget. */
    void callsDirectly(int words, MethodHandle budget) {
        this.calleeWords = words;
        this.passesBudget = true;
        this.directBudget = budget;
    }

    private synchronized void clearCallerCells() {
        for (MemorySegment c : callerCells) {
            try {
                c.set(ValueLayout.JAVA_LONG, 0, 0L);
            } catch (IllegalStateException e) {
                // the caller's memory is gone already: it unlinks next
            }
        }
    }

    /** The code calls itself natively, within the budget {@code budget} ({@code () -> long}) tells at each entry. */
    void callsItself(MethodHandle budget) {
        this.budget = budget;
    }

    @Override
    public void invalidate() {
        if (valid) {
            valid = false;
            clearCallerCells();
            if (!freed) {
                flag.set(ValueLayout.JAVA_LONG, 0, 1L);
            }
        }
    }

    @Override
    public boolean isValid() {
        return valid && !freed;
    }

    /**
     * The version is gone for good: the code memory and the upcall stubs go back as soon as the
     * last running activation leaves (at once when none runs), so invalidation, eviction and the
     * program's end all give the space back for reuse.
     */
    @Override
    public void discarded() {
        free();
    }

    @Override
    public synchronized void free() {
        if (freed) {
            return;
        }
        invalidate();
        freed = true;
        entry = null;
        releasePending = true;
        if (active.get() == 0) {
            releaseIfPending();
        }
    }

    /** Gives the code and the upcall stubs back once no activation runs them. */
    private synchronized void releaseIfPending() {
        if (releasePending && !released && active.get() == 0 && linkedBy == 0) {
            released = true;
            memory.free(block);
            arena.close();
            onRelease.run();
        }
    }

    /** What to do once the code is given back (the backend forgets the unit). */
    void onRelease(Runnable r) {
        onRelease = r;
    }

    /** Whether the code memory was given back, for tests. */
    boolean released() {
        return released;
    }

    /** Where the code lives, for tests. */
    CodeMemory.Block block() {
        return block;
    }

    @Override
    public String listing() {
        StringBuilder s = new StringBuilder();
        s.append("; i386 unit ").append(name).append(": ").append(code.length).append(" bytes at 0x")
                .append(Long.toHexString(block.address())).append(critical ? ", critical downcall" : "").append('\n');
        s.append(lir);
        if (!lir.endsWith("\n")) {
            s.append('\n');
        }
        s.append(Disassembly.of(code, assembly));
        return s.toString();
    }

    @Override
    public String toString() {
        return "i386 unit " + name + (freed ? " (freed)" : valid ? "" : " (invalid)");
    }
}
