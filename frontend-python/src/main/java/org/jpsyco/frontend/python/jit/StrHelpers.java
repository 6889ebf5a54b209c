package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.StrMethods;

/**
 * Runtime helpers of typed code on strs: indexing and the common str methods, called on an exact
 * str a guard established, with str arguments a guard established too (an int where a helper
 * takes a long). Each does what the interpreter's operation does, through the same code
 * ({@link StrMethods}' entries), so results, identities and errors are the same: an index out of
 * range raises the interpreter's IndexError from the instruction.
 */
public final class StrHelpers {
    private StrHelpers() {
    }

    /** {@code s[i]}: the one-character str, a shared singleton for Latin-1 as the interpreter gives. */
    public static Object strCharAt(Object s, long i) {
        PyStr str = (PyStr) s;
        if (i >= 0 && i < str.value().length() && str.isBmp()) {
            return PyStr.ofCodePoint(str.value().charAt((int) i));
        }
        return Abstract.getItem(str, PyInt.of(i));
    }

    public static Object strJoin(Object sep, Object items) {
        return StrMethods.join((PyStr) sep, (PyObject) items);
    }

    public static Object strSplit(Object s) {
        return StrMethods.split((PyStr) s, null);
    }

    public static Object strSplitSep(Object s, Object sep) {
        return StrMethods.split((PyStr) s, (PyStr) sep);
    }

    /** {@code strip} ({@code how} 3), {@code lstrip} (1) or {@code rstrip} (2) of whitespace. */
    public static Object strStrip(Object s, long how) {
        return StrMethods.strip((PyStr) s, null, (how & 1) != 0, (how & 2) != 0);
    }

    /** {@link #strStrip} of the characters of {@code chars}. */
    public static Object strStripChars(Object s, Object chars, long how) {
        return StrMethods.strip((PyStr) s, (PyStr) chars, (how & 1) != 0, (how & 2) != 0);
    }

    public static Object strLower(Object s) {
        return StrMethods.lower((PyStr) s);
    }

    public static Object strUpper(Object s) {
        return StrMethods.upper((PyStr) s);
    }

    public static boolean strStartsWith(Object s, Object p) {
        PyStr str = (PyStr) s;
        return str.value().startsWith(((PyStr) p).value());
    }

    public static boolean strEndsWith(Object s, Object p) {
        PyStr str = (PyStr) s;
        return str.value().endsWith(((PyStr) p).value());
    }

    /** {@code s.startswith(p, i)}: from code point {@code i} (negative counts from the end). */
    public static boolean strStartsWithAt(Object s, Object p, long i) {
        PyStr str = (PyStr) s;
        String v = str.value();
        String prefix = ((PyStr) p).value();
        if (i >= 0 && i <= v.length() && str.isBmp()) {
            return v.startsWith(prefix, (int) i);
        }
        return StrMethods.affix(str, (PyStr) p, PyInt.of(i), true);
    }

    public static long strFind(Object s, Object sub) {
        return StrMethods.find((PyStr) s, (PyStr) sub, null);
    }

    public static long strFindFrom(Object s, Object sub, long start) {
        return StrMethods.find((PyStr) s, (PyStr) sub, PyInt.of(start));
    }

    public static Object strReplace(Object s, Object old, Object nw) {
        return StrMethods.replace((PyStr) s, (PyStr) old, (PyStr) nw);
    }
}
