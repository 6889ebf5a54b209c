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
        m.def("compile", (a, k) -> compile(a[0], ((PyInt) a[1]).intValue()));
        m.def("match", (a, k) -> {
            Program p = (Program) a[0];
            RegexMatcher mt = matcher(p, a[1], ((PyInt) a[3]).intValue());
            int pos = ((PyInt) a[2]).intValue();
            int mode = ((PyInt) a[4]).intValue();
            if (pos > mt.end) {
                return PySingleton.NONE;
            }
            boolean ok = mode == 2 ? mt.search(pos, false) : mt.matchAt(pos, mode == 1, false);
            return ok ? spans(p, mt) : PySingleton.NONE;
        });
        m.def("scan", (a, k) -> {
            Program p = (Program) a[0];
            RegexMatcher mt = matcher(p, a[1], ((PyInt) a[3]).intValue());
            int limit = ((PyInt) a[4]).intValue();
            PyList out = new PyList();
            scan(mt, ((PyInt) a[2]).intValue(), limit, () -> out.append(spans(p, mt)));
            return out;
        });
        m.def("findall", (a, k) -> findall((Program) a[0], a[1], ((PyInt) a[2]).intValue(), ((PyInt) a[3]).intValue()));
        m.def("sub_literal", (a, k) -> subLiteral((Program) a[0], a[1], a[2], ((PyInt) a[3]).intValue()));
        return m;
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

    private static RegexMatcher matcher(Program p, PyObject subject, int endpos) {
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

    private static PyTuple spans(Program p, RegexMatcher mt) {
        int n = 2 * p.prog.groups;
        PyObject[] out = new PyObject[n + 1];
        int[] r = mt.regs;
        for (int g = 0; g < p.prog.groups; g++) {
            int s = r[2 * g];
            int e = r[2 * g + 1];
            boolean set = s >= 0 && e >= 0 && s <= e;
            out[2 * g] = PyInt.of(set ? s : -1);
            out[2 * g + 1] = PyInt.of(set ? e : -1);
        }
        out[n] = PyInt.of(mt.lastIndex());
        return new PyTuple(out);
    }

    /**
     * Successive non-overlapping matches from {@code pos}, as sre finds them since 3.7: an empty
     * match may touch the previous match, but the next match may not be empty at the position
     * where the previous one ended empty.
     */
    private static int scan(RegexMatcher mt, int pos, int limit, Runnable onMatch) {
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

    private static PyObject slice(PyObject subject, int s, int e) {
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

    /** {@code sub} with a replacement free of escapes: (result, count). */
    private static PyObject subLiteral(Program p, PyObject repl, PyObject subject, int count) {
        RegexMatcher mt = matcher(p, subject, Integer.MAX_VALUE);
        List<int[]> spans = new ArrayList<>();
        scan(mt, 0, count, () -> spans.add(new int[] {mt.regs[0], mt.regs[1]}));
        if (spans.isEmpty()) {
            return PyTuple.of(subject, PyInt.of(0));
        }
        if (subject instanceof PyStr s) {
            String r = ((PyStr) repl).value();
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (int[] sp : spans) {
                sb.append(s.substring(last, sp[0])).append(r);
                last = sp[1];
            }
            sb.append(s.substring(last, s.length()));
            return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(spans.size()));
        }
        byte[] src = ((PyBytes) subject).value;
        byte[] r = ((PyBytes) repl).value;
        java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream();
        int last = 0;
        for (int[] sp : spans) {
            bo.write(src, last, sp[0] - last);
            bo.write(r, 0, r.length);
            last = sp[1];
        }
        bo.write(src, last, src.length - last);
        return PyTuple.of(new PyBytes(bo.toByteArray()), PyInt.of(spans.size()));
    }
}
