package org.jpsyco.frontend.python.service;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

import org.jpsyco.frontend.python.api.PythonRuntime;
import org.jpsyco.frontend.python.cli.PythonMain;
import org.jpsyco.frontend.python.cli.Version;
import org.osgi.service.component.annotations.Component;

/** Registers the Python runtime as a Declarative Services component. */
@Component(service = PythonRuntime.class)
public final class PythonRuntimeComponent implements PythonRuntime {

    @Override
    public int main(String[] argv, Map<String, String> environment, InputStream stdin, PrintStream stdout,
            PrintStream stderr, boolean stdinIsTerminal) {
        return PythonMain.main(argv, environment, stdin, stdout, stderr, stdinIsTerminal);
    }

    @Override
    public String version() {
        return Version.VERSION_LINE;
    }
}
