/** The bytecode interpreter: frames (the deoptimization contract), the instruction loop, generators. */
package org.jpsyco.frontend.python.interp;
