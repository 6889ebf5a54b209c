package org.jpsyco.frontend.python.parser;

import java.io.ByteArrayOutputStream;

import org.jpsyco.frontend.python.lexer.Token;

/**
 * Backslash escapes of non-raw str and bytes literals (CPython's unicode_escape and
 * escape_decode). Unknown escapes keep their backslash, as in CPython.
 */
final class Escapes {
    private Escapes() {
    }

    static String decodeStr(ParserBase p, Token t, String s, int from, int to) {
        int bs = s.indexOf('\\', from);
        if (bs < 0 || bs >= to) {
            return s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= to) {
                sb.append('\\');
                break;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    sb.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < n; k++) {
                        int d = i < to ? Character.digit(s.charAt(i), 16) : -1;
                        if (d < 0 || s.charAt(i) >= 0x80) {
                            String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                    : "truncated \\UXXXXXXXX escape";
                            throw unicodeError(p, t, s, from, escStart, i, what);
                        }
                        v = v * 16 + d;
                        i++;
                    }
                    if (e == 'U' && (v < 0 || v > 0x10FFFF)) {
                        throw unicodeError(p, t, s, from, escStart, i, "illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    int close = i < to && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    if (close < 0 || close >= to || close == i + 1) {
                        throw unicodeError(p, t, s, from, escStart, Math.min(i, to), "malformed \\N character escape");
                    }
                    String name = s.substring(i + 1, close);
                    int cp = UnicodeNames.lookup(name);
                    if (cp < 0) {
                        throw unicodeError(p, t, s, from, escStart, close + 1, "unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    sb.append('\\');
                    sb.append(e);
                }
            }
        }
        return sb.toString();
    }

    private static PythonSyntaxError unicodeError(ParserBase p, Token t, String s, int from, int a, int b, String what) {
        int start = utf8Len(s, from, a);
        int end = utf8Len(s, from, b) - 1;
        return p.errorAt(p.peek(), "(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-"
                + end + ": " + what);
    }

    private static int utf8Len(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    static void decodeBytes(ParserBase p, Token t, String s, int from, int to, ByteArrayOutputStream out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= to) {
                out.write('\\');
                break;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int d1 = i < to ? Character.digit(s.charAt(i), 16) : -1;
                    int d2 = i + 1 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw p.errorAt(p.peek(), "(value error) invalid \\x escape at position " + (escStart - from));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
    }
}
