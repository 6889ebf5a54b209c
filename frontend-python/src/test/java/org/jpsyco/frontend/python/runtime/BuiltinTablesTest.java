package org.jpsyco.frontend.python.runtime;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.modules.TextStream;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyType;
import org.junit.jupiter.api.Test;

/** Every method a built-in table names up front is one its switch can make. */
class BuiltinTablesTest {
    private static List<PyBuiltinFunction> functions(PyDict d) {
        List<PyBuiltinFunction> out = new ArrayList<>();
        for (Map.Entry<PyObject, PyObject> e : d.entries()) {
            if (e.getValue() instanceof PyBuiltinFunction f) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void everyNamedBuiltinResolves() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        PythonRuntimeState rt = new PythonRuntimeState(List.of("test"), Map.of(),
                new ByteArrayInputStream(new byte[0]), nowhere, nowhere, false, JitSettings.defaults());
        List<PyBuiltinFunction> all = new ArrayList<>(functions(rt.builtins.dict()));
        List<PyType> types = new ArrayList<>(List.of(TextStream.TYPE));
        for (Map.Entry<PyObject, PyObject> e : rt.builtins.dict().entries()) {
            if (e.getValue() instanceof PyType t) {
                types.add(t);
            }
        }
        for (PyType t : types) {
            all.addAll(functions(t.dict()));
        }
        assertTrue(all.size() > 300, "found only " + all.size() + " built-in functions and methods");
        for (PyBuiltinFunction f : all) {
            assertNotNull(f.impl(), f.name);
        }
        int deferred = 0;
        for (PyType t : types) {
            if (t.constructor instanceof BuiltinMethods.DeferredConstructor d) {
                assertNotNull(d.made(), t.name());
                deferred++;
            }
        }
        assertTrue(deferred > 10, "only " + deferred + " constructors are made on first use");
    }
}
