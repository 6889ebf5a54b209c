package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.objects.PyObject;

/**
 * Where the interpreter lets compiled code take over an activation: at a function's entry (or a
 * generator's resumption, at its {@code pc}) and at a loop head (a backward jump). Both return the activation's result when compiled code finished
 * it, or null when the interpreter is to carry on from the frame's {@code pc} and {@code sp}
 * (nothing compiled, or compiled code left through a deopt exit and wrote the frame back).
 * {@link #loopHead} may throw a Python exception that compiled code raised at {@code f.lasti}.
 */
public interface JitHook {
    PyObject enter(Frame f);

    PyObject loopHead(Frame f);

}
