package org.jpsyco.frontend.python.modules.re;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.modules.re.RegexNode.At;
import org.jpsyco.frontend.python.modules.re.RegexNode.AtKind;
import org.jpsyco.frontend.python.modules.re.RegexNode.Repeat;
import org.jpsyco.frontend.python.modules.re.RegexNode.RepeatKind;

/**
 * Parses sre's pattern syntax into {@link RegexNode}s, reporting mistakes with the messages and
 * positions of CPython 3.11's parser; the tokens come from {@link PatternReader}.
 */
final class RegexParser extends PatternReader {
    static final long MAXREPEAT = 4294967295L;
    static final int MAXGROUPS = 1073741823;

    /** Flags of the whole pattern (argument flags plus global inline flags). */
    int globalFlags;
    /** Flags in force at the current point, with scoped inline flags applied. */
    private int flags;
    final Map<String, Integer> groupDict = new LinkedHashMap<>();
    /** Per group: {min, max} width once closed, null while open. Index 0 is the whole pattern. */
    private final List<long[]> groupWidths = new ArrayList<>();
    private Integer lookbehindGroups;
    private final Map<Integer, Integer> groupRefPos = new HashMap<>();

    RegexParser(int[] pattern, boolean isStr, int flags) {
        super(pattern, isStr);
        this.globalFlags = flags;
        this.flags = flags;
        groupWidths.add(null);
    }

    int groups() {
        return groupWidths.size();
    }

    private void checkGroupName(String name, int offset) {
        if (!isIdentifier(name)) {
            throw error("bad character in group name " + pyRepr(name), len(name) + offset);
        }
    }

    static String pyRepr(String s) {
        return org.jpsyco.frontend.python.objects.Abstract.repr(org.jpsyco.frontend.python.objects.PyStr.of(s)).value();
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    private boolean checkGroup(int gid) {
        return gid < groups() && groupWidths.get(gid) != null;
    }

    private void checkLookbehindGroup(int gid) {
        if (lookbehindGroups != null) {
            if (!checkGroup(gid)) {
                throw error("cannot refer to an open group");
            }
            if (gid >= lookbehindGroups) {
                throw error("cannot refer to group defined in the same lookbehind subpattern");
            }
        }
    }

    private int leafFlags() {
        int f = flags;
        if (!isStr || (f & (Flags.ASCII | Flags.LOCALE)) != 0) {
            return f & ~Flags.UNICODE;
        }
        return f | Flags.UNICODE;
    }

    // ---- grammar

    RegexNode parse() {
        boolean verbose = (globalFlags & Flags.VERBOSE) != 0;
        RegexNode n = parseSub(verbose, 0);
        if (next >= 0) {
            throw error("unbalanced parenthesis");
        }
        for (Map.Entry<Integer, Integer> e : groupRefPos.entrySet()) {
            if (e.getKey() >= groups()) {
                throw new RegexError("invalid group reference " + e.getKey(), e.getValue());
            }
        }
        return n;
    }

    private RegexNode parseSub(boolean verbose, int nested) {
        List<RegexNode> items = new ArrayList<>();
        while (true) {
            items.add(parseSeq(verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!match('|')) {
                break;
            }
            if (nested == 0) {
                verbose = (globalFlags & Flags.VERBOSE) != 0;
            }
        }
        return items.size() == 1 ? items.get(0) : new RegexNode.Branch(items);
    }

    private RegexNode parseSeq(boolean verbose, int nested, boolean first) {
        List<RegexNode> items = new ArrayList<>();
        boolean lastIsRepeat = false;
        while (true) {
            int thisC = next;
            boolean esc = nextEsc;
            if (thisC < 0 || (!esc && (thisC == '|' || thisC == ')'))) {
                break;
            }
            advance();
            if (verbose && !esc) {
                if (thisC == ' ' || thisC == '\t' || thisC == '\n' || thisC == '\r' || thisC == 0x0b || thisC == '\f') {
                    continue;
                }
                if (thisC == '#') {
                    while (true) {
                        int c = next;
                        boolean e = nextEsc;
                        advance();
                        if (c < 0 || (c == '\n' && !e)) {
                            break;
                        }
                    }
                    continue;
                }
            }
            boolean isRepeat = false;
            if (esc) {
                items.add(escape(thisC));
            } else if (thisC == '[') {
                items.add(parseClass());
            } else if (thisC == '?' || thisC == '*' || thisC == '+' || thisC == '{') {
                int here = tell();
                long min;
                long max;
                if (thisC == '?') {
                    min = 0;
                    max = 1;
                } else if (thisC == '*') {
                    min = 0;
                    max = MAXREPEAT;
                } else if (thisC == '+') {
                    min = 1;
                    max = MAXREPEAT;
                } else {
                    if (next == '}' && !nextEsc) {
                        items.add(new RegexNode.Lit('{', false, leafFlags()));
                        lastIsRepeat = false;
                        continue;
                    }
                    min = 0;
                    max = MAXREPEAT;
                    StringBuilder lo = new StringBuilder();
                    StringBuilder hi = new StringBuilder();
                    while (!nextEsc && isDigit(next)) {
                        lo.appendCodePoint(next);
                        advance();
                    }
                    if (match(',')) {
                        while (!nextEsc && isDigit(next)) {
                            hi.appendCodePoint(next);
                            advance();
                        }
                    } else {
                        hi.append(lo);
                    }
                    if (!match('}')) {
                        items.add(new RegexNode.Lit('{', false, leafFlags()));
                        lastIsRepeat = false;
                        seek(here);
                        continue;
                    }
                    if (!lo.isEmpty()) {
                        min = parseCount(lo.toString());
                    }
                    if (!hi.isEmpty()) {
                        max = parseCount(hi.toString());
                        if (max < min) {
                            throw error("min repeat greater than max repeat", tell() - here);
                        }
                    }
                }
                int qlen = 1;
                if (items.isEmpty() || items.get(items.size() - 1) instanceof At) {
                    throw error("nothing to repeat", tell() - here + qlen);
                }
                if (lastIsRepeat) {
                    throw error("multiple repeat", tell() - here + qlen);
                }
                RegexNode item = items.remove(items.size() - 1);
                RepeatKind kind = match('?') ? RepeatKind.LAZY : match('+') ? RepeatKind.POSSESSIVE : RepeatKind.GREEDY;
                items.add(new Repeat(item, (int) Math.min(min, Integer.MAX_VALUE),
                        max >= MAXREPEAT ? RegexNode.UNBOUNDED : (int) Math.min(max, Integer.MAX_VALUE - 1), kind));
                isRepeat = true;
            } else if (thisC == '.') {
                items.add(new RegexNode.Any(leafFlags()));
            } else if (thisC == '(') {
                RegexNode g = parseGroup(verbose, nested, first && items.isEmpty());
                if (g != null) {
                    items.add(g);
                }
            } else if (thisC == '^') {
                items.add(new At((flags & Flags.MULTILINE) != 0 ? AtKind.BEGINNING_LINE : AtKind.BEGINNING, leafFlags()));
            } else if (thisC == '$') {
                items.add(new At((flags & Flags.MULTILINE) != 0 ? AtKind.END_LINE : AtKind.END, leafFlags()));
            } else {
                items.add(new RegexNode.Lit(thisC, false, leafFlags()));
            }
            lastIsRepeat = isRepeat;
            if (flagsChangedVerbose) {
                flagsChangedVerbose = false;
                verbose = (globalFlags & Flags.VERBOSE) != 0;
            }
        }
        return items.size() == 1 ? items.get(0) : new RegexNode.Cat(items);
    }

    private boolean flagsChangedVerbose;

    private long parseCount(String digits) {
        long v;
        try {
            v = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            v = Long.MAX_VALUE;
        }
        if (v >= MAXREPEAT) {
            throw new RegexError("the repetition number is too large", -1, true);
        }
        return v;
    }

    /** After '(' was read. Returns null for constructs that add nothing (comments, global flags). */
    private RegexNode parseGroup(boolean verbose, int nested, boolean first) {
        int start = tell() - 1;
        boolean capture = true;
        boolean atomic = false;
        String name = null;
        int addFlags = 0;
        int delFlags = 0;
        if (match('?')) {
            int ch = next;
            boolean chEsc = nextEsc;
            advance();
            if (ch < 0) {
                throw error("unexpected end of pattern");
            }
            String chText = tokenText(ch, chEsc);
            if (ch == 'P' && !chEsc) {
                if (match('<')) {
                    name = getUntil('>', "group name");
                    checkGroupName(name, 1);
                } else if (match('=')) {
                    name = getUntil(')', "group name");
                    checkGroupName(name, 1);
                    Integer gid = groupDict.get(name);
                    if (gid == null) {
                        throw error("unknown group name " + pyRepr(name), len(name) + 1);
                    }
                    if (!checkGroup(gid)) {
                        throw error("cannot refer to an open group", len(name) + 1);
                    }
                    checkLookbehindGroup(gid);
                    return groupRef(gid);
                } else {
                    int c2 = next;
                    boolean e2 = nextEsc;
                    advance();
                    if (c2 < 0) {
                        throw error("unexpected end of pattern");
                    }
                    String t = tokenText(c2, e2);
                    throw error("unknown extension ?P" + t, len(t) + 2);
                }
            } else if (ch == ':' && !chEsc) {
                capture = false;
            } else if (ch == '#' && !chEsc) {
                while (true) {
                    if (next < 0) {
                        throw error("missing ), unterminated comment", tell() - start);
                    }
                    int c = next;
                    boolean e = nextEsc;
                    advance();
                    if (c == ')' && !e) {
                        break;
                    }
                }
                return null;
            } else if ((ch == '=' || ch == '!' || ch == '<') && !chEsc) {
                boolean behind = false;
                Integer savedLookbehind = lookbehindGroups;
                if (ch == '<') {
                    int c2 = next;
                    boolean e2 = nextEsc;
                    advance();
                    if (c2 < 0) {
                        throw error("unexpected end of pattern");
                    }
                    if ((c2 != '=' && c2 != '!') || e2) {
                        String t = tokenText(c2, e2);
                        throw error("unknown extension ?<" + t, len(t) + 2);
                    }
                    ch = c2;
                    behind = true;
                    if (lookbehindGroups == null) {
                        lookbehindGroups = groups();
                    }
                }
                RegexNode body = parseSub(verbose, nested + 1);
                if (behind && savedLookbehind == null) {
                    lookbehindGroups = null;
                }
                if (!match(')')) {
                    throw error("missing ), unterminated subpattern", tell() - start);
                }
                return new RegexNode.Look(body, behind, ch == '!');
            } else if (ch == '(' && !chEsc) {
                return parseConditional(verbose, nested, start);
            } else if (ch == '>' && !chEsc) {
                capture = false;
                atomic = true;
            } else if (!chEsc && (Flags.ofLetter(ch) != 0 || ch == '-')) {
                int[] fl = parseFlags(ch);
                if (fl == null) {
                    if (!first) {
                        throw error("global flags not at the start of the expression", tell() - start);
                    }
                    flagsChangedVerbose = true;
                    return null;
                }
                addFlags = fl[0];
                delFlags = fl[1];
                capture = false;
            } else {
                throw error("unknown extension ?" + chText, len(chText) + 1);
            }
        }
        int group = -1;
        if (capture) {
            group = groups();
            if (group > MAXGROUPS) {
                throw error("too many groups", name == null ? 0 : len(name) + 1);
            }
            groupWidths.add(null);
            if (name != null) {
                Integer old = groupDict.get(name);
                if (old != null) {
                    throw error("redefinition of group name " + pyRepr(name) + " as group " + group
                            + "; was group " + old, len(name) + 1);
                }
                groupDict.put(name, group);
            }
        }
        boolean subVerbose = (verbose || (addFlags & Flags.VERBOSE) != 0) && (delFlags & Flags.VERBOSE) == 0;
        int savedFlags = flags;
        flags = (flags | addFlags) & ~delFlags;
        RegexNode body = parseSub(subVerbose, nested + 1);
        flags = savedFlags;
        if (!match(')')) {
            throw error("missing ), unterminated subpattern", tell() - start);
        }
        if (capture) {
            groupWidths.set(group, new long[] {RegexNode.minWidth(body), RegexNode.maxWidth(body)});
            return new RegexNode.Group(group, body);
        }
        if (atomic) {
            return new RegexNode.Atomic(body);
        }
        // A plain non-capturing group is only its body; wrapping it keeps "a(?:b*)*" from reading as a
        // multiple repeat, which the caller checks on the token rather than on the node.
        return body;
    }

    private RegexNode groupRef(int gid) {
        return new RegexNode.GroupRef(gid, leafFlags(), groupWidths.get(gid)[0], groupWidths.get(gid)[1]);
    }

    private RegexNode parseConditional(boolean verbose, int nested, int start) {
        String condName = getUntil(')', "group name");
        int condGroup;
        if (isIdentifier(condName)) {
            Integer g = groupDict.get(condName);
            if (g == null) {
                throw error("unknown group name " + pyRepr(condName), len(condName) + 1);
            }
            condGroup = g;
        } else {
            long v = -1;
            if (!condName.isEmpty() && condName.chars().allMatch(c -> c >= '0' && c <= '9')) {
                v = condName.length() > 12 ? Long.MAX_VALUE : Long.parseLong(condName);
            }
            if (v < 0) {
                throw error("bad character in group name " + pyRepr(condName), len(condName) + 1);
            }
            if (v == 0) {
                throw error("bad group number", len(condName) + 1);
            }
            if (v >= MAXGROUPS) {
                throw error("invalid group reference " + v, len(condName) + 1);
            }
            condGroup = (int) v;
            groupRefPos.putIfAbsent(condGroup, tell() - len(condName) - 1);
        }
        checkLookbehindGroup(condGroup);
        RegexNode yes = parseSeq(verbose, nested + 1, false);
        RegexNode no = new RegexNode.Cat(List.of());
        if (match('|')) {
            no = parseSeq(verbose, nested + 1, false);
            if (next == '|' && !nextEsc) {
                throw error("conditional backref with more than two branches");
            }
        }
        if (!match(')')) {
            throw error("missing ), unterminated subpattern", tell() - start);
        }
        return new RegexNode.CondRef(condGroup, yes, no);
    }

    /** Inline flags after "(?": null for global flags "(?i)", else {add, del} for "(?i-s:". */
    private int[] parseFlags(int ch) {
        int add = 0;
        int del = 0;
        if (ch != '-') {
            while (true) {
                int flag = Flags.ofLetter(ch);
                if (isStr) {
                    if (ch == 'L') {
                        throw error("bad inline flags: cannot use 'L' flag with a str pattern");
                    }
                } else if (ch == 'u') {
                    throw error("bad inline flags: cannot use 'u' flag with a bytes pattern");
                }
                add |= flag;
                if ((flag & Flags.TYPE_FLAGS) != 0 && (add & Flags.TYPE_FLAGS) != flag) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                }
                ch = next;
                boolean e = nextEsc;
                advance();
                if (ch < 0) {
                    throw error("missing -, : or )");
                }
                if (!e && (ch == ')' || ch == '-' || ch == ':')) {
                    break;
                }
                if (e || Flags.ofLetter(ch) == 0) {
                    String t = tokenText(ch, e);
                    throw error(Character.isLetter(ch) && !e ? "unknown flag" : "missing -, : or )", len(t));
                }
            }
        }
        if (ch == ')') {
            globalFlags |= add;
            flags |= add;
            return null;
        }
        if ((add & Flags.GLOBAL_FLAGS) != 0) {
            throw error("bad inline flags: cannot turn on global flag", 1);
        }
        if (ch == '-') {
            ch = next;
            boolean e = nextEsc;
            advance();
            if (ch < 0) {
                throw error("missing flag");
            }
            if (e || Flags.ofLetter(ch) == 0) {
                String t = tokenText(ch, e);
                throw error(Character.isLetter(ch) && !e ? "unknown flag" : "missing flag", len(t));
            }
            while (true) {
                int flag = Flags.ofLetter(ch);
                if ((flag & Flags.TYPE_FLAGS) != 0) {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                }
                del |= flag;
                ch = next;
                e = nextEsc;
                advance();
                if (ch < 0) {
                    throw error("missing :");
                }
                if (ch == ':' && !e) {
                    break;
                }
                if (e || Flags.ofLetter(ch) == 0) {
                    String t = tokenText(ch, e);
                    throw error(Character.isLetter(ch) && !e ? "unknown flag" : "missing :", len(t));
                }
            }
        }
        if ((del & Flags.GLOBAL_FLAGS) != 0) {
            throw error("bad inline flags: cannot turn off global flag", 1);
        }
        if ((add & del) != 0) {
            throw error("bad inline flags: flag turned on and off", 1);
        }
        return new int[] {add, del};
    }

    // ---- escapes and classes

    private static int category(int c) {
        return switch (c) {
            case 'd' -> CharSet.CAT_DIGIT;
            case 'D' -> CharSet.CAT_NOT_DIGIT;
            case 's' -> CharSet.CAT_SPACE;
            case 'S' -> CharSet.CAT_NOT_SPACE;
            case 'w' -> CharSet.CAT_WORD;
            case 'W' -> CharSet.CAT_NOT_WORD;
            default -> 0;
        };
    }

    private static int simpleEscape(int c) {
        return switch (c) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> -1;
        };
    }

    /** Reads up to {@code n} hex digits after an escape; returns the escape text. */
    private String hexDigits(String escape, int n) {
        StringBuilder sb = new StringBuilder(escape);
        for (int i = 0; i < n && !nextEsc && next >= 0 && isHex(next); i++) {
            sb.appendCodePoint(next);
            advance();
        }
        return sb.toString();
    }

    /**
     * The common numeric escapes of both contexts (x, u, U and N after a backslash); -2 when {@code c} is not
     * one of them.
     */
    private int numericEscape(int c) {
        String escape = "\\" + str(c);
        if (c == 'x') {
            String e = hexDigits(escape, 2);
            if (e.length() != 4) {
                throw error("incomplete escape " + e, e.length());
            }
            return Integer.parseInt(e.substring(2), 16);
        }
        if (c == 'u' && isStr) {
            String e = hexDigits(escape, 4);
            if (e.length() != 6) {
                throw error("incomplete escape " + e, e.length());
            }
            return Integer.parseInt(e.substring(2), 16);
        }
        if (c == 'U' && isStr) {
            String e = hexDigits(escape, 8);
            if (e.length() != 10) {
                throw error("incomplete escape " + e, e.length());
            }
            long v = Long.parseLong(e.substring(2), 16);
            if (v > 0x10FFFF) {
                throw error("bad escape " + e, e.length());
            }
            return (int) v;
        }
        if (c == 'N' && isStr) {
            if (!match('{')) {
                throw error("missing {");
            }
            String name = getUntil('}', "character name");
            int cp;
            try {
                cp = Character.codePointOf(name);
            } catch (IllegalArgumentException ex) {
                throw error("undefined character name " + pyRepr(name), len(name) + 4);
            }
            return cp;
        }
        return -2;
    }

    private RegexNode escape(int c) {
        int cat = category(c);
        if (cat != 0) {
            return new RegexNode.In(CharSet.category(cat, leafFlags()));
        }
        switch (c) {
            case 'A':
                return new At(AtKind.BEGINNING_STRING, leafFlags());
            case 'Z':
                return new At(AtKind.END_STRING, leafFlags());
            case 'b':
                return new At(AtKind.BOUNDARY, leafFlags());
            case 'B':
                return new At(AtKind.NON_BOUNDARY, leafFlags());
            default:
                break;
        }
        int simple = simpleEscape(c);
        if (simple >= 0) {
            return lit(simple);
        }
        int num = numericEscape(c);
        if (num >= 0) {
            return lit(num);
        }
        String escape = "\\" + str(c);
        if (c == '0') {
            int v = 0;
            for (int i = 0; i < 2 && !nextEsc && next >= 0 && isOct(next); i++) {
                v = v * 8 + (next - '0');
                advance();
            }
            return lit(v);
        }
        if (isDigit(c)) {
            if (!nextEsc && next >= 0 && isDigit(next)) {
                escape += str(next);
                advance();
                if (isOct(escape.charAt(1)) && isOct(escape.charAt(2)) && !nextEsc && next >= 0 && isOct(next)) {
                    escape += str(next);
                    advance();
                    int v = Integer.parseInt(escape.substring(1), 8);
                    if (v > 0377) {
                        throw error("octal escape value " + escape + " outside of range 0-0o377", escape.length());
                    }
                    return lit(v);
                }
            }
            int group = Integer.parseInt(escape.substring(1));
            if (group < groups()) {
                if (!checkGroup(group)) {
                    throw error("cannot refer to an open group", escape.length());
                }
                checkLookbehindGroup(group);
                return groupRef(group);
            }
            throw error("invalid group reference " + group, escape.length() - 1);
        }
        if (isAsciiLetter(c)) {
            throw error("bad escape " + escape, escape.length());
        }
        return lit(c);
    }

    private RegexNode lit(int c) {
        return new RegexNode.Lit(c, false, leafFlags());
    }

    /** A class escape: a code point (>= 0), or -(category) for \d and friends. */
    private int classEscape(int c) {
        int simple = simpleEscape(c);
        if (simple >= 0) {
            return simple;
        }
        int cat = category(c);
        if (cat != 0) {
            return -cat;
        }
        int num = numericEscape(c);
        if (num >= 0) {
            return num;
        }
        String escape = "\\" + str(c);
        if (isOct(c)) {
            StringBuilder sb = new StringBuilder(escape);
            for (int i = 0; i < 2 && !nextEsc && next >= 0 && isOct(next); i++) {
                sb.appendCodePoint(next);
                advance();
            }
            escape = sb.toString();
            int v = Integer.parseInt(escape.substring(1), 8);
            if (v > 0377) {
                throw error("octal escape value " + escape + " outside of range 0-0o377", escape.length());
            }
            return v;
        }
        if (isDigit(c) || isAsciiLetter(c)) {
            throw error("bad escape " + escape, escape.length());
        }
        return c;
    }

    private RegexNode parseClass() {
        int here = tell() - 1;
        List<int[]> ranges = new ArrayList<>();
        List<Integer> cats = new ArrayList<>();
        boolean negate = match('^');
        int count = 0;
        while (true) {
            int thisC = next;
            boolean esc = nextEsc;
            advance();
            if (thisC < 0) {
                throw error("unterminated character set", tell() - here);
            }
            if (thisC == ']' && !esc && count > 0) {
                break;
            }
            count++;
            int code1 = esc ? classEscape(thisC) : thisC;
            if (match('-')) {
                int that = next;
                boolean thatEsc = nextEsc;
                advance();
                if (that < 0) {
                    throw error("unterminated character set", tell() - here);
                }
                if (that == ']' && !thatEsc) {
                    add(code1, ranges, cats);
                    ranges.add(new int[] {'-', '-'});
                    break;
                }
                int code2 = thatEsc ? classEscape(that) : that;
                String thisText = tokenText(thisC, esc);
                String thatText = tokenText(that, thatEsc);
                if (code1 < 0 || code2 < 0 || code2 < code1) {
                    throw error("bad character range " + thisText + "-" + thatText,
                            len(thisText) + 1 + len(thatText));
                }
                ranges.add(new int[] {code1, code2});
            } else {
                add(code1, ranges, cats);
            }
        }
        int f = leafFlags();
        if (ranges.size() == 1 && cats.isEmpty() && ranges.get(0)[0] == ranges.get(0)[1]) {
            return new RegexNode.Lit(ranges.get(0)[0], negate, f);
        }
        return new RegexNode.In(new CharSet(ranges, cats, negate, f));
    }

    private static void add(int code, List<int[]> ranges, List<Integer> cats) {
        if (code < 0) {
            cats.add(-code);
        } else {
            ranges.add(new int[] {code, code});
        }
    }
}
