package org.jpsyco.frontend.python.objects;

import java.math.BigInteger;

/**
 * Text formatting: the format-spec mini-language of {@code format()} and f-strings for
 * int, float and str ({@code [[fill]align][sign][#][0][width][,|_][.precision][type]}), and
 * printf-style {@code str % args}.
 */
public final class StrFormat {
    private StrFormat() {
    }

    private record Spec(int fill, char align, char sign, boolean alt, boolean zero, int width, char grouping,
            int precision, char type) {
    }

    private static Spec parse(String s) {
        return parse(s, "str");
    }

    private static Spec parse(String s, String typeName) {
        int i = 0;
        int n = s.length();
        int fill = ' ';
        char align = 0;
        if (n >= 2 && "<>=^".indexOf(s.charAt(s.offsetByCodePoints(0, 1))) >= 0 && s.codePointCount(0, n) >= 2) {
            fill = s.codePointAt(0);
            i = s.offsetByCodePoints(0, 1);
            align = s.charAt(i++);
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            align = s.charAt(i++);
        }
        char sign = 0;
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            sign = s.charAt(i++);
        }
        boolean alt = false;
        if (i < n && s.charAt(i) == '#') {
            alt = true;
            i++;
        }
        boolean zero = false;
        if (i < n && s.charAt(i) == '0') {
            zero = true;
            i++;
        }
        int width = -1;
        int st = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > st) {
            width = Integer.parseInt(s.substring(st, i));
        }
        char grouping = 0;
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            grouping = s.charAt(i++);
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == st) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = Integer.parseInt(s.substring(st, i));
        }
        char type = 0;
        if (i < n) {
            type = s.charAt(i++);
        }
        if (i < n) {
            throw Errors.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        }
        return new Spec(fill, align, sign, alt, zero, width, grouping, precision, type);
    }

    /** {@code format(o, spec)} for built-in types. */
    public static String format(PyObject o, String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(o).value();
        }
        if (o instanceof PyStr s) {
            Spec p = parse(spec);
            if (p.type != 0 && p.type != 's') {
                throw Errors.valueError("Unknown format code '" + p.type + "' for object of type 'str'");
            }
            if (p.grouping != 0) {
                throw Errors.valueError("Cannot specify '" + p.grouping + "' with 's'.");
            }
            if (p.align == '=') {
                throw Errors.valueError("'=' alignment not allowed in string format specifier");
            }
            if (p.sign != 0) {
                throw Errors.valueError("Sign not allowed in string format specifier");
            }
            if (p.alt) {
                throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
            }
            String v = s.value();
            if (p.precision >= 0 && p.precision < s.length()) {
                v = s.substring(0, p.precision);
            }
            return pad(v, p, '<');
        }
        if (o instanceof PyInt i) {
            Spec p = parse(spec, "int");
            if (p.type == 'c' && p.sign != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (p.type == 'c' && p.grouping != 0) {
                throw Errors.valueError("Cannot specify '" + p.grouping + "' with 'c'.");
            }
            if ("eEfFgG%".indexOf(p.type) >= 0 && p.type != 0) {
                return formatFloat(i.doubleValue(), p);
            }
            return formatInt(i, p);
        }
        if (o instanceof PyFloat f) {
            return formatFloat(f.value, parse(spec, "float"));
        }
        if (o instanceof PyComplex c) {
            return formatComplex(c, parse(spec));
        }
        throw Errors.typeError("unsupported format string passed to " + o.type().name() + ".__format__");
    }

    private static String formatInt(PyInt i, Spec p) {
        if (p.precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        // an int that fits a long (but not its minimum, whose magnitude does not) skips BigInteger
        boolean small = !i.isBig() && i.value != Long.MIN_VALUE;
        boolean neg = small ? i.value < 0 : i.toBig().signum() < 0;
        String digits;
        String prefix = "";
        if (small && p.type != 'c') {
            long m = Math.abs(i.value);
            switch (p.type) {
                case 0, 'd', 'n' -> digits = Long.toString(m);
                case 'x' -> digits = Long.toHexString(m);
                case 'X' -> digits = Long.toHexString(m).toUpperCase(java.util.Locale.ROOT);
                case 'o' -> digits = Long.toOctalString(m);
                case 'b' -> digits = Long.toBinaryString(m);
                default -> throw Errors.valueError("Unknown format code '" + p.type + "' for object of type 'int'");
            }
            prefix = !p.alt ? "" : switch (p.type) {
                case 'x' -> "0x";
                case 'X' -> "0X";
                case 'o' -> "0o";
                case 'b' -> "0b";
                default -> "";
            };
            return groupAndPad(signOf(neg, p) + prefix, digits, p);
        }
        BigInteger a = i.toBig().abs();
        switch (p.type) {
            case 0, 'd', 'n' -> digits = a.toString();
            case 'x' -> {
                digits = a.toString(16);
                prefix = p.alt ? "0x" : "";
            }
            case 'X' -> {
                digits = a.toString(16).toUpperCase();
                prefix = p.alt ? "0X" : "";
            }
            case 'o' -> {
                digits = a.toString(8);
                prefix = p.alt ? "0o" : "";
            }
            case 'b' -> {
                digits = a.toString(2);
                prefix = p.alt ? "0b" : "";
            }
            case 'c' -> {
                if (i.isBig() || i.value < 0 || i.value > 0x10FFFF) {
                    throw Errors.overflowError("%c arg not in range(0x110000)");
                }
                return pad(Character.toString((int) i.value), p, '<');
            }
            default -> throw Errors.valueError("Unknown format code '" + p.type + "' for object of type 'int'");
        }
        return groupAndPad(signOf(neg, p) + prefix, digits, p);
    }

    private static String formatFloat(double d, Spec p) {
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        int prec = p.precision < 0 ? 6 : p.precision;
        switch (p.type) {
            case 'f', 'F' -> body = FloatFormat.fixed(a, prec, p.alt);
            case 'e', 'E' -> body = FloatFormat.exponent(a, prec, p.alt);
            case 'g', 'G', 'n' -> body = FloatFormat.general(a, prec, p.alt, false);
            case '%' -> body = FloatFormat.fixed(a * 100, prec, p.alt) + "%";
            case 0 -> body = p.precision < 0 ? FloatFormat.repr(a) : FloatFormat.general(a, prec, p.alt, true);
            default -> throw Errors.valueError("Unknown format code '" + p.type + "' for object of type 'float'");
        }
        if (Character.isUpperCase(p.type)) {
            body = body.toUpperCase();
        }
        if (p.grouping != 0 && Double.isFinite(a)) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
                end++;
            }
            body = group(body.substring(0, end), p.grouping, 3) + body.substring(end);
        }
        return numberPad(signOf(neg, p), body, p);
    }

    /** Both parts formatted alike, the imaginary one always signed; no type means repr-like parts in parentheses. */
    private static String formatComplex(PyComplex c, Spec p) {
        if (p.zero) {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (p.align == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        if (p.type != 0 && "eEfFgGn".indexOf(p.type) < 0) {
            throw Errors.valueError("Unknown format code '" + p.type + "' for object of type 'complex'");
        }
        boolean bare = p.type == 0;
        boolean skipRe = bare && c.real == 0 && Math.copySign(1, c.real) > 0;
        Spec re = new Spec(' ', '<', p.sign, p.alt, false, -1, p.grouping, p.precision, bare ? 'g' : p.type);
        Spec im = new Spec(' ', '<', skipRe ? p.sign : '+', p.alt, false, -1, p.grouping, p.precision, re.type);
        boolean reprParts = bare && p.precision < 0;
        String body = (skipRe ? "" : reprParts ? reprPart(c.real, re.sign) : formatFloat(c.real, re))
                + (reprParts ? reprPart(c.imag, im.sign) : formatFloat(c.imag, im)) + "j";
        return pad(bare && !skipRe ? "(" + body + ")" : body, p, '>');
    }

    private static String reprPart(double d, char sign) {
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        return (neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "") + PyComplex.part(Math.abs(d));
    }

    private static String signOf(boolean neg, Spec p) {
        if (neg) {
            return "-";
        }
        return p.sign == '+' ? "+" : p.sign == ' ' ? " " : "";
    }

    /**
     * An int's digits grouped (when the spec asks) and padded. Zero padding ({@code 0} fill with
     * {@code =} alignment) is grouped like the digits, as CPython does: the zeros and separators
     * go on until the width is reached, and a separator is always followed by a digit (so the
     * result may be one character wider than asked).
     */
    private static String groupAndPad(String sign, String digits, Spec p) {
        if (p.grouping == 0) {
            return numberPad(sign, digits, p);
        }
        int every = p.type == 'x' || p.type == 'X' || p.type == 'o' || p.type == 'b' ? 4 : 3;
        boolean zeroPad = p.align == 0 && p.zero || p.align == '=' && p.fill == '0';
        if (!zeroPad) {
            return numberPad(sign, group(digits, p.grouping, every), p);
        }
        int minWidth = p.width - sign.length();
        StringBuilder rev = new StringBuilder();
        int n = digits.length();
        for (int count = 0; count < n || rev.length() < minWidth; count++) {
            if (count > 0 && count % every == 0) {
                rev.append(p.grouping);
            }
            rev.append(count < n ? digits.charAt(n - 1 - count) : '0');
        }
        return sign + rev.reverse();
    }

    private static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String numberPad(String sign, String body, Spec p) {
        char align = p.align;
        int fill = p.fill;
        if (align == 0 && p.zero) {
            align = '=';
            fill = '0';
        }
        if (align == 0) {
            align = '>';
        }
        int len = sign.length() + body.length();
        if (p.width <= len) {
            return sign + body;
        }
        String padding = Character.toString(fill).repeat(p.width - len);
        return switch (align) {
            case '=' -> sign + padding + body;
            case '<' -> sign + body + padding;
            case '^' -> {
                int left = (p.width - len) / 2;
                yield Character.toString(fill).repeat(left) + sign + body
                        + Character.toString(fill).repeat(p.width - len - left);
            }
            default -> padding + sign + body;
        };
    }

    private static String pad(String v, Spec p, char defaultAlign) {
        int len = v.codePointCount(0, v.length());
        if (p.width <= len) {
            return v;
        }
        char align = p.align == 0 ? defaultAlign : p.align;
        String f = Character.toString(p.fill);
        int total = p.width - len;
        return switch (align) {
            case '>' -> f.repeat(total) + v;
            case '^' -> f.repeat(total / 2) + v + f.repeat(total - total / 2);
            default -> v + f.repeat(total);
        };
    }

    /** printf-style formatting, CPython's {@code PyUnicode_Format}. */
    public static String percent(String fmt, PyObject args) {
        PyObject[] items = args instanceof PyTuple t ? t.items : new PyObject[] {args};
        PyDict mapping = args instanceof PyDict d ? d : null;
        int argi = 0;
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            i++;
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                value = Abstract.getItem(mapping, PyStr.of(fmt.substring(i + 1, close)));
                i = close + 1;
            }
            int flagsAt = i;
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            String flags = fmt.substring(flagsAt, i);
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                if (!(items[argi] instanceof PyInt)) {
                    throw Errors.typeError("* wants int");
                }
                width = Abstract.index(items[argi++]).intValue();
                i++;
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > st) {
                    width = Integer.parseInt(fmt.substring(st, i));
                }
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    prec = Abstract.index(items[argi++]).intValue();
                    i++;
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = i > st ? Integer.parseInt(fmt.substring(st, i)) : 0;
                }
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char type = fmt.charAt(i);
            if (type == '%') {
                sb.append('%');
                continue;
            }
            if (value == null) {
                if (argi >= items.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                value = items[argi++];
            }
            String f = flags;
            if (prec < 0 && (width < 0 && f.isEmpty() || f.equals("0") && width > 0)) {
                // the common conversions (%s, %r, %d of a plain int, %02d) without building a format spec
                String quick = quickConversion(type, value, f.isEmpty() ? 0 : width);
                if (quick != null) {
                    sb.append(quick);
                    continue;
                }
            }
            StringBuilder spec = new StringBuilder();
            if (f.contains("-")) {
                spec.append('<');
            } else {
                spec.append('>');
            }
            if (f.contains("+")) {
                spec.append('+');
            } else if (f.contains(" ")) {
                spec.append(' ');
            }
            if (f.contains("#")) {
                spec.append('#');
            }
            if (f.contains("0") && !f.contains("-") && type != 's' && type != 'r') {
                spec.setLength(0);
                spec.append(f.contains("+") ? "+" : f.contains(" ") ? " " : "").append(f.contains("#") ? "#" : "")
                        .append('0');
            }
            if (width >= 0) {
                spec.append(width);
            }
            String out;
            switch (type) {
                case 's', 'r', 'a' -> {
                    String s = type == 's' ? Abstract.str(value).value()
                            : type == 'a' ? Abstract.ascii(value).value() : Abstract.repr(value).value();
                    if (prec >= 0 && prec < s.length()) {
                        s = s.substring(0, prec);
                    }
                    out = format(PyStr.of(s), spec.toString().replace("+", "").replace(" ", "").replace("#", ""));
                }
                case 'd', 'i', 'u' -> {
                    PyObject iv = value instanceof PyFloat fl ? PyInt.of(new java.math.BigDecimal(fl.value)
                            .toBigInteger()) : value;
                    if (!(iv instanceof PyInt)) {
                        throw Errors.typeError("%" + type + " format: a real number is required, not "
                                + value.type().name());
                    }
                    if (prec > 0) {
                        // a precision on %d is a minimum number of digits
                        PyInt pi = (PyInt) iv;
                        String digits = pi.toBig().abs().toString();
                        digits = "0".repeat(Math.max(0, prec - digits.length())) + digits;
                        String sign = pi.signum() < 0 ? "-" : f.contains("+") ? "+" : f.contains(" ") ? " " : "";
                        out = format(PyStr.of(sign + digits), (f.contains("-") ? "<" : ">") + (width >= 0 ? width : ""));
                    } else {
                        out = format(iv, spec + "d");
                    }
                }
                case 'x', 'X', 'o' -> {
                    if (!(value instanceof PyInt) && !(value.type().heap && value.type().lookup("__index__") != null)) {
                        throw Errors.typeError("%" + type + " format: an integer is required, not "
                                + value.type().name());
                    }
                    out = format(Abstract.index(value), spec.toString() + type);
                }
                case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                    if (!NumberOps.isNumber(value)) {
                        throw Errors.typeError("must be real number, not " + value.type().name());
                    }
                    out = format(PyFloat.of(NumberOps.toDouble(value)), spec + "." + (prec < 0 ? 6 : prec) + type);
                }
                case 'c' -> {
                    if (value instanceof PyStr s) {
                        if (s.length() != 1) {
                            throw Errors.typeError("%c requires int or char");
                        }
                        out = s.value();
                    } else {
                        PyInt ci = Abstract.index(value);
                        if (ci.isBig() || ci.value < 0 || ci.value > 0x10FFFF) {
                            throw Errors.overflowError("%c arg not in range(0x110000)");
                        }
                        out = Character.toString((int) ci.value);
                    }
                }
                default -> throw Errors.valueError("unsupported format character '" + type + "' (0x"
                        + Integer.toHexString(type) + ") at index " + i);
            }
            sb.append(out);
        }
        if (argi < items.length && mapping == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    /**
     * What {@link #percent} makes of conversion {@code type} without flags, width or precision
     * ({@code zeroPad} 0), or of {@code %0<zeroPad>d}, for the values where that is simply their
     * str, repr or digits; null for the rest (the general path decides, errors included).
     */
    private static String quickConversion(char type, PyObject value, int zeroPad) {
        if (type == 'd' || type == 'i' || type == 'u') {
            if (!(value instanceof PyInt v) || v.type() != PyInt.TYPE || v.isBig() || v.value == Long.MIN_VALUE) {
                return null;
            }
            String digits = Long.toString(Math.abs(v.value));
            String sign = v.value < 0 ? "-" : "";
            int pad = zeroPad - sign.length() - digits.length();
            return pad > 0 ? sign + "0".repeat(pad) + digits : sign + digits;
        }
        if (zeroPad != 0) {
            return null;
        }
        if (type == 's') {
            return value instanceof PyStr str && str.isExact() ? str.value() : Abstract.str(value).value();
        }
        if (type == 'r') {
            return Abstract.repr(value).value();
        }
        return null;
    }
}
