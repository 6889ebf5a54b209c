package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The run-time side of {@code async for}, {@code async with} and of awaiting objects that are
 * not coroutines: what the opcodes GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, END_ASYNC_FOR and
 * the non-generator path of SEND do, with CPython 3.11's error messages.
 */
final class AsyncSupport {
    private AsyncSupport() {
    }

    /** The end of a delegation by SEND: the awaited (or delegated-to) iterator returned {@code value}. */
    static final class Done extends PyObject {
        private static final PyType TYPE = PyType.builtin("send_result", PyType.OBJECT);
        final PyObject value;

        Done(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /**
     * SEND to an iterator that is not one of our generators: its {@code __next__} (for None)
     * or {@code send}; StopIteration ends the delegation with the exception's value.
     */
    static PyObject send(PyObject it, PyObject sent) {
        try {
            PyObject r;
            if (sent == PySingleton.NONE) {
                PyObject m = it.type().lookup("__next__");
                if (m == null) {
                    // iterators implemented in Java end without a value
                    r = Abstract.next(it);
                    return r == null ? new Done(PySingleton.NONE) : r;
                }
                r = Abstract.callDescriptor(m, it);
            } else {
                r = Abstract.callMethod(it, "send", sent);
            }
            return r;
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                PyBaseException stop = e.value;
                return new Done(stop.args.size() > 0 ? stop.args.get(0) : PySingleton.NONE);
            }
            throw e;
        }
    }

    /** GET_AITER: {@code o.__aiter__()}, which must have {@code __anext__}. */
    static PyObject getAiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name());
        }
        PyObject it = Abstract.callDescriptor(m, o);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name());
        }
        return it;
    }

    /** GET_ANEXT: the awaitable {@code aiter.__anext__()}. */
    static PyObject getAnext(PyObject aiter) {
        PyObject m = aiter.type().lookup("__anext__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got "
                    + aiter.type().name());
        }
        PyObject aw = Abstract.callDescriptor(m, aiter);
        if (!(aw instanceof PyGenerator g && g.isCoroutine()) && aw.type().lookup("__await__") == null) {
            throw Errors.typeError("'async for' received an invalid object from __anext__: " + aw.type().name());
        }
        return aw;
    }

    /** BEFORE_ASYNC_WITH, first half: the bound {@code __aexit__} of the manager. */
    static PyObject asyncExit(PyObject mgr) {
        if (mgr.type().lookup("__aenter__") == null || mgr.type().lookup("__aexit__") == null) {
            throw Errors.typeError("'" + mgr.type().name() + "' object does not support the asynchronous context "
                    + "manager protocol");
        }
        return Abstract.getAttr(mgr, "__aexit__");
    }

    /** BEFORE_ASYNC_WITH, second half: the awaitable {@code mgr.__aenter__()}. */
    static PyObject asyncEnter(PyObject mgr) {
        return Abstract.callDescriptor(mgr.type().lookup("__aenter__"), mgr);
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else propagates unchanged. */
    static void endAsyncFor(PyObject exc) {
        PyBaseException e = (PyBaseException) exc;
        if (!e.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            PyException t = e.toThrowable();
            t.reraised = true;
            throw t;
        }
    }
}
