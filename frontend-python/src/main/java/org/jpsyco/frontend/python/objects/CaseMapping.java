package org.jpsyco.frontend.python.objects;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Case mappings as CPython's str methods apply them: full (multi-character) mappings from
 * Unicode's SpecialCasing, so {@code 'ß'.upper()} is {@code 'SS'}, {@code 'ß'.title()} is
 * {@code 'Ss'} and {@code 'ﬁ'.casefold()} is {@code 'fi'}. Upper and lower case come from Java's
 * full mappings (which include the final sigma rule of {@code lower()}); title case and case
 * folding differ from simple mappings for the code points in the two tables below (generated
 * from the Unicode data CPython 3.11 ships: hex code point, '=', the mapping).
 */
public final class CaseMapping {
    private CaseMapping() {
    }

    private static final String TITLE_TABLE = ""
            + "df=\u0053\u0073;149=\u02bc\u004e;1f0=\u004a\u030c;390=\u0399\u0308\u0301;3b0=\u03a5\u0308\u0301;587=\u0535\u0582;"
            + "1e96=\u0048\u0331;1e97=\u0054\u0308;1e98=\u0057\u030a;1e99=\u0059\u030a;1e9a=\u0041\u02be;1f50=\u03a5\u0313;"
            + "1f52=\u03a5\u0313\u0300;1f54=\u03a5\u0313\u0301;1f56=\u03a5\u0313\u0342;1fb2=\u1fba\u0345;1fb4=\u0386\u0345;1fb6=\u0391\u0342;"
            + "1fb7=\u0391\u0342\u0345;1fc2=\u1fca\u0345;1fc4=\u0389\u0345;1fc6=\u0397\u0342;1fc7=\u0397\u0342\u0345;1fd2=\u0399\u0308\u0300;"
            + "1fd3=\u0399\u0308\u0301;1fd6=\u0399\u0342;1fd7=\u0399\u0308\u0342;1fe2=\u03a5\u0308\u0300;1fe3=\u03a5\u0308\u0301;1fe4=\u03a1\u0313;"
            + "1fe6=\u03a5\u0342;1fe7=\u03a5\u0308\u0342;1ff2=\u1ffa\u0345;1ff4=\u038f\u0345;1ff6=\u03a9\u0342;1ff7=\u03a9\u0342\u0345;"
            + "fb00=\u0046\u0066;fb01=\u0046\u0069;fb02=\u0046\u006c;fb03=\u0046\u0066\u0069;fb04=\u0046\u0066\u006c;fb05=\u0053\u0074;"
            + "fb06=\u0053\u0074;fb13=\u0544\u0576;fb14=\u0544\u0565;fb15=\u0544\u056b;fb16=\u054e\u0576;fb17=\u0544\u056d;";

    private static final String FOLD_TABLE = ""
            + "b5=\u03bc;df=\u0073\u0073;149=\u02bc\u006e;17f=\u0073;1f0=\u006a\u030c;345=\u03b9;"
            + "390=\u03b9\u0308\u0301;3b0=\u03c5\u0308\u0301;3c2=\u03c3;3d0=\u03b2;3d1=\u03b8;3d5=\u03c6;"
            + "3d6=\u03c0;3f0=\u03ba;3f1=\u03c1;3f5=\u03b5;587=\u0565\u0582;13a0=\u13a0;"
            + "13a1=\u13a1;13a2=\u13a2;13a3=\u13a3;13a4=\u13a4;13a5=\u13a5;13a6=\u13a6;"
            + "13a7=\u13a7;13a8=\u13a8;13a9=\u13a9;13aa=\u13aa;13ab=\u13ab;13ac=\u13ac;"
            + "13ad=\u13ad;13ae=\u13ae;13af=\u13af;13b0=\u13b0;13b1=\u13b1;13b2=\u13b2;"
            + "13b3=\u13b3;13b4=\u13b4;13b5=\u13b5;13b6=\u13b6;13b7=\u13b7;13b8=\u13b8;"
            + "13b9=\u13b9;13ba=\u13ba;13bb=\u13bb;13bc=\u13bc;13bd=\u13bd;13be=\u13be;"
            + "13bf=\u13bf;13c0=\u13c0;13c1=\u13c1;13c2=\u13c2;13c3=\u13c3;13c4=\u13c4;"
            + "13c5=\u13c5;13c6=\u13c6;13c7=\u13c7;13c8=\u13c8;13c9=\u13c9;13ca=\u13ca;"
            + "13cb=\u13cb;13cc=\u13cc;13cd=\u13cd;13ce=\u13ce;13cf=\u13cf;13d0=\u13d0;"
            + "13d1=\u13d1;13d2=\u13d2;13d3=\u13d3;13d4=\u13d4;13d5=\u13d5;13d6=\u13d6;"
            + "13d7=\u13d7;13d8=\u13d8;13d9=\u13d9;13da=\u13da;13db=\u13db;13dc=\u13dc;"
            + "13dd=\u13dd;13de=\u13de;13df=\u13df;13e0=\u13e0;13e1=\u13e1;13e2=\u13e2;"
            + "13e3=\u13e3;13e4=\u13e4;13e5=\u13e5;13e6=\u13e6;13e7=\u13e7;13e8=\u13e8;"
            + "13e9=\u13e9;13ea=\u13ea;13eb=\u13eb;13ec=\u13ec;13ed=\u13ed;13ee=\u13ee;"
            + "13ef=\u13ef;13f0=\u13f0;13f1=\u13f1;13f2=\u13f2;13f3=\u13f3;13f4=\u13f4;"
            + "13f5=\u13f5;13f8=\u13f0;13f9=\u13f1;13fa=\u13f2;13fb=\u13f3;13fc=\u13f4;"
            + "13fd=\u13f5;1c80=\u0432;1c81=\u0434;1c82=\u043e;1c83=\u0441;1c84=\u0442;"
            + "1c85=\u0442;1c86=\u044a;1c87=\u0463;1c88=\ua64b;1e96=\u0068\u0331;1e97=\u0074\u0308;"
            + "1e98=\u0077\u030a;1e99=\u0079\u030a;1e9a=\u0061\u02be;1e9b=\u1e61;1e9e=\u0073\u0073;1f50=\u03c5\u0313;"
            + "1f52=\u03c5\u0313\u0300;1f54=\u03c5\u0313\u0301;1f56=\u03c5\u0313\u0342;1f80=\u1f00\u03b9;1f81=\u1f01\u03b9;1f82=\u1f02\u03b9;"
            + "1f83=\u1f03\u03b9;1f84=\u1f04\u03b9;1f85=\u1f05\u03b9;1f86=\u1f06\u03b9;1f87=\u1f07\u03b9;1f88=\u1f00\u03b9;"
            + "1f89=\u1f01\u03b9;1f8a=\u1f02\u03b9;1f8b=\u1f03\u03b9;1f8c=\u1f04\u03b9;1f8d=\u1f05\u03b9;1f8e=\u1f06\u03b9;"
            + "1f8f=\u1f07\u03b9;1f90=\u1f20\u03b9;1f91=\u1f21\u03b9;1f92=\u1f22\u03b9;1f93=\u1f23\u03b9;1f94=\u1f24\u03b9;"
            + "1f95=\u1f25\u03b9;1f96=\u1f26\u03b9;1f97=\u1f27\u03b9;1f98=\u1f20\u03b9;1f99=\u1f21\u03b9;1f9a=\u1f22\u03b9;"
            + "1f9b=\u1f23\u03b9;1f9c=\u1f24\u03b9;1f9d=\u1f25\u03b9;1f9e=\u1f26\u03b9;1f9f=\u1f27\u03b9;1fa0=\u1f60\u03b9;"
            + "1fa1=\u1f61\u03b9;1fa2=\u1f62\u03b9;1fa3=\u1f63\u03b9;1fa4=\u1f64\u03b9;1fa5=\u1f65\u03b9;1fa6=\u1f66\u03b9;"
            + "1fa7=\u1f67\u03b9;1fa8=\u1f60\u03b9;1fa9=\u1f61\u03b9;1faa=\u1f62\u03b9;1fab=\u1f63\u03b9;1fac=\u1f64\u03b9;"
            + "1fad=\u1f65\u03b9;1fae=\u1f66\u03b9;1faf=\u1f67\u03b9;1fb2=\u1f70\u03b9;1fb3=\u03b1\u03b9;1fb4=\u03ac\u03b9;"
            + "1fb6=\u03b1\u0342;1fb7=\u03b1\u0342\u03b9;1fbc=\u03b1\u03b9;1fbe=\u03b9;1fc2=\u1f74\u03b9;1fc3=\u03b7\u03b9;"
            + "1fc4=\u03ae\u03b9;1fc6=\u03b7\u0342;1fc7=\u03b7\u0342\u03b9;1fcc=\u03b7\u03b9;1fd2=\u03b9\u0308\u0300;1fd3=\u03b9\u0308\u0301;"
            + "1fd6=\u03b9\u0342;1fd7=\u03b9\u0308\u0342;1fe2=\u03c5\u0308\u0300;1fe3=\u03c5\u0308\u0301;1fe4=\u03c1\u0313;1fe6=\u03c5\u0342;"
            + "1fe7=\u03c5\u0308\u0342;1ff2=\u1f7c\u03b9;1ff3=\u03c9\u03b9;1ff4=\u03ce\u03b9;1ff6=\u03c9\u0342;1ff7=\u03c9\u0342\u03b9;"
            + "1ffc=\u03c9\u03b9;ab70=\u13a0;ab71=\u13a1;ab72=\u13a2;ab73=\u13a3;ab74=\u13a4;"
            + "ab75=\u13a5;ab76=\u13a6;ab77=\u13a7;ab78=\u13a8;ab79=\u13a9;ab7a=\u13aa;"
            + "ab7b=\u13ab;ab7c=\u13ac;ab7d=\u13ad;ab7e=\u13ae;ab7f=\u13af;ab80=\u13b0;"
            + "ab81=\u13b1;ab82=\u13b2;ab83=\u13b3;ab84=\u13b4;ab85=\u13b5;ab86=\u13b6;"
            + "ab87=\u13b7;ab88=\u13b8;ab89=\u13b9;ab8a=\u13ba;ab8b=\u13bb;ab8c=\u13bc;"
            + "ab8d=\u13bd;ab8e=\u13be;ab8f=\u13bf;ab90=\u13c0;ab91=\u13c1;ab92=\u13c2;"
            + "ab93=\u13c3;ab94=\u13c4;ab95=\u13c5;ab96=\u13c6;ab97=\u13c7;ab98=\u13c8;"
            + "ab99=\u13c9;ab9a=\u13ca;ab9b=\u13cb;ab9c=\u13cc;ab9d=\u13cd;ab9e=\u13ce;"
            + "ab9f=\u13cf;aba0=\u13d0;aba1=\u13d1;aba2=\u13d2;aba3=\u13d3;aba4=\u13d4;"
            + "aba5=\u13d5;aba6=\u13d6;aba7=\u13d7;aba8=\u13d8;aba9=\u13d9;abaa=\u13da;"
            + "abab=\u13db;abac=\u13dc;abad=\u13dd;abae=\u13de;abaf=\u13df;abb0=\u13e0;"
            + "abb1=\u13e1;abb2=\u13e2;abb3=\u13e3;abb4=\u13e4;abb5=\u13e5;abb6=\u13e6;"
            + "abb7=\u13e7;abb8=\u13e8;abb9=\u13e9;abba=\u13ea;abbb=\u13eb;abbc=\u13ec;"
            + "abbd=\u13ed;abbe=\u13ee;abbf=\u13ef;fb00=\u0066\u0066;fb01=\u0066\u0069;fb02=\u0066\u006c;"
            + "fb03=\u0066\u0066\u0069;fb04=\u0066\u0066\u006c;fb05=\u0073\u0074;fb06=\u0073\u0074;fb13=\u0574\u0576;fb14=\u0574\u0565;"
            + "fb15=\u0574\u056b;fb16=\u057e\u0576;fb17=\u0574\u056d;";

    private static final Map<Integer, String> TITLE = parse(TITLE_TABLE);
    private static final Map<Integer, String> FOLD = parse(FOLD_TABLE);

    private static Map<Integer, String> parse(String table) {
        Map<Integer, String> m = new HashMap<>();
        for (String entry : table.split(";")) {
            int eq = entry.indexOf('=');
            m.put(Integer.parseInt(entry.substring(0, eq), 16), entry.substring(eq + 1));
        }
        return m;
    }

    /** The full upper case of one code point. */
    public static String upper(int c) {
        return Character.toString(c).toUpperCase(Locale.ROOT);
    }

    /** The full lower case of one code point, without context (no final sigma). */
    public static String lower(int c) {
        return Character.toString(c).toLowerCase(Locale.ROOT);
    }

    /** The full title case of one code point. */
    public static String title(int c) {
        String t = TITLE.get(c);
        return t != null ? t : Character.toString(Character.toTitleCase(c));
    }

    /** {@code str.casefold()}: full case folding, code point by code point. */
    public static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            String f = FOLD.get(c);
            sb.append(f != null ? f : lower(c));
        });
        return sb.toString();
    }

    /** {@code str.swapcase()}: upper-case letters to their full lower case, others to full upper case. */
    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (Character.isUpperCase(c)) {
                sb.append(c == 0x03A3 ? finalSigma(cps, i) : lower(c));
            } else if (Character.isLowerCase(c)) {
                sb.append(upper(c));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /** {@code str.capitalize()}: the first code point in title case, the rest in lower case. */
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(title(cps[0]));
        for (int i = 1; i < cps.length; i++) {
            sb.append(cps[i] == 0x03A3 ? finalSigma(cps, i) : lower(cps[i]));
        }
        return sb.toString();
    }

    /** {@code str.title()}: title case after an uncased character, lower case after a cased one. */
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (prevCased) {
                sb.append(c == 0x03A3 ? finalSigma(cps, i) : lower(c));
            } else {
                sb.append(title(c));
            }
            prevCased = isCased(c);
        }
        return sb.toString();
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static boolean caseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL || c == '\'' || c == '.'
                || c == ':' || c == 0x00B7 || c == 0x2019;
    }

    /** Capital sigma's lower case at {@code i}: final sigma after a cased letter not followed by one. */
    private static String finalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && caseIgnorable(cps[j])) {
            j--;
        }
        boolean before = j >= 0 && isCased(cps[j]);
        j = i + 1;
        while (j < cps.length && caseIgnorable(cps[j])) {
            j++;
        }
        boolean after = j < cps.length && isCased(cps[j]);
        return before && !after ? "\u03c2" : "\u03c3";
    }
}
