package org.jpsyco.frontend.python.interp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.compiler.Compiler;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.runtime.JitSettings;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/** A runtime whose stdout is captured, for tests that run Python source directly. */
final class TestRuntime {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final PythonRuntimeState rt;
    final PyDict globals;

    TestRuntime() {
        rt = new PythonRuntimeState(List.of("test"), Map.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                false, JitSettings.defaults());
        PyModule main = rt.newMainModule();
        globals = main.dict();
    }

    void exec(String source) {
        rt.interpreter.runModule(rt.compile(source, "<test>", Compiler.Mode.EXEC), globals);
    }

    String output() {
        rt.flushStreams();
        return out.toString(StandardCharsets.UTF_8);
    }
}
