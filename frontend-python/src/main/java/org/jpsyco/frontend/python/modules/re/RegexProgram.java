package org.jpsyco.frontend.python.modules.re;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.modules.re.RegexNode.At;
import org.jpsyco.frontend.python.modules.re.RegexNode.AtKind;
import org.jpsyco.frontend.python.modules.re.RegexNode.Repeat;
import org.jpsyco.frontend.python.modules.re.RegexNode.RepeatKind;

/**
 * A compiled pattern: the matcher's instructions in one int array, as sre's compiler produces
 * its code words. Each instruction is an opcode followed by its operands (the table below gives
 * the layout). Jump targets are absolute indexes. Single-character instructions (LIT, NOT_LIT,
 * LIT_I, NOT_LIT_I, ANY, ANY_ALL, IN) double as the item of REP1, the fast repeat of one
 * character that backtracks by position alone (sre's REPEAT_ONE and MIN_REPEAT_ONE).
 */
final class RegexProgram {
    // opcode            operands
    static final int LIT = 0;           // c
    static final int NOT_LIT = 1;       // c
    static final int LIT_I = 2;         // c lower upper ascii
    static final int NOT_LIT_I = 3;     // c lower upper ascii
    static final int ANY = 4;           //
    static final int ANY_ALL = 5;       //
    static final int IN = 6;            // set
    static final int AT = 7;            // kind ascii
    static final int SAVE = 8;          // slot
    static final int SAVE_END = 9;      // slot group (also sets lastindex)
    static final int SPLIT = 10;        // alternative (continue here first, then alternative)
    static final int JMP = 11;          // target
    static final int REP_INIT = 12;     // register
    static final int REP_LOOP = 13;     // register min max kind exit; body follows, ends with JMP back
    static final int REP1 = 14;         // kind min max nextLit; item follows
    static final int GROUPREF = 15;     // group ignorecase ascii
    static final int GROUPREF_EXISTS = 16; // group noTarget
    static final int LOOK = 17;         // behind negate width end; body follows, ends with SUCCEED
    static final int ATOMIC = 18;       // end; body follows, ends with SUCCEED
    static final int SUCCEED = 19;
    static final int MATCH = 20;
    static final int FAIL = 21;

    final int[] code;
    final CharSet[] sets;
    /** Number of groups including group 0. */
    final int groups;
    final int repeats;
    final int flags;
    final Map<String, Integer> groupIndex;
    /** A literal every match starts with (case-sensitive), or null. */
    final String prefix;
    /** The first instruction's single-character test, or -1: search skips positions it rejects. */
    final int firstCharPc;
    /** Matches can only start at the beginning of the string. */
    final boolean anchored;

    private RegexProgram(int[] code, CharSet[] sets, int groups, int repeats, int flags, Map<String, Integer> groupIndex,
            String prefix, int firstCharPc, boolean anchored) {
        this.code = code;
        this.sets = sets;
        this.groups = groups;
        this.repeats = repeats;
        this.flags = flags;
        this.groupIndex = groupIndex;
        this.prefix = prefix;
        this.firstCharPc = firstCharPc;
        this.anchored = anchored;
    }

    /** Parses and compiles; flags are the final pattern flags (with UNICODE added for str). */
    static RegexProgram compile(int[] pattern, boolean isStr, int flags) {
        RegexParser parser = new RegexParser(pattern, isStr, flags);
        RegexNode root = parser.parse();
        int f = parser.globalFlags;
        if (isStr && (f & (Flags.ASCII | Flags.LOCALE)) == 0) {
            f |= Flags.UNICODE;
        }
        Builder b = new Builder();
        b.node(root);
        b.emit(MATCH);
        int firstPc = -1;
        RegexNode first = firstLeaf(root);
        if (first != null && RegexNode.isSingle(first)) {
            // A copy of the first test after MATCH, where only search reads it.
            firstPc = b.here();
            b.node(first);
        }
        StringBuilder prefix = new StringBuilder();
        literalPrefix(root, prefix);
        int[] code = b.code.stream().mapToInt(Integer::intValue).toArray();
        linkNextLiterals(code);
        return new RegexProgram(code, b.sets.toArray(new CharSet[0]), parser.groups(), b.repeats, f,
                parser.groupDict, prefix.length() > 1 ? prefix.toString() : null, firstPc, anchoredAtStart(root));
    }

    /**
     * For each greedy REP1 whose continuation (past group marks and jumps) starts with a
     * case-sensitive literal, records that literal so backtracking only stops where it is.
     */
    private static void linkNextLiterals(int[] code) {
        int pc = 0;
        while (pc < code.length && code[pc] != MATCH) {
            int op = code[pc];
            if (op == REP1 && code[pc + 1] == RepeatKind.GREEDY.ordinal() && code[pc + 4] < 0) {
                int item = pc + 5;
                int next = item + RegexMatcher.itemSize(code[item]);
                for (int steps = 0; steps < 16 && next < code.length; steps++) {
                    int nop = code[next];
                    if (nop == SAVE) {
                        next += 2;
                    } else if (nop == SAVE_END) {
                        next += 3;
                    } else if (nop == JMP) {
                        next = code[next + 1];
                    } else {
                        if (nop == LIT) {
                            code[pc + 4] = code[next + 1];
                        }
                        break;
                    }
                }
            }
            pc += size(code, pc);
        }
    }

    /** The length of the instruction at {@code pc}. */
    static int size(int[] code, int pc) {
        return switch (code[pc]) {
            case LIT, NOT_LIT, IN, SAVE, SPLIT, JMP, REP_INIT, ATOMIC -> 2;
            case LIT_I, NOT_LIT_I -> 5;
            case AT, SAVE_END, GROUPREF_EXISTS -> 3;
            case GROUPREF -> 4;
            case REP_LOOP -> 6;
            case REP1 -> 5 + RegexMatcher.itemSize(code[pc + 5]);
            case LOOK -> 5;
            default -> 1;
        };
    }

    private static RegexNode firstLeaf(RegexNode n) {
        return switch (n) {
            case RegexNode.Lit l -> l;
            case RegexNode.In i -> i;
            case RegexNode.Any a -> a;
            case RegexNode.Cat c -> c.items().isEmpty() ? null : firstLeaf(c.items().get(0));
            case RegexNode.Group g -> firstLeaf(g.body());
            case RegexNode.Atomic a -> firstLeaf(a.body());
            case Repeat r -> r.min() >= 1 ? firstLeaf(r.body()) : null;
            default -> null;
        };
    }

    /** Appends the case-sensitive literal text every match begins with; false once it stops. */
    private static boolean literalPrefix(RegexNode n, StringBuilder sb) {
        switch (n) {
            case RegexNode.Lit l:
                if (l.negate() || (l.flags() & Flags.IGNORECASE) != 0) {
                    return false;
                }
                sb.appendCodePoint(l.c());
                return true;
            case RegexNode.Cat c:
                for (RegexNode x : c.items()) {
                    if (!literalPrefix(x, sb)) {
                        return false;
                    }
                }
                return true;
            case RegexNode.Group g:
                return literalPrefix(g.body(), sb);
            default:
                return false;
        }
    }

    private static boolean anchoredAtStart(RegexNode n) {
        return switch (n) {
            case At a -> a.kind() == AtKind.BEGINNING || a.kind() == AtKind.BEGINNING_STRING;
            case RegexNode.Cat c -> !c.items().isEmpty() && anchoredAtStart(c.items().get(0));
            case RegexNode.Group g -> anchoredAtStart(g.body());
            case RegexNode.Branch b -> b.alternatives().stream().allMatch(RegexProgram::anchoredAtStart);
            default -> false;
        };
    }

    /** Emits instructions for a node tree. */
    static final class Builder {
        final List<Integer> code = new ArrayList<>();
        final List<CharSet> sets = new ArrayList<>();
        int repeats;

        int emit(int... words) {
            int at = code.size();
            for (int w : words) {
                code.add(w);
            }
            return at;
        }

        void patch(int at, int value) {
            code.set(at, value);
        }

        int here() {
            return code.size();
        }

        void node(RegexNode n) {
            switch (n) {
                case RegexNode.Lit l -> {
                    if ((l.flags() & Flags.IGNORECASE) != 0) {
                        boolean ascii = (l.flags() & Flags.UNICODE) == 0;
                        emit(l.negate() ? NOT_LIT_I : LIT_I, l.c(), CharKinds.lower(l.c(), ascii),
                                CharKinds.upper(l.c(), ascii), ascii ? 1 : 0);
                    } else {
                        emit(l.negate() ? NOT_LIT : LIT, l.c());
                    }
                }
                case RegexNode.Any a -> emit((a.flags() & Flags.DOTALL) != 0 ? ANY_ALL : ANY);
                case RegexNode.In i -> {
                    sets.add(i.set());
                    emit(IN, sets.size() - 1);
                }
                case RegexNode.Cat c -> {
                    List<RegexNode> items = c.items();
                    for (int i = 0; i < items.size(); i++) {
                        int at = here();
                        RegexNode x = items.get(i);
                        node(x);
                        if (x instanceof Repeat r && r.kind() == RepeatKind.GREEDY && RegexNode.isSingle(r.body())
                                && i + 1 < items.size() && items.get(i + 1) instanceof RegexNode.Lit l
                                && !l.negate() && (l.flags() & Flags.IGNORECASE) == 0) {
                            // Backtracking into the repeat only stops where the next literal is.
                            patch(at + 4, l.c());
                        }
                    }
                }
                case RegexNode.Branch b -> {
                    List<Integer> jumps = new ArrayList<>();
                    List<RegexNode> alts = b.alternatives();
                    for (int i = 0; i < alts.size(); i++) {
                        if (i < alts.size() - 1) {
                            int split = emit(SPLIT, 0);
                            node(alts.get(i));
                            jumps.add(emit(JMP, 0));
                            patch(split + 1, here());
                        } else {
                            node(alts.get(i));
                        }
                    }
                    for (int j : jumps) {
                        patch(j + 1, here());
                    }
                }
                case RegexNode.Group g -> {
                    emit(SAVE, 2 * g.index());
                    node(g.body());
                    emit(SAVE_END, 2 * g.index() + 1, g.index());
                }
                case Repeat r -> repeat(r);
                case RegexNode.Look l -> {
                    long w = 0;
                    if (l.behind()) {
                        long lo = RegexNode.minWidth(l.body());
                        long hi = RegexNode.maxWidth(l.body());
                        if (lo != hi) {
                            throw new RegexError("look-behind requires fixed-width pattern", -1);
                        }
                        w = lo;
                    }
                    int at = emit(LOOK, l.behind() ? 1 : 0, l.negate() ? 1 : 0, (int) w, 0);
                    node(l.body());
                    emit(SUCCEED);
                    patch(at + 4, here());
                }
                case RegexNode.Atomic a -> {
                    int at = emit(ATOMIC, 0);
                    node(a.body());
                    emit(SUCCEED);
                    patch(at + 1, here());
                }
                case At a -> emit(AT, a.kind().ordinal(), (a.flags() & Flags.UNICODE) == 0 ? 1 : 0);
                case RegexNode.GroupRef g -> emit(GROUPREF, g.group(), (g.flags() & Flags.IGNORECASE) != 0 ? 1 : 0,
                        (g.flags() & Flags.UNICODE) == 0 ? 1 : 0);
                case RegexNode.CondRef c -> {
                    int at = emit(GROUPREF_EXISTS, c.group(), 0);
                    node(c.yes());
                    int j = emit(JMP, 0);
                    patch(at + 2, here());
                    node(c.no());
                    patch(j + 1, here());
                }
            }
        }

        private void repeat(Repeat r) {
            RegexNode body = r.body();
            int max = r.max() == RegexNode.UNBOUNDED ? -1 : r.max();
            if (RegexNode.isSingle(body)) {
                emit(REP1, r.kind().ordinal(), r.min(), max, -1);
                node(body);
                return;
            }
            if (r.kind() == RepeatKind.POSSESSIVE) {
                int at = emit(ATOMIC, 0);
                repeat(new Repeat(body, r.min(), r.max(), RepeatKind.GREEDY));
                emit(SUCCEED);
                patch(at + 1, here());
                return;
            }
            if (r.min() == 0 && r.max() == 1) {
                // "x?" needs no counter: one optional pass.
                if (r.kind() == RepeatKind.GREEDY) {
                    int split = emit(SPLIT, 0);
                    node(body);
                    patch(split + 1, here());
                } else {
                    int split = emit(SPLIT, 0);
                    int j = emit(JMP, 0);
                    patch(split + 1, here());
                    node(body);
                    patch(j + 1, here());
                    // SPLIT tries its fall-through first: here that is the jump past the body.
                }
                return;
            }
            int reg = repeats++;
            emit(REP_INIT, reg);
            int loop = emit(REP_LOOP, reg, r.min(), max, r.kind().ordinal(), 0);
            node(body);
            emit(JMP, loop);
            patch(loop + 5, here());
        }
    }
}
