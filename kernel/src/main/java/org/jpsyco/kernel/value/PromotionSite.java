package org.jpsyco.kernel.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.PromotionSwitch;
import org.jpsyco.kernel.lir.Target;

/**
 * One promotion site: the continuation of the specializer at the point it asked "what is this
 * run-time value?" (Psyco's {@code rt_promotion_t}), as data: the frozen frame, the value
 * promoted, the interpreter's resume point, and the cases seen so far with their code.
 *
 * <p>Protocol:
 * <ol>
 * <li>The specializer, needing {@code promoted} as a constant, makes the site, emits
 *     {@code promote} with {@link #switchOn} (no cases yet) and a deopt descriptor for misses,
 *     and stops compiling that path. Nothing of the operation is committed before: it is run
 *     again, from the start, in each continuation.</li>
 * <li>A value the switch does not know calls back into the kernel: {@link #miss} says what to
 *     do. {@link Specialize}: compile the continuation from its frame, where the value is a
 *     fixed constant, then {@link #addCase}; the backend relinks the switch. Past
 *     {@code maxCases}, {@link Generic} once: compile one continuation where the value stays
 *     run-time, marked {@link Megamorphic}, then {@link #setGeneric}; every later miss goes
 *     there ({@link Known}).</li>
 * </ol>
 * A site never forgets a case, so its cases grow monotonically to the bound: with the stage
 * order this bounds how many versions promotion can cause. Thread-safe: misses may race.
 */
public final class PromotionSite<V> {
    private final int id;
    private final AbstractFrame frame;
    private final RunTime promoted;
    private final long resumePoint;
    private final int maxCases;
    private final Map<Constant, V> cases = new LinkedHashMap<>();
    private V generic;
    private boolean genericRequested;

    /** What to do with a value the switch did not know. */
    public sealed interface Miss<V> {
    }

    /** The value already has code (a racing miss compiled it, or the site is megamorphic): go there. */
    public record Known<V>(V code) implements Miss<V> {
    }

    /** Compile the continuation for this frame, in which the promoted value is {@code value}, fixed. */
    public record Specialize<V>(AbstractFrame frame, CompileTime value) implements Miss<V> {
    }

    /** The site is past its bound: compile its one generic continuation for this frame. */
    public record Generic<V>(AbstractFrame frame) implements Miss<V> {
    }

    public PromotionSite(int id, AbstractFrame frame, RunTime promoted, long resumePoint, int maxCases) {
        this.id = id;
        this.frame = frame;
        this.promoted = promoted;
        this.resumePoint = resumePoint;
        this.maxCases = maxCases;
    }

    public int id() {
        return id;
    }

    public RunTime promoted() {
        return promoted;
    }

    public long resumePoint() {
        return resumePoint;
    }

    public synchronized Miss<V> miss(Constant seen) {
        V code = cases.get(seen);
        if (code != null) {
            return new Known<>(code);
        }
        if (generic != null) {
            return new Known<>(generic);
        }
        if (cases.size() < maxCases) {
            CompileTime value = Stages.promote(promoted, seen);
            return new Specialize<>(frame.replace(promoted, value), value);
        }
        if (genericRequested) {
            throw new IllegalStateException("site " + id + ": the generic continuation is being compiled");
        }
        genericRequested = true;
        return new Generic<>(frame.replace(promoted, promoted.with(new Megamorphic(id))));
    }

    /** Links the code compiled for {@code value} after a {@link Specialize}. */
    public synchronized void addCase(Constant value, V code) {
        if (cases.size() >= maxCases) {
            throw new IllegalStateException("site " + id + " already has " + maxCases + " cases");
        }
        cases.putIfAbsent(value, code);
    }

    /** Links the generic continuation compiled after a {@link Generic}. */
    public synchronized void setGeneric(V code) {
        generic = code;
    }

    public synchronized boolean megamorphic() {
        return genericRequested;
    }

    public synchronized List<Map.Entry<Constant, V>> cases() {
        return List.copyOf(cases.entrySet());
    }

    /** The LIR payload of this site's switch, each case continuing at {@code target.apply(code)}. */
    public synchronized PromotionSwitch switchOn(Function<V, Target> target) {
        List<PromotionSwitch.Case> out = new ArrayList<>();
        cases.forEach((value, code) -> out.add(new PromotionSwitch.Case(value, target.apply(code))));
        return new PromotionSwitch(id, out);
    }
}
