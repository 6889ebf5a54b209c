package org.jpsyco.frontend.python.objects;

/**
 * {@code hash()} as CPython computes it for each built-in type (the str/bytes, int, float and
 * frozenset algorithms live with their types), the rules for classes that define or drop
 * {@code __hash__}, and identity hashes.
 */
final class Hashing {
    private static final PyObject NONE = PySingleton.NONE;

    private Hashing() {
    }

    /** Equivalent of CPython's {@code PyObject_Hash}. */
    static long hash(PyObject o) {
        if (o.type().heap && !(o instanceof PyInstance) && !(o instanceof PyBaseException)) {
            PyObject m = o.type().lookup("__hash__");
            if (m == NONE) {
                throw Errors.typeError("unhashable type: '" + o.type().name() + "'");
            }
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                return userHash(Abstract.callDescriptor(m, o));
            }
        }
        if (o instanceof PyStr s) {
            return s.pyHash();
        }
        if (o instanceof PyInt i) {
            return i.hash();
        }
        if (o instanceof PyFloat f) {
            // since 3.10 a NaN hashes by identity, so distinct NaNs spread over a set's table
            return Double.isNaN(f.value) ? identityHash(o) : PyFloat.hash(f.value);
        }
        if (o instanceof PyTuple t) {
            return tupleHash(t);
        }
        if (o instanceof PyBytes b) {
            return b.hash();
        }
        if (o instanceof PyComplex c) {
            return c.hash();
        }
        if (o instanceof PyMemoryView mv) {
            return mv.hash();
        }
        if (o instanceof PyList || o instanceof PyDict || (o instanceof PySet s && !s.frozen) || o instanceof PySlice
                || o instanceof PyByteArray) {
            throw Errors.typeError("unhashable type: '" + o.type().name() + "'");
        }
        if (o instanceof PySet s) {
            return s.frozenHash();
        }
        if (o instanceof PyRange r && !o.type().heap) {
            // CPython hashes (len, start, step), with None for what the length makes irrelevant
            long n = r.length();
            return tupleHash(PyTuple.of(PyInt.of(n), n == 0 ? NONE : PyInt.of(r.start),
                    n <= 1 ? NONE : PyInt.of(r.step)));
        }
        if (o.type().heap) {
            PyObject m = o.type().lookup("__hash__");
            if (m == NONE) {
                throw Errors.typeError("unhashable type: '" + o.type().name() + "'");
            }
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                return userHash(Abstract.callDescriptor(m, o));
            }
            if (m == null || m instanceof PyBuiltinFunction) {
                PyObject eq = o.type().lookup("__eq__");
                if (eq != null && !(eq instanceof PyBuiltinFunction) && o.type().dict().getStr("__hash__") == null
                        && definesEqWithoutHash(o.type())) {
                    throw Errors.typeError("unhashable type: '" + o.type().name() + "'");
                }
            }
        }
        return identityHash(o);
    }

    /** What CPython makes of the value a Python {@code __hash__} returned. */
    private static long userHash(PyObject r) {
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        if (i.big == null) {
            long h = i.value;
            return h == -1 ? -2 : h;
        }
        return i.hash();
    }

    private static boolean definesEqWithoutHash(PyType t) {
        for (PyType c : t.mro()) {
            if (!c.heap) {
                return false;
            }
            PyDict d = c.dict();
            if (d.getStr("__hash__") != null) {
                return false;
            }
            if (d.getStr("__eq__") != null) {
                return true;
            }
        }
        return false;
    }

    static long identityHash(PyObject o) {
        return System.identityHashCode(o) >>> 4 | ((long) System.identityHashCode(o) << 28);
    }

    /** CPython's tuple hash (xxHash-based, 3.8+). */
    static long tupleHash(PyTuple t) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (PyObject item : t.items) {
            // exact ints, the commonest items of tuple keys, hash without the type dispatch
            long lane = item.getClass() == PyInt.class && ((PyInt) item).isPlain() && ((PyInt) item).big == null
                    ? PyDict.intHash(((PyInt) item).value) : hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }
}
