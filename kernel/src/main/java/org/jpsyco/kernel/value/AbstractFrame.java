package org.jpsyco.kernel.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The abstract values of an interpreter frame's slots (locals, cells, value stack, in the front
 * end's order), null where a slot is dead or unbound. Immutable: a snapshot is the frame itself,
 * and every change makes a new frame that shares all unchanged values with the old one.
 *
 * <p>Aliasing: when a value changes stage, every occurrence of it (in any slot, inside any
 * virtual's fields) is replaced at once by {@link #replace}, as Psyco's in-place vinfo update
 * did; virtual objects containing it are rebuilt once each, so aliases stay aliases.
 */
public final class AbstractFrame {
    private final AbstractValue[] slots;

    private AbstractFrame(AbstractValue[] slots) {
        this.slots = slots;
    }

    public static AbstractFrame of(AbstractValue... slots) {
        return new AbstractFrame(slots.clone());
    }

    public static AbstractFrame of(List<AbstractValue> slots) {
        return new AbstractFrame(slots.toArray(AbstractValue[]::new));
    }

    public int size() {
        return slots.length;
    }

    /** The value of slot {@code i}, or null when it is dead. */
    public AbstractValue slot(int i) {
        return slots[i];
    }

    public List<AbstractValue> slots() {
        return java.util.Collections.unmodifiableList(Arrays.asList(slots));
    }

    /** This frame with slot {@code i} set to {@code v} (null: dead). */
    public AbstractFrame with(int i, AbstractValue v) {
        AbstractValue[] s = slots.clone();
        s[i] = v;
        return new AbstractFrame(s);
    }

    /** This frame with the slots not in {@code live} dead, as matched at a merge point. */
    public AbstractFrame keepOnly(BitSet live) {
        AbstractValue[] s = slots.clone();
        for (int i = 0; i < s.length; i++) {
            if (!live.get(i)) {
                s[i] = null;
            }
        }
        return new AbstractFrame(s);
    }

    /** Every occurrence of {@code old} replaced by {@code with}. */
    public AbstractFrame replace(AbstractValue old, AbstractValue with) {
        return replaceAll(Map.of(old, with));
    }

    /** Every occurrence of each key replaced by its value (keys compared as {@link AbstractValue} says). */
    public AbstractFrame replaceAll(Map<AbstractValue, AbstractValue> subst) {
        Map<Virtual, Virtual> rebuilt = new IdentityHashMap<>();
        AbstractValue[] s = new AbstractValue[slots.length];
        boolean changed = false;
        for (int i = 0; i < s.length; i++) {
            s[i] = substitute(slots[i], subst, rebuilt);
            changed |= s[i] != slots[i];
        }
        return changed ? new AbstractFrame(s) : this;
    }

    private static AbstractValue substitute(AbstractValue v, Map<AbstractValue, AbstractValue> subst, Map<Virtual, Virtual> rebuilt) {
        if (v == null) {
            return null;
        }
        AbstractValue direct = subst.get(v);
        if (direct != null) {
            return direct;
        }
        if (!(v instanceof Virtual virtual)) {
            return v;
        }
        Virtual done = rebuilt.get(virtual);
        if (done != null) {
            return done;
        }
        List<AbstractValue> fields = new ArrayList<>(virtual.fields().size());
        boolean changed = false;
        for (AbstractValue f : virtual.fields()) {
            AbstractValue g = substitute(f, subst, rebuilt);
            changed |= g != f;
            fields.add(g);
        }
        Virtual result = changed ? new Virtual(virtual.descriptor(), fields) : virtual;
        rebuilt.put(virtual, result);
        return result;
    }

    /** The distinct compile-time values not fixed, in slot order, including those inside virtuals. */
    public List<CompileTime> unfixable() {
        Set<CompileTime> found = new LinkedHashSet<>();
        Set<Virtual> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (AbstractValue v : slots) {
            collectUnfixable(v, found, seen);
        }
        return List.copyOf(found);
    }

    private static void collectUnfixable(AbstractValue v, Set<CompileTime> found, Set<Virtual> seen) {
        switch (v) {
            case CompileTime c when !c.fixed() -> found.add(c);
            case Virtual virtual when seen.add(virtual) -> virtual.fields().forEach(f -> collectUnfixable(f, found, seen));
            case null, default -> { }
        }
    }

    /** The virtual values directly in slots whose nesting weight exceeds {@code bound}. */
    public List<Virtual> heavierThan(int bound) {
        Map<Virtual, Boolean> found = new IdentityHashMap<>();
        List<Virtual> out = new ArrayList<>();
        for (AbstractValue v : slots) {
            if (v instanceof Virtual virtual && virtual.nestedWeight() > bound && found.put(virtual, true) == null) {
                out.add(virtual);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AbstractFrame f && Arrays.equals(f.slots, slots);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(slots);
    }

    /** {@code [%1, i64:0, _, tuple{%2, i64:3!}]}: run-time values, constants ({@code !} when fixed), dead slots, virtuals. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < slots.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(slots[i] == null ? "_" : slots[i].toString());
        }
        return sb.append(']').toString();
    }
}
