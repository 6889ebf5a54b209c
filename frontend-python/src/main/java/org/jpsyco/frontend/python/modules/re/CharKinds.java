package org.jpsyco.frontend.python.modules.re;

/**
 * The character predicates and case mappings sre uses: Unicode ones for str patterns, ASCII
 * ones for bytes patterns and under the ASCII flag.
 */
final class CharKinds {
    private CharKinds() {
    }

    static boolean isDigit(int c, boolean ascii) {
        if (c < 128 || ascii) {
            return c >= '0' && c <= '9';
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Equivalent of {@code Py_UNICODE_ISSPACE} (or of the ASCII whitespace set). */
    static boolean isSpace(int c, boolean ascii) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 0x1c && c <= 0x1f);
        }
        if (ascii) {
            return false;
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** Alphanumeric (as {@code str.isalnum}) or underscore. */
    static boolean isWord(int c, boolean ascii) {
        if (c < 128 || ascii) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static int lower(int c, boolean ascii) {
        if (c < 128 || ascii) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        return Character.toLowerCase(c);
    }

    static int upper(int c, boolean ascii) {
        if (c < 128 || ascii) {
            return c >= 'a' && c <= 'z' ? c - 32 : c;
        }
        return Character.toUpperCase(c);
    }
}
