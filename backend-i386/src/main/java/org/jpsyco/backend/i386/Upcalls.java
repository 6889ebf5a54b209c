package org.jpsyco.backend.i386;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;
import java.util.List;
import org.jpsyco.backend.i386.lower.Shape;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.Linkage;

/**
 * The Java side of a unit's upcalls: native code calls {@code long site()} through the site's own
 * upcall stub, with the site's operands in the activation's buffer (references as handles into
 * the activation's table, see {@link Shape}). Each site is a method handle
 * {@code (Activation) -> void} composed once at compile time: read the operands, call the helper,
 * the other version's call site or the reference comparison, and put the result back (its bits
 * in the buffer's call word, or a reference in its table slot).
 *
 * <p>One stub per site rather than one per unit dispatching on a site number: the stub's method
 * handle is then a constant that HotSpot compiles with the helper inlined, where a dispatch
 * through an array of handles calls an uncustomized lambda form; an upcall costs about a third
 * as much that way (measured by {@code NativeSpeedTest}), for a stub made per site at compile time.
 *
 * <p>Nothing may unwind through native frames (an exception escaping an upcall stub ends the
 * JVM): each {@link #stubHandles stub's handle} catches every throwable, keeps it in the
 * activation and answers 1, and the native code leaves through the instruction's raise stub; the
 * adapter then hands a front-end exception to the raise handler and rethrows anything else, as
 * the backend contract says.
 *
 * <p>The activation is found through a thread-local that the entry adapter sets around its
 * downcall and restores afterwards, so nested activations (a helper that runs Python code that
 * enters native code again) each see their own table.
 */
final class Upcalls {
    /** The state of one running activation of a unit that makes upcalls. */
    static final class Activation {
        final Object[] refs;
        final MemorySegment buf;
        Throwable pending;

        Activation(Object[] refs, MemorySegment buf) {
            this.refs = refs;
            this.buf = buf;
        }
    }

    static final ThreadLocal<Activation> CURRENT = new ThreadLocal<>();

    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final MethodHandle GET_I64;
    private static final MethodHandle GET_F64;
    private static final MethodHandle GET_I1;
    private static final MethodHandle GET_REF;
    private static final MethodHandle PUT_I64;
    private static final MethodHandle PUT_F64;
    private static final MethodHandle PUT_I1;
    private static final MethodHandle PUT_REF;
    private static final MethodHandle SAME;
    private static final MethodHandle NOT_SAME;
    private static final MethodHandle IS_NULL;
    private static final MethodHandle CLEAR;
    private static final MethodHandle CURRENT_GET;
    private static final MethodHandle PEND;
    private static final MethodHandle LEVEL;
    private static final MethodHandle NEG_LEVEL;

    static {
        try {
            MethodType get = MethodType.methodType(long.class, Activation.class, int.class);
            GET_I64 = L.findStatic(Upcalls.class, "getI64", get);
            GET_F64 = L.findStatic(Upcalls.class, "getF64", get.changeReturnType(double.class));
            GET_I1 = L.findStatic(Upcalls.class, "getI1", get.changeReturnType(boolean.class));
            GET_REF = L.findStatic(Upcalls.class, "getRef", get.changeReturnType(Object.class));
            PUT_I64 = L.findStatic(Upcalls.class, "putI64", MethodType.methodType(void.class, long.class, Activation.class, int.class));
            PUT_F64 = L.findStatic(Upcalls.class, "putF64", MethodType.methodType(void.class, double.class, Activation.class, int.class));
            PUT_I1 = L.findStatic(Upcalls.class, "putI1", MethodType.methodType(void.class, boolean.class, Activation.class, int.class));
            PUT_REF = L.findStatic(Upcalls.class, "putRef",
                    MethodType.methodType(void.class, Object.class, Activation.class, int.class, int.class));
            MethodType two = MethodType.methodType(boolean.class, Object.class, Object.class);
            SAME = L.findStatic(Upcalls.class, "same", two);
            NOT_SAME = L.findStatic(Upcalls.class, "notSame", two);
            IS_NULL = L.findStatic(Upcalls.class, "isNull", MethodType.methodType(boolean.class, Object.class));
            CLEAR = L.findStatic(Upcalls.class, "clear", MethodType.methodType(void.class, int[].class, Activation.class));
            CURRENT_GET = L.findStatic(Upcalls.class, "current", MethodType.methodType(Activation.class));
            LEVEL = L.findStatic(Upcalls.class, "level", MethodType.methodType(long.class, Activation.class, int.class));
            NEG_LEVEL = L.findStatic(Upcalls.class, "negate", MethodType.methodType(long.class, long.class));
            PEND = L.findStatic(Upcalls.class, "pend", MethodType.methodType(long.class, Throwable.class, Activation.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MethodHandle[] sites;
    private final String[] keys;

    private Upcalls(MethodHandle[] sites, String[] keys) {
        this.sites = sites;
        this.keys = keys;
    }

    /** The upcalls of a unit of shape {@code shape}, linked through {@code linkage}. */
    static Upcalls of(Shape shape, Linkage linkage, String unit) {
        return of(shape, linkage, unit, false);
    }

    /**
     * @param countsLevels the unit calls itself natively: a call of a version first counts the
     *                     calling activation's level (in {@link Shape#levelWord}) in the
     *                     interpreter's depth through {@link Linkage#countCalls()}, and gives it back after
     */
    static Upcalls of(Shape shape, Linkage linkage, String unit, boolean countsLevels) {
        List<Instruction> ins = shape.upcalls;
        MethodHandle[] sites = new MethodHandle[ins.size()];
        String[] keys = new String[ins.size()];
        MethodHandle count = countsLevels ? linkage.countCalls() : null;
        for (int i = 0; i < sites.length; i++) {
            MethodHandle h = site(ins.get(i), shape, linkage, unit, shape.callBase());
            if (count != null && ins.get(i).op() == org.jpsyco.kernel.lir.LirOp.CALL_VERSION) {
                // (Activation a) -> { long n = level(a); count(n); try { h(a); } finally { count(-n); } }:
                // the level read once, since the buffer is scratch for activations the call makes
                MethodHandle post = MethodHandles.dropArguments(MethodHandles.dropArguments(
                        MethodHandles.filterArguments(count, 0, NEG_LEVEL), 1, Activation.class), 0, Throwable.class);
                MethodHandle body = MethodHandles.tryFinally(MethodHandles.dropArguments(h, 0, long.class), post);
                body = MethodHandles.foldArguments(body, MethodHandles.dropArguments(count, 1, Activation.class));
                h = MethodHandles.foldArguments(body, MethodHandles.insertArguments(LEVEL, 1, shape.levelWord()));
            }
            sites[i] = h;
            keys[i] = UpcallCounts.key(ins.get(i));
        }
        return new Upcalls(sites, keys);
    }

    private static long level(Activation a, int word) {
        return a.buf.getAtIndex(ValueLayout.JAVA_LONG, word);
    }

    private static long negate(long n) {
        return -n;
    }

    /**
     * What each site's stub calls, {@code () -> long}: runs the site on the current activation and
     * answers 0, or 1 after catching a throwable (kept in the activation).
     */
    MethodHandle[] stubHandles() {
        MethodHandle[] out = new MethodHandle[sites.length];
        MethodHandle zero = MethodHandles.dropArguments(MethodHandles.constant(long.class, 0L), 0, Activation.class);
        for (int i = 0; i < sites.length; i++) {
            // (Activation a) -> { site(a); return 0; }, a throwable caught as pend(t, a)
            MethodHandle run = MethodHandles.foldArguments(zero, UpcallCounts.counting(sites[i], keys[i]));
            MethodHandle safe = MethodHandles.catchException(run, Throwable.class, PEND);
            out[i] = MethodHandles.foldArguments(safe, CURRENT_GET);
        }
        return out;
    }

    /**
     * What the stub of each {@linkplain Shape#chains run of upcalls} calls, {@code () -> long}, in
     * the order of {@code chains}: runs its calls in order, each on its own buffer words, and
     * answers 0 when all ran and every guard between them held, {@code 1 + 2j} after the
     * {@code j}-th member threw (kept in the activation), or {@code 2 + 2j} when the guard that
     * is the {@code j}-th member failed.
     */
    static MethodHandle[] chainHandles(List<Shape.Chain> chains, Shape shape, Linkage linkage, String unit) {
        MethodHandle[] out = new MethodHandle[chains.size()];
        for (int c = 0; c < out.length; c++) {
            Shape.Chain chain = chains.get(c);
            List<Instruction> members = chain.members();
            MethodHandle[] calls = new MethodHandle[members.size()];
            int[] guardWord = new int[members.size()];
            boolean[] guardTrue = new boolean[members.size()];
            StringBuilder key = new StringBuilder("chain");
            int lastBase = -1;
            for (int j = 0; j < calls.length; j++) {
                Instruction m = members.get(j);
                guardWord[j] = -1;
                Integer base = chain.bases().get(m);
                if (base != null) {
                    calls[j] = site(m, shape, linkage, unit, base);
                    lastBase = base;
                    key.append(j == 0 ? " " : " + ").append(UpcallCounts.key(m));
                } else {
                    guardWord[j] = lastBase;
                    guardTrue[j] = m.op() == org.jpsyco.kernel.lir.LirOp.GUARD_TRUE;
                }
            }
            int lo = Integer.MAX_VALUE;
            int hi = 0;
            int[] resultWord = new int[calls.length];
            for (int j = 0; j < calls.length; j++) {
                Instruction m = members.get(j);
                Integer base = chain.bases().get(m);
                resultWord[j] = base == null ? -1 : base;
                if (base != null) {
                    lo = Math.min(lo, base);
                    hi = Math.max(hi, base + Math.max(1, m.operands().size()));
                }
            }
            MethodHandle body = compileRun(calls, guardWord, guardTrue, resultWord, lo, hi);
            java.util.concurrent.atomic.LongAdder count = UpcallCounts.ON ? UpcallCounts.counter(key.toString()) : null;
            if (count != null) {
                body = MethodHandles.foldArguments(body, COUNT.bindTo(count));
            }
            // nothing may unwind into native code: a throwable outside the calls counts as the first one's
            MethodHandle h = MethodHandles.catchException(body, Throwable.class, PEND);
            out[c] = MethodHandles.foldArguments(h, CURRENT_GET);
        }
        return out;
    }

    private static final MethodHandle COUNT;
    private static final MethodHandle SNAPSHOT;
    private static final MethodHandle RESTORE;
    private static final MethodHandle KEEP;
    private static final MethodHandle FINISH;
    private static final MethodHandle FAIL;
    private static final MethodHandle HOLDS;
    private static final MethodHandle RAN;
    private static final MethodHandle MINUS_ONE;

    static {
        try {
            MethodType state = MethodType.methodType(void.class, long[].class, Activation.class);
            COUNT = L.findStatic(Upcalls.class, "count", MethodType.methodType(void.class, java.util.concurrent.atomic.LongAdder.class));
            SNAPSHOT = L.findStatic(Upcalls.class, "snapshot", MethodType.methodType(long[].class, int.class, int.class, int.class,
                    Activation.class));
            RESTORE = L.findStatic(Upcalls.class, "restore", state.insertParameterTypes(0, int.class, int.class));
            KEEP = L.findStatic(Upcalls.class, "keep", state.insertParameterTypes(0, int.class, int.class));
            FINISH = L.findStatic(Upcalls.class, "finish", MethodType.methodType(long.class, int[].class, int[].class, long.class,
                    long[].class, Activation.class));
            FAIL = L.findStatic(Upcalls.class, "fail", MethodType.methodType(long.class, int[].class, int[].class, long.class,
                    Throwable.class, long[].class, Activation.class));
            HOLDS = L.findStatic(Upcalls.class, "holds", MethodType.methodType(boolean.class, int.class, boolean.class, long[].class));
            RAN = L.findStatic(Upcalls.class, "ran", MethodType.methodType(boolean.class, long.class));
            MINUS_ONE = MethodHandles.dropArguments(MethodHandles.constant(long.class, -1L), 0, long[].class, Activation.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * One run of upcalls ({@link #chainHandles}) as a tree of method handles
     * {@code (Activation) -> long}, so that the run's stub, a constant, inlines every call of the
     * run with it (an interpreting loop over an array of handles calls each through an
     * uncustomized lambda form, several times an inlined call's cost).
     *
     * <p>The buffer is the thread's, shared with any activation a call nests (a helper running
     * Python code that enters native code again), so the run keeps the operand words native code
     * wrote in a state array and puts them back before each call after the first, keeps each
     * call's result word as it comes back (in the same array, past the operands), and writes them
     * all back last: native code then finds what the calls made one by one would have left. The
     * state array is {@code hi - lo} operand words then one word per member.
     */
    private static MethodHandle compileRun(MethodHandle[] calls, int[] guardWord, boolean[] guardTrue, int[] resultWord, int lo,
            int hi) {
        int n = calls.length;
        int operands = hi - lo;
        // H_n: every member ran, write every result back and answer 0
        MethodHandle next = MethodHandles.insertArguments(FINISH, 0, resultWords(resultWord, n), stateIndexes(resultWord, n, operands), 0L);
        for (int j = n - 1; j >= 0; j--) {
            int[] words = resultWords(resultWord, j);
            int[] ks = stateIndexes(resultWord, j, operands);
            if (guardWord[j] >= 0) {
                // (s, a) -> holds(result of member j-1) ? H_{j+1}(s, a) : finish(results before j, 2 + 2j)
                MethodHandle test = MethodHandles.dropArguments(MethodHandles.insertArguments(HOLDS, 0, operands + j - 1, guardTrue[j]),
                        1, Activation.class);
                MethodHandle failed = MethodHandles.insertArguments(FINISH, 0, words, ks, 2 + 2L * j);
                next = MethodHandles.guardWithTest(test, next, failed);
                continue;
            }
            // (s, a) -> { restore(s, a) unless first; calls[j](a); keep(result word, s, a); return -1 }
            MethodHandle step = MethodHandles.dropArguments(calls[j], 0, long[].class);
            step = MethodHandles.foldArguments(MethodHandles.insertArguments(KEEP, 0, resultWord[j], operands + j), step);
            if (j > 0) {
                step = MethodHandles.foldArguments(step, MethodHandles.insertArguments(RESTORE, 0, lo, hi));
            }
            MethodHandle tried = MethodHandles.foldArguments(MINUS_ONE, step);
            // a throwable from the call: kept in the activation, results before j written back, 1 + 2j
            tried = MethodHandles.catchException(tried, Throwable.class, MethodHandles.insertArguments(FAIL, 0, words, ks, 1 + 2L * j));
            // (s, a) -> { long r = tried(s, a); return r < 0 ? H_{j+1}(s, a) : r }
            MethodHandle go = MethodHandles.dropArguments(next, 0, long.class);
            MethodHandle stop = MethodHandles.dropArguments(MethodHandles.identity(long.class), 1, long[].class, Activation.class);
            MethodHandle select = MethodHandles.guardWithTest(RAN, go, stop);
            next = MethodHandles.foldArguments(select, tried);
        }
        // (a) -> H_0(snapshot(a), a)
        return MethodHandles.foldArguments(next, MethodHandles.insertArguments(SNAPSHOT, 0, lo, hi, operands + n));
    }

    /** The result words of the calls among the first {@code j} members. */
    private static int[] resultWords(int[] resultWord, int j) {
        return java.util.stream.IntStream.range(0, j).filter(k -> resultWord[k] >= 0).map(k -> resultWord[k]).toArray();
    }

    /** Where the state array keeps the results of the calls among the first {@code j} members. */
    private static int[] stateIndexes(int[] resultWord, int j, int operands) {
        return java.util.stream.IntStream.range(0, j).filter(k -> resultWord[k] >= 0).map(k -> operands + k).toArray();
    }

    private static void count(java.util.concurrent.atomic.LongAdder count) {
        count.increment();
    }

    private static long[] snapshot(int lo, int hi, int size, Activation a) {
        long[] s = new long[size];
        MemorySegment buf = a.buf;
        for (int w = lo; w < hi; w++) {
            s[w - lo] = buf.getAtIndex(ValueLayout.JAVA_LONG, w);
        }
        return s;
    }

    private static void restore(int lo, int hi, long[] s, Activation a) {
        MemorySegment buf = a.buf;
        for (int w = lo; w < hi; w++) {
            buf.setAtIndex(ValueLayout.JAVA_LONG, w, s[w - lo]);
        }
    }

    private static void keep(int word, int k, long[] s, Activation a) {
        s[k] = a.buf.getAtIndex(ValueLayout.JAVA_LONG, word);
    }

    private static long finish(int[] words, int[] ks, long answer, long[] s, Activation a) {
        MemorySegment buf = a.buf;
        for (int i = 0; i < words.length; i++) {
            buf.setAtIndex(ValueLayout.JAVA_LONG, words[i], s[ks[i]]);
        }
        return answer;
    }

    private static long fail(int[] words, int[] ks, long answer, Throwable t, long[] s, Activation a) {
        a.pending = t;
        return finish(words, ks, answer, s, a);
    }

    private static boolean holds(int k, boolean want, long[] s) {
        return (s[k] != 0) == want;
    }

    private static boolean ran(long r) {
        return r < 0;
    }

    private static Activation current() {
        return CURRENT.get();
    }

    private static long pend(Throwable t, Activation a) {
        if (a != null) {
            a.pending = t;
        }
        return 1;
    }

    private static MethodHandle site(Instruction in, Shape shape, Linkage linkage, String unit, int base) {
        MethodHandle h = call(in, shape, linkage, unit, base);
        org.jpsyco.backend.i386.lower.Handles.Kills k = shape.kills.get(in);
        if (k == null) {
            return h;
        }
        // slots dead before the call are cleared first (it may collect garbage), then those it used last
        if (k.after().length > 0) {
            h = MethodHandles.foldArguments(CLEAR.bindTo(k.after()), h);
        }
        if (k.before().length > 0) {
            h = MethodHandles.foldArguments(h, CLEAR.bindTo(k.before()));
        }
        return h;
    }

    private static MethodHandle call(Instruction in, Shape shape, Linkage linkage, String unit, int base) {
        MethodHandle target = switch (in.op()) {
            case EQ_REF -> SAME;
            case NE_REF -> NOT_SAME;
            case IS_NULL -> IS_NULL;
            case CALL_HELPER -> {
                CallTarget.Helper h = (CallTarget.Helper) in.payload();
                MethodHandle mh = linkage.helper(h);
                if (mh == null) {
                    throw new BackendException("i386 backend: the linkage has no helper " + h.symbol());
                }
                yield typed(mh, h, unit);
            }
            case CALL_VERSION -> {
                CallTarget.Version v = (CallTarget.Version) in.payload();
                CallSite cs = linkage.version(v);
                if (cs == null) {
                    throw new BackendException("i386 backend: the linkage has no call site for version " + v.symbol());
                }
                yield typed(cs.dynamicInvoker(), v, unit);
            }
            default -> throw new BackendException("i386 backend: " + in.op().text() + " is not an upcall");
        };
        List<LirValue> ops = in.operands();
        int n = ops.size();
        if (target.type().parameterCount() != n) {
            throw new BackendException("i386 backend: " + in + " passes " + n + " operands to " + target.type());
        }
        MethodHandle h;
        if (n == 0) {
            h = MethodHandles.dropArguments(target, 0, Activation.class);
        } else {
            MethodHandle[] getters = new MethodHandle[n];
            for (int k = 0; k < n; k++) {
                MethodHandle g = switch (ops.get(k).type()) {
                    case I64 -> GET_I64;
                    case F64 -> GET_F64;
                    case I1 -> GET_I1;
                    case REF -> GET_REF;
                };
                getters[k] = MethodHandles.insertArguments(g, 1, base + k).asType(
                        MethodType.methodType(target.type().parameterType(k), Activation.class));
            }
            h = MethodHandles.filterArguments(target, 0, getters);
            h = MethodHandles.permuteArguments(h, MethodType.methodType(target.type().returnType(), Activation.class), new int[n]);
        }
        LirValue r = in.result();
        if (r == null) {
            return h.asType(MethodType.methodType(void.class, Activation.class));
        }
        MethodHandle put = switch (r.type()) {
            case I64 -> MethodHandles.insertArguments(PUT_I64, 2, base);
            case F64 -> MethodHandles.insertArguments(PUT_F64, 2, base);
            case I1 -> MethodHandles.insertArguments(PUT_I1, 2, base);
            case REF -> MethodHandles.insertArguments(PUT_REF, 2, base, shape.refSlot.get(r.id()));
        };
        // (Activation a) -> put(h(a), a)
        MethodHandle both = MethodHandles.collectArguments(put, 0, h);
        return MethodHandles.permuteArguments(both, MethodType.methodType(void.class, Activation.class), 0, 0);
    }

    private static MethodHandle typed(MethodHandle mh, CallTarget t, String unit) {
        Class<?>[] params = new Class<?>[t.params().size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = NativeUnit.javaType(t.params().get(i));
        }
        MethodType mt = MethodType.methodType(t.result() == null ? void.class : NativeUnit.javaType(t.result()), params);
        try {
            return mh.asType(mt);
        } catch (WrongMethodTypeException e) {
            throw new BackendException("i386 backend (" + unit + "): " + t.symbol() + " has type " + mh.type()
                    + ", which does not fit its LIR signature " + mt, e);
        }
    }

    private static long getI64(Activation a, int word) {
        return a.buf.getAtIndex(ValueLayout.JAVA_LONG, word);
    }

    private static double getF64(Activation a, int word) {
        return Double.longBitsToDouble(a.buf.getAtIndex(ValueLayout.JAVA_LONG, word));
    }

    private static boolean getI1(Activation a, int word) {
        return a.buf.getAtIndex(ValueLayout.JAVA_LONG, word) != 0;
    }

    private static Object getRef(Activation a, int word) {
        return a.refs[(int) a.buf.getAtIndex(ValueLayout.JAVA_LONG, word)];
    }

    private static void putI64(long v, Activation a, int word) {
        a.buf.setAtIndex(ValueLayout.JAVA_LONG, word, v);
    }

    private static void putF64(double v, Activation a, int word) {
        a.buf.setAtIndex(ValueLayout.JAVA_LONG, word, Double.doubleToRawLongBits(v));
    }

    private static void putI1(boolean v, Activation a, int word) {
        a.buf.setAtIndex(ValueLayout.JAVA_LONG, word, v ? 1L : 0L);
    }

    private static void putRef(Object v, Activation a, int word, int slot) {
        a.refs[slot] = v;
    }

    private static void clear(int[] slots, Activation a) {
        Object[] refs = a.refs;
        for (int s : slots) {
            refs[s] = null;
        }
    }

    private static boolean same(Object x, Object y) {
        return x == y;
    }

    private static boolean notSame(Object x, Object y) {
        return x != y;
    }

    private static boolean isNull(Object x) {
        return x == null;
    }
}
