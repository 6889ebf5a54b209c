package org.jpsyco.frontend.python.objects;

/**
 * The built-in exceptions whose constructor arguments CPython parses into attributes: OSError
 * (errno, strerror, filename, filename2, and the subclass picked from the errno) and the three
 * Unicode errors (encoding, object, start, end, reason). Attributes live in the exception's
 * dict, so assigning one changes {@code str()} as in CPython; {@link #str} computes the text
 * from them each time.
 */
final class ExceptionArgs {
    private ExceptionArgs() {
    }

    /** Equivalent of CPython's {@code OSError_new} choosing the subclass from a Linux errno. */
    static PyType osErrorSubclass(PyType t, PyObject[] args) {
        if (t != ExceptionTypes.OS_ERROR || args.length < 2 || args.length > 5 || !(args[0] instanceof PyInt n)
                || n.isBig()) {
            return t;
        }
        return switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n.value))) {
            case 11, 114, 115 -> ExceptionTypes.BLOCKING_IO_ERROR;
            case 10 -> ExceptionTypes.CHILD_PROCESS_ERROR;
            case 32, 108 -> ExceptionTypes.BROKEN_PIPE_ERROR;
            case 103 -> ExceptionTypes.CONNECTION_ABORTED_ERROR;
            case 111 -> ExceptionTypes.CONNECTION_REFUSED_ERROR;
            case 104 -> ExceptionTypes.CONNECTION_RESET_ERROR;
            case 17 -> ExceptionTypes.FILE_EXISTS_ERROR;
            case 2 -> ExceptionTypes.FILE_NOT_FOUND_ERROR;
            case 21 -> ExceptionTypes.IS_A_DIRECTORY_ERROR;
            case 20 -> ExceptionTypes.NOT_A_DIRECTORY_ERROR;
            case 4 -> ExceptionTypes.INTERRUPTED_ERROR;
            case 1, 13 -> ExceptionTypes.PERMISSION_ERROR;
            case 3 -> ExceptionTypes.PROCESS_LOOKUP_ERROR;
            case 110 -> ExceptionTypes.TIMEOUT_ERROR;
            default -> t;
        };
    }

    /** Sets the parsed attributes of a new (or re-initialized) exception and its {@code args}. */
    static void init(PyBaseException e, PyObject[] args) {
        PyType t = e.type();
        if (t.isSubtype(ExceptionTypes.OS_ERROR)) {
            initOsError(e, args);
        } else if (t.isSubtype(ExceptionTypes.UNICODE_DECODE_ERROR)) {
            checkCount(args, 5);
            str(args[0], 1);
            PyObject object = args[1];
            byte[] b = PyByteArray.bytesLike(object);
            if (b == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + object.type().name() + "'");
            }
            unicode(e, args[0], new PyBytes(b), args[2], args[3], args[4], 1);
        } else if (t.isSubtype(ExceptionTypes.UNICODE_ENCODE_ERROR)) {
            checkCount(args, 5);
            str(args[0], 1);
            unicode(e, args[0], str(args[1], 2), args[2], args[3], args[4], 1);
        } else if (t.isSubtype(ExceptionTypes.UNICODE_TRANSLATE_ERROR)) {
            checkCount(args, 4);
            unicode(e, null, str(args[0], 1), args[1], args[2], args[3], 0);
        }
    }

    private static void checkCount(PyObject[] args, int n) {
        if (args.length != n) {
            throw Errors.typeError("function takes exactly " + n + " arguments (" + args.length + " given)");
        }
    }

    private static PyObject str(PyObject o, int pos) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("argument " + pos + " must be str, not " + o.type().name());
        }
        return o;
    }

    private static void unicode(PyBaseException e, PyObject encoding, PyObject object, PyObject start, PyObject end,
            PyObject reason, int shift) {
        if (encoding != null) {
            str(encoding, 1);
        }
        Abstract.index(start).longValue();
        Abstract.index(end).longValue();
        str(reason, 4 + shift);
        PyDict d = e.dict();
        d.putStr("encoding", encoding == null ? PySingleton.NONE : encoding);
        d.putStr("object", object);
        d.putStr("start", Abstract.index(start));
        d.putStr("end", Abstract.index(end));
        d.putStr("reason", reason);
    }

    private static void initOsError(PyBaseException e, PyObject[] args) {
        PyDict d = e.dict();
        d.putStr("errno", PySingleton.NONE);
        d.putStr("strerror", PySingleton.NONE);
        d.putStr("filename", PySingleton.NONE);
        d.putStr("filename2", PySingleton.NONE);
        if (args.length < 2 || args.length > 5) {
            return;
        }
        d.putStr("errno", args[0]);
        d.putStr("strerror", args[1]);
        PyObject filename = args.length > 2 ? args[2] : PySingleton.NONE;
        if (filename != PySingleton.NONE) {
            d.putStr("filename", filename);
            if (args.length == 5 && args[4] != PySingleton.NONE) {
                d.putStr("filename2", args[4]);
            }
            e.args = PyTuple.of(args[0], args[1]);
        }
    }

    /** {@code str(exc)} for the exceptions above, or null for any other. */
    static String str(PyBaseException e) {
        PyType t = e.type();
        PyDict d = e.dict();
        if (t.isSubtype(ExceptionTypes.OS_ERROR)) {
            PyObject errno = d.getStr("errno");
            PyObject strerror = d.getStr("strerror");
            PyObject filename = d.getStr("filename");
            PyObject filename2 = d.getStr("filename2");
            if (filename != null && filename != PySingleton.NONE) {
                String base = "[Errno " + s(errno) + "] " + s(strerror) + ": " + Abstract.repr(filename).value();
                return filename2 != null && filename2 != PySingleton.NONE
                        ? base + " -> " + Abstract.repr(filename2).value() : base;
            }
            if (errno != null && errno != PySingleton.NONE && strerror != null && strerror != PySingleton.NONE) {
                return "[Errno " + s(errno) + "] " + s(strerror);
            }
            return null;
        }
        boolean decode = t.isSubtype(ExceptionTypes.UNICODE_DECODE_ERROR);
        boolean encode = t.isSubtype(ExceptionTypes.UNICODE_ENCODE_ERROR);
        boolean translate = t.isSubtype(ExceptionTypes.UNICODE_TRANSLATE_ERROR);
        if (!decode && !encode && !translate) {
            return null;
        }
        PyObject object = d.getStr("object");
        PyObject startObj = d.getStr("start");
        PyObject endObj = d.getStr("end");
        if (object == null || !(startObj instanceof PyInt si) || !(endObj instanceof PyInt ei)) {
            return "";
        }
        long start = si.longValue();
        long end = ei.longValue();
        String reason = s(d.getStr("reason"));
        String prefix = translate ? "can't translate" : "'" + s(d.getStr("encoding")) + "' codec can't "
                + (decode ? "decode" : "encode");
        long len = object instanceof PyBytes b ? b.value.length : ((PyStr) object).length();
        if (start >= 0 && start < len && end == start + 1) {
            if (decode) {
                return String.format("%s byte 0x%02x in position %d: %s", prefix,
                        ((PyBytes) object).value[(int) start] & 0xff, start, reason);
            }
            return prefix + " character '" + escape(((PyStr) object).codePointAt((int) start)) + "' in position "
                    + start + ": " + reason;
        }
        return prefix + (decode ? " bytes" : " characters") + " in position " + start + "-" + (end - 1) + ": "
                + reason;
    }

    private static String s(PyObject o) {
        return o == null ? "None" : Abstract.str(o).value();
    }

    /** The character as CPython writes it in these messages: always an escape. */
    static String escape(int c) {
        if (c <= 0xff) {
            return String.format("\\x%02x", c);
        }
        if (c <= 0xffff) {
            return String.format("\\u%04x", c);
        }
        return String.format("\\U%08x", c);
    }
}
