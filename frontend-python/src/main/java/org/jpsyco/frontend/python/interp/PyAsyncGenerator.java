package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * An async generator ({@code async def} with {@code yield}): its frame runs as a generator
 * whose {@code yield}s are wrapped (ASYNC_GEN_WRAP) so they can be told from the values that
 * its {@code await}s pass through to the event loop. {@code __anext__}, {@code asend},
 * {@code athrow} and {@code aclose} return awaitables that drive the frame one step: a
 * wrapped value ends the step with StopIteration(value), the end of the frame with
 * StopAsyncIteration.
 */
public final class PyAsyncGenerator extends PyObject {
    public static final PyType TYPE = PyType.builtin("async_generator", PyType.OBJECT);
    static final PyType ASEND = PyType.builtin("async_generator_asend", PyType.OBJECT);
    static final PyType ATHROW = PyType.builtin("async_generator_athrow", PyType.OBJECT);

    /** A value produced by {@code yield} in an async generator, on its way out of the frame. */
    static final class Wrapped extends PyObject {
        private static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", PyType.OBJECT);
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static {
        BuiltinMethods.define(TYPE, "__aiter__", (a, k) -> a[0]);
        BuiltinMethods.define(TYPE, "__anext__", (a, k) -> new Step((PyAsyncGenerator) a[0], PySingleton.NONE,
                null, false));
        BuiltinMethods.define(TYPE, "asend", (a, k) -> new Step((PyAsyncGenerator) a[0], a[1], null, false));
        BuiltinMethods.define(TYPE, "athrow", (a, k) -> new Step((PyAsyncGenerator) a[0], PySingleton.NONE,
                exception(a), false));
        BuiltinMethods.define(TYPE, "aclose", (a, k) -> new Step((PyAsyncGenerator) a[0], PySingleton.NONE,
                Errors.raise(ExceptionTypes.GENERATOR_EXIT, new PyObject[0]), true));
        for (PyType t : new PyType[] {ASEND, ATHROW}) {
            BuiltinMethods.define(t, "__await__", (a, k) -> a[0]);
            BuiltinMethods.define(t, "__iter__", (a, k) -> a[0]);
            BuiltinMethods.define(t, "__next__", (a, k) -> ((Step) a[0]).step(PySingleton.NONE, null));
            BuiltinMethods.define(t, "send", (a, k) -> ((Step) a[0]).step(a[1], null));
            BuiltinMethods.define(t, "throw", (a, k) -> ((Step) a[0]).step(PySingleton.NONE, exception(a)));
            BuiltinMethods.define(t, "close", (a, k) -> PySingleton.NONE);
        }
    }

    private static PyException exception(PyObject[] a) {
        PyObject exc = a[1];
        if (exc instanceof PyType type) {
            return ((PyBaseException) Abstract.call(type, a.length > 2 ? new PyObject[] {a[2]} : new PyObject[0]))
                    .toThrowable();
        }
        return ((PyBaseException) exc).toThrowable();
    }

    private final PyGenerator gen;

    PyAsyncGenerator(PyGenerator gen) {
        this.gen = gen;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String qualname() {
        return gen.qualname();
    }

    /** The awaitable of one step: asend (value to send first), athrow or aclose (exception to throw first). */
    private static final class Step extends PyObject {
        private final PyAsyncGenerator owner;
        private PyObject firstValue;
        private PyException firstThrow;
        private final boolean closing;
        private boolean started;

        Step(PyAsyncGenerator owner, PyObject value, PyException thrown, boolean closing) {
            this.owner = owner;
            this.firstValue = value;
            this.firstThrow = thrown;
            this.closing = closing;
        }

        @Override
        public PyType type() {
            return firstThrow != null || closing ? ATHROW : ASEND;
        }

        PyObject step(PyObject sent, PyException thrown) {
            if (!started) {
                started = true;
                sent = firstValue;
                if (thrown == null) {
                    thrown = firstThrow;
                }
                firstValue = null;
                firstThrow = null;
            }
            PyObject r;
            try {
                r = owner.gen.resume(thrown == null ? sent : PySingleton.NONE, thrown);
            } catch (PyException e) {
                if (closing && (e.value.isInstance(ExceptionTypes.GENERATOR_EXIT)
                        || e.value.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION))) {
                    throw Errors.stopIteration(null);
                }
                throw e;
            }
            if (r == null) {
                if (closing) {
                    throw Errors.stopIteration(null);
                }
                throw Errors.raise(ExceptionTypes.STOP_ASYNC_ITERATION, new PyObject[0]);
            }
            if (r instanceof Wrapped w) {
                if (closing) {
                    throw Errors.runtimeError("async generator ignored GeneratorExit");
                }
                throw Errors.stopIteration(w.value);
            }
            return r;
        }
    }
}
