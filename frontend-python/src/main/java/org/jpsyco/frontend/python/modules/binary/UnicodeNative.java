package org.jpsyco.frontend.python.modules.binary;

import java.text.Normalizer;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;

/**
 * {@code _jpsyco_unicodedata}: the Unicode character database as the JDK holds it
 * ({@code Character} and {@code java.text.Normalizer}), one code point per call; the Python
 * {@code unicodedata} module checks arguments and raises CPython's errors. Names the JDK makes
 * up for unnamed ranges (CJK ideographs, Hangul syllables) are given Unicode's names here.
 */
public final class UnicodeNative {
    private UnicodeNative() {
    }

    private static final String[] CATEGORIES = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl",
        "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cn", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi",
        "Pf"};
    private static final String[] BIDI = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS",
        "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    static String name(int cp) {
        int t = Character.getType(cp);
        if (t == Character.CONTROL || t == Character.UNASSIGNED || t == Character.SURROGATE
                || t == Character.PRIVATE_USE) {
            return null;
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[(s % 588) / 28] + JAMO_T[s % 28];
        }
        String n = Character.getName(cp);
        if (n == null) {
            return null;
        }
        String hex = Integer.toHexString(cp).toUpperCase();
        if (n.startsWith("CJK UNIFIED IDEOGRAPHS") && n.endsWith(hex)) {
            return "CJK UNIFIED IDEOGRAPH-" + hex;
        }
        if (n.startsWith("CJK COMPATIBILITY IDEOGRAPHS") && n.endsWith(hex)) {
            return "CJK COMPATIBILITY IDEOGRAPH-" + hex;
        }
        if (n.startsWith("TANGUT") && n.endsWith(" " + hex) && !n.startsWith("TANGUT COMPONENT")) {
            return "TANGUT IDEOGRAPH-" + hex;
        }
        return n;
    }

    static int lookup(String name) {
        String n = name.toUpperCase();
        if (n.startsWith("CJK UNIFIED IDEOGRAPH-") || n.startsWith("CJK COMPATIBILITY IDEOGRAPH-")) {
            try {
                int cp = Integer.parseInt(n.substring(n.indexOf('-') + 1), 16);
                return n.equals(name(cp)) ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (n.startsWith("HANGUL SYLLABLE ")) {
            for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
                if (n.equals(name(cp))) {
                    return cp;
                }
            }
            return -1;
        }
        try {
            int cp = Character.codePointOf(n);
            return name(cp) == null ? -1 : cp;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** The numeric value of a code point as CPython's {@code numeric}, or null. */
    static PyObject numeric(int cp) {
        switch (cp) {
            case 0xBC: return PyFloat.of(0.25);
            case 0xBD: return PyFloat.of(0.5);
            case 0xBE: return PyFloat.of(0.75);
            case 0x2153: return PyFloat.of(1.0 / 3);
            case 0x2154: return PyFloat.of(2.0 / 3);
            case 0x215B: return PyFloat.of(0.125);
            default: break;
        }
        int v = Character.getNumericValue(cp);
        int t = Character.getType(cp);
        if (v < 0 || !(t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
                || t == Character.OTHER_NUMBER || Character.isIdeographic(cp))) {
            return PySingleton.NONE;
        }
        return PyFloat.of(v);
    }

    static int digit(int cp) {
        int t = Character.getType(cp);
        int v = Character.getNumericValue(cp);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER && v >= 0 && v <= 9) {
            return v;
        }
        return -1;
    }

    static String eastAsianWidth(int cp) {
        if (cp >= 0xFF01 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp == 0x3000) {
            return "F";
        }
        if (cp >= 0xFF61 && cp <= 0xFFDC || cp >= 0xFFE8 && cp <= 0xFFEE || cp == 0x20A9) {
            return "H";
        }
        if (cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0x1F300 && cp <= 0x1F64F || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD) {
            return "W";
        }
        if (cp >= 0x20 && cp <= 0x7E || cp == 0xA2 || cp == 0xA3 || cp == 0xA5 || cp == 0xA6 || cp == 0xAC
                || cp == 0xAF || cp >= 0x27E6 && cp <= 0x27ED || cp == 0x2985 || cp == 0x2986) {
            return "Na";
        }
        if (cp == 0xA1 || cp == 0xA4 || cp == 0xA7 || cp == 0xA8 || cp == 0xAA || cp == 0xAD || cp == 0xAE
                || cp >= 0xB0 && cp <= 0xB4 || cp >= 0xB6 && cp <= 0xBA || cp >= 0xBC && cp <= 0xBF
                || cp == 0xC6 || cp == 0xD0 || cp == 0xD7 || cp == 0xD8 || cp >= 0xDE && cp <= 0xE1
                || cp == 0xE6 || cp >= 0xE8 && cp <= 0xEA || cp == 0xEC || cp == 0xED || cp == 0xF0
                || cp == 0xF2 || cp == 0xF3 || cp >= 0xF7 && cp <= 0xFA || cp == 0xFC || cp == 0xFE
                || cp >= 0x391 && cp <= 0x3C9 && cp != 0x3A2 && !(cp > 0x3A9 && cp < 0x3B1)
                || cp >= 0x410 && cp <= 0x44F || cp == 0x401 || cp == 0x451
                || cp >= 0x300 && cp <= 0x36F || cp == 0x20AC || cp >= 0x2160 && cp <= 0x216B
                || cp >= 0x2170 && cp <= 0x2179 || cp == 0x2010 || cp >= 0x2013 && cp <= 0x2016
                || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D || cp >= 0x2020 && cp <= 0x2022
                || cp >= 0x2024 && cp <= 0x2027 || cp == 0x2030 || cp == 0x2032 || cp == 0x2033 || cp == 0x203B
                || cp == 0x2103 || cp == 0x2116 || cp == 0x2121 || cp == 0x2122 || cp == 0x2126 || cp == 0x212B
                || cp >= 0x2190 && cp <= 0x2199 || cp == 0x221E || cp >= 0x2460 && cp <= 0x24E9 || cp >= 0x2500 && cp <= 0x254B || cp >= 0xE000 && cp <= 0xF8FF) {
            return "A";
        }
        return "N";
    }

    /** Canonical combining class: Java does not publish it; this covers the common marks. */
    static int combining(int cp) {
        if (Character.getType(cp) != Character.NON_SPACING_MARK) {
            return 0;
        }
        if (cp >= 0x316 && cp <= 0x319 || cp >= 0x31C && cp <= 0x320 || cp >= 0x323 && cp <= 0x326
                || cp >= 0x329 && cp <= 0x333 || cp >= 0x339 && cp <= 0x33C || cp >= 0x347 && cp <= 0x349
                || cp == 0x34D || cp == 0x34E || cp >= 0x353 && cp <= 0x356 || cp == 0x359 || cp == 0x35A) {
            return 220;
        }
        if (cp == 0x327 || cp == 0x328) {
            return 202;
        }
        if (cp == 0x321 || cp == 0x322) {
            return 202;
        }
        if (cp == 0x31B) {
            return 216;
        }
        if (cp >= 0x334 && cp <= 0x338) {
            return 1;
        }
        if (cp == 0x345) {
            return 240;
        }
        if (cp == 0x3099 || cp == 0x309A) {
            return 8;
        }
        if (cp == 0x94D || cp == 0x9CD || cp == 0xA4D || cp == 0xACD || cp == 0xB4D || cp == 0xBCD) {
            return 9;
        }
        if (cp == 0x93C || cp == 0x9BC || cp == 0xA3C) {
            return 7;
        }
        if (cp >= 0x300 && cp <= 0x36F) {
            return 230;
        }
        String n = Character.getName(cp);
        return n != null && n.contains("BELOW") ? 220 : n != null && n.startsWith("HEBREW POINT") ? 0 : 230;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_jpsyco_unicodedata");
        m.def("name", (a, k) -> {
            String n = name(Abstract.index(a[0]).intValue());
            return n == null ? PySingleton.NONE : PyStr.of(n);
        });
        m.def("lookup", (a, k) -> PyInt.of(lookup(((PyStr) a[0]).value())));
        m.def("category", (a, k) -> PyStr.of(CATEGORIES[Character.getType(Abstract.index(a[0]).intValue())]));
        m.def("bidirectional", (a, k) -> {
            byte d = Character.getDirectionality(Abstract.index(a[0]).intValue());
            return PyStr.of(d < 0 || d >= BIDI.length ? "" : BIDI[d]);
        });
        m.def("mirrored", (a, k) -> PyInt.of(Character.isMirrored(Abstract.index(a[0]).intValue()) ? 1 : 0));
        m.def("numeric", (a, k) -> numeric(Abstract.index(a[0]).intValue()));
        m.def("digit", (a, k) -> PyInt.of(digit(Abstract.index(a[0]).intValue())));
        m.def("decimal", (a, k) -> {
            int cp = Abstract.index(a[0]).intValue();
            return PyInt.of(Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1);
        });
        m.def("east_asian_width", (a, k) -> PyStr.of(eastAsianWidth(Abstract.index(a[0]).intValue())));
        m.def("combining", (a, k) -> PyInt.of(combining(Abstract.index(a[0]).intValue())));
        m.def("normalize", (a, k) -> PyStr.of(Normalizer.normalize(((PyStr) a[1]).value(), form(a[0]))));
        m.def("is_normalized", (a, k) -> PyBool.of(Normalizer.isNormalized(((PyStr) a[1]).value(), form(a[0]))));
        return m;
    }

    private static Normalizer.Form form(PyObject f) {
        return Normalizer.Form.valueOf(((PyStr) f).value());
    }
}
