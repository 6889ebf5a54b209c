package org.jpsyco.frontend.python.objects;

/** Factories for raising built-in exceptions: {@code throw Errors.typeError("...")}. */
public final class Errors {
    private Errors() {
    }

    public static PyException raise(PyType type, String msg) {
        return new PyException(new PyBaseException(type, PyTuple.of(PyStr.of(msg))));
    }

    public static PyException raise(PyType type, PyObject... args) {
        return new PyException(new PyBaseException(type, PyTuple.of(args)));
    }

    public static PyException typeError(String msg) {
        return raise(ExceptionTypes.TYPE_ERROR, msg);
    }

    public static PyException valueError(String msg) {
        return raise(ExceptionTypes.VALUE_ERROR, msg);
    }

    public static PyException attributeError(String msg) {
        return raise(ExceptionTypes.ATTRIBUTE_ERROR, msg);
    }

    public static PyException indexError(String msg) {
        return raise(ExceptionTypes.INDEX_ERROR, msg);
    }

    public static PyException keyError(PyObject key) {
        return raise(ExceptionTypes.KEY_ERROR, key);
    }

    public static PyException nameError(String msg) {
        return raise(ExceptionTypes.NAME_ERROR, msg);
    }

    public static PyException zeroDivision(String msg) {
        return raise(ExceptionTypes.ZERO_DIVISION_ERROR, msg);
    }

    public static PyException overflowError(String msg) {
        return raise(ExceptionTypes.OVERFLOW_ERROR, msg);
    }

    public static PyException runtimeError(String msg) {
        return raise(ExceptionTypes.RUNTIME_ERROR, msg);
    }

    public static PyException stopIteration(PyObject value) {
        return value == null ? raise(ExceptionTypes.STOP_ITERATION) : raise(ExceptionTypes.STOP_ITERATION, value);
    }

    /** A construct or library feature jpsyco does not implement yet. */
    public static PyException notSupported(String what) {
        return raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "jpsyco: not supported yet: " + what);
    }

    /** The type name CPython uses in messages such as "'int' object is not iterable". */
    public static String typeName(PyObject o) {
        return o.type().name();
    }
}
