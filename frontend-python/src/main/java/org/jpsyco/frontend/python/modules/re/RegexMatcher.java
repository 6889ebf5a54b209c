package org.jpsyco.frontend.python.modules.re;

import static org.jpsyco.frontend.python.modules.re.RegexProgram.*;

import java.util.Arrays;

/**
 * Runs a {@link RegexProgram} over one subject with sre's backtracking semantics.
 *
 * <p>Protocol: {@link #matchAt} or {@link #search} set {@link #regs} (group marks, then
 * {@code lastindex}) and {@link #matchEnd} when they return true. Backtracking never uses the
 * Java stack: choice points are frames of {@link #FRAME} ints on {@link #stack} (kind, pc,
 * position, trail height, one extra word), and every register change made while a choice point
 * exists is logged on {@link #trail} so popping a choice point restores the group marks,
 * {@code lastindex} and repeat counters it saw. Lookarounds and atomic groups run their body as a
 * nested {@link #run} above a barrier frame and then drop the body's choice points, so the Java
 * recursion depth is bounded by the pattern's nesting, never by the subject's length.
 */
final class RegexMatcher {
    private static final int FRAME = 5;
    private static final int K_ALT = 0;
    private static final int K_REP1_GREEDY = 1;
    private static final int K_REP1_LAZY = 2;
    private static final int K_REP_LAZY = 3;
    private static final int K_BARRIER = 4;

    private static final RegexNode.AtKind[] AT_KINDS = RegexNode.AtKind.values();

    private final RegexProgram prog;
    private final int[] code;
    private final String str;
    private final int[] ints;
    private final byte[] bytes;
    /** The end of the subject as the pattern sees it (endpos). */
    final int end;
    /** Group marks (2 per group, -1 when unset), then lastindex, then 2 per counted repeat. */
    final int[] regs;
    private final int lastIndexReg;
    private final int repBase;
    private boolean dirty;
    private int[] stack = new int[FRAME * 16];
    private int sp;
    private int[] trail = new int[32];
    private int tp;
    private boolean fullmatch;
    private boolean mustAdvance;
    private int scanStart;
    int matchEnd;

    /** Exactly one of {@code str} (a string without surrogate pairs), {@code ints}, {@code bytes} is non-null. */
    RegexMatcher(RegexProgram prog, String str, int[] ints, byte[] bytes, int end) {
        this.prog = prog;
        this.code = prog.code;
        this.str = str;
        this.ints = ints;
        this.bytes = bytes;
        this.end = end;
        this.lastIndexReg = 2 * prog.groups;
        this.repBase = lastIndexReg + 1;
        this.regs = new int[repBase + 2 * prog.repeats];
        Arrays.fill(regs, -1);
    }

    private int at(int i) {
        if (str != null) {
            return str.charAt(i);
        }
        if (ints != null) {
            return ints[i];
        }
        return bytes[i] & 0xff;
    }

    int lastIndex() {
        return regs[lastIndexReg];
    }

    /** Whether the program matches starting exactly at {@code pos}. */
    boolean matchAt(int pos, boolean full, boolean advance) {
        fullmatch = full;
        mustAdvance = advance;
        scanStart = pos;
        return tryAt(pos);
    }

    /** Finds the leftmost match starting at or after {@code pos}. */
    boolean search(int pos, boolean advance) {
        fullmatch = false;
        mustAdvance = advance;
        scanStart = pos;
        String prefix = prog.prefix;
        int first = prog.firstCharPc;
        for (int s = pos; s <= end; s++) {
            if (prog.anchored && s > 0) {
                return false;
            }
            if (prefix != null && str != null) {
                int idx = str.indexOf(prefix, s);
                if (idx < 0 || idx + prefix.length() > end) {
                    return false;
                }
                s = idx;
            } else if (first >= 0) {
                s = scanTo(first, s);
                if (s >= end) {
                    return false;
                }
            }
            if (tryAt(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean tryAt(int s) {
        if (dirty) {
            Arrays.fill(regs, -1);
            dirty = false;
        }
        sp = 0;
        tp = 0;
        int r = run(0, s);
        if (r >= 0) {
            regs[0] = s;
            regs[1] = r;
            matchEnd = r;
            return true;
        }
        return false;
    }

    private void setReg(int i, int v) {
        if (sp > 0) {
            if (tp + 2 > trail.length) {
                trail = Arrays.copyOf(trail, trail.length * 2);
            }
            trail[tp++] = i;
            trail[tp++] = regs[i];
        }
        regs[i] = v;
        dirty = true;
    }

    private void undo(int height) {
        int[] t = trail;
        int[] r = regs;
        int p = tp;
        while (p > height) {
            p -= 2;
            r[t[p]] = t[p + 1];
        }
        tp = height;
    }

    private void push(int kind, int pc, int pos, int aux) {
        if (sp + FRAME > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        int[] s = stack;
        s[sp] = kind;
        s[sp + 1] = pc;
        s[sp + 2] = pos;
        s[sp + 3] = tp;
        s[sp + 4] = aux;
        sp += FRAME;
    }

    static int itemSize(int op) {
        return switch (op) {
            case LIT, NOT_LIT, IN -> 2;
            case LIT_I, NOT_LIT_I -> 5;
            default -> 1;
        };
    }

    private boolean matchOne(int pc, int ch) {
        int[] c = code;
        switch (c[pc]) {
            case LIT:
                return ch == c[pc + 1];
            case NOT_LIT:
                return ch != c[pc + 1];
            case LIT_I:
                return foldEq(ch, pc);
            case NOT_LIT_I:
                return !foldEq(ch, pc);
            case ANY:
                return ch != '\n';
            case ANY_ALL:
                return true;
            default:
                return prog.sets[c[pc + 1]].matches(ch);
        }
    }

    /**
     * The end of the run of characters from {@code p} (before {@code limit}) that the single-character
     * item at {@code item} matches: the greedy part of a repeat. A subject held as a Java string
     * with a literal, negated literal, dot or class item is scanned by a loop of its own, which
     * hoists the item's decoding and the subject's representation out of the per-character work.
     */
    private int scanRepeat(int item, int p, int limit) {
        int[] c = code;
        String s = str;
        if (s != null) {
            switch (c[item]) {
                case IN: {
                    CharSet set = prog.sets[c[item + 1]];
                    while (p < limit && set.matches(s.charAt(p))) {
                        p++;
                    }
                    return p;
                }
                case NOT_LIT: {
                    int x = c[item + 1];
                    while (p < limit && s.charAt(p) != x) {
                        p++;
                    }
                    return p;
                }
                case LIT: {
                    int x = c[item + 1];
                    while (p < limit && s.charAt(p) == x) {
                        p++;
                    }
                    return p;
                }
                case ANY:
                    while (p < limit && s.charAt(p) != '\n') {
                        p++;
                    }
                    return p;
                default:
                    break;
            }
        }
        while (p < limit && matchOne(item, at(p))) {
            p++;
        }
        return p;
    }

    /** The first position from {@code s} (or {@link #end}) whose character the item at {@code pc} matches. */
    private int scanTo(int pc, int s) {
        int[] c = code;
        String v = str;
        int e = end;
        if (v != null) {
            if (c[pc] == IN) {
                CharSet set = prog.sets[c[pc + 1]];
                while (s < e && !set.matches(v.charAt(s))) {
                    s++;
                }
                return s;
            }
            if (c[pc] == LIT) {
                int i = c[pc + 1] < Character.MIN_SUPPLEMENTARY_CODE_POINT ? v.indexOf(c[pc + 1], s) : -1;
                return i < 0 || i > e ? e : i;
            }
        }
        while (s < e && !matchOne(pc, at(s))) {
            s++;
        }
        return s;
    }

    private boolean foldEq(int ch, int pc) {
        int[] c = code;
        if (ch == c[pc + 1]) {
            return true;
        }
        boolean ascii = c[pc + 4] != 0;
        return CharKinds.lower(ch, ascii) == c[pc + 2] || CharKinds.upper(ch, ascii) == c[pc + 3];
    }

    private boolean isWord(int i, boolean ascii) {
        return CharKinds.isWord(at(i), ascii);
    }

    private boolean atCheck(int kind, boolean ascii, int pos) {
        RegexNode.AtKind k = AT_KINDS[kind];
        switch (k) {
            case BEGINNING:
            case BEGINNING_STRING:
                return pos == 0;
            case BEGINNING_LINE:
                return pos == 0 || at(pos - 1) == '\n';
            case END:
                return pos == end || (pos == end - 1 && at(pos) == '\n');
            case END_LINE:
                return pos == end || at(pos) == '\n';
            case END_STRING:
                return pos == end;
            case BOUNDARY:
            case NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean before = pos > 0 && isWord(pos - 1, ascii);
                boolean after = pos < end && isWord(pos, ascii);
                return (before != after) == (k == RegexNode.AtKind.BOUNDARY);
            }
            default:
                return false;
        }
    }

    private int groupRef(int pos, int g, boolean ignore, boolean ascii) {
        int s = regs[2 * g];
        int e = regs[2 * g + 1];
        if (s < 0 || e < 0 || e < s) {
            return -1;
        }
        int n = e - s;
        if (pos + n > end) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            int a = at(s + i);
            int b = at(pos + i);
            if (a != b && (!ignore || CharKinds.lower(a, ascii) != CharKinds.lower(b, ascii))) {
                return -1;
            }
        }
        return pos + n;
    }

    /** Runs from {@code pc} at {@code pos} until MATCH or SUCCEED; the end position, or -1. */
    private int run(int pc, int pos) {
        final int base = sp;
        final int[] c = code;
        while (true) {
            fail:
            {
                int op = c[pc];
                switch (op) {
                    case LIT:
                        if (pos < end && at(pos) == c[pc + 1]) {
                            pos++;
                            pc += 2;
                            continue;
                        }
                        break fail;
                    case NOT_LIT:
                    case IN:
                        if (pos < end && matchOne(pc, at(pos))) {
                            pos++;
                            pc += 2;
                            continue;
                        }
                        break fail;
                    case LIT_I:
                    case NOT_LIT_I:
                        if (pos < end && matchOne(pc, at(pos))) {
                            pos++;
                            pc += 5;
                            continue;
                        }
                        break fail;
                    case ANY:
                        if (pos < end && at(pos) != '\n') {
                            pos++;
                            pc += 1;
                            continue;
                        }
                        break fail;
                    case ANY_ALL:
                        if (pos < end) {
                            pos++;
                            pc += 1;
                            continue;
                        }
                        break fail;
                    case AT:
                        if (atCheck(c[pc + 1], c[pc + 2] != 0, pos)) {
                            pc += 3;
                            continue;
                        }
                        break fail;
                    case SAVE:
                        setReg(c[pc + 1], pos);
                        pc += 2;
                        continue;
                    case SAVE_END:
                        setReg(c[pc + 1], pos);
                        setReg(lastIndexReg, c[pc + 2]);
                        pc += 3;
                        continue;
                    case SPLIT:
                        push(K_ALT, c[pc + 1], pos, 0);
                        pc += 2;
                        continue;
                    case JMP:
                        pc = c[pc + 1];
                        continue;
                    case REP_INIT: {
                        int r = repBase + 2 * c[pc + 1];
                        setReg(r, 0);
                        setReg(r + 1, -1);
                        pc += 2;
                        continue;
                    }
                    case REP_LOOP: {
                        int r = repBase + 2 * c[pc + 1];
                        int count = regs[r];
                        int min = c[pc + 2];
                        int max = c[pc + 3];
                        int exit = c[pc + 5];
                        if (count < min) {
                            setReg(r, count + 1);
                            pc += 6;
                            continue;
                        }
                        boolean more = (max < 0 || count < max) && pos != regs[r + 1];
                        if (c[pc + 4] == RegexNode.RepeatKind.LAZY.ordinal()) {
                            if (more) {
                                push(K_REP_LAZY, pc, pos, 0);
                            }
                            pc = exit;
                            continue;
                        }
                        if (more) {
                            push(K_ALT, exit, pos, 0);
                            setReg(r, count + 1);
                            setReg(r + 1, pos);
                            pc += 6;
                            continue;
                        }
                        pc = exit;
                        continue;
                    }
                    case REP1: {
                        int kind = c[pc + 1];
                        int min = c[pc + 2];
                        int max = c[pc + 3];
                        int item = pc + 5;
                        int cont = item + itemSize(c[item]);
                        if (kind == RegexNode.RepeatKind.LAZY.ordinal()) {
                            int p = pos;
                            for (int i = 0; i < min; i++) {
                                if (p >= end || !matchOne(item, at(p))) {
                                    break fail;
                                }
                                p++;
                            }
                            push(K_REP1_LAZY, pc, p, min);
                            pos = p;
                            pc = cont;
                            continue;
                        }
                        int limit = max < 0 || max >= end - pos ? end : pos + max;
                        int p = pos;
                        p = c[item] == ANY_ALL ? limit : scanRepeat(item, p, limit);
                        int minPos = pos + min;
                        if (p < minPos) {
                            break fail;
                        }
                        if (kind == RegexNode.RepeatKind.GREEDY.ordinal()) {
                            int nl = c[pc + 4];
                            if (nl >= 0) {
                                while (p >= minPos && (p >= end || at(p) != nl)) {
                                    p--;
                                }
                                if (p < minPos) {
                                    break fail;
                                }
                            }
                            if (p > minPos) {
                                push(K_REP1_GREEDY, pc, p, minPos);
                            }
                        }
                        pos = p;
                        pc = cont;
                        continue;
                    }
                    case GROUPREF: {
                        int r = groupRef(pos, c[pc + 1], c[pc + 2] != 0, c[pc + 3] != 0);
                        if (r < 0) {
                            break fail;
                        }
                        pos = r;
                        pc += 4;
                        continue;
                    }
                    case GROUPREF_EXISTS: {
                        int g = c[pc + 1];
                        int s = regs[2 * g];
                        int e = regs[2 * g + 1];
                        pc = s < 0 || e < 0 || e < s ? c[pc + 2] : pc + 3;
                        continue;
                    }
                    case LOOK: {
                        boolean behind = c[pc + 1] != 0;
                        boolean negate = c[pc + 2] != 0;
                        int start = behind ? pos - c[pc + 3] : pos;
                        int r = -1;
                        if (start >= 0) {
                            int barrier = sp;
                            int savedTp = tp;
                            push(K_BARRIER, 0, 0, 0);
                            r = run(pc + 5, start);
                            sp = barrier;
                            if (r >= 0 && negate) {
                                undo(savedTp);
                            }
                        }
                        if ((r >= 0) == negate) {
                            break fail;
                        }
                        pc = c[pc + 4];
                        continue;
                    }
                    case ATOMIC: {
                        int barrier = sp;
                        push(K_BARRIER, 0, 0, 0);
                        int r = run(pc + 2, pos);
                        sp = barrier;
                        if (r < 0) {
                            break fail;
                        }
                        pos = r;
                        pc = c[pc + 1];
                        continue;
                    }
                    case SUCCEED:
                        return pos;
                    case MATCH:
                        if ((fullmatch && pos != end) || (mustAdvance && pos == scanStart)) {
                            break fail;
                        }
                        return pos;
                    default:
                        break fail;
                }
            }
            // Backtrack: resume at the most recent choice point of this run.
            while (true) {
                if (sp == base) {
                    return -1;
                }
                sp -= FRAME;
                int[] s = stack;
                int kind = s[sp];
                int rpc = s[sp + 1];
                int rpos = s[sp + 2];
                int aux = s[sp + 4];
                undo(s[sp + 3]);
                if (kind == K_ALT) {
                    pc = rpc;
                    pos = rpos;
                    break;
                }
                if (kind == K_REP1_GREEDY) {
                    int p = rpos - 1;
                    int nl = c[rpc + 4];
                    if (nl >= 0) {
                        while (p >= aux && (p >= end || at(p) != nl)) {
                            p--;
                        }
                    }
                    if (p < aux) {
                        continue;
                    }
                    if (p > aux) {
                        push(K_REP1_GREEDY, rpc, p, aux);
                    }
                    int item = rpc + 5;
                    pc = item + itemSize(c[item]);
                    pos = p;
                    break;
                }
                if (kind == K_REP1_LAZY) {
                    int max = c[rpc + 3];
                    int item = rpc + 5;
                    if ((max >= 0 && aux >= max) || rpos >= end || !matchOne(item, at(rpos))) {
                        continue;
                    }
                    push(K_REP1_LAZY, rpc, rpos + 1, aux + 1);
                    pc = item + itemSize(c[item]);
                    pos = rpos + 1;
                    break;
                }
                if (kind == K_REP_LAZY) {
                    int r = repBase + 2 * c[rpc + 1];
                    setReg(r, regs[r] + 1);
                    setReg(r + 1, rpos);
                    pc = rpc + 6;
                    pos = rpos;
                    break;
                }
            }
        }
    }
}
