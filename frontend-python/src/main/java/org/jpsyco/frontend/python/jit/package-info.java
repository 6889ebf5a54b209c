/**
 * The Python specializer: abstract interpretation of code objects over kernel values, emitting
 * LIR (the generic path: a runtime helper per operation), the linkage of compiled units back to
 * the interpreter, the triggers (first call, hot functions, hot loops) and the JIT's statistics.
 */
package org.jpsyco.frontend.python.jit;
