package org.jpsyco.frontend.python.objects;

/** Runs Python functions; implemented by the interpreter of the runtime that created the function. */
public interface FunctionInvoker {
    PyObject invoke(PyFunction f, PyObject[] args, String[] kwnames);
}
