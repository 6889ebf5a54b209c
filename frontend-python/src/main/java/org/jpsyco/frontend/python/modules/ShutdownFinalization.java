package org.jpsyco.frontend.python.modules;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.interp.PyGenerator;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * What CPython's interpreter shutdown finalizes that jpsyco must finalize itself, having no
 * reference counts: a generator suspended inside a {@code try}/{@code with} and still bound to a
 * global of the main module when the program ends runs its {@code finally} blocks (CPython closes
 * it when it clears {@code __main__}'s namespace, after the exit handlers). Globals are visited in
 * their order. A generator abandoned earlier ({@code g = None}) is closed by CPython at once; here
 * it is finalized only if the Java collector gets to it, except in the {@code for x in gen(): break}
 * idiom, closed at the {@code break} (see {@code AbandonedIterators}).
 */
public final class ShutdownFinalization {
    private ShutdownFinalization() {
    }

    /** Closes the suspended generators bound to the main module's globals, ignoring their errors as CPython does. */
    public static void closeMainGenerators(PythonRuntimeState rt) {
        if (!(rt.modules.getStr("__main__") instanceof PyModule main)) {
            return;
        }
        PyDict globals = main.dict();
        List<PyGenerator> open = new ArrayList<>();
        for (var entry : globals.entries()) {
            if (entry.getValue() instanceof PyGenerator g && !g.isFinished() && !g.isRunning() && !open.contains(g)) {
                open.add(g);
            }
        }
        for (PyGenerator g : open) {
            try {
                Abstract.callMethod(g, "close");
            } catch (PyException e) {
                // CPython reports an error raised while finalizing as unraisable and carries on
            }
        }
    }
}
