package org.jpsyco.frontend.python.builtins;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.JavaSlots;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * The builtins CPython's {@code site} module adds ({@code exit}, {@code quit},
 * {@code copyright}, {@code credits}, {@code license}, {@code help}) and the ones standing on
 * Python code ({@code aiter}, {@code anext}, {@code breakpoint}, {@code sys.breakpointhook}).
 * The objects are made at start-up with their reprs; their Python parts live in the shipped
 * {@code _sitebuiltins} module, imported only when one of them is first called.
 */
public final class SiteBuiltins {
    private SiteBuiltins() {
    }

    static final PyType QUITTER = site("Quitter");
    static final PyType PRINTER = site("_Printer");
    static final PyType HELPER = site("_Helper");

    private static PyType site(String name) {
        PyType t = PyType.builtin(name, PyType.OBJECT);
        t.module = "_sitebuiltins";
        return t;
    }

    /** {@code sys.copyright}, also the repr of {@code copyright}. */
    public static final String COPYRIGHT = """
            Copyright (c) 2001-2023 Python Software Foundation.
            All Rights Reserved.

            Copyright (c) 2000 BeOpen.com.
            All Rights Reserved.

            Copyright (c) 1995-2001 Corporation for National Research Initiatives.
            All Rights Reserved.

            Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
            All Rights Reserved.""";

    private static final String CREDITS = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
            + "    for supporting Python development.  See www.python.org for more information.";

    /** An object with a fixed repr whose call runs {@code action}. */
    private static final class SiteObject extends PyObject implements JavaSlots.Repr, JavaSlots.Call {
        private final PyType type;
        private final String repr;
        private final org.jpsyco.frontend.python.objects.BuiltinImpl action;

        SiteObject(PyType type, String repr, org.jpsyco.frontend.python.objects.BuiltinImpl action) {
            this.type = type;
            this.repr = repr;
            this.action = action;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return repr;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            return action.call(args, kwnames);
        }
    }

    static void install(PythonRuntimeState rt, PyModule m) {
        for (String name : new String[] {"exit", "quit"}) {
            m.put(name, new SiteObject(QUITTER, "Use " + name + "() or Ctrl-D (i.e. EOF) to exit", (a, k) -> {
                // as CPython's Quitter: stdin is closed on the way out
                try {
                    Abstract.call(Abstract.getAttr(Abstract.getAttr(rt.sys, "stdin"), "close"));
                } catch (org.jpsyco.frontend.python.objects.PyException ignored) {
                    // a replaced or already closed stdin does not stop the exit
                }
                throw Errors.raise(ExceptionTypes.SYSTEM_EXIT, a.length > 0 ? new PyObject[] {a[0]}
                        : new PyObject[0]);
            }));
        }
        m.put("copyright", new SiteObject(PRINTER, COPYRIGHT, (a, k) -> show(rt, COPYRIGHT)));
        m.put("credits", new SiteObject(PRINTER, CREDITS, (a, k) -> show(rt, CREDITS)));
        m.put("license", new SiteObject(PRINTER, "Type license() to see the full license text",
                (a, k) -> show(rt, "See https://www.python.org/psf/license/")));
        m.put("help", new SiteObject(HELPER,
                "Type help() for interactive help, or help(object) for help about object.",
                (a, k) -> delegate(rt, "help", a, k)));
        m.def("aiter", (a, k) -> delegate(rt, "aiter", a, k));
        m.def("anext", (a, k) -> delegate(rt, "anext", a, k));
        m.def("breakpoint", (a, k) -> {
            PyObject hook = rt.sys.dict().getStr("breakpointhook");
            if (hook == null) {
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "lost sys.breakpointhook");
            }
            return Abstract.call(hook, a, k);
        });
    }

    private static PyObject show(PythonRuntimeState rt, String text) {
        return delegate(rt, "show", new PyObject[] {PyStr.of(text)}, new String[0]);
    }

    private static PyObject delegate(PythonRuntimeState rt, String name, PyObject[] a, String[] k) {
        PyObject module = rt.importName("_sitebuiltins", new PyDict(), PySingleton.NONE, 0);
        return Abstract.call(Abstract.getAttr(module, name), a, k);
    }
}
