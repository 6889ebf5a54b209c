package org.jpsyco.frontend.python.modules.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * Equivalent of CPython's {@code _json} scanner: reads one JSON value from a str, with the
 * hooks of {@code json.JSONDecoder} and its error messages and positions. Positions inside the
 * scanner are Java char indexes; they become code point indexes where they reach Python.
 * Nesting is bounded like CPython's recursion check, so deep documents raise RecursionError
 * rather than overflowing the Java stack.
 */
final class JsonDecoder {
    private static final int MAX_DEPTH = 990;

    private final PyStr doc;
    private final String s;
    private final boolean strict;
    private final PyObject objectHook;
    private final PyObject pairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;
    private final PyObject errorClass;
    private int depth;

    JsonDecoder(PyStr doc, boolean strict, PyObject objectHook, PyObject pairsHook, PyObject parseFloat,
            PyObject parseInt, PyObject parseConstant, PyObject errorClass) {
        this.doc = doc;
        this.s = doc.value();
        this.strict = strict;
        this.objectHook = none(objectHook);
        this.pairsHook = none(pairsHook);
        this.parseFloat = none(parseFloat);
        this.parseInt = none(parseInt);
        this.parseConstant = none(parseConstant);
        this.errorClass = errorClass;
    }

    private static PyObject none(PyObject o) {
        return o == PySingleton.NONE ? null : o;
    }

    /** Code point index of a char index. */
    private int cp(int charIndex) {
        return doc.isBmp() ? charIndex : s.codePointCount(0, charIndex);
    }

    int charIndex(int cpIndex) {
        return doc.isBmp() ? cpIndex : s.offsetByCodePoints(0, cpIndex);
    }

    PyException error(String msg, int charPos) {
        PyObject e = Abstract.call(errorClass, PyStr.of(msg), doc, PyInt.of(cp(charPos)));
        return ((PyBaseException) e).toThrowable();
    }

    /** Scans a value at char index {@code idx}; returns {value, end char index}. */
    PyTuple scanOnce(int idx) {
        int[] end = new int[1];
        PyObject v = value(idx, end);
        return PyTuple.of(v, PyInt.of(cp(end[0])));
    }

    /** The value of the whole document: only whitespace may surround it. */
    PyObject decodeDocument() {
        int[] end = new int[1];
        PyObject v = value(skipWs(0), end);
        int i = skipWs(end[0]);
        if (i != s.length()) {
            throw error("Extra data", i);
        }
        return v;
    }

    private int skipWs(int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    private PyObject value(int i, int[] end) {
        if (i >= s.length()) {
            throw error("Expecting value", i);
        }
        char c = s.charAt(i);
        switch (c) {
            case '"':
                return string(i + 1, end);
            case '{':
                enter(" while decoding a JSON object from a unicode string");
                try {
                    return object(i + 1, end);
                } finally {
                    depth--;
                }
            case '[':
                enter(" while decoding a JSON array from a unicode string");
                try {
                    return array(i + 1, end);
                } finally {
                    depth--;
                }
            case 'n':
                if (s.startsWith("null", i)) {
                    end[0] = i + 4;
                    return PySingleton.NONE;
                }
                break;
            case 't':
                if (s.startsWith("true", i)) {
                    end[0] = i + 4;
                    return PyBool.TRUE;
                }
                break;
            case 'f':
                if (s.startsWith("false", i)) {
                    end[0] = i + 5;
                    return PyBool.FALSE;
                }
                break;
            case 'N':
                if (s.startsWith("NaN", i)) {
                    end[0] = i + 3;
                    return constant("NaN", Double.NaN);
                }
                break;
            case 'I':
                if (s.startsWith("Infinity", i)) {
                    end[0] = i + 8;
                    return constant("Infinity", Double.POSITIVE_INFINITY);
                }
                break;
            case '-':
                if (s.startsWith("-Infinity", i)) {
                    end[0] = i + 9;
                    return constant("-Infinity", Double.NEGATIVE_INFINITY);
                }
                break;
            default:
                break;
        }
        PyObject n = number(i, end);
        if (n == null) {
            throw error("Expecting value", i);
        }
        return n;
    }

    private void enter(String where) {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
        }
    }

    private PyObject constant(String name, double v) {
        if (parseConstant != null) {
            return Abstract.call(parseConstant, PyStr.of(name));
        }
        return PyFloat.of(v);
    }

    private PyObject number(int start, int[] end) {
        int i = start;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return null;
        }
        char c = s.charAt(i);
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        } else {
            return null;
        }
        boolean isFloat = false;
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            isFloat = true;
            i += 2;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && isDigit(s.charAt(j))) {
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                isFloat = true;
                i = j;
            }
        }
        end[0] = i;
        String text = s.substring(start, i);
        if (isFloat) {
            if (parseFloat != null) {
                return Abstract.call(parseFloat, PyStr.of(text));
            }
            return PyFloat.of(Double.parseDouble(text));
        }
        if (parseInt != null) {
            return Abstract.call(parseInt, PyStr.of(text));
        }
        if (text.length() < 18) {
            return PyInt.of(Long.parseLong(text));
        }
        return PyInt.of(new BigInteger(text));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private PyObject string(int i, int[] end) {
        int begin = i - 1;
        StringBuilder sb = null;
        int chunk = i;
        int n = s.length();
        while (true) {
            if (i >= n) {
                throw error("Unterminated string starting at", begin);
            }
            char c = s.charAt(i);
            if (c == '"') {
                String v = sb == null ? s.substring(chunk, i) : sb.append(s, chunk, i).toString();
                end[0] = i + 1;
                return PyStr.of(v);
            }
            if (c < 0x20 && strict) {
                throw error("Invalid control character at", i);
            }
            if (c != '\\') {
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            sb.append(s, chunk, i);
            if (i + 1 >= n) {
                throw error("Unterminated string starting at", begin);
            }
            char e = s.charAt(i + 1);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int u = hex4(i + 2);
                    if (u < 0) {
                        throw error("Invalid \\uXXXX escape", i + 1);
                    }
                    i += 6;
                    if (Character.isHighSurrogate((char) u) && i + 1 < n && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
                        int u2 = hex4(i + 2);
                        if (u2 < 0) {
                            throw error("Invalid \\uXXXX escape", i + 1);
                        }
                        if (Character.isLowSurrogate((char) u2)) {
                            sb.append((char) u).append((char) u2);
                            i += 6;
                            chunk = i;
                            continue;
                        }
                    }
                    sb.append((char) u);
                    chunk = i;
                    continue;
                }
                default -> throw error("Invalid \\escape", i);
            }
            i += 2;
            chunk = i;
        }
    }

    private int hex4(int i) {
        if (i + 4 > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(i + k), 16);
            if (d < 0 || s.charAt(i + k) > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private PyObject object(int i, int[] end) {
        List<PyObject[]> pairs = new ArrayList<>();
        PyDict dict = pairsHook == null ? new PyDict() : null;
        i = skipWs(i);
        if (i < s.length() && s.charAt(i) == '}') {
            end[0] = i + 1;
            return finishObject(dict, pairs);
        }
        while (true) {
            if (i >= s.length() || s.charAt(i) != '"') {
                throw error("Expecting property name enclosed in double quotes", i);
            }
            PyObject key = string(i + 1, end);
            i = skipWs(end[0]);
            if (i >= s.length() || s.charAt(i) != ':') {
                throw error("Expecting ':' delimiter", i);
            }
            i = skipWs(i + 1);
            PyObject v = value(i, end);
            if (dict != null) {
                dict.put(key, v);
            } else {
                pairs.add(new PyObject[] {key, v});
            }
            i = skipWs(end[0]);
            if (i < s.length() && s.charAt(i) == '}') {
                end[0] = i + 1;
                return finishObject(dict, pairs);
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                throw error("Expecting ',' delimiter", i);
            }
            i = skipWs(i + 1);
        }
    }

    private PyObject finishObject(PyDict dict, List<PyObject[]> pairs) {
        if (pairsHook != null) {
            PyList list = new PyList();
            for (PyObject[] p : pairs) {
                list.append(PyTuple.of(p[0], p[1]));
            }
            return Abstract.call(pairsHook, list);
        }
        if (objectHook != null) {
            return Abstract.call(objectHook, dict);
        }
        return dict;
    }

    private PyObject array(int i, int[] end) {
        PyList list = new PyList();
        i = skipWs(i);
        if (i < s.length() && s.charAt(i) == ']') {
            end[0] = i + 1;
            return list;
        }
        while (true) {
            list.append(value(i, end));
            i = skipWs(end[0]);
            if (i < s.length() && s.charAt(i) == ']') {
                end[0] = i + 1;
                return list;
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                throw error("Expecting ',' delimiter", i);
            }
            i = skipWs(i + 1);
        }
    }
}
