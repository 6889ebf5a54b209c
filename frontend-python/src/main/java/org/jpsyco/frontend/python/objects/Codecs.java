package org.jpsyco.frontend.python.objects;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The text codecs behind {@code str.encode}, {@code bytes.decode}, {@code str(b, enc)} and
 * {@code open(..., encoding=)}: utf-8 (and utf-8-sig), ascii, latin-1, utf-16 and utf-32 (with
 * and without byte order) written here so that their error ranges and reasons are CPython's,
 * any other Java charset as a fallback. An error range goes to the named error handler
 * ({@code strict}, {@code ignore}, {@code replace}, {@code backslashreplace},
 * {@code surrogateescape}, {@code surrogatepass}, and for encoding {@code xmlcharrefreplace}
 * and {@code namereplace}), which raises UnicodeDecodeError / UnicodeEncodeError for strict.
 * Positions are code point indexes into the string, byte indexes into the bytes.
 */
public final class Codecs {
    private Codecs() {
    }

    /** The codec's canonical name as CPython prints it in errors, from any alias; null if unknown. */
    static String canonical(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "utf-8-sig" -> "utf-8-sig";
            case "ascii", "us-ascii", "646", "us" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin", "iso-ir-100" ->
                    "latin-1";
            case "utf-16", "utf16" -> "utf-16";
            case "utf-16-le", "utf-16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be" -> "utf-16-be";
            case "utf-32", "utf32" -> "utf-32";
            case "utf-32-le", "utf-32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be" -> "utf-32-be";
            default -> null;
        };
    }

    /** The canonical name of a codec written here, or the name itself for any other. */
    public static String canonicalName(String encoding) {
        String c = canonical(encoding);
        return c == null ? encoding : c;
    }

    private static Charset fallback(String encoding) {
        try {
            return Charset.forName(encoding);
        } catch (RuntimeException e) {
            throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
    }

    /** Checks an encoding name is known, raising LookupError as CPython's codec lookup does. */
    public static void lookup(String encoding) {
        if (canonical(encoding) == null) {
            fallback(encoding);
        }
    }

    /** The encoding and errors arguments of {@code fname} at positions 1 and 2 (or by keyword). */
    static String[] encodingArgs(String fname, PyObject[] a, String[] k, int first) {
        int npos = a.length - k.length;
        PyObject enc = npos > first ? a[first] : Args.keyword(a, k, "encoding");
        PyObject err = npos > first + 1 ? a[first + 1] : Args.keyword(a, k, "errors");
        String what = fname.endsWith(")") ? fname : fname + "()";
        String e = enc == null ? "utf-8" : argStr(enc, what, "encoding", first + 1);
        String r = err == null ? "strict" : argStr(err, what, "errors", first + 2);
        return new String[] {e, r};
    }

    private static String argStr(PyObject o, String fname, String name, int pos) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError(fname + " argument '" + name + "' must be str, not " + o.type().name());
    }

    /** {@code str(object, encoding, errors)} with at least one of the last two given. */
    static PyObject strFromBytes(PyObject[] a, String[] k) {
        Args.onlyKeywords("str", k, "object", "encoding", "errors");
        PyObject o = a.length - k.length > 0 ? a[0] : Args.keyword(a, k, "object");
        String[] ee = encodingArgs("str", a, k, 1);
        if (o == null) {
            return PyStr.EMPTY;
        }
        if (o instanceof PyStr) {
            throw Errors.typeError("decoding str is not supported");
        }
        byte[] b = PyByteArray.bytesLike(o);
        if (b == null) {
            throw Errors.typeError("decoding to str: need a bytes-like object, " + o.type().name() + " found");
        }
        return PyStr.of(decode(b, ee[0], ee[1]));
    }

    // ---------------------------------------------------------------- encoding

    public static byte[] encode(PyStr s, String encoding, String errors) {
        String name = canonical(encoding);
        int[] cps = s.codePoints();
        Out out = new Out();
        if (name == null) {
            encodeFallback(s, encoding, errors, out);
            return out.toByteArray();
        }
        int limit = name.equals("ascii") ? 0x80 : name.equals("latin-1") ? 0x100 : 0x110000;
        String reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
        switch (name) {
            case "utf-16" -> out.bytes(0xff, 0xfe);
            case "utf-32" -> out.bytes(0xff, 0xfe, 0, 0);
            case "utf-8-sig" -> out.bytes(0xef, 0xbb, 0xbf);
            default -> {
            }
        }
        String shown = name.equals("utf-8-sig") ? "utf-8" : name;
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            boolean bad = c >= limit || (limit == 0x110000 && c >= 0xd800 && c < 0xe000);
            if (!bad) {
                put(name, c, out);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (cps[end] >= limit || (limit == 0x110000 && cps[end] >= 0xd800
                    && cps[end] < 0xe000))) {
                end++;
            }
            encodeError(shown, name, errors, s, cps, i, end, reason, out);
            i = end;
        }
        return out.toByteArray();
    }

    private static void put(String name, int c, Out out) {
        switch (name) {
            case "utf-8", "utf-8-sig" -> {
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.bytes(0xc0 | c >> 6, 0x80 | c & 0x3f);
                } else if (c < 0x10000) {
                    out.bytes(0xe0 | c >> 12, 0x80 | c >> 6 & 0x3f, 0x80 | c & 0x3f);
                } else {
                    out.bytes(0xf0 | c >> 18, 0x80 | c >> 12 & 0x3f, 0x80 | c >> 6 & 0x3f, 0x80 | c & 0x3f);
                }
            }
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                boolean be = name.endsWith("be");
                if (c >= 0x10000) {
                    unit16(0xd800 | (c - 0x10000) >> 10, be, out);
                    unit16(0xdc00 | (c - 0x10000) & 0x3ff, be, out);
                } else {
                    unit16(c, be, out);
                }
            }
            case "utf-32", "utf-32-le", "utf-32-be" -> {
                if (name.endsWith("be")) {
                    out.bytes(c >>> 24, c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff);
                } else {
                    out.bytes(c & 0xff, c >> 8 & 0xff, c >> 16 & 0xff, c >>> 24);
                }
            }
            default -> out.write(c);
        }
    }

    private static void unit16(int u, boolean be, Out out) {
        if (be) {
            out.bytes(u >> 8, u & 0xff);
        } else {
            out.bytes(u & 0xff, u >> 8);
        }
    }

    private static void encodeError(String shown, String name, String errors, PyStr s, int[] cps, int start, int end,
            String reason, Out out) {
        switch (errors) {
            case "strict" -> throw encodeException(shown, s, start, end, reason);
            case "ignore" -> {
            }
            case "replace" -> {
                for (int i = start; i < end; i++) {
                    put(name, '?', out);
                }
            }
            case "backslashreplace", "namereplace", "xmlcharrefreplace" -> {
                for (int i = start; i < end; i++) {
                    String r = switch (errors) {
                        case "xmlcharrefreplace" -> "&#" + cps[i] + ";";
                        case "namereplace" -> Character.getName(cps[i]) != null
                                ? "\\N{" + Character.getName(cps[i]) + "}" : backslash(cps[i]);
                        default -> backslash(cps[i]);
                    };
                    r.chars().forEach(ch -> put(name, ch, out));
                }
            }
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                        throw encodeException(shown, s, start, end, reason);
                    }
                }
                for (int i = start; i < end; i++) {
                    out.write(cps[i] - 0xdc00);
                }
            }
            case "surrogatepass" -> {
                if (!name.startsWith("utf")) {
                    throw encodeException(shown, s, start, end, reason);
                }
                for (int i = start; i < end; i++) {
                    if (cps[i] < 0xd800 || cps[i] >= 0xe000) {
                        throw encodeException(shown, s, start, end, reason);
                    }
                    put(name, cps[i], out);
                }
            }
            default -> throw unknownHandler(errors);
        }
    }

    private static String backslash(int c) {
        return ExceptionArgs.escape(c);
    }

    private static PyException unknownHandler(String errors) {
        return Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    static PyException encodeException(String encoding, PyStr s, int start, int end, String reason) {
        PyObject[] args = {PyStr.of(encoding), s, PyInt.of(start), PyInt.of(end), PyStr.of(reason)};
        PyBaseException e = new PyBaseException(ExceptionTypes.UNICODE_ENCODE_ERROR, PyTuple.of(args));
        ExceptionArgs.init(e, args);
        return e.toThrowable();
    }

    private static void encodeFallback(PyStr s, String encoding, String errors, Out out) {
        Charset cs = fallback(encoding);
        CharsetEncoder enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String shown = enc.maxBytesPerChar() <= 1 ? "charmap" : canonicalFallbackName(encoding);
        String reason = enc.maxBytesPerChar() <= 1 ? "character maps to <undefined>" : "illegal multibyte sequence";
        String v = s.value();
        CharBuffer in = CharBuffer.wrap(v);
        ByteBuffer buf = ByteBuffer.allocate(Math.max(16, (int) (v.length() * enc.maxBytesPerChar()) + 16));
        while (true) {
            CoderResult r = enc.encode(in, buf, true);
            out.write(buf.array(), 0, buf.position());
            buf.clear();
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                int startChar = in.position();
                int start = v.codePointCount(0, startChar);
                int end = v.codePointCount(0, startChar + r.length());
                int[] cps = s.codePoints();
                encodeError(shown, "ascii", errors, s, cps, start, end, reason, out);
                in.position(startChar + r.length());
            }
        }
        enc.flush(buf);
        out.write(buf.array(), 0, buf.position());
    }

    private static String canonicalFallbackName(String encoding) {
        return encoding.toLowerCase().replace('-', '_');
    }

    // ---------------------------------------------------------------- decoding

    public static String decode(byte[] b, String encoding, String errors) {
        String name = canonical(encoding);
        if (name == null) {
            return decodeFallback(b, encoding, errors);
        }
        StringBuilder sb = new StringBuilder(b.length);
        switch (name) {
            case "utf-8" -> decodeUtf8(b, 0, "utf-8", errors, sb);
            case "utf-8-sig" -> decodeUtf8(b, b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb
                    && (b[2] & 0xff) == 0xbf ? 3 : 0, "utf-8", errors, sb);
            case "ascii", "latin-1" -> {
                int limit = name.equals("ascii") ? 0x80 : 0x100;
                for (int i = 0; i < b.length; i++) {
                    int c = b[i] & 0xff;
                    if (c < limit) {
                        sb.append((char) c);
                    } else {
                        decodeError(name, errors, b, i, i + 1, "ordinal not in range(128)", sb);
                    }
                }
            }
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                boolean be = name.equals("utf-16-be");
                int start = 0;
                if (name.equals("utf-16") && b.length >= 2) {
                    if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                        start = 2;
                    } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                        start = 2;
                        be = true;
                    }
                }
                decodeUtf16(b, start, be, errors, sb);
            }
            default -> {
                boolean be = name.equals("utf-32-be");
                int start = 0;
                if (name.equals("utf-32") && b.length >= 4) {
                    if (u32(b, 0, false) == 0xfeff) {
                        start = 4;
                    } else if (u32(b, 0, true) == 0xfeff) {
                        start = 4;
                        be = true;
                    }
                }
                decodeUtf32(b, start, be, errors, sb);
            }
        }
        return sb.toString();
    }

    private static void decodeUtf8(byte[] b, int i, String name, String errors, StringBuilder sb) {
        boolean pass = errors.equals("surrogatepass");
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed && !pass) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                decodeError(name, errors, b, i, i + 1, "invalid start byte", sb);
                i++;
                continue;
            }
            int cp = c & (0x3f >> need);
            int j = 1;
            boolean ok = true;
            for (; j <= need; j++) {
                if (i + j >= n) {
                    decodeError(name, errors, b, i, n, "unexpected end of data", sb);
                    return;
                }
                int d = b[i + j] & 0xff;
                int l = j == 1 ? lo : 0x80;
                int h = j == 1 ? hi : 0xbf;
                if (d < l || d > h) {
                    ok = false;
                    break;
                }
                cp = cp << 6 | (d & 0x3f);
            }
            if (!ok) {
                decodeError(name, errors, b, i, i + j, "invalid continuation byte", sb);
                i += j;
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
    }

    private static void decodeUtf16(byte[] b, int i, boolean be, String errors, StringBuilder sb) {
        String name = be ? "utf-16-be" : "utf-16-le";
        int n = b.length;
        while (i < n) {
            if (i + 1 >= n) {
                decodeError(name, errors, b, i, n, "truncated data", sb);
                return;
            }
            int u = be ? (b[i] & 0xff) << 8 | b[i + 1] & 0xff : (b[i + 1] & 0xff) << 8 | b[i] & 0xff;
            if (u < 0xd800 || u >= 0xe000) {
                sb.append((char) u);
                i += 2;
            } else if (u >= 0xdc00) {
                decodeError(name, errors, b, i, i + 2, "illegal encoding", sb);
                i += 2;
            } else if (i + 3 >= n) {
                decodeError(name, errors, b, i, n, i + 2 < n ? "unexpected end of data" : "unexpected end of data",
                        sb);
                return;
            } else {
                int v = be ? (b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff : (b[i + 3] & 0xff) << 8 | b[i + 2] & 0xff;
                if (v >= 0xdc00 && v < 0xe000) {
                    sb.append((char) u).append((char) v);
                    i += 4;
                } else {
                    decodeError(name, errors, b, i, i + 2, "illegal UTF-16 surrogate", sb);
                    i += 2;
                }
            }
        }
    }

    private static int u32(byte[] b, int i, boolean be) {
        return be ? (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff
                : (b[i + 3] & 0xff) << 24 | (b[i + 2] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | b[i] & 0xff;
    }

    private static void decodeUtf32(byte[] b, int i, boolean be, String errors, StringBuilder sb) {
        String name = be ? "utf-32-be" : "utf-32-le";
        int n = b.length;
        while (i < n) {
            if (i + 3 >= n) {
                decodeError(name, errors, b, i, n, "truncated data", sb);
                return;
            }
            long c = u32(b, i, be) & 0xffffffffL;
            if (c >= 0x110000) {
                decodeError(name, errors, b, i, i + 4, "code point not in range(0x110000)", sb);
            } else if (c >= 0xd800 && c < 0xe000 && !errors.equals("surrogatepass")) {
                decodeError(name, errors, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)",
                        sb);
            } else {
                sb.appendCodePoint((int) c);
            }
            i += 4;
        }
    }

    private static void decodeError(String name, String errors, byte[] b, int start, int end, String reason,
            StringBuilder sb) {
        if (name.equals("ascii")) {
            reason = "ordinal not in range(128)";
        }
        switch (errors) {
            case "strict", "surrogatepass" -> throw decodeException(name, b, start, end, reason);
            case "ignore" -> {
            }
            case "replace" -> sb.append('\ufffd');
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    sb.append(String.format("\\x%02x", b[i] & 0xff));
                }
            }
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    if ((b[i] & 0xff) < 0x80) {
                        throw decodeException(name, b, start, end, reason);
                    }
                }
                for (int i = start; i < end; i++) {
                    sb.append((char) (0xdc00 + (b[i] & 0xff)));
                }
            }
            case "xmlcharrefreplace", "namereplace" ->
                    throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default -> throw unknownHandler(errors);
        }
    }

    static PyException decodeException(String encoding, byte[] b, int start, int end, String reason) {
        PyObject[] args = {PyStr.of(encoding), new PyBytes(b), PyInt.of(start), PyInt.of(end), PyStr.of(reason)};
        PyBaseException e = new PyBaseException(ExceptionTypes.UNICODE_DECODE_ERROR, PyTuple.of(args));
        ExceptionArgs.init(e, args);
        return e.toThrowable();
    }

    private static String decodeFallback(byte[] b, String encoding, String errors) {
        Charset cs = fallback(encoding);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean single = cs.newEncoder().maxBytesPerChar() <= 1;
        String shown = single ? "charmap" : canonicalFallbackName(encoding);
        String reason = single ? "character maps to <undefined>" : "illegal multibyte sequence";
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer buf = CharBuffer.allocate(b.length + 16);
        StringBuilder sb = new StringBuilder(b.length);
        while (true) {
            CoderResult r = dec.decode(in, buf, true);
            buf.flip();
            sb.append(buf);
            buf.clear();
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                int start = in.position();
                decodeError(shown, errors, b, start, start + r.length(), reason, sb);
                in.position(start + r.length());
            }
        }
        dec.flush(buf);
        buf.flip();
        return sb.append(buf).toString();
    }

    /** A byte sink whose writes take ints, so codec code needs no casts. */
    private static final class Out extends ByteArrayOutputStream {
        void bytes(int... bs) {
            for (int x : bs) {
                write(x);
            }
        }
    }
}
