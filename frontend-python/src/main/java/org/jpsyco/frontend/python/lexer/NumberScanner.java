package org.jpsyco.frontend.python.lexer;

/*
 * Numeric literals, as CPython's tokenizer scans them: decimal, hex, octal and binary integers
 * with single underscores between digits, floats with fraction and exponent, and imaginary
 * literals. A literal immediately followed by an identifier character is an error, except
 * before the keywords CPython still tolerates there (`1if x else y`).
 */
final class NumberScanner {
    private NumberScanner() {
    }

    static Token scan(Tokenizer tk, String s, int start, int line) {
        int n = s.length();
        int p = start;
        char c = s.charAt(p);
        if (c == '0' && p + 1 < n && "xXoObB".indexOf(s.charAt(p + 1)) >= 0) {
            char k = Character.toLowerCase(s.charAt(p + 1));
            String kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
            p += 2;
            boolean any = false;
            while (true) {
                if (p < n && s.charAt(p) == '_') {
                    p++;
                }
                if (p < n && digitOk(k, s.charAt(p))) {
                    while (p < n && digitOk(k, s.charAt(p))) {
                        p++;
                    }
                    any = true;
                    continue;
                }
                if (p < n && (k == 'o' || k == 'b') && Tokenizer.isDigit(s.charAt(p))) {
                    throw tk.errorAtCursor("invalid digit '" + s.charAt(p) + "' in " + kind + " literal", line, p + 1);
                }
                if (!any || s.charAt(p - 1) == '_') {
                    throw tk.errorAtCursor("invalid " + kind + " literal", line, p);
                }
                break;
            }
            p = verifyEnd(tk, s, p, line, kind);
            tk.advanceTo(p);
            return tk.makeToken(TokenKind.NUMBER, start, line, p);
        }
        boolean isFloat = false;
        if (c == '.') {
            p++;
            p = digits(tk, s, p, line);
            isFloat = true;
        } else {
            boolean nonZero = false;
            boolean leadingZero = c == '0';
            int q = p;
            q = digits(tk, s, q, line);
            for (int i = p; i < q; i++) {
                if (s.charAt(i) != '0' && s.charAt(i) != '_') {
                    nonZero = true;
                }
            }
            p = q;
            if (p < n && s.charAt(p) == '.') {
                p++;
                isFloat = true;
                if (p < n && Tokenizer.isDigit(s.charAt(p))) {
                    p = digits(tk, s, p, line);
                }
            } else if (leadingZero && nonZero && !(p < n && "eEjJ".indexOf(s.charAt(p)) >= 0)) {
                int zerosEnd = start;
                while (s.charAt(zerosEnd) == '0' || s.charAt(zerosEnd) == '_') {
                    zerosEnd++;
                }
                throw tk.errorRange("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", line, tk.charCol(line, start) + 1,
                        tk.charCol(line, zerosEnd + 1), false);
            }
        }
        if (p < n && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int e = p + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            if (e < n && Tokenizer.isDigit(s.charAt(e))) {
                p = digits(tk, s, e, line);
                isFloat = true;
            } else {
                // "1else": the 'e' starts a keyword or is an error
                p = verifyEnd(tk, s, p, line, "decimal");
                tk.advanceTo(p);
                return tk.makeToken(TokenKind.NUMBER, start, line, p);
            }
        }
        if (p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
            p++;
            p = verifyEnd(tk, s, p, line, "imaginary");
        } else {
            p = verifyEnd(tk, s, p, line, "decimal");
        }
        tk.advanceTo(p);
        return tk.makeToken(TokenKind.NUMBER, start, line, p);
    }

    private static boolean digitOk(char k, char c) {
        return switch (k) {
            case 'x' -> Character.digit(c, 16) >= 0 && c < 0x80;
            case 'o' -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    private static int digits(Tokenizer tk, String s, int p, int line) {
        int n = s.length();
        while (true) {
            while (p < n && Tokenizer.isDigit(s.charAt(p))) {
                p++;
            }
            if (p < n && s.charAt(p) == '_') {
                if (p + 1 < n && Tokenizer.isDigit(s.charAt(p + 1))) {
                    p++;
                    continue;
                }
                throw tk.errorAtCursor("invalid decimal literal", line, p + 1);
            }
            return p;
        }
    }

    private static final String[] KEYWORDS_AFTER_NUMBER = {"and", "else", "for", "not", "or"};

    private static int verifyEnd(Tokenizer tk, String s, int p, int line, String kind) {
        if (p >= s.length() || !Tokenizer.isIdentChar(s.charAt(p)) || s.charAt(p) >= 0x80) {
            return p;
        }
        if (s.charAt(p) == 'i' && p + 1 < s.length() && "fns".indexOf(s.charAt(p + 1)) >= 0) {
            return p;
        }
        for (String kw : KEYWORDS_AFTER_NUMBER) {
            if (s.startsWith(kw, p) && (p + kw.length() >= s.length() || !Tokenizer.isIdentChar(s.charAt(p + kw.length())))) {
                return p;
            }
        }
        int q = p;
        while (q < s.length() && Tokenizer.isIdentChar(s.charAt(q))) {
            q++;
        }
        throw tk.errorAtCursor("invalid " + kind + " literal", line, p);
    }
}
