package org.jpsyco.frontend.python.objects;

/** An instance of BaseException or of one of its subclasses (built-in or user-defined). */
public final class PyBaseException extends PyObject {
    private final PyType type;
    public PyTuple args;
    private final PyDict dict = new PyDict();
    /** Traceback entries, outermost first; null when never raised. */
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    public boolean isInstance(PyType t) {
        return type.isSubtype(t);
    }

    /** {@code str(exc)} for built-in exception classes, as CPython's {@code BaseException_str} (and KeyError's). */
    public String strValue() {
        if (type.isSubtype(ExceptionTypes.SYNTAX_ERROR)) {
            PyObject msg = dict.getStr("msg");
            PyObject file = dict.getStr("filename");
            PyObject line = dict.getStr("lineno");
            if (msg != null && file instanceof PyStr f && line instanceof PyInt n) {
                String base = f.value().substring(f.value().lastIndexOf('/') + 1);
                return Abstract.str(msg).value() + " (" + base + ", line " + n.repr() + ")";
            }
        }
        String parsed = ExceptionArgs.str(this);
        if (parsed != null) {
            return parsed;
        }
        if (type.isSubtype(ExceptionTypes.BASE_EXCEPTION_GROUP) && dict.getStr("exceptions") instanceof PyTuple t
                && args.size() > 0) {
            int n = t.size();
            return Abstract.str(args.get(0)).value() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        if (type.isSubtype(ExceptionTypes.KEY_ERROR) && args.size() == 1) {
            return Abstract.repr(args.get(0)).value();
        }
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> Abstract.str(args.get(0)).value();
            default -> Abstract.repr(args).value();
        };
    }

    public PyException toThrowable() {
        return new PyException(this);
    }
}
