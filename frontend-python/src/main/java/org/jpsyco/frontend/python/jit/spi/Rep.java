package org.jpsyco.frontend.python.jit.spi;

/** How an abstract value is held by compiled code. */
public enum Rep {
    /** A reference to a Python object. */
    REF,
    /** An int's payload, unboxed: a virtual int built only when it escapes. */
    I64,
    /** A float's payload, unboxed. */
    F64,
    /** A bool, unboxed. */
    I1
}
