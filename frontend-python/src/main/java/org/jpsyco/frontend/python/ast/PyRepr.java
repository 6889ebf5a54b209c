package org.jpsyco.frontend.python.ast;

import java.math.BigInteger;

/**
 * Python's {@code repr()} of the constant values an AST holds: str (quote choice and escapes as
 * CPython's unicode_repr), bytes, int, float (shortest round-trip, CPython's 'r' format),
 * imaginary, bool, None and Ellipsis.
 */
public final class PyRepr {
    private PyRepr() {
    }

    public static String repr(Object v) {
        if (v == null || v == ConstantValue.NONE) {
            return "None";
        }
        if (v == ConstantValue.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String s) {
            return str(s);
        }
        if (v instanceof BigInteger || v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return floatRepr(d);
        }
        if (v instanceof ConstantValue.Imaginary im) {
            return imagRepr(im.imag());
        }
        if (v instanceof ConstantValue.Bytes b) {
            return bytes(b.value());
        }
        return String.valueOf(v);
    }

    /** {@code repr(float)}. */
    public static String floatRepr(double d) {
        return formatR(d, true);
    }

    /** {@code repr(complex(0, imag))} for a non-negative zero real part. */
    public static String imagRepr(double imag) {
        return formatR(imag, false) + "j";
    }

    private static String formatR(double d, boolean addDot0) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        boolean neg = d < 0 || d == 0 && 1 / d < 0;
        String sign = neg ? "-" : "";
        if (d == 0) {
            return sign + (addDot0 ? "0.0" : "0");
        }
        String s = Double.toString(Math.abs(d));
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mant = e < 0 ? s : s.substring(0, e);
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        String digits = intPart + frac;
        int decpt = intPart.length() + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        decpt -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Double.toString prints at least two digits; Python's repr may need only one
            int d0 = digits.charAt(0) - '0';
            int d1 = digits.charAt(1) - '0';
            int[] tries = d1 >= 5 ? new int[] {d0 + 1, d0} : new int[] {d0, d0 + 1};
            double abs = Math.abs(d);
            for (int c : tries) {
                String cand = c == 10 ? "1e" + decpt : c + "e" + (decpt - 1);
                if (c > 0 && Double.parseDouble(cand) == abs) {
                    digits = c == 10 ? "1" : String.valueOf(c);
                    decpt = c == 10 ? decpt + 1 : decpt;
                    break;
                }
            }
        }
        StringBuilder sb = new StringBuilder(sign);
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                sb.append("0".repeat(-decpt));
                sb.append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits);
                sb.append("0".repeat(decpt - digits.length()));
                if (addDot0) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int x = decpt - 1;
            sb.append('e').append(x < 0 ? '-' : '+');
            int ax = Math.abs(x);
            if (ax < 10) {
                sb.append('0');
            }
            sb.append(ax);
        }
        return sb.toString();
    }

    /** {@code repr(str)}. */
    public static String str(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** CPython's Py_UNICODE_ISPRINTABLE. */
    static boolean isPrintable(int cp) {
        if (cp >= 0x800 && Unicode14.assignedAfter14(cp)) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    /** {@code repr(bytes)}. */
    public static String bytes(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
        return sb.toString();
    }
}
