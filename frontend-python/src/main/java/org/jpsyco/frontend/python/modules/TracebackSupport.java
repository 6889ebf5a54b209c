package org.jpsyco.frontend.python.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.cli.TracebackPrinter;
import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTraceback;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * {@code _traceback_support}: what the {@code traceback}, {@code linecache} and
 * {@code warnings} modules (written in Python) need from the runtime. Traceback entries and
 * the exception line are formatted by the same code as the uncaught-exception display, so
 * {@code traceback.print_exc()} prints what the interpreter would.
 */
public final class TracebackSupport {
    private TracebackSupport() {
    }

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("_traceback_support");
        m.def("tb_entries", (a, k) -> {
            ModuleArgs.positional("tb_entries", a, k, 1, 1);
            PyList r = new PyList();
            for (PyObject t = a[0]; t instanceof PyTraceback tb; t = tb.next) {
                int line = tb.lineno();
                r.append(entry(tb.code.filename, line, tb.code.name,
                        TracebackPrinter.formatEntry(tb.code, tb.instr, line)));
            }
            return r;
        });
        m.def("stack_entries", (a, k) -> {
            ModuleArgs.positional("stack_entries", a, k, 0, 0);
            List<PyObject> frames = new ArrayList<>();
            for (Frame f = rt.interpreter.currentFrame(); f != null; f = f.back) {
                int line = f.lineno();
                // like CPython's StackSummary.extract: running frames carry no column span, so no markers
                frames.add(entry(f.code.filename, line, f.code.name, TracebackPrinter.formatEntry(f.code, -1, line)));
            }
            PyList r = new PyList();
            for (int i = frames.size() - 1; i >= 0; i--) {
                r.append(frames.get(i));
            }
            return r;
        });
        m.def("caller", (a, k) -> {
            ModuleArgs.positional("caller", a, k, 1, 1);
            int depth = Abstract.index(a[0]).intValue();
            Frame f = rt.interpreter.currentFrame();
            for (int i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                return PySingleton.NONE;
            }
            return PyTuple.of(PyStr.of(f.code.filename), PyInt.of(f.lineno()), f.globals);
        });
        m.def("exception_only", (a, k) -> {
            ModuleArgs.positional("exception_only", a, k, 1, 1);
            if (!(a[0] instanceof PyBaseException e)) {
                throw Errors.typeError("expected an exception");
            }
            return PyStr.of(TracebackPrinter.formatExceptionOnly(e));
        });
        m.def("getline", (a, k) -> {
            ModuleArgs.positional("getline", a, k, 2, 2);
            String file = Abstract.str(a[0]).value();
            int n = Abstract.index(a[1]).intValue();
            String line = TracebackPrinter.sourceLine(file, n, Map.of());
            if (line == null || line.isEmpty() && TracebackPrinter.sourceLine(file, n + 1, Map.of()) == null) {
                // past the end, or the empty piece after the file's final newline
                return PyStr.EMPTY;
            }
            return PyStr.of(line + "\n");
        });
        m.def("read_lines", (a, k) -> {
            ModuleArgs.positional("read_lines", a, k, 1, 1);
            PyList r = new PyList();
            String file = Abstract.str(a[0]).value();
            if (file.startsWith("<")) {
                return r;
            }
            String text;
            try {
                text = java.nio.file.Files.readString(rt.resolve(file), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException | RuntimeException e) {
                return r;
            }
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl + 1;
                r.append(PyStr.of(text.substring(start, end)));
                start = end;
            }
            return r;
        });
        return m;
    }

    private static PyTuple entry(String file, int line, String name, String text) {
        return PyTuple.of(PyStr.of(file), PyInt.of(line), PyStr.of(name), PyStr.of(text));
    }
}
