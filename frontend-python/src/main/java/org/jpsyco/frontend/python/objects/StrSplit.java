package org.jpsyco.frontend.python.objects;

import java.util.Arrays;

/**
 * The common shapes of {@code split}, {@code splitlines} and {@code join} without their options
 * (no {@code maxsplit}, forward only): the pieces go straight into the array the result list
 * adopts, so a split allocates its strs and one array, with no intermediate lists of positions
 * or Java strings, and the list starts as a list of objects rather than switching storage kind
 * on its first item. ASCII whitespace is tested through a table, the rest as
 * {@link StrMethods#isSpace} does.
 */
final class StrSplit {
    private StrSplit() {
    }

    /** Python's whitespace among the ASCII characters: \t \n \v \f \r, \x1c-\x1f and space. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_SPACE[c] = StrMethods.isSpace(c);
        }
    }

    private static boolean space(char c) {
        return c < 128 ? ASCII_SPACE[c] : StrMethods.isSpace(c);
    }

    /** A growing array of the pieces, handed over to the list at the end. */
    private static final class Pieces {
        PyObject[] items = new PyObject[8];
        int n;

        void add(String v) {
            if (n == items.length) {
                items = Arrays.copyOf(items, n * 2);
            }
            items[n++] = PyStr.ofShared(v);
        }

        PyList list() {
            return PyList.adopt(n == items.length ? items : Arrays.copyOf(items, n));
        }
    }

    /** {@code s.split()}: the runs of non-whitespace. */
    static PyList whitespace(String v) {
        Pieces out = new Pieces();
        int len = v.length();
        int i = 0;
        while (true) {
            while (i < len && space(v.charAt(i))) {
                i++;
            }
            if (i >= len) {
                return out.list();
            }
            int st = i;
            while (i < len && !space(v.charAt(i))) {
                i++;
            }
            out.add(v.substring(st, i));
        }
    }

    /** {@code s.split(sep)} for a non-empty {@code sep}. */
    static PyList bySeparator(String v, String sep) {
        Pieces out = new Pieces();
        int w = sep.length();
        int pos = 0;
        if (w == 1) {
            char c = sep.charAt(0);
            for (int j = v.indexOf(c); j >= 0; j = v.indexOf(c, pos)) {
                out.add(v.substring(pos, j));
                pos = j + 1;
            }
        } else {
            for (int j = v.indexOf(sep); j >= 0; j = v.indexOf(sep, pos)) {
                out.add(v.substring(pos, j));
                pos = j + w;
            }
        }
        out.add(v.substring(pos));
        return out.list();
    }

    private static boolean lineBreak(char c) {
        return c <= '\r' ? c >= '\n' : c >= '\u001c' && (c <= '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    /** {@code s.splitlines(keepends)}. */
    static PyList lines(String v, boolean keep) {
        Pieces out = new Pieces();
        int len = v.length();
        int start = 0;
        int i = 0;
        while (i < len) {
            char c = v.charAt(i);
            if (!lineBreak(c)) {
                i++;
                continue;
            }
            int end = i + ((c == '\r' && i + 1 < len && v.charAt(i + 1) == '\n') ? 2 : 1);
            out.add(v.substring(start, keep ? end : i));
            start = end;
            i = end;
        }
        if (start < len) {
            out.add(v.substring(start));
        }
        return out.list();
    }

    /**
     * {@code sep.join(items)} of {@code n} items of an array or list storage: String.join sizes
     * and fills the result once; the first non-str is reported as the general path does.
     */
    static String join(String sep, ListStorage storage, PyObject[] array, int n) {
        String[] parts = new String[n];
        for (int i = 0; i < n; i++) {
            PyObject item = array != null ? array[i] : storage.get(i);
            if (!(item instanceof PyStr vs)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + item.type().name()
                        + " found");
            }
            parts[i] = vs.value();
        }
        long len = (long) sep.length() * Math.max(0, n - 1);
        for (String p : parts) {
            len += p.length();
        }
        if (len > Integer.MAX_VALUE - 16) {
            throw Errors.raise(ExceptionTypes.MEMORY_ERROR);
        }
        return n == 1 ? parts[0] : String.join(sep, parts);
    }
}
