package org.jpsyco.frontend.python.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code __text_signature__} of built-in functions and methods, which {@code inspect.signature}
 * reads: CPython 3.11's own strings, in a table generated from it
 * ({@code tools/gen-builtin-signatures.py}), read on the first question so start-up never pays.
 */
final class BuiltinSignatures {
    private static volatile Map<String, String> table;

    private BuiltinSignatures() {
    }

    /** The text signature of {@code b}, or None when CPython's has none. */
    static PyObject of(PyBuiltinFunction b) {
        String key;
        if (b.owner != null) {
            key = b.owner.name() + "." + b.name;
        } else if (isBuiltinsFunction(b)) {
            key = b.name;
        } else {
            return PySingleton.NONE; // a function of another module: a same-named built-in's would be wrong
        }
        String s = table().get(key);
        return s == null ? PySingleton.NONE : PyStr.of(s);
    }

    /** The text signature of {@code t}'s class method {@code b}, or None. */
    static PyObject ofClassMethod(PyType t, PyBuiltinFunction b) {
        for (PyType c : t.mro()) {
            String s = table().get(c.name() + "." + b.name);
            if (s != null) {
                return PyStr.of(s);
            }
        }
        return PySingleton.NONE;
    }

    /** Whether {@code b} is the function the builtins module has under its name. */
    private static boolean isBuiltinsFunction(PyBuiltinFunction b) {
        PyDict d = ThreadContext.builtins();
        return d != null && d.getStr(b.name) == b;
    }

    private static Map<String, String> table() {
        Map<String, String> t = table;
        if (t == null) {
            t = new HashMap<>();
            try (InputStream in = BuiltinSignatures.class.getResourceAsStream("builtin-signatures.txt")) {
                if (in != null) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line; (line = r.readLine()) != null;) {
                        int tab = line.indexOf('\t');
                        if (tab > 0 && !line.startsWith("#")) {
                            t.put(line.substring(0, tab), line.substring(tab + 1));
                        }
                    }
                }
            } catch (IOException e) {
                // an unreadable table only means no signatures: inspect says so as for any built-in
            }
            table = t;
        }
        return t;
    }
}
