package org.jpsyco.frontend.python.modules.binary;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyByteArray;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyType;

/** Bytes-like arguments and opaque handles shared by the native helper modules. */
final class Buffers {
    private Buffers() {
    }

    /** The type of every opaque native handle; the Python wrappers never show it. */
    static final PyType HANDLE = PyType.builtin("native_handle", PyType.OBJECT);

    /** A Java object carried through Python code by a wrapper class. */
    static final class Handle<T> extends PyObject {
        T value;

        Handle(T value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return HANDLE;
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T unwrap(PyObject o, Class<T> cls) {
        if (o instanceof Handle<?> h && cls.isInstance(h.value)) {
            return (T) h.value;
        }
        throw Errors.typeError("expected a native " + cls.getSimpleName() + " handle");
    }

    /** The bytes of a bytes-like object (bytes, bytearray, or anything with tobytes/__bytes__). */
    static byte[] bytes(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof PyByteArray ba) {
            return ba.toArray();
        }
        if (!(o instanceof PyStr) && o.type().lookup("tobytes") != null) {
            PyObject r = Abstract.callMethod(o, "tobytes");
            if (r instanceof PyBytes b) {
                return b.value;
            }
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    static int intArg(PyObject o) {
        return Abstract.index(o).intValue();
    }

    static long longArg(PyObject o) {
        return Abstract.index(o).longValue();
    }
}
