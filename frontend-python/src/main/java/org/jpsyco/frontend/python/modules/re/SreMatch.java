package org.jpsyco.frontend.python.modules.re;

import java.util.Arrays;
import java.util.Map;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.JavaSlots;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyDescriptors;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * A match: the base of {@code re.Match}. Its methods run in Java; {@code lib/re.py} derives
 * the {@code re.Match} class from it (adding {@code __getitem__} and {@code expand}), and the
 * engine creates instances of that class directly, so making a match costs no Python call.
 */
final class SreMatch extends PyObject implements JavaSlots.Repr {
    static final PyType TYPE = PyType.builtin("SRE_Match", PyType.OBJECT);

    final PyType type;
    final PyObject pattern;
    final SreModule.Program program;
    final PyObject string;
    final int pos;
    final int endpos;
    /** Marks, two per group (-1 when unset). */
    final int[] marks;
    final int lastIndex;

    SreMatch(SreModule.Program program, PyObject string, int pos, int endpos, int[] marks, int lastIndex) {
        this.type = program.matchType;
        this.pattern = program.pattern;
        this.program = program;
        this.string = string;
        this.pos = pos;
        this.endpos = endpos;
        this.marks = marks;
        this.lastIndex = lastIndex;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static void def(String name, BuiltinImpl impl) {
        BuiltinMethods.define(TYPE, name, impl);
    }

    private static void property(String name, java.util.function.Function<SreMatch, PyObject> getter) {
        TYPE.dict().putStr(name, new PyDescriptors.Property(new PyBuiltinFunction(name,
                (a, k) -> getter.apply((SreMatch) a[0])), null, null));
    }

    static {
        TYPE.module = "re";
        // re.py derives re.Match from this type; its instances are only ever made here.
        TYPE.builtinBase = TYPE;
        property("re", m -> m.pattern);
        property("string", m -> m.string);
        property("pos", m -> PyInt.of(m.pos));
        property("endpos", m -> PyInt.of(m.endpos));
        property("lastindex", m -> m.lastIndex < 0 ? PySingleton.NONE : PyInt.of(m.lastIndex));
        property("lastgroup", m -> {
            if (m.lastIndex < 0) {
                return PySingleton.NONE;
            }
            for (Map.Entry<String, Integer> e : m.program.prog.groupIndex.entrySet()) {
                if (e.getValue() == m.lastIndex) {
                    return PyStr.of(e.getKey());
                }
            }
            return PySingleton.NONE;
        });
        property("regs", m -> {
            PyObject[] t = new PyObject[m.marks.length / 2];
            for (int i = 0; i < t.length; i++) {
                t[i] = m.span(i);
            }
            return new PyTuple(t);
        });
        def("group", (a, k) -> {
            SreMatch m = (SreMatch) a[0];
            if (a.length == 1) {
                return m.get(0, PySingleton.NONE);
            }
            if (a.length == 2) {
                return m.get(m.index(a[1]), PySingleton.NONE);
            }
            PyObject[] out = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                out[i - 1] = m.get(m.index(a[i]), PySingleton.NONE);
            }
            return new PyTuple(out);
        });
        def("groups", (a, k) -> {
            SreMatch m = (SreMatch) a[0];
            PyObject dflt = a.length > 1 ? a[1] : PySingleton.NONE;
            PyObject[] out = new PyObject[m.marks.length / 2 - 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = m.get(i + 1, dflt);
            }
            return new PyTuple(out);
        });
        def("groupdict", (a, k) -> {
            SreMatch m = (SreMatch) a[0];
            PyObject dflt = a.length > 1 ? a[1] : PySingleton.NONE;
            PyDict d = new PyDict();
            for (Map.Entry<String, Integer> e : m.program.prog.groupIndex.entrySet()) {
                d.putStr(e.getKey(), m.get(e.getValue(), dflt));
            }
            return d;
        });
        def("start", (a, k) -> {
            SreMatch m = (SreMatch) a[0];
            return PyInt.of(m.marks[2 * (a.length > 1 ? m.index(a[1]) : 0)]);
        });
        def("end", (a, k) -> {
            SreMatch m = (SreMatch) a[0];
            return PyInt.of(m.marks[2 * (a.length > 1 ? m.index(a[1]) : 0) + 1]);
        });
        def("span", (a, k) -> {
            SreMatch m = (SreMatch) a[0];
            return m.span(a.length > 1 ? m.index(a[1]) : 0);
        });
        def("_get", (a, k) -> {
            SreMatch m = (SreMatch) a[0];
            return m.get(((PyInt) a[1]).intValue(), PySingleton.NONE);
        });
        def("__copy__", (a, k) -> a[0]);
        def("__deepcopy__", (a, k) -> a[0]);
        def("__bool__", (a, k) -> org.jpsyco.frontend.python.objects.PyBool.TRUE);
    }

    PyTuple span(int g) {
        return PyTuple.of(PyInt.of(marks[2 * g]), PyInt.of(marks[2 * g + 1]));
    }

    int index(PyObject g) {
        int groups = marks.length / 2;
        if (g instanceof PyInt i) {
            if (!i.isBig() && i.longValue() >= 0 && i.longValue() < groups) {
                return (int) i.longValue();
            }
        } else if (g instanceof PyStr s) {
            Integer idx = program.prog.groupIndex.get(s.value());
            if (idx != null) {
                return idx;
            }
        } else if (g.type().lookup("__index__") != null) {
            try {
                PyInt i = Abstract.index(g);
                if (!i.isBig() && i.longValue() >= 0 && i.longValue() < groups) {
                    return (int) i.longValue();
                }
            } catch (org.jpsyco.frontend.python.objects.PyException e) {
                // Not an index: falls through to "no such group", as CPython.
            }
        }
        throw Errors.indexError("no such group");
    }

    PyObject get(int g, PyObject dflt) {
        int s = marks[2 * g];
        if (s < 0) {
            return dflt;
        }
        int e = marks[2 * g + 1];
        if (string instanceof PyStr str) {
            return PyStr.of(str.substring(s, e));
        }
        if (string instanceof PyBytes b) {
            return new PyBytes(Arrays.copyOfRange(b.value, s, e));
        }
        return Abstract.getItem(string, new org.jpsyco.frontend.python.objects.PySlice(PyInt.of(s), PyInt.of(e),
                PySingleton.NONE));
    }

    @Override
    public String repr() {
        String text = Abstract.repr(get(0, PySingleton.NONE)).value();
        if (text.codePointCount(0, text.length()) > 50) {
            text = text.substring(0, text.offsetByCodePoints(0, 50));
        }
        return "<re.Match object; span=(" + marks[0] + ", " + marks[1] + "), match=" + text + ">";
    }
}
