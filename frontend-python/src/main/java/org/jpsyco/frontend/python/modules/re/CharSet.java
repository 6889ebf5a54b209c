package org.jpsyco.frontend.python.modules.re;

import java.util.ArrayList;
import java.util.List;

/**
 * A character class: ranges and category escapes, possibly negated, matched as sre does. Under
 * IGNORECASE a code point matches when it, its lower case or its upper case is in the class.
 * Code points below 256 are answered from a bitmap computed once.
 */
final class CharSet {
    static final int CAT_DIGIT = 1;
    static final int CAT_NOT_DIGIT = 2;
    static final int CAT_SPACE = 3;
    static final int CAT_NOT_SPACE = 4;
    static final int CAT_WORD = 5;
    static final int CAT_NOT_WORD = 6;

    private final int[] ranges;
    private final int[] categories;
    private final boolean negate;
    private final boolean ignoreCase;
    private final boolean ascii;
    private final long[] low = new long[4];

    CharSet(List<int[]> rangeList, List<Integer> cats, boolean negate, int flags) {
        this.ranges = new int[rangeList.size() * 2];
        for (int i = 0; i < rangeList.size(); i++) {
            ranges[2 * i] = rangeList.get(i)[0];
            ranges[2 * i + 1] = rangeList.get(i)[1];
        }
        this.categories = cats.stream().mapToInt(Integer::intValue).toArray();
        this.negate = negate;
        this.ignoreCase = (flags & Flags.IGNORECASE) != 0;
        this.ascii = (flags & Flags.UNICODE) == 0;
        for (int c = 0; c < 256; c++) {
            if (slowMatches(c)) {
                low[c >> 6] |= 1L << c;
            }
        }
    }

    /** A category escape such as {@code \d} on its own. */
    static CharSet category(int cat, int flags) {
        return new CharSet(new ArrayList<>(), List.of(cat), false, flags);
    }

    boolean matches(int c) {
        if (c < 256) {
            return (low[c >> 6] & (1L << c)) != 0;
        }
        return slowMatches(c);
    }

    private boolean slowMatches(int c) {
        boolean in = contains(c);
        if (!in && ignoreCase) {
            int l = CharKinds.lower(c, ascii);
            int u = CharKinds.upper(c, ascii);
            int lu = CharKinds.lower(u, ascii);
            in = (l != c && contains(l)) || (u != c && contains(u)) || (lu != c && lu != l && contains(lu));
        }
        return in != negate;
    }

    private boolean contains(int c) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (c >= ranges[i] && c <= ranges[i + 1]) {
                return true;
            }
        }
        for (int cat : categories) {
            boolean r = switch (cat) {
                case CAT_DIGIT -> CharKinds.isDigit(c, ascii);
                case CAT_NOT_DIGIT -> !CharKinds.isDigit(c, ascii);
                case CAT_SPACE -> CharKinds.isSpace(c, ascii);
                case CAT_NOT_SPACE -> !CharKinds.isSpace(c, ascii);
                case CAT_WORD -> CharKinds.isWord(c, ascii);
                default -> !CharKinds.isWord(c, ascii);
            };
            if (r) {
                return true;
            }
        }
        return false;
    }
}
