package org.jpsyco.frontend.python.jit;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.spi.Linkage;

/**
 * Class generation on a compiler thread while the interpreter goes on.
 *
 * <p>Only the backend's part moves: specialization reads the live program (frames, profiles,
 * namespaces, classes) and must see it consistent with the assumptions it registers, so it stays
 * on the interpreter's thread. The LIR it produces is immutable; the backend turns it into a class
 * from the LIR alone plus the linkage, whose answers ({@link Frozen}) are looked up on the
 * interpreter's thread before the work is handed over, so the compiler thread reads no structure
 * the interpreter changes. The finished unit is installed by the interpreter's thread at the next
 * call or loop-head check of its code ({@link #check}); the code cache refuses it then if an
 * assumption broke in between, and the interpreter simply keeps running that code.
 *
 * <p>One thread: on a machine of two cores the interpreter, HotSpot's own compiler threads and
 * this one already share them; it ends when idle, so a finished program leaves nothing running.
 */
final class BackgroundCompiler {
    /** What {@link #check} returns while the code's unit is still being built. */
    static final Object WAITING = new Object();
    /** Compilations queued at once at most: past it hot code waits for the next trigger. */
    static final int MAX_PENDING = 16;
    private static final MethodType ENTRY = MethodType.methodType(Object.class, Object.class);

    /** A backend's result: the unit and its entry, or none with each backend's reason in {@code why}. */
    record Built(Backend backend, CompiledUnit unit, MethodHandle entry, List<String> why, long nanos) {}

    /** A specialization whose class is being generated. */
    record Pending(CodeState cs, int pc, Specializer.Result result, List<String> why, long specializeNanos,
            Future<Built> future) {}

    /** The interpreter-side installer of a finished compilation ({@link JitRuntime}). */
    interface Installer {
        Unit install(Pending p, Built b);
    }

    private final ThreadPoolExecutor executor;
    private final List<Pending> pending = new ArrayList<>();
    private final Installer installer;
    long submitted;
    long threadNanos;

    BackgroundCompiler(Installer installer) {
        this.installer = installer;
        this.executor = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "jpsyco-compiler");
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Builds {@code f} with the first of {@code candidates} that compiles it (the backends that
     * already passed their {@code declines}/{@code prefers} checks, in the policy's order); used on
     * either thread.
     */
    static Built build(LirFunction f, List<Backend> candidates, Linkage linkage, List<String> earlier) {
        List<String> why = new ArrayList<>(earlier);
        long t0 = System.nanoTime();
        for (Backend be : candidates) {
            CompiledUnit cu;
            try {
                cu = new RelinkingUnit(be.compile(f, linkage));
            } catch (BackendException | IllegalArgumentException | IllegalStateException e) {
                why.add(be.name() + ": " + e.getMessage());
                continue;
            }
            try {
                return new Built(be, cu, cu.entry().asType(ENTRY), why, System.nanoTime() - t0);
            } catch (RuntimeException e) {
                why.add(be.name() + ": entry of type " + cu.entry().type());
            }
        }
        return new Built(null, null, null, why, System.nanoTime() - t0);
    }

    /** Whether {@code candidates} can be built off the interpreter's thread (the JVM backend only). */
    static boolean movable(List<Backend> candidates) {
        return !candidates.isEmpty() && candidates.get(0).name().equals("jvm");
    }

    boolean full() {
        return pending.size() >= MAX_PENDING;
    }

    boolean idle() {
        return pending.isEmpty();
    }

    void submit(CodeState cs, int pc, Specializer.Result r, List<Backend> candidates, List<String> why,
            long specializeNanos, Linkage linkage) {
        Linkage frozen = new Frozen(linkage, r.function());
        LirFunction f = r.function();
        List<Backend> list = List.copyOf(candidates);
        List<String> earlier = List.copyOf(why);
        Future<Built> fut = executor.submit(() -> {
            try {
                return build(f, list, frozen, earlier);
            } catch (RuntimeException | LinkageError e) {
                List<String> w = new ArrayList<>(earlier);
                w.add("compiler thread: " + e);
                return new Built(null, null, null, w, 0);
            }
        });
        pending.add(new Pending(cs, pc, r, why, specializeNanos, fut));
        submitted++;
    }

    /**
     * Installs every finished compilation; returns the unit now entered at {@code cs}/{@code pc},
     * {@link #WAITING} while it is being built (or its installation just failed), or null when
     * nothing is pending for it.
     */
    Object check(CodeState cs, int pc) {
        Object mine = null;
        for (Iterator<Pending> it = pending.iterator(); it.hasNext();) {
            Pending p = it.next();
            boolean hit = p.cs == cs && p.pc == pc;
            if (!p.future.isDone()) {
                if (hit) {
                    mine = WAITING;
                }
                continue;
            }
            it.remove();
            Built b;
            try {
                b = p.future.get();
            } catch (Exception e) {
                List<String> w = new ArrayList<>(p.why);
                w.add("compiler thread: " + e);
                b = new Built(null, null, null, w, 0);
            }
            threadNanos += b.nanos();
            Unit u = installer.install(p, b);
            if (hit) {
                mine = u != null ? u : WAITING;
            }
        }
        return mine;
    }

    /** Drops what is queued or being built (the program ends). */
    void shutdown() {
        for (Pending p : pending) {
            p.future.cancel(false);
        }
        pending.clear();
        executor.shutdownNow();
    }

    /**
     * The answers a backend may ask of the linkage for one function, taken on the interpreter's
     * thread: helpers and version call sites by symbol (the tables behind them grow as the program
     * runs), the rest fixed for the program.
     */
    private static final class Frozen extends ForwardingLinkage {
        private final Map<String, MethodHandle> helpers = new HashMap<>();
        private final Map<String, CallSite> versions = new HashMap<>();
        private final java.util.Set<String> selfCalls = new java.util.HashSet<>();

        Frozen(Linkage base, LirFunction f) {
            super(base);
            for (Block b : f.blocks()) {
                for (Instruction ins : b.instructions()) {
                    if (ins.payload() instanceof CallTarget.Helper h && !helpers.containsKey(h.symbol())) {
                        helpers.put(h.symbol(), lookup(() -> base.helper(h)));
                    } else if (ins.payload() instanceof CallTarget.Version v && !versions.containsKey(v.symbol())) {
                        versions.put(v.symbol(), lookup(() -> base.version(v)));
                        if (base.callsItself(v)) {
                            selfCalls.add(v.symbol());
                        }
                    }
                }
            }
        }

        private static <T> T lookup(java.util.function.Supplier<T> s) {
            try {
                return s.get();
            } catch (RuntimeException e) {
                return null; // the backend reports the missing symbol as it would have
            }
        }

        @Override
        public MethodHandle helper(CallTarget.Helper target) {
            return helpers.get(target.symbol());
        }

        @Override
        public CallSite version(CallTarget.Version target) {
            return versions.get(target.symbol());
        }

        @Override
        public boolean callsItself(CallTarget.Version target) {
            return selfCalls.contains(target.symbol());
        }

        @Override
        public org.jpsyco.kernel.spi.CompiledUnit linkedUnit(CallTarget.Version target) {
            return null; // only the native backend asks, and it never compiles on this thread
        }
    }
}
