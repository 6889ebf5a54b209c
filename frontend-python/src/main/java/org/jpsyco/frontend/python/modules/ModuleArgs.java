package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyObject;

/** Argument parsing for module functions, with the messages of CPython's argument clinic and checks. */
final class ModuleArgs {
    private ModuleArgs() {
    }

    /** Equivalent of {@code _PyArg_NoKeywords}. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** Equivalent of {@code _PyArg_CheckPositional}, after rejecting keywords. */
    static void positional(String name, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        int n = args.length;
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /**
     * Binds positional-or-keyword parameters {@code names} (the first {@code required} mandatory)
     * as an argument-clinic function does; missing optional ones are null. Parameters from index
     * {@code kwOnly} on are keyword-only.
     */
    static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, String[] names, int required,
            int kwOnly) {
        int npos = args.length - kwnames.length;
        PyObject[] out = new PyObject[names.length];
        if (npos > kwOnly || args.length > names.length) {
            if (kwOnly < names.length && npos > kwOnly) {
                throw Errors.typeError(fname + "() takes at most " + kwOnly + " positional argument"
                        + (kwOnly == 1 ? "" : "s") + " (" + npos + " given)");
            }
            throw Errors.typeError(fname + "() takes " + (required == names.length ? "exactly " : "at most ")
                    + names.length + " argument" + (names.length == 1 ? "" : "s") + " (" + args.length + " given)");
        }
        System.arraycopy(args, 0, out, 0, npos);
        for (int i = 0; i < kwnames.length; i++) {
            int idx = -1;
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(kwnames[i])) {
                    idx = j;
                }
            }
            if (idx < 0) {
                throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for " + fname + "()");
            }
            if (idx < npos) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + names[idx]
                        + "') and position (" + (idx + 1) + ")");
            }
            out[idx] = args[npos + i];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        return out;
    }

    static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, String[] names, int required) {
        return parse(fname, args, kwnames, names, required, names.length);
    }
}
