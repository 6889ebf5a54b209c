package org.jpsyco.frontend.python.modules.re;

/**
 * The tokens of a pattern as sre's tokenizer reads them: the pattern is a sequence of code
 * points (a bytes pattern reads as Latin-1), and a token is one code point or a backslash with
 * the code point after it. {@link #tell()} is the index where the next token starts; errors
 * count back from it, which is how CPython positions its messages.
 */
abstract class PatternReader {
    final int[] p;
    final boolean isStr;
    int index;
    /** The next token's code point (after the backslash for an escape), or -1 at the end. */
    int next;
    boolean nextEsc;

    PatternReader(int[] pattern, boolean isStr) {
        this.p = pattern;
        this.isStr = isStr;
        advance();
    }


    void advance() {
        if (index >= p.length) {
            next = -1;
            nextEsc = false;
            return;
        }
        int c = p[index];
        if (c == '\\') {
            if (index + 1 >= p.length) {
                throw new RegexError("bad escape (end of pattern)", p.length - 1);
            }
            next = p[index + 1];
            nextEsc = true;
            index += 2;
        } else {
            next = c;
            nextEsc = false;
            index += 1;
        }
    }

    int tell() {
        return next < 0 ? index : index - (nextEsc ? 2 : 1);
    }

    void seek(int i) {
        index = i;
        advance();
    }

    boolean match(int c) {
        if (next == c && !nextEsc) {
            advance();
            return true;
        }
        return false;
    }

    RegexError error(String msg, int offset) {
        return new RegexError(isStr ? msg : asciiMsg(msg), tell() - offset);
    }

    RegexError error(String msg) {
        return error(msg, 0);
    }

    static String asciiMsg(String m) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c < 128) {
                sb.append(c);
            } else {
                sb.append(String.format("\\x%02x", (int) c));
            }
        }
        return sb.toString();
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isOct(int c) {
        return c >= '0' && c <= '7';
    }

    static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static String str(int c) {
        return new String(Character.toChars(c));
    }

    /** The current token as source text. */
    static String tokenText(int c, boolean esc) {
        return esc ? "\\" + str(c) : str(c);
    }

    String getUntil(int terminator, String name) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = next;
            boolean esc = nextEsc;
            advance();
            if (c < 0) {
                if (sb.isEmpty()) {
                    throw error("missing " + name);
                }
                throw error("missing " + str(terminator) + ", unterminated name", sb.codePointCount(0, sb.length()));
            }
            if (c == terminator && !esc) {
                if (sb.isEmpty()) {
                    throw error("missing " + name, 1);
                }
                break;
            }
            sb.append(tokenText(c, esc));
        }
        return sb.toString();
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(first) || first == '_')) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
        }
        return true;
    }
}
