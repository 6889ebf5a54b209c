package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods of str, and public entries to the common ones for compiled code (which calls them
 * on exact strs a guard established, with arguments of the kinds each entry names; anything
 * else goes through the method itself).
 */
public final class StrMethods {
    private StrMethods() {
    }

    private static String s(PyObject o) {
        return ((PyStr) o).value();
    }

    private static PyStr str(String v) {
        return PyStr.of(v);
    }

    /**
     * The result {@code v} of a method of {@code self} that may leave it unchanged: an exact str
     * is returned itself then, as CPython does (no copy, its hash kept).
     */
    static PyObject same(PyObject self, String v) {
        return self instanceof PyStr ps && ps.isExact() && ps.value() == v ? self : str(v);
    }

    static void register(PyType t) {
        BuiltinMethods.lazy(t, StrMethods::strMethod, "join", "split", "rsplit", "strip", "lstrip", "rstrip", "upper",
                "lower", "swapcase", "capitalize", "title", "replace", "startswith", "endswith", "find", "rfind",
                "index", "rindex", "count", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace",
                "isidentifier", "isupper", "islower", "center", "ljust", "rjust", "zfill", "splitlines", "partition",
                "rpartition", "removeprefix", "removesuffix", "format", "__format__", "casefold", "isascii",
                "isprintable", "istitle", "expandtabs", "format_map");
        t.rawDict().putStr("maketrans", new PyDescriptors.StaticMethod(new PyBuiltinFunction("maketrans", (a, k) -> {
            PyDict table = new PyDict();
            if (a.length == 1) {
                for (var e : ((PyDict) a[0]).entries()) {
                    PyObject key = e.getKey() instanceof PyStr ks ? PyInt.of(ks.codePointAt(0)) : e.getKey();
                    table.put(key, e.getValue());
                }
                return table;
            }
            PyStr from = (PyStr) a[0];
            PyStr to = (PyStr) a[1];
            if (from.length() != to.length()) {
                throw Errors.valueError("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < from.length(); i++) {
                table.put(PyInt.of(from.codePointAt(i)), PyInt.of(to.codePointAt(i)));
            }
            if (a.length > 2) {
                PyStr del = (PyStr) a[2];
                for (int i = 0; i < del.length(); i++) {
                    table.put(PyInt.of(del.codePointAt(i)), PySingleton.NONE);
                }
            }
            return table;
        })));
        BuiltinMethods.def(t, "translate", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            for (int c : s(a[0]).codePoints().toArray()) {
                PyObject r;
                try {
                    r = Abstract.getItem(a[1], PyInt.of(c));
                } catch (PyException e) {
                    if (!e.value.isInstance(ExceptionTypes.LOOKUP_ERROR)) {
                        throw e;
                    }
                    sb.appendCodePoint(c);
                    continue;
                }
                if (r instanceof PyInt i) {
                    sb.appendCodePoint(i.intValue());
                } else if (r instanceof PyStr rs) {
                    sb.append(rs.value());
                } else if (r != PySingleton.NONE) {
                    throw Errors.typeError("character mapping must return integer, None or str");
                }
            }
            return str(sb.toString());
        });
        BuiltinMethods.def(t, "encode", (a, k) -> {
            String[] ee = Codecs.encodingArgs("encode", a, k, 1);
            return new PyBytes(Codecs.encode((PyStr) a[0], ee[0], ee[1]));
        });
    }

    private static BuiltinImpl strMethod(String which) {
        return switch (which) {
            case "join" -> (a, k) -> {
                Args.check("join", a, k, 2, 2);
                String sep = s(a[0]);
                if (a[1] instanceof PyList l && l.isExact()) {
                    return str(StrSplit.join(sep, l.items, null, l.items.size()));
                }
                if (a[1] instanceof PyTuple tu && tu.type() == PyTuple.TYPE) {
                    return str(StrSplit.join(sep, null, tu.items, tu.items.length));
                }
                StringBuilder sb = new StringBuilder();
                int i = 0;
                PyObject it = Abstract.getIter(a[1]);
                for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), i++) {
                    if (!(v instanceof PyStr vs)) {
                        throw Errors.typeError("sequence item " + i + ": expected str instance, " + v.type().name()
                                + " found");
                    }
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(vs.value());
                }
                return str(sb.toString());
            };
            case "split" -> (a, k) -> split(a, k, false);
            case "rsplit" -> (a, k) -> split(a, k, true);
            case "strip" -> (a, k) -> same(a[0], strip(a, k, true, true));
            case "lstrip" -> (a, k) -> same(a[0], strip(a, k, true, false));
            case "rstrip" -> (a, k) -> same(a[0], strip(a, k, false, true));
            case "upper" -> (a, k) -> str(s(a[0]).toUpperCase(java.util.Locale.ROOT));
            case "lower" -> (a, k) -> str(s(a[0]).toLowerCase(java.util.Locale.ROOT));
            case "swapcase" -> (a, k) -> str(CaseMapping.swapcase(s(a[0])));
            case "capitalize" -> (a, k) -> s(a[0]).isEmpty() ? a[0] : str(CaseMapping.capitalize(s(a[0])));
            case "title" -> (a, k) -> str(CaseMapping.title(s(a[0])));
            case "replace" -> (a, k) -> {
                Args.check("replace", a, k, 3, 4);
                String v = s(a[0]);
                String old = argStr(a[1], "replace() argument 1 must be str");
                String nw = argStr(a[2], "replace() argument 2 must be str");
                long count = a.length > 3 ? Abstract.index(a[3]).longValue() : -1;
                if (count < 0) {
                    if (old.isEmpty()) {
                        StringBuilder sb = new StringBuilder(nw);
                        v.codePoints().forEach(c -> sb.appendCodePoint(c).append(nw));
                        return str(sb.toString());
                    }
                    return same(a[0], v.replace(old, nw));
                }
                StringBuilder sb = new StringBuilder();
                int pos = 0;
                for (long i = 0; i < count; i++) {
                    int j = v.indexOf(old, pos);
                    if (j < 0) {
                        break;
                    }
                    sb.append(v, pos, j).append(nw);
                    pos = j + old.length();
                }
                return str(sb.append(v.substring(pos)).toString());
            };
            case "startswith" -> (a, k) -> PyBool.of(affix(a, k, true));
            case "endswith" -> (a, k) -> PyBool.of(affix(a, k, false));
            case "find" -> (a, k) -> PyInt.of(find(a, k, false));
            case "rfind" -> (a, k) -> PyInt.of(find(a, k, true));
            case "index" -> (a, k) -> {
                int r = find(a, k, false);
                if (r < 0) {
                    throw Errors.valueError("substring not found");
                }
                return PyInt.of(r);
            };
            case "rindex" -> (a, k) -> {
                int r = find(a, k, true);
                if (r < 0) {
                    throw Errors.valueError("substring not found");
                }
                return PyInt.of(r);
            };
            case "count" -> (a, k) -> {
                Args.check("count", a, k, 2, 4);
                PyStr ps = (PyStr) a[0];
                String sub = argStr(a[1], "must be str");
                long start = a.length > 2 && a[2] != PySingleton.NONE ? clampIndex(a[2], ps.length()) : 0;
                long end = a.length > 3 && a[3] != PySingleton.NONE ? clampIndex(a[3], ps.length()) : ps.length();
                if (a.length > 2 && a[2] != PySingleton.NONE && Abstract.index(a[2]).longValue() > ps.length()
                        || end < start) {
                    return PyInt.of(0);
                }
                if (sub.isEmpty()) {
                    return PyInt.of(end - start + 1);
                }
                String v = ps.value();
                if (start > 0 || end < ps.length()) {
                    int from = ps.isBmp() ? (int) start : v.offsetByCodePoints(0, (int) start);
                    int to = ps.isBmp() ? (int) end : v.offsetByCodePoints(0, (int) end);
                    v = v.substring(from, to);
                }
                int n = 0;
                for (int i = v.indexOf(sub); i >= 0; i = v.indexOf(sub, i + sub.length())) {
                    n++;
                }
                return PyInt.of(n);
            };
            case "isdigit" -> (a, k) -> PyBool.of(all(s(a[0]), StrMethods::isDigitChar));
            case "isdecimal" -> (a, k) -> PyBool.of(all(s(a[0]), Character::isDigit));
            case "isnumeric" -> (a, k) -> PyBool.of(all(s(a[0]), StrMethods::isNumericChar));
            case "isalpha" -> (a, k) -> PyBool.of(all(s(a[0]), Character::isLetter));
            case "isalnum" -> (a, k) -> PyBool.of(all(s(a[0]), Character::isLetterOrDigit));
            case "isspace" -> (a, k) -> PyBool.of(all(s(a[0]), StrMethods::isSpace));
            case "isidentifier" -> (a, k) -> {
                String v = s(a[0]);
                return PyBool.of(!v.isEmpty() && Character.isJavaIdentifierStart(v.codePointAt(0)) && v.indexOf('$') < 0
                        && all(v, Character::isJavaIdentifierPart));
            };
            case "isupper" -> (a, k) -> PyBool.of(cased(s(a[0]), true));
            case "islower" -> (a, k) -> PyBool.of(cased(s(a[0]), false));
            case "center" -> (a, k) -> str(justify(a, k, 'c'));
            case "ljust" -> (a, k) -> str(justify(a, k, 'l'));
            case "rjust" -> (a, k) -> str(justify(a, k, 'r'));
            case "zfill" -> (a, k) -> {
                String v = s(a[0]);
                int w = Abstract.index(a[1]).intValue();
                int len = ((PyStr) a[0]).length();
                if (len >= w) {
                    return a[0];
                }
                String z = "0".repeat(w - len);
                if (!v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+')) {
                    return str(v.charAt(0) + z + v.substring(1));
                }
                return str(z + v);
            };
            case "splitlines" -> (a, k) -> StrSplit.lines(s(a[0]), a.length > 1 && Abstract.isTrue(a[a.length - 1]));
            case "partition" -> (a, k) -> {
                String v = s(a[0]);
                String sep = argStr(a[1], "must be str");
                int i = v.indexOf(sep);
                if (i < 0) {
                    return PyTuple.of(a[0], PyStr.EMPTY, PyStr.EMPTY);
                }
                return PyTuple.of(str(v.substring(0, i)), a[1], str(v.substring(i + sep.length())));
            };
            case "rpartition" -> (a, k) -> {
                String v = s(a[0]);
                String sep = argStr(a[1], "must be str");
                int i = v.lastIndexOf(sep);
                if (i < 0) {
                    return PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, a[0]);
                }
                return PyTuple.of(str(v.substring(0, i)), a[1], str(v.substring(i + sep.length())));
            };
            case "removeprefix" -> (a, k) -> {
                String v = s(a[0]);
                String p = s(a[1]);
                return v.startsWith(p) ? str(v.substring(p.length())) : a[0];
            };
            case "removesuffix" -> (a, k) -> {
                String v = s(a[0]);
                String p = s(a[1]);
                return v.endsWith(p) && !p.isEmpty() ? str(v.substring(0, v.length() - p.length())) : a[0];
            };
            case "format" -> (a, k) -> str(StrFormatMethod.format(s(a[0]), a, k));
            case "__format__" -> (a, k) -> str(StrFormat.format(a[0], s(a[1])));
            case "casefold" -> (a, k) -> str(CaseMapping.casefold(s(a[0])));
            case "isascii" -> (a, k) -> PyBool.of(s(a[0]).chars().allMatch(c -> c < 128));
            case "isprintable" -> (a, k) -> PyBool.of(s(a[0]).codePoints().allMatch(Repr::isPrintable));
            case "istitle" -> (a, k) -> {
                boolean prevCased = false;
                boolean any = false;
                for (int c : s(a[0]).codePoints().toArray()) {
                    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                        if (prevCased) {
                            return PyBool.FALSE;
                        }
                        prevCased = true;
                        any = true;
                    } else if (Character.isLowerCase(c)) {
                        if (!prevCased) {
                            return PyBool.FALSE;
                        }
                        prevCased = true;
                        any = true;
                    } else {
                        prevCased = false;
                    }
                }
                return PyBool.of(any);
            };
            case "expandtabs" -> (a, k) -> {
                int size = a.length > 1 ? Abstract.index(a[1]).intValue() : 8;
                StringBuilder sb = new StringBuilder();
                int col = 0;
                for (int c : s(a[0]).codePoints().toArray()) {
                    if (c == '\t') {
                        if (size > 0) {
                            int n = size - col % size;
                            sb.append(" ".repeat(n));
                            col += n;
                        }
                    } else {
                        sb.appendCodePoint(c);
                        col = c == '\n' || c == '\r' ? 0 : col + 1;
                    }
                }
                return str(sb.toString());
            };
            case "format_map" -> (a, k) -> {
                PyObject mapping = a[1];
                return str(StrFormatMethod.formatMap(s(a[0]), mapping));
            };
            default -> throw BuiltinTable.unknown(which);
        };
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /** Unicode's Numeric_Type Digit or Decimal, approximated: decimals plus the other-number digits 0-9. */
    private static boolean isDigitChar(int c) {
        if (Character.isDigit(c)) {
            return true;
        }
        int v = Character.getNumericValue(c);
        return Character.getType(c) == Character.OTHER_NUMBER && v >= 0 && v <= 9 && !(c >= 0x2469 && c <= 0x2473);
    }

    /** Any Numeric_Type: digits, letter numbers, other numbers and the CJK numerals Java does not class as numbers. */
    private static boolean isNumericChar(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || "〇一二三四五六七八九十百千万億兆零壹貳參肆伍陸柒捌玖拾佰仟".indexOf(c) >= 0;
    }

    private static boolean all(String v, java.util.function.IntPredicate p) {
        return !v.isEmpty() && v.codePoints().allMatch(p);
    }

    private static boolean cased(String v, boolean upper) {
        boolean any = false;
        for (int c : v.codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (!upper) {
                    return false;
                }
                any = true;
            } else if (Character.isLowerCase(c)) {
                if (upper) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static String justify(PyObject[] a, String[] k, char how) {
        String v = s(a[0]);
        int w = Abstract.index(a[1]).intValue();
        String fill = a.length > 2 ? s(a[2]) : " ";
        int len = ((PyStr) a[0]).length();
        if (len >= w) {
            return v;
        }
        int total = w - len;
        return switch (how) {
            case 'l' -> v + fill.repeat(total);
            case 'r' -> fill.repeat(total) + v;
            default -> {
                int left = total / 2 + (total & w & 1);
                yield fill.repeat(left) + v + fill.repeat(total - left);
            }
        };
    }

    private static PyObject split(PyObject[] a, String[] k, boolean right) {
        Args.onlyKeywords(right ? "rsplit" : "split", k, "sep", "maxsplit");
        int npos = a.length - k.length;
        PyObject sepObj = npos > 1 ? a[1] : Args.keyword(a, k, "sep");
        PyObject maxObj = npos > 2 ? a[2] : Args.keyword(a, k, "maxsplit");
        long max = maxObj == null ? -1 : Abstract.index(maxObj).longValue();
        String v = s(a[0]);
        if (max < 0 && (sepObj == null || sepObj == PySingleton.NONE)) {
            return StrSplit.whitespace(v);
        }
        if (max < 0 && !right && sepObj instanceof PyStr sepStr && !sepStr.value().isEmpty()) {
            return StrSplit.bySeparator(v, sepStr.value());
        }
        List<String> parts = new ArrayList<>();
        if (sepObj == null || sepObj == PySingleton.NONE) {
            List<int[]> words = new ArrayList<>();
            int i = 0;
            while (i < v.length()) {
                while (i < v.length() && isSpace(v.charAt(i))) {
                    i++;
                }
                if (i >= v.length()) {
                    break;
                }
                int st = i;
                while (i < v.length() && !isSpace(v.charAt(i))) {
                    i++;
                }
                words.add(new int[] {st, i});
            }
            if (max < 0 || words.size() <= max) {
                for (int[] w : words) {
                    parts.add(v.substring(w[0], w[1]));
                }
            } else if (!right) {
                for (int j = 0; j < max; j++) {
                    parts.add(v.substring(words.get(j)[0], words.get(j)[1]));
                }
                parts.add(v.substring(words.get((int) max)[0]));
            } else {
                int first = words.size() - (int) max;
                parts.add(v.substring(0, words.get(first - 1)[1]));
                for (int j = first; j < words.size(); j++) {
                    parts.add(v.substring(words.get(j)[0], words.get(j)[1]));
                }
            }
        } else {
            String sep = argStr(sepObj, "must be str or None");
            if (sep.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            if (!right) {
                int pos = 0;
                while (max < 0 || parts.size() < max) {
                    int j = v.indexOf(sep, pos);
                    if (j < 0) {
                        break;
                    }
                    parts.add(v.substring(pos, j));
                    pos = j + sep.length();
                }
                parts.add(v.substring(pos));
            } else {
                int end = v.length();
                List<String> rev = new ArrayList<>();
                while (max < 0 || rev.size() < max) {
                    int j = v.lastIndexOf(sep, end - sep.length());
                    if (j < 0 || end - sep.length() < 0) {
                        break;
                    }
                    rev.add(v.substring(j + sep.length(), end));
                    end = j;
                }
                rev.add(v.substring(0, end));
                for (int j = rev.size() - 1; j >= 0; j--) {
                    parts.add(rev.get(j));
                }
            }
        }
        PyList r = new PyList();
        for (String p : parts) {
            r.append(str(p));
        }
        return r;
    }

    private static String strip(PyObject[] a, String[] k, boolean left, boolean right) {
        if (a.length > 1 && a[1] != PySingleton.NONE && !(a[1] instanceof PyStr)) {
            throw Errors.typeError((left ? right ? "strip" : "lstrip" : "rstrip") + " arg must be None or str");
        }
        String chars = a.length > 1 && a[1] != PySingleton.NONE ? s(a[1]) : null;
        return strip(s(a[0]), chars, left, right);
    }

    private static String strip(String v, String chars, boolean left, boolean right) {
        int st = 0;
        int end = v.length();
        if (left) {
            while (st < end && (chars == null ? isSpace(v.charAt(st)) : chars.indexOf(v.charAt(st)) >= 0)) {
                st++;
            }
        }
        if (right) {
            while (end > st && (chars == null ? isSpace(v.charAt(end - 1)) : chars.indexOf(v.charAt(end - 1)) >= 0)) {
                end--;
            }
        }
        return v.substring(st, end);
    }

    private static boolean affix(PyObject[] a, String[] k, boolean prefix) {
        String v = s(a[0]);
        int start = a.length > 2 && a[2] != PySingleton.NONE ? (int) clampIndex(a[2], v.length()) : 0;
        int end = a.length > 3 && a[3] != PySingleton.NONE ? (int) clampIndex(a[3], v.length()) : v.length();
        if (start > end) {
            return false;
        }
        // compares in place: copying v[start:end] made scanning a long text with startswith(p, i) quadratic
        if (a[1] instanceof PyTuple t) {
            for (PyObject o : t.items) {
                if (affixAt(v, start, end, s(o), prefix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(a[1] instanceof PyStr)) {
            throw Errors.typeError((prefix ? "startswith" : "endswith")
                    + " first arg must be str or a tuple of str, not " + a[1].type().name());
        }
        return affixAt(v, start, end, s(a[1]), prefix);
    }

    /** Whether {@code v[start:end]} starts (or ends) with {@code p}. */
    private static boolean affixAt(String v, int start, int end, String p, boolean prefix) {
        if (end - start < p.length()) {
            return false;
        }
        return v.startsWith(p, prefix ? start : end - p.length());
    }

    private static long clampIndex(PyObject o, int len) {
        long i = Abstract.index(o).longValue();
        if (i < 0) {
            i = Math.max(0, i + len);
        }
        return Math.min(i, len);
    }

    private static int find(PyObject[] a, String[] k, boolean last) {
        PyStr ps = (PyStr) a[0];
        String v = ps.value();
        String sub = argStr(a[1], "must be str");
        int start = a.length > 2 && a[2] != PySingleton.NONE ? (int) clampIndex(a[2], ps.length()) : 0;
        int end = a.length > 3 && a[3] != PySingleton.NONE ? (int) clampIndex(a[3], ps.length()) : ps.length();
        if (!ps.isBmp()) {
            start = v.offsetByCodePoints(0, start);
            end = v.offsetByCodePoints(0, end);
        }
        if (end - start < sub.length()) {
            return -1;
        }
        int r = last ? v.lastIndexOf(sub, end - sub.length()) : v.indexOf(sub, start);
        if (r < start || r + sub.length() > end) {
            return -1;
        }
        return ps.isBmp() ? r : v.codePointCount(0, r);
    }

    private static final String[] NO_KEYWORDS = {};

    /** An argument that must be a str; {@code message} is CPython's TypeError text before ", not T". */
    private static String argStr(PyObject o, String message) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError(message + ", not " + o.type().name());
    }

    // ---- entries for compiled code

    /** {@code sep.join(items)}: lists and tuples directly, any other iterable as the method does. */
    public static PyObject join(PyStr sep, PyObject items) {
        if (items instanceof PyList l && l.isExact()) {
            return str(StrSplit.join(sep.value(), l.items, null, l.items.size()));
        }
        if (items instanceof PyTuple tu && tu.type() == PyTuple.TYPE) {
            return str(StrSplit.join(sep.value(), null, tu.items, tu.items.length));
        }
        return Abstract.callMethod(sep, "join", items);
    }

    /** {@code s.split()} ({@code sep} null) and {@code s.split(sep)}. */
    public static PyObject split(PyStr s, PyStr sep) {
        return split(sep == null ? new PyObject[] {s} : new PyObject[] {s, sep}, NO_KEYWORDS, false);
    }

    /** {@code s.strip()}, {@code lstrip()}, {@code rstrip()}, with {@code chars} or (null) whitespace. */
    public static PyObject strip(PyStr s, PyStr chars, boolean left, boolean right) {
        return same(s, strip(s.value(), chars == null ? null : chars.value(), left, right));
    }

    public static PyObject lower(PyStr s) {
        return str(s.value().toLowerCase(java.util.Locale.ROOT));
    }

    public static PyObject upper(PyStr s) {
        return str(s.value().toUpperCase(java.util.Locale.ROOT));
    }

    /** {@code s.startswith(p)} / {@code s.endswith(p)}, from code point {@code start} when not null. */
    public static boolean affix(PyStr s, PyStr p, PyObject start, boolean prefix) {
        PyObject[] a = start == null ? new PyObject[] {s, p} : new PyObject[] {s, p, start};
        return affix(a, NO_KEYWORDS, prefix);
    }

    /** {@code s.find(sub)} / {@code s.find(sub, start)} ({@code start} null when absent). */
    public static long find(PyStr s, PyStr sub, PyObject start) {
        if (start == null && s.isBmp()) {
            return s.value().indexOf(sub.value());
        }
        PyObject[] a = start == null ? new PyObject[] {s, sub} : new PyObject[] {s, sub, start};
        return find(a, NO_KEYWORDS, false);
    }

    /** {@code s.replace(old, new)}. */
    public static PyObject replace(PyStr s, PyStr old, PyStr nw) {
        if (old.value().isEmpty()) {
            return Abstract.callMethod(s, "replace", old, nw);
        }
        return same(s, s.value().replace(old.value(), nw.value()));
    }

    /**
     * The comparison of two exact strs as an ordering number for {@link CompareOp#test}: equality
     * tests compare the values only (the cached hashes first, which differ for most unequal
     * strs); orderings compare by code point.
     */
    static int compare(PyStr x, PyStr y, CompareOp op) {
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return x == y || x.value().equals(y.value()) ? 0 : 1;
        }
        return x.isBmp() && y.isBmp() ? x.value().compareTo(y.value()) : Compare.compareStr(x.value(), y.value());
    }
}
