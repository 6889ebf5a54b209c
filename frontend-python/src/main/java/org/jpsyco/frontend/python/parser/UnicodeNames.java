package org.jpsyco.frontend.python.parser;

import java.util.HashMap;
import java.util.Map;

/**
 * Character names for {@code \N{...}} escapes, as CPython's unicodedata resolves them: the names
 * the JDK knows ({@link Character#codePointOf}), plus the algorithmically derived names the JDK
 * spells differently: "CJK UNIFIED IDEOGRAPH-4E00", "CJK COMPATIBILITY IDEOGRAPH-F900" and the
 * Hangul syllables ("HANGUL SYLLABLE GAG"), in upper case only. Name aliases that the JDK does not know are not
 * resolved.
 */
final class UnicodeNames {
    private UnicodeNames() {
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static volatile Map<String, Integer> hangul;

    /** The code point named {@code name}, or -1. */
    static int lookup(String name) {
        // derived names are matched case-sensitively, as in CPython
        String n = name;
        for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"}) {
            if (n.startsWith(prefix)) {
                String hex = n.substring(prefix.length());
                if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    return -1;
                }
                int cp = Integer.parseInt(hex, 16);
                String block = String.valueOf(Character.UnicodeBlock.of(cp));
                boolean unified = prefix.startsWith("CJK UNIFIED");
                boolean ok = unified ? block.startsWith("CJK_UNIFIED_IDEOGRAPHS") && Character.isIdeographic(cp)
                        : block.startsWith("CJK_COMPATIBILITY_IDEOGRAPHS") && Character.isDefined(cp);
                return ok ? cp : -1;
            }
        }
        if (n.startsWith("HANGUL SYLLABLE ")) {
            Integer cp = hangulTable().get(n.substring("HANGUL SYLLABLE ".length()));
            return cp == null ? -1 : cp;
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static Map<String, Integer> hangulTable() {
        Map<String, Integer> t = hangul;
        if (t == null) {
            t = new HashMap<>();
            for (int l = 0; l < JAMO_L.length; l++) {
                for (int v = 0; v < JAMO_V.length; v++) {
                    for (int k = 0; k < JAMO_T.length; k++) {
                        t.put(JAMO_L[l] + JAMO_V[v] + JAMO_T[k], 0xAC00 + (l * 21 + v) * 28 + k);
                    }
                }
            }
            hangul = t;
        }
        return t;
    }
}
