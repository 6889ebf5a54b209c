package org.jpsyco.frontend.python.objects;

import java.util.Map;

/** {@code repr()} of built-in objects, as CPython formats them. */
public final class Repr {
    private Repr() {
    }

    /**
     * Containers being printed on this thread (CPython's {@code Py_ReprEnter}): a container met
     * again while printing itself prints as {@code [...]}. Always empty between repr calls.
     */
    private static final ThreadLocal<java.util.IdentityHashMap<PyObject, Boolean>> IN_REPR =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    static String builtinRepr(PyObject o) {
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyTuple
                || o instanceof DictView) {
            var active = IN_REPR.get();
            if (active.containsKey(o)) {
                return o instanceof PyList ? "[...]" : o instanceof PyTuple ? "(...)" : "{...}";
            }
            if (active.size() >= ThreadContext.depthLeft()) {
                throw Errors.raise(ExceptionTypes.RECURSION_ERROR,
                        "maximum recursion depth exceeded while getting the repr of an object");
            }
            active.put(o, Boolean.TRUE);
            try {
                return containerRepr(o);
            } finally {
                active.remove(o);
            }
        }
        return containerRepr(o);
    }

    private static String containerRepr(PyObject o) {
        if (o instanceof PyInt i) {
            return i.repr();
        }
        if (o instanceof PyFloat f) {
            return FloatFormat.repr(f.value);
        }
        if (o instanceof PyStr s) {
            return strRepr(s.value());
        }
        if (o instanceof PyBytes b) {
            return b.repr();
        }
        if (o instanceof PyByteArray b) {
            return b.repr();
        }
        if (o instanceof PyComplex c) {
            return c.repr();
        }
        if (o instanceof PySingleton s) {
            return s.name;
        }
        if (o instanceof PyList l) {
            return seq("[", l.items.toArray(new PyObject[0]), "]", false);
        }
        if (o instanceof PyTuple t) {
            return seq("(", t.items, ")", t.size() == 1);
        }
        if (o instanceof PyDict d) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(e.getKey()).value()).append(": ").append(Abstract.repr(e.getValue()).value());
            }
            return sb.append('}').toString();
        }
        if (o instanceof PySet s) {
            if (s.size() == 0) {
                return s.frozen ? "frozenset()" : "set()";
            }
            String body = seq("{", s.items().toArray(new PyObject[0]), "}", false);
            return s.frozen ? "frozenset(" + body + ")" : body;
        }
        if (o instanceof DictView v) {
            return v.type().name() + "(" + seq("[", v.items().toArray(new PyObject[0]), "]", false) + ")";
        }
        if (o instanceof PyRange r) {
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        }
        if (o instanceof PySlice s) {
            return "slice(" + Abstract.repr(s.start).value() + ", " + Abstract.repr(s.stop).value() + ", "
                    + Abstract.repr(s.step).value() + ")";
        }
        if (o instanceof PyType t) {
            String mod = t.module;
            return "<class '" + (mod == null || mod.equals("builtins") ? "" : mod + ".") + t.qualname() + "'>";
        }
        if (o instanceof PyBaseException e) {
            String name = e.type().name();
            if (e.args.size() == 1) {
                return name + "(" + Abstract.repr(e.args.get(0)).value() + ")";
            }
            return name + (e.args.size() == 0 ? "()" : Abstract.repr(e.args).value());
        }
        if (o instanceof PyFunction f) {
            return "<function " + f.qualname + " at " + address(o) + ">";
        }
        if (o instanceof PyBuiltinFunction b) {
            if (b.self != null && !(b.self instanceof PyModule)) {
                return "<built-in method " + b.name + " of " + b.self.type().name() + " object at " + address(b.self)
                        + ">";
            }
            if (b.isDescriptor()) {
                return "<method '" + b.name + "' of '" + b.owner.name() + "' objects>";
            }
            return "<built-in function " + b.name + ">";
        }
        if (o instanceof PyMethod m) {
            String fname = m.function instanceof PyFunction f ? f.qualname : Abstract.repr(m.function).value();
            return "<bound method " + fname + " of " + Abstract.repr(m.self).value() + ">";
        }
        if (o instanceof PyModule m) {
            PyObject file = m.dict().getStr("__file__");
            if (file instanceof PyStr fs) {
                return "<module '" + m.name + "' from '" + fs.value() + "'>";
            }
            // a module made by types.ModuleType has a None loader and no origin
            return m.dict().getStr("__loader__") == PySingleton.NONE ? "<module '" + m.name + "'>"
                    : "<module '" + m.name + "' (built-in)>";
        }
        if (o instanceof JavaSlots.Repr r) {
            return r.repr();
        }
        PyType t = o.type();
        String mod = t.module == null || t.module.equals("builtins") ? "" : t.module + ".";
        return "<" + mod + t.qualname() + " object at " + address(o) + ">";
    }

    public static String address(PyObject o) {
        return String.format("0x%012x", ObjectIds.of(o));
    }

    private static String seq(String open, PyObject[] items, String close, boolean trailingComma) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(items[i]).value());
        }
        if (trailingComma) {
            sb.append(',');
        }
        return sb.append(close).toString();
    }

    /** CPython's {@code unicode_repr}: single quotes unless the text has ' and no ". */
    public static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
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
        return sb.append(quote).toString();
    }

    /**
     * Python's {@code str.isprintable} for one code point (CPython's Py_UNICODE_ISPRINTABLE),
     * as CPython 3.11's Unicode 14.0 database sees it.
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (cp >= 0x800 && Unicode14.assignedAfter14(cp)) {
            return false;
        }
        int t = Character.getType(cp);
        return switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
