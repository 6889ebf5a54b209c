package org.jpsyco.frontend.python.modules.json;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.FloatFormat;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * Equivalent of CPython's {@code c_make_encoder} together with the indenting Python encoder:
 * writes one value as JSON text with {@code json.JSONEncoder}'s options. Type tests follow
 * CPython's order (None, True, False, str, int, float, list/tuple, dict, then {@code default}),
 * and subclasses of the built-in types encode as their base type does.
 */
final class JsonEncoder {
    private static final int MAX_DEPTH = 990;

    private final boolean ensureAscii;
    private final String indent;
    private final String itemSep;
    private final String keySep;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;
    private final PyObject defaultFn;
    private final Map<PyObject, Boolean> markers;
    private final StringBuilder out = new StringBuilder();
    private int depth;

    JsonEncoder(boolean ensureAscii, String indent, String itemSep, String keySep, boolean sortKeys, boolean skipKeys,
            boolean allowNan, boolean checkCircular, PyObject defaultFn) {
        this.ensureAscii = ensureAscii;
        this.indent = indent;
        this.itemSep = itemSep;
        this.keySep = keySep;
        this.sortKeys = sortKeys;
        this.skipKeys = skipKeys;
        this.allowNan = allowNan;
        this.defaultFn = defaultFn;
        this.markers = checkCircular ? new IdentityHashMap<>() : null;
    }

    String encode(PyObject o) {
        value(o, 0);
        return out.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static void string(StringBuilder sb, String v, boolean ascii) {
        sb.append('"');
        int plain = 0;
        while (plain < v.length()) {
            char c = v.charAt(plain);
            if (c < 0x20 || c == '"' || c == '\\' || ascii && c > 0x7e) {
                break;
            }
            plain++;
        }
        // most keys and values need no escape: copied at once
        sb.append(v, 0, plain);
        for (int i = plain; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        sb.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                                .append(HEX[c & 15]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private String floatText(PyFloat f) {
        double d = f.value;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            if (!allowNan) {
                throw Errors.valueError("Out of range float values are not JSON compliant");
            }
            return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }
        return FloatFormat.repr(d);
    }

    private static String intText(PyInt i) {
        return i.isBig() ? i.toBig().toString() : Long.toString(i.longValue());
    }

    private void newline(int level) {
        out.append('\n');
        for (int i = 0; i < level; i++) {
            out.append(indent);
        }
    }

    private void value(PyObject o, int level) {
        if (o == PySingleton.NONE) {
            out.append("null");
        } else if (o == PyBool.TRUE) {
            out.append("true");
        } else if (o == PyBool.FALSE) {
            out.append("false");
        } else if (o instanceof PyStr s) {
            string(out, s.value(), ensureAscii);
        } else if (o instanceof PyInt i) {
            out.append(intText(i));
        } else if (o instanceof PyFloat f) {
            out.append(floatText(f));
        } else if (o instanceof PyList || o instanceof PyTuple) {
            enter(o, " while encoding a JSON object");
            try {
                list(o instanceof PyList l && l.isExact() ? l.items : Abstract.toList(o), level);
            } finally {
                leave(o);
            }
        } else if (o instanceof PyDict d) {
            enter(o, " while encoding a JSON object");
            try {
                dict(d, level);
            } finally {
                leave(o);
            }
        } else {
            if (defaultFn == null) {
                throw Errors.typeError("Object of type " + o.type().name() + " is not JSON serializable");
            }
            enter(o, " while encoding a JSON object");
            try {
                value(Abstract.call(defaultFn, o), level);
            } finally {
                leave(o);
            }
        }
    }

    private void enter(PyObject o, String where) {
        if (markers != null) {
            if (markers.containsKey(o)) {
                throw Errors.valueError("Circular reference detected");
            }
            markers.put(o, Boolean.TRUE);
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
        }
    }

    private void leave(PyObject o) {
        depth--;
        if (markers != null) {
            markers.remove(o);
        }
    }

    private void list(List<PyObject> items, int level) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        int inner = level + 1;
        if (indent != null) {
            newline(inner);
        }
        boolean first = true;
        for (PyObject item : new ArrayList<>(items)) {
            if (!first) {
                out.append(itemSep);
                if (indent != null) {
                    newline(inner);
                }
            }
            first = false;
            value(item, inner);
        }
        if (indent != null) {
            newline(level);
        }
        out.append(']');
    }

    private String keyText(PyObject k) {
        if (k instanceof PyStr s) {
            return s.value();
        }
        if (k instanceof PyFloat f) {
            return floatText(f);
        }
        if (k == PyBool.TRUE) {
            return "true";
        }
        if (k == PyBool.FALSE) {
            return "false";
        }
        if (k == PySingleton.NONE) {
            return "null";
        }
        if (k instanceof PyInt i) {
            return intText(i);
        }
        if (skipKeys) {
            return null;
        }
        throw Errors.typeError("keys must be str, int, float, bool or None, not " + k.type().name());
    }

    private void dict(PyDict d, int level) {
        List<PyObject[]> items = new ArrayList<>();
        if (d.type() == PyDict.TYPE) {
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                items.add(new PyObject[] {e.getKey(), e.getValue()});
            }
        } else {
            for (PyObject pair : Abstract.toList(Abstract.callMethod(d, "items"))) {
                List<PyObject> kv = Abstract.toList(pair);
                items.add(new PyObject[] {kv.get(0), kv.get(1)});
            }
        }
        if (items.isEmpty()) {
            out.append("{}");
            return;
        }
        if (sortKeys) {
            items.sort((a, b) -> Abstract.richCompareBool(a[0], b[0], CompareOp.LT) ? -1
                    : Abstract.richCompareBool(b[0], a[0], CompareOp.LT) ? 1 : 0);
        }
        out.append('{');
        int inner = level + 1;
        if (indent != null) {
            newline(inner);
        }
        boolean first = true;
        for (PyObject[] kv : items) {
            String key = keyText(kv[0]);
            if (key == null) {
                continue;
            }
            if (!first) {
                out.append(itemSep);
                if (indent != null) {
                    newline(inner);
                }
            }
            first = false;
            string(out, key, ensureAscii);
            out.append(keySep);
            value(kv[1], inner);
        }
        if (indent != null) {
            newline(level);
        }
        out.append('}');
    }
}
