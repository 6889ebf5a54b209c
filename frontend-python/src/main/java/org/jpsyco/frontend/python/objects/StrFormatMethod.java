package org.jpsyco.frontend.python.objects;

/** {@code str.format}: replacement fields {@code {name.attr[key]!conv:spec}} (nested specs allowed). */
final class StrFormatMethod {
    private StrFormatMethod() {
    }

    static String format(String fmt, PyObject[] args, String[] kwnames) {
        // [0]: the next automatic field number; [1]: 1 once a field was numbered automatically, 2 manually
        return format(fmt, args, kwnames, new int[2]);
    }

    private static String format(String fmt, PyObject[] args, String[] kwnames, int[] auto) {
        int npos = args.length - kwnames.length;
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    sb.append('{');
                    i++;
                    continue;
                }
                if (i + 1 == n) {
                    throw Errors.valueError("Single '{' encountered in format string");
                }
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '{') {
                        depth++;
                    } else if (fmt.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw Errors.valueError("expected '}' before end of string");
                }
                String field = fmt.substring(i + 1, j - 1);
                sb.append(field(field, args, kwnames, npos, auto));
                i = j - 1;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    i++;
                    sb.append('}');
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code str.format_map(mapping)}: named fields looked up in the mapping. */
    static String formatMap(String fmt, PyObject mapping) {
        PyDict kw = new PyDict();
        for (int i = 0; i < fmt.length(); i++) {
            if (fmt.charAt(i) == '{' && i + 1 < fmt.length() && fmt.charAt(i + 1) != '{') {
                int j = i + 1;
                while (j < fmt.length() && "}.[!:".indexOf(fmt.charAt(j)) < 0) {
                    j++;
                }
                String name = fmt.substring(i + 1, j);
                if (!name.isEmpty() && !Character.isDigit(name.charAt(0))) {
                    kw.putStr(name, Abstract.getItem(mapping, PyStr.of(name)));
                }
            }
        }
        String[] names = new String[kw.size()];
        PyObject[] args = new PyObject[kw.size() + 1];
        args[0] = PyStr.of(fmt);
        int i = 0;
        for (var e : kw.entries()) {
            names[i] = ((PyStr) e.getKey()).value();
            args[1 + i++] = e.getValue();
        }
        return format(fmt, args, names);
    }

    private static String field(String field, PyObject[] args, String[] kwnames, int npos, int[] auto) {
        String spec = "";
        char conv = 0;
        int colon = indexOutsideBrackets(field, ':');
        if (colon >= 0) {
            spec = field.substring(colon + 1);
            field = field.substring(0, colon);
        }
        int bang = field.indexOf('!');
        if (bang >= 0) {
            conv = field.charAt(bang + 1);
            field = field.substring(0, bang);
        }
        int k = 0;
        while (k < field.length() && field.charAt(k) != '.' && field.charAt(k) != '[') {
            k++;
        }
        String first = field.substring(0, k);
        PyObject v;
        if (first.isEmpty() || Character.isDigit(first.charAt(0))) {
            int mode = first.isEmpty() ? 1 : 2;
            if (auto[1] != 0 && auto[1] != mode) {
                throw Errors.valueError(mode == 1
                        ? "cannot switch from manual field specification to automatic field numbering"
                        : "cannot switch from automatic field numbering to manual field specification");
            }
            auto[1] = mode;
        }
        if (first.isEmpty()) {
            if (auto[0] >= npos - 1) {
                throw Errors.indexError("Replacement index " + auto[0] + " out of range for positional args tuple");
            }
            v = args[1 + auto[0]++ - 0];
        } else if (Character.isDigit(first.charAt(0))) {
            int idx = Integer.parseInt(first);
            if (idx + 1 >= npos) {
                throw Errors.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            v = args[1 + idx];
        } else {
            v = Args.keyword(args, kwnames, first);
            if (v == null) {
                throw Errors.keyError(PyStr.of(first));
            }
        }
        while (k < field.length()) {
            if (field.charAt(k) == '.') {
                int e = k + 1;
                while (e < field.length() && field.charAt(e) != '.' && field.charAt(e) != '[') {
                    e++;
                }
                v = Abstract.getAttr(v, field.substring(k + 1, e));
                k = e;
            } else {
                int e = field.indexOf(']', k);
                if (e < 0) {
                    throw Errors.valueError("expected '}' before end of string");
                }
                String key = field.substring(k + 1, e);
                PyObject kobj = !key.isEmpty() && key.chars().allMatch(Character::isDigit)
                        ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                v = Abstract.getItem(v, kobj);
                k = e + 1;
            }
        }
        if (conv != 0 && conv != 'r' && conv != 's' && conv != 'a') {
            throw Errors.valueError("Unknown conversion specifier " + conv);
        }
        if (conv == 'r') {
            v = Abstract.repr(v);
        } else if (conv == 's') {
            v = Abstract.str(v);
        } else if (conv == 'a') {
            v = Abstract.ascii(v);
        }
        if (spec.indexOf('{') >= 0) {
            spec = format(spec, args, kwnames, auto);
        }
        return Abstract.format(v, spec).value();
    }

    private static int indexOutsideBrackets(String s, char c) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '[') {
                depth++;
            } else if (x == ']') {
                depth--;
            } else if (x == c && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
