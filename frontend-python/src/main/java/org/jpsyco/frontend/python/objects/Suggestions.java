package org.jpsyco.frontend.python.objects;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The "Did you mean" hints of CPython 3.11 ({@code Python/suggestions.c}): the closest
 * candidate name by a Levenshtein distance where changing case costs 1 and any other edit
 * 2, accepted when at most a third of the characters change; lists of 750 or more names are
 * not searched.
 */
public final class Suggestions {
    private Suggestions() {
    }

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        if (a >= 'A' && a <= 'Z') {
            a += 'a' - 'A';
        }
        if (b >= 'A' && b <= 'Z') {
            b += 'a' - 'A';
        }
        return a == b ? CASE_COST : MOVE_COST;
    }

    static int distance(byte[] a0, byte[] b0, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aSize = a0.length;
        int bSize = b0.length;
        while (aSize > 0 && bSize > 0 && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
            aSize--;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a0[aStart + aSize - 1] == b0[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = a0;
        byte[] b = b0;
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tz = aSize;
            aSize = bSize;
            bSize = tz;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        int tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = distance + substitutionCost(code, a[aStart + i]);
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    /** The best suggestion for {@code name} among {@code candidates}, or null. */
    public static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nb = name.getBytes(StandardCharsets.UTF_8);
        int best = Integer.MAX_VALUE;
        String suggestion = null;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            byte[] ib = item.getBytes(StandardCharsets.UTF_8);
            int max = (nb.length + ib.length + 3) * MOVE_COST / 6;
            max = Math.min(max, best - 1);
            int d = distance(nb, ib, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = item;
                best = d;
            }
        }
        return suggestion;
    }
}
