package org.jpsyco.frontend.python.interp;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/** Binds call arguments to a function's parameters: CPython's {@code initialize_locals}, with its messages. */
final class ArgBinder {
    private static final PyObject[] NO_DEFAULTS = new PyObject[0];

    private ArgBinder() {
    }

    static void bind(PyFunction fn, PyObject[] fast, PyObject[] args, String[] kwnames) {
        CodeObject co = fn.code;
        int nkw = kwnames.length;
        int npos = args.length - nkw;
        int argcount = co.argcount;
        boolean varargs = (co.flags & CodeObject.VARARGS) != 0;
        boolean varkw = (co.flags & CodeObject.VARKEYWORDS) != 0;
        int total = argcount + co.kwonlyargcount;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            fast[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, fast, 0, n);
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, npos - argcount)];
            if (rest.length > 0) {
                System.arraycopy(args, argcount, rest, 0, rest.length);
            }
            fast[total] = PyTuple.of(rest);
        } else if (npos > argcount) {
            throw tooManyPositional(fn, npos, nkw, fast);
        }
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[npos + k];
            int j = -1;
            for (int p = co.posonlyargcount; p < total; p++) {
                if (co.varnames[p].equals(name)) {
                    j = p;
                    break;
                }
            }
            if (j < 0) {
                boolean isPosonly = false;
                for (int p = 0; p < co.posonlyargcount; p++) {
                    if (co.varnames[p].equals(name)) {
                        isPosonly = true;
                    }
                }
                if (kwdict != null) {
                    kwdict.putStr(name, value);
                    continue;
                }
                if (isPosonly) {
                    if (posonlyAsKw == null) {
                        posonlyAsKw = new ArrayList<>();
                    }
                    posonlyAsKw.add(name);
                    continue;
                }
                throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (fast[j] != null) {
                throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + name + "'");
            }
            fast[j] = value;
        }
        if (posonlyAsKw != null) {
            throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKw) + "'");
        }
        if (npos < argcount) {
            PyObject[] defs = fn.defaults == null ? NO_DEFAULTS : fn.defaults;
            int m = argcount - defs.length;
            List<String> missing = null;
            for (int i = npos; i < m; i++) {
                if (fast[i] == null) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(co.varnames[i]);
                }
            }
            if (missing != null) {
                throw missing(fn, missing, "positional");
            }
            for (int i = Math.max(n, m); i < argcount; i++) {
                if (fast[i] == null) {
                    fast[i] = defs[i - m];
                }
            }
        }
        if (co.kwonlyargcount > 0) {
            List<String> missing = null;
            for (int i = argcount; i < total; i++) {
                if (fast[i] != null) {
                    continue;
                }
                PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(co.varnames[i]);
                if (d != null) {
                    fast[i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(co.varnames[i]);
                }
            }
            if (missing != null) {
                throw missing(fn, missing, "keyword-only");
            }
        }
    }

    private static RuntimeException missing(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() > 2 ? ", " : " ");
            }
            if (i == names.size() - 1 && names.size() > 1) {
                sb.append("and ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        int n = names.size();
        return Errors.typeError(fn.qualname + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, int nkw, PyObject[] fast) {
        CodeObject co = fn.code;
        int defcount = fn.defaults == null ? 0 : fn.defaults.length;
        String takes;
        if (defcount > 0) {
            takes = "from " + (co.argcount - defcount) + " to " + co.argcount;
        } else {
            takes = Integer.toString(co.argcount);
        }
        int kwonlyGiven = 0;
        String kwPart = "";
        if (kwonlyGiven > 0) {
            kwPart = "";
        }
        return Errors.typeError(fn.qualname + "() takes " + takes + " positional argument"
                + (co.argcount == 1 && defcount == 0 ? "" : "s") + " but " + given + kwPart + " "
                + (given == 1 ? "was" : "were") + " given");
    }

}
