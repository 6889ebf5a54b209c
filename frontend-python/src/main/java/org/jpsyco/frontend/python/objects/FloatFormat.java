package org.jpsyco.frontend.python.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text as CPython does it. {@link #repr} is the shortest string that reads back as
 * the same double (digits from Java's {@code Double.toString}, which is shortest round-trip
 * since JDK 19) laid out by CPython's rules: scientific when the decimal exponent is below -4
 * or above 16. The fixed/scientific/general formats round the exact binary value half-even.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String s = Double.toString(Math.abs(d));
        int ePos = s.indexOf('E');
        int exp10 = 0;
        String mant = s;
        if (ePos >= 0) {
            exp10 = Integer.parseInt(s.substring(ePos + 1));
            mant = s.substring(0, ePos);
        }
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        String digits = intPart + frac;
        int decpt = intPart.length() + exp10;
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
            // Java picks the closest two-digit decimal when one digit would do; Python wants one digit
            int one = digits.charAt(0) - '0' + (digits.charAt(1) >= '5' ? 1 : 0);
            int dp = decpt;
            if (one == 10) {
                one = 1;
                dp++;
            }
            String cand = one + "e" + (dp - 1);
            if (Double.parseDouble(cand) == Math.abs(d)) {
                digits = Integer.toString(one);
                decpt = dp;
            }
        }
        return (d < 0 ? "-" : "") + layout(digits, decpt, -4, 16, false, true);
    }

    /**
     * Lays out {@code 0.digits * 10**decpt}: scientific when {@code decpt <= low} or
     * {@code decpt > high}; {@code addDot0} appends ".0" to integral fixed output.
     */
    private static String layout(String digits, int decpt, int low, int high, boolean keepPoint, boolean addDot0) {
        StringBuilder sb = new StringBuilder();
        if (decpt <= low || decpt > high) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            } else if (keepPoint) {
                sb.append('.');
            }
            int e = decpt - 1;
            sb.append('e').append(e < 0 ? '-' : '+');
            int ae = Math.abs(e);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        } else if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt));
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            sb.append("0".repeat(decpt - digits.length()));
            if (addDot0) {
                sb.append(".0");
            } else if (keepPoint) {
                sb.append('.');
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /** {@code '%.{prec}f'} without sign handling for NaN/inf (caller handles them); keeps the sign of -0.0. */
    public static String fixed(double d, int prec, boolean alt) {
        String special = special(d);
        if (special != null) {
            return special;
        }
        BigDecimal b = new BigDecimal(Math.abs(d)).setScale(prec, RoundingMode.HALF_EVEN);
        String s = b.toPlainString();
        if (alt && prec == 0) {
            s += ".";
        }
        return (isNegative(d) ? "-" : "") + s;
    }

    /** {@code '%.{prec}e'}. */
    public static String exponent(double d, int prec, boolean alt) {
        String special = special(d);
        if (special != null) {
            return special;
        }
        String[] dd = digits(Math.abs(d), prec + 1);
        String digits = dd[0];
        int decpt = Integer.parseInt(dd[1]);
        StringBuilder sb = new StringBuilder(isNegative(d) ? "-" : "");
        sb.append(digits.charAt(0));
        if (prec > 0 || alt) {
            sb.append('.');
        }
        sb.append(digits, 1, digits.length());
        int e = Math.abs(d) == 0 ? 0 : decpt - 1;
        sb.append('e').append(e < 0 ? '-' : '+');
        if (Math.abs(e) < 10) {
            sb.append('0');
        }
        sb.append(Math.abs(e));
        return sb.toString();
    }

    /** {@code '%.{prec}g'}; {@code noType} gives format()'s empty presentation type (at least one fractional digit). */
    public static String general(double d, int prec, boolean alt, boolean noType) {
        String special = special(d);
        if (special != null) {
            return special;
        }
        if (prec == 0) {
            prec = 1;
        }
        String sign = isNegative(d) ? "-" : "";
        if (d == 0) {
            String z = alt ? "0." + "0".repeat(prec - 1) : (noType ? "0.0" : "0");
            return sign + z;
        }
        String[] dd = digits(Math.abs(d), prec);
        String digits = dd[0];
        int decpt = Integer.parseInt(dd[1]);
        if (!alt) {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, end);
        }
        int exp = decpt - 1;
        boolean sci = exp < -4 || exp >= prec;
        if (sci) {
            return sign + layout(digits, decpt, Integer.MAX_VALUE, Integer.MIN_VALUE, alt, false);
        }
        return sign + layout(digits, decpt, Integer.MIN_VALUE, Integer.MAX_VALUE, alt, noType);
    }

    /** {@code prec} significant digits of a positive double, and the decimal point position. */
    private static String[] digits(double a, int prec) {
        if (a == 0) {
            return new String[] {"0".repeat(prec), "1"};
        }
        BigDecimal b = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
        String u = b.unscaledValue().toString();
        int decpt = u.length() - b.scale();
        if (u.length() < prec) {
            u = u + "0".repeat(prec - u.length());
        } else if (u.length() > prec) {
            u = u.substring(0, prec);
        }
        return new String[] {u, Integer.toString(decpt)};
    }

    private static boolean isNegative(double d) {
        return d < 0 || (d == 0 && 1 / d < 0);
    }

    private static String special(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return null;
    }
}
