package org.jpsyco.frontend.python.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code bytes % args} and {@code bytearray % args} (PEP 461): the str %-formatting grammar over
 * bytes. {@code %s}/{@code %b} take bytes-like objects or {@code __bytes__}, {@code %r}/{@code %a}
 * give {@code ascii()}, {@code %c} takes an int below 256 or one byte; numeric conversions are
 * the str ones (their text is ASCII), so they run through {@link StrFormat#percent}.
 */
final class BytesFormat {
    private BytesFormat() {
    }

    static byte[] percent(byte[] fmt, PyObject args) {
        PyObject[] items = args instanceof PyTuple t ? t.items : new PyObject[] {args};
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof PyBytes) && !(args instanceof PyStr)
                && (args instanceof PyDict || args instanceof PyList || args instanceof PyByteArray
                        || args.type().heap && args.type().lookup("__getitem__") != null);
        int argi = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = fmt.length;
        for (int i = 0; i < n; i++) {
            int c = fmt[i] & 0xff;
            if (c != '%') {
                out.write(c);
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            PyObject value = null;
            if (fmt[i] == '(') {
                int depth = 1;
                int close = i + 1;
                while (close < n && depth > 0) {
                    depth += fmt[close] == '(' ? 1 : fmt[close] == ')' ? -1 : 0;
                    close++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                if (!mapping) {
                    throw Errors.typeError("format requires a mapping");
                }
                byte[] key = java.util.Arrays.copyOfRange(fmt, i + 1, close - 1);
                value = Abstract.getItem(args, new PyBytes(key));
                i = close;
            }
            StringBuilder spec = new StringBuilder("%");
            while (i < n && "-+ #0".indexOf(fmt[i]) >= 0) {
                spec.append((char) fmt[i++]);
            }
            String flags = spec.substring(1);
            int width = -1;
            if (i < n && fmt[i] == '*') {
                width = Abstract.index(nextArg(items, argi++)).intValue();
                spec.append(width);
                i++;
            } else {
                int st = i;
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    i++;
                }
                if (i > st) {
                    width = Integer.parseInt(new String(fmt, st, i - st, StandardCharsets.ISO_8859_1));
                    spec.append(width);
                }
            }
            int prec = -1;
            if (i < n && fmt[i] == '.') {
                i++;
                if (i < n && fmt[i] == '*') {
                    prec = Abstract.index(nextArg(items, argi++)).intValue();
                    i++;
                } else {
                    int st = i;
                    while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                        i++;
                    }
                    prec = i > st ? Integer.parseInt(new String(fmt, st, i - st, StandardCharsets.ISO_8859_1)) : 0;
                }
                spec.append('.').append(prec);
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char type = (char) (fmt[i] & 0xff);
            if (type == '%') {
                out.write('%');
                continue;
            }
            if (value == null) {
                if (mapping) {
                    value = args;
                } else {
                    if (argi >= items.length) {
                        throw Errors.typeError("not enough arguments for format string");
                    }
                    value = items[argi++];
                }
            }
            byte[] piece;
            switch (type) {
                case 's', 'b' -> piece = truncate(bytesOf(value), prec);
                case 'r', 'a' -> piece = truncate(Abstract.ascii(value).value().getBytes(StandardCharsets.ISO_8859_1),
                        prec);
                case 'c' -> piece = new byte[] {charByte(value)};
                case 'd', 'i', 'u', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    String s = StrFormat.percent(spec.toString() + type, PyTuple.of(value));
                    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
                    continue;
                }
                default -> throw Errors.valueError("unsupported format character '" + type + "' (0x"
                        + Integer.toHexString(type) + ") at index " + i);
            }
            int pad = Math.max(0, width - piece.length);
            boolean left = flags.contains("-");
            if (!left) {
                out.writeBytes(" ".repeat(pad).getBytes(StandardCharsets.ISO_8859_1));
            }
            out.writeBytes(piece);
            if (left) {
                out.writeBytes(" ".repeat(pad).getBytes(StandardCharsets.ISO_8859_1));
            }
            assert start >= 0;
        }
        if (!mapping && argi < items.length) {
            throw Errors.typeError("not all arguments converted during bytes formatting");
        }
        return out.toByteArray();
    }

    private static PyObject nextArg(PyObject[] items, int i) {
        if (i >= items.length) {
            throw Errors.typeError("not enough arguments for format string");
        }
        if (!(items[i] instanceof PyInt)) {
            throw Errors.typeError("* wants int");
        }
        return items[i];
    }

    private static byte[] truncate(byte[] b, int prec) {
        return prec >= 0 && prec < b.length ? java.util.Arrays.copyOf(b, prec) : b;
    }

    /** What {@code %b} accepts: a buffer or an object with {@code __bytes__}. */
    private static byte[] bytesOf(PyObject v) {
        byte[] raw = PyByteArray.bytesLike(v);
        if (raw != null) {
            return raw;
        }
        if (v.type().heap && v.type().lookup("__bytes__") != null) {
            PyObject r = Abstract.callMethod(v, "__bytes__");
            if (r instanceof PyBytes b) {
                return b.value;
            }
            throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
        }
        BufferSource buffer = BufferSource.of(v);
        if (buffer != null) {
            return buffer.contents().clone();
        }
        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + v.type().name() + "'");
    }

    private static byte charByte(PyObject v) {
        if (v instanceof PyInt i) {
            if (i.isBig() || i.value < 0 || i.value > 255) {
                throw Errors.overflowError("%c arg not in range(256)");
            }
            return (byte) i.value;
        }
        byte[] raw = PyByteArray.bytesLike(v);
        if (raw != null && raw.length == 1 && !(v instanceof PyMemoryView)) {
            return raw[0];
        }
        throw Errors.typeError("%c requires an integer in range(256) or a single byte");
    }
}
