package org.jpsyco.frontend.python.modules.re;

import java.util.List;

/**
 * The parsed form of a regular expression, one record per construct of sre's syntax. Leaves
 * carry the flags in force where they were written (scoped flags such as {@code (?i:...)} are
 * resolved at parse time), so the compiler never tracks flag scopes.
 */
sealed interface RegexNode {
    int UNBOUNDED = Integer.MAX_VALUE;

    /** One code point, or any code point except it when {@code negate}. */
    record Lit(int c, boolean negate, int flags) implements RegexNode {
    }

    /** {@code .}: any code point, or any but newline without DOTALL. */
    record Any(int flags) implements RegexNode {
    }

    /** A character class {@code [...]} or a category escape such as {@code \d}. */
    record In(CharSet set) implements RegexNode {
    }

    record Cat(List<RegexNode> items) implements RegexNode {
    }

    record Branch(List<RegexNode> alternatives) implements RegexNode {
    }

    /** A capturing group. */
    record Group(int index, RegexNode body) implements RegexNode {
    }

    enum RepeatKind { GREEDY, LAZY, POSSESSIVE }

    record Repeat(RegexNode body, int min, int max, RepeatKind kind) implements RegexNode {
    }

    record Look(RegexNode body, boolean behind, boolean negate) implements RegexNode {
    }

    record Atomic(RegexNode body) implements RegexNode {
    }

    enum AtKind { BEGINNING, BEGINNING_LINE, BEGINNING_STRING, END, END_LINE, END_STRING, BOUNDARY, NON_BOUNDARY }

    record At(AtKind kind, int flags) implements RegexNode {
    }

    record GroupRef(int group, int flags, long minW, long maxW) implements RegexNode {
    }

    /** {@code (?(group)yes|no)}; {@code no} is an empty Cat when absent. */
    record CondRef(int group, RegexNode yes, RegexNode no) implements RegexNode {
    }

    /** Whether this node always consumes exactly one code point and captures nothing. */
    static boolean isSingle(RegexNode n) {
        return n instanceof Lit || n instanceof Any || n instanceof In;
    }

    /** Smallest number of code points this node can match. */
    static long minWidth(RegexNode n) {
        return switch (n) {
            case Lit l -> 1;
            case Any a -> 1;
            case In i -> 1;
            case Cat c -> {
                long w = 0;
                for (RegexNode x : c.items()) {
                    w += minWidth(x);
                }
                yield Math.min(w, UNBOUNDED);
            }
            case Branch b -> {
                long w = UNBOUNDED;
                for (RegexNode x : b.alternatives()) {
                    w = Math.min(w, minWidth(x));
                }
                yield w;
            }
            case Group g -> minWidth(g.body());
            case Repeat r -> Math.min((long) r.min() * minWidth(r.body()), UNBOUNDED);
            case Look l -> 0;
            case Atomic a -> minWidth(a.body());
            case At a -> 0;
            case GroupRef g -> g.minW();
            case CondRef c -> Math.min(minWidth(c.yes()), minWidth(c.no()));
        };
    }

    /** Largest number of code points this node can match, {@link #UNBOUNDED} when unbounded. */
    static long maxWidth(RegexNode n) {
        return switch (n) {
            case Lit l -> 1;
            case Any a -> 1;
            case In i -> 1;
            case Cat c -> {
                long w = 0;
                for (RegexNode x : c.items()) {
                    w += maxWidth(x);
                }
                yield Math.min(w, UNBOUNDED);
            }
            case Branch b -> {
                long w = 0;
                for (RegexNode x : b.alternatives()) {
                    w = Math.max(w, maxWidth(x));
                }
                yield w;
            }
            case Group g -> maxWidth(g.body());
            case Repeat r -> {
                long b = maxWidth(r.body());
                yield b == 0 ? 0 : r.max() == UNBOUNDED ? UNBOUNDED : Math.min(r.max() * b, UNBOUNDED);
            }
            case Look l -> 0;
            case Atomic a -> maxWidth(a.body());
            case At a -> 0;
            case GroupRef g -> g.maxW();
            case CondRef c -> Math.max(maxWidth(c.yes()), maxWidth(c.no()));
        };
    }
}
