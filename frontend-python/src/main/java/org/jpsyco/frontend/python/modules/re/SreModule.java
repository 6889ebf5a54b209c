package org.jpsyco.frontend.python.modules.re;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The {@code _sre} module: the matching engine under {@code re}. The Python front
 * ({@code lib/re.py}) owns the Pattern and Match objects; this module compiles patterns and runs
 * them, returning match positions as flat tuples {@code (start0, end0, start1, end1, ...,
 * lastindex)} with -1 for unset groups. The loops that find many matches (findall, finditer,
 * sub, split) run here so a subject is prepared once per call, not once per match.
 */
public final class SreModule {
    private SreModule() {
    }

    static final PyType PROGRAM = PyType.builtin("SRE_Program", PyType.OBJECT);

    static {
        PROGRAM.module = "_sre";
    }

    /** A compiled pattern as the Python front holds it. */
    static final class Program extends PyObject {
        final RegexProgram prog;
        final boolean isStr;
        /** The Pattern object and the Match class of the Python front, set once by {@code bind}. */
        PyObject pattern = PySingleton.NONE;
        PyType matchType = SreMatch.TYPE;

        Program(RegexProgram prog, boolean isStr) {
            this.prog = prog;
            this.isStr = isStr;
        }

        @Override
        public PyType type() {
            return PROGRAM;
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("_sre");
        m.put("MAXREPEAT", PyInt.of(RegexParser.MAXREPEAT));
        m.put("MAXGROUPS", PyInt.of(RegexParser.MAXGROUPS));
        m.put("Match", SreMatch.TYPE);
        m.def("compile", (a, k) -> compile(a[0], ((PyInt) a[1]).intValue()));
        m.def("bind", (a, k) -> {
            Program p = (Program) a[0];
            p.pattern = a[1];
            p.matchType = (PyType) a[2];
            return SreBound.bind(p);
        });
        // match(prog, string, pos, endpos, mode): mode 0 match, 1 fullmatch, 2 search
        m.def("match", (a, k) -> matchCall((Program) a[0], a[1], a[2], a[3], ((PyInt) a[4]).intValue()));
        // finditer(prog, string, pos, endpos) -> list of matches
        m.def("finditer", (a, k) -> finditerCall((Program) a[0], a[1], a[2], a[3]));
        m.def("findall", (a, k) -> findallCall((Program) a[0], a[1], a[2], a[3]));
        // sub(prog, repl, string, count, kind): kind 0 literal, 1 template items, 2 callable
        m.def("sub", (a, k) -> SreSub.sub((Program) a[0], a[1], a[2], ((PyInt) a[3]).intValue(),
                ((PyInt) a[4]).intValue()));
        m.def("split", (a, k) -> SreSub.split((Program) a[0], a[1], ((PyInt) a[2]).intValue()));
        m.def("expand", (a, k) -> SreSub.expand((SreMatch) a[0], a[1]));
        return m;
    }

    static PyObject matchCall(Program p, PyObject string, PyObject posObj, PyObject endObj, int mode) {
        int len = length(string);
        int pos = clamp(posObj, len);
        int endpos = clamp(endObj, len);
        RegexMatcher mt = matcher(p, string, endpos);
        if (pos > mt.end) {
            return PySingleton.NONE;
        }
        boolean ok = mode == 2 ? mt.search(pos, false) : mt.matchAt(pos, mode == 1, false);
        return ok ? newMatch(p, mt, string, pos, endpos) : PySingleton.NONE;
    }

    static PyList finditerCall(Program p, PyObject string, PyObject posObj, PyObject endObj) {
        int len = length(string);
        int pos = clamp(posObj, len);
        int endpos = clamp(endObj, len);
        RegexMatcher mt = matcher(p, string, endpos);
        PyList out = new PyList();
        scan(mt, pos, 0, () -> out.append(newMatch(p, mt, string, pos, endpos)));
        return out;
    }

    static PyObject findallCall(Program p, PyObject string, PyObject posObj, PyObject endObj) {
        int len = length(string);
        return findall(p, string, clamp(posObj, len), clamp(endObj, len));
    }

    static int length(PyObject subject) {
        if (subject instanceof PyStr s) {
            return s.length();
        }
        if (subject instanceof PyBytes b) {
            return b.value.length;
        }
        throw Errors.typeError("expected string or bytes-like object, got '" + subject.type().name() + "'");
    }

    private static int clamp(PyObject v, int len) {
        PyInt i = v instanceof PyInt pi ? pi : org.jpsyco.frontend.python.objects.Abstract.index(v);
        if (i.isBig()) {
            return i.signum() < 0 ? 0 : len;
        }
        long x = i.longValue();
        return x < 0 ? 0 : x > len ? len : (int) x;
    }

    static SreMatch newMatch(Program p, RegexMatcher mt, PyObject subject, int pos, int endpos) {
        int n = 2 * p.prog.groups;
        int[] marks = new int[n];
        int[] r = mt.regs;
        for (int g = 0; g < p.prog.groups; g++) {
            int s = r[2 * g];
            int e = r[2 * g + 1];
            boolean set = s >= 0 && e >= 0 && s <= e;
            marks[2 * g] = set ? s : -1;
            marks[2 * g + 1] = set ? e : -1;
        }
        return new SreMatch(p, subject, pos, endpos, marks, mt.lastIndex());
    }

    private static PyObject compile(PyObject pattern, int flags) {
        int[] cps;
        boolean isStr;
        if (pattern instanceof PyStr s) {
            cps = s.codePoints().clone();
            isStr = true;
        } else if (pattern instanceof PyBytes b) {
            cps = new int[b.value.length];
            for (int i = 0; i < cps.length; i++) {
                cps[i] = b.value[i] & 0xff;
            }
            isStr = false;
        } else {
            throw Errors.typeError("first argument must be string or compiled pattern");
        }
        try {
            RegexProgram prog = RegexProgram.compile(cps, isStr, flags);
            PyDict index = new PyDict();
            for (Map.Entry<String, Integer> e : prog.groupIndex.entrySet()) {
                index.putStr(e.getKey(), PyInt.of(e.getValue()));
            }
            return PyTuple.of(new Program(prog, isStr), PyInt.of(prog.flags), PyInt.of(prog.groups - 1), index);
        } catch (RegexError e) {
            if (e.overflow) {
                throw Errors.overflowError(e.getMessage());
            }
            return PyTuple.of(PyStr.of(e.getMessage()), e.pos < 0 ? PySingleton.NONE : PyInt.of(e.pos));
        }
    }

    static RegexMatcher matcher(Program p, PyObject subject, int endpos) {
        if (subject instanceof PyStr s) {
            if (!p.isStr) {
                throw Errors.typeError("cannot use a bytes pattern on a string-like object");
            }
            int len = s.length();
            int end = Math.max(0, Math.min(endpos, len));
            return s.isBmp() ? new RegexMatcher(p.prog, s.value(), null, null, end)
                    : new RegexMatcher(p.prog, null, s.codePoints(), null, end);
        }
        if (subject instanceof PyBytes b) {
            if (p.isStr) {
                throw Errors.typeError("cannot use a string pattern on a bytes-like object");
            }
            return new RegexMatcher(p.prog, null, null, b.value, Math.max(0, Math.min(endpos, b.value.length)));
        }
        throw Errors.typeError("expected string or bytes-like object, got '" + subject.type().name() + "'");
    }

    /**
     * Successive non-overlapping matches from {@code pos}, as sre finds them since 3.7: an empty
     * match may touch the previous match, but the next match may not be empty at the position
     * where the previous one ended empty.
     */
    static int scan(RegexMatcher mt, int pos, int limit, Runnable onMatch) {
        int n = 0;
        boolean advance = false;
        while (pos <= mt.end && (limit == 0 || n < limit)) {
            if (!mt.search(pos, advance)) {
                break;
            }
            onMatch.run();
            n++;
            int e = mt.matchEnd;
            advance = e == mt.regs[0];
            pos = e;
        }
        return n;
    }

    static PyObject slice(PyObject subject, int s, int e) {
        if (s < 0 || e < 0) {
            return subject instanceof PyStr ? PyStr.EMPTY : PyBytes.EMPTY;
        }
        if (subject instanceof PyStr str) {
            return PyStr.of(str.substring(s, e));
        }
        return new PyBytes(Arrays.copyOfRange(((PyBytes) subject).value, s, e));
    }

    private static PyObject findall(Program p, PyObject subject, int pos, int endpos) {
        RegexMatcher mt = matcher(p, subject, endpos);
        PyList out = new PyList();
        int groups = p.prog.groups - 1;
        scan(mt, pos, 0, () -> {
            int[] r = mt.regs;
            if (groups == 0) {
                out.append(slice(subject, r[0], r[1]));
            } else if (groups == 1) {
                out.append(slice(subject, r[2], r[3]));
            } else {
                PyObject[] t = new PyObject[groups];
                for (int g = 1; g <= groups; g++) {
                    t[g - 1] = slice(subject, r[2 * g], r[2 * g + 1]);
                }
                out.append(new PyTuple(t));
            }
        });
        return out;
    }
}
