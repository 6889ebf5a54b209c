package org.jpsyco.frontend.python.objects;

/** Argument checking for functions written in Java, with CPython's messages. */
public final class Args {
    private Args() {
    }

    /** Positional count (args minus keyword values). */
    public static int positional(PyObject[] args, String[] kwnames) {
        return args.length - kwnames.length;
    }

    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** Checks the positional count is within [min, max] and that there are no keywords. */
    public static void check(String name, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        count(name, args.length, min, max);
    }

    public static void count(String name, int n, int min, int max) {
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            if (min == 0) {
                throw Errors.typeError(name + "() takes no arguments (" + n + " given)");
            }
            if (min == 1) {
                throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
            }
            throw Errors.typeError(name + " expected " + min + " arguments, got " + n);
        }
        if (n < min) {
            throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + n);
        }
        throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got "
                + n);
    }

    /** The value of keyword {@code name}, or null. */
    public static PyObject keyword(PyObject[] args, String[] kwnames, String name) {
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) {
                return args[base + i];
            }
        }
        return null;
    }

    /** Rejects keywords other than {@code allowed}. */
    public static void onlyKeywords(String fname, String[] kwnames, String... allowed) {
        outer:
        for (String k : kwnames) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + fname + "()");
        }
    }

    public static String str(PyObject o, String fname) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError(fname + " argument must be str, not " + o.type().name());
    }

    /**
     * A path argument: a str, or an os.PathLike whose {@code __fspath__} returns one (equivalent
     * of CPython's {@code PyOS_FSPath} for the str case).
     */
    public static String path(PyObject o, String fname) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (!(o instanceof PyBytes) && o.type().lookup("__fspath__") != null) {
            PyObject r = Abstract.callMethod(o, "__fspath__");
            if (r instanceof PyStr s) {
                return s.value();
            }
        }
        return str(o, fname);
    }
}
