package org.jpsyco.frontend.python.modules.re;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * {@code sub}, {@code split} and template expansion, as CPython's {@code pattern_subx} and
 * {@code pattern_split}: the pieces are collected in order (empty ones left out) and joined at
 * the end, so a replacement function runs for every match before a bad result is reported.
 */
final class SreSub {
    private SreSub() {
    }

    static final int LITERAL = 0;
    static final int TEMPLATE = 1;
    static final int CALLABLE = 2;

    static PyObject sub(SreModule.Program p, PyObject repl, PyObject subject, int count, int kind) {
        int len = SreModule.length(subject);
        RegexMatcher mt = SreModule.matcher(p, subject, len);
        List<PyObject> pieces = new ArrayList<>();
        int[] last = {0};
        int n = SreModule.scan(mt, 0, Math.max(count, 0), () -> {
            int b = mt.regs[0];
            int e = mt.regs[1];
            if (last[0] < b) {
                pieces.add(SreModule.slice(subject, last[0], b));
            }
            PyObject item;
            if (kind == LITERAL) {
                item = repl;
            } else if (kind == TEMPLATE) {
                item = expand(SreModule.newMatch(p, mt, subject, 0, len), repl);
            } else {
                item = Abstract.call(repl, SreModule.newMatch(p, mt, subject, 0, len));
            }
            if (item != PySingleton.NONE) {
                pieces.add(item);
            }
            last[0] = e;
        });
        if (n == 0) {
            return PyTuple.of(subject, PyInt.of(0));
        }
        if (last[0] < len) {
            pieces.add(SreModule.slice(subject, last[0], len));
        }
        return PyTuple.of(join(subject instanceof PyStr, pieces), PyInt.of(n));
    }

    private static PyObject join(boolean isStr, List<PyObject> pieces) {
        if (isStr) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                if (!(pieces.get(i) instanceof PyStr s)) {
                    throw Errors.typeError("sequence item " + i + ": expected str instance, "
                            + pieces.get(i).type().name() + " found");
                }
                sb.append(s.value());
            }
            return PyStr.of(sb.toString());
        }
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        for (int i = 0; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof PyBytes b)) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + pieces.get(i).type().name() + " found");
            }
            bo.write(b.value, 0, b.value.length);
        }
        return new PyBytes(bo.toByteArray());
    }

    /** A parsed template (literal pieces and group numbers) filled in from a match. */
    static PyObject expand(SreMatch m, PyObject items) {
        boolean isStr = m.string instanceof PyStr;
        List<PyObject> pieces = new ArrayList<>();
        for (PyObject item : ((PyList) items).items) {
            if (item instanceof PyInt g) {
                PyObject v = m.get(g.intValue(), PySingleton.NONE);
                if (v != PySingleton.NONE) {
                    pieces.add(v);
                }
            } else {
                pieces.add(item);
            }
        }
        return join(isStr, pieces);
    }

    static PyObject split(SreModule.Program p, PyObject subject, int maxsplit) {
        PyList out = new PyList();
        if (maxsplit < 0) {
            out.append(subject);
            return out;
        }
        int len = SreModule.length(subject);
        RegexMatcher mt = SreModule.matcher(p, subject, len);
        int groups = p.prog.groups;
        int[] last = {0};
        SreModule.scan(mt, 0, maxsplit, () -> {
            out.append(SreModule.slice(subject, last[0], mt.regs[0]));
            for (int g = 1; g < groups; g++) {
                int s = mt.regs[2 * g];
                int e = mt.regs[2 * g + 1];
                out.append(s < 0 || e < 0 || e < s ? PySingleton.NONE : SreModule.slice(subject, s, e));
            }
            last[0] = mt.regs[1];
        });
        out.append(SreModule.slice(subject, last[0], len));
        return out;
    }
}
