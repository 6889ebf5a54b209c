package org.jpsyco.frontend.python.modules.binary;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * {@code _jpsyco_zlib}: deflate streams on {@code java.util.zip}. The JDK speaks the zlib and
 * raw formats; the gzip wrapper (wbits 16 + n) and automatic detection (32 + n) are added here
 * around a raw stream, as zlib itself does. Errors come back as (code, message) tuples raised
 * by the Python side as {@code zlib.error}, with zlib's own messages.
 */
public final class ZlibNative {
    private ZlibNative() {
    }

    /** A compression stream. */
    static final class Compressor {
        final Deflater d;
        final boolean gzip;
        final int level;
        boolean started;
        final CRC32 crc = new CRC32();
        boolean finished;

        Compressor(int level, int wbits, int strategy) {
            this.level = level;
            this.gzip = wbits > 15;
            this.d = new Deflater(level, wbits < 0 || gzip);
            d.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY
                    : Deflater.DEFAULT_STRATEGY);
        }

        byte[] compress(byte[] in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            crc.update(in);
            d.setInput(in);
            drain(out, Deflater.NO_FLUSH);
            return out.toByteArray();
        }

        private void header(ByteArrayOutputStream out) {
            if (gzip && !started) {
                int xfl = level == 9 ? 2 : level == 0 || level == 1 ? 4 : 0;
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
            started = true;
        }

        private void drain(ByteArrayOutputStream out, int mode) {
            byte[] buf = new byte[16384];
            while (true) {
                int n = d.deflate(buf, 0, buf.length, mode);
                out.write(buf, 0, n);
                if (n < buf.length) {
                    return;
                }
            }
        }

        /** mode: 0 none, 2 sync, 3 full, 4 finish (zlib's constants). */
        byte[] flush(int mode) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (mode == 0 || finished) {
                return out.toByteArray();
            }
            header(out);
            if (mode == 4) {
                d.finish();
                byte[] buf = new byte[16384];
                while (!d.finished()) {
                    out.write(buf, 0, d.deflate(buf));
                }
                if (gzip) {
                    long c = crc.getValue();
                    long n = d.getBytesRead();
                    out.writeBytes(new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
                        (byte) n, (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)});
                }
                finished = true;
                d.end();
            } else {
                drain(out, mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH);
            }
            return out.toByteArray();
        }
    }

    /** A decompression stream in the zlib, raw or gzip format (or detected from the first bytes). */
    static final class Decompressor {
        /** 0 zlib, 1 raw, 2 gzip, 3 detect zlib or gzip. */
        int format;
        Inflater inf;
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] trailer;
        int trailerNeeded;
        final CRC32 crc = new CRC32();
        boolean eof;
        byte[] unused = new byte[0];
        byte[] tail = new byte[0];

        Decompressor(int wbits) {
            format = wbits < 0 ? 1 : wbits > 31 ? 3 : wbits > 15 ? 2 : 0;
            if (format <= 1) {
                inf = new Inflater(format == 1);
            }
        }

        /** The gzip header's length if {@code b} holds all of it, -1 if more is needed, -2 if bad. */
        private static int gzipHeader(byte[] b) {
            if (b.length < 10) {
                return (b.length >= 1 && (b[0] & 0xff) != 0x1f) || (b.length >= 2 && (b[1] & 0xff) != 0x8b) ? -2
                        : -1;
            }
            if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
                return -2;
            }
            int flg = b[3] & 0xff;
            int p = 10;
            if ((flg & 4) != 0) {
                if (b.length < p + 2) {
                    return -1;
                }
                p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
            }
            for (int bit : new int[] {8, 16}) {
                if ((flg & bit) != 0) {
                    while (p < b.length && b[p] != 0) {
                        p++;
                    }
                    if (p >= b.length) {
                        return -1;
                    }
                    p++;
                }
            }
            if ((flg & 2) != 0) {
                p += 2;
            }
            return p <= b.length ? p : -1;
        }

        /** Returns the output, or throws a DataFormatException with zlib's message. */
        byte[] decompress(byte[] in, int maxLength) throws DataFormatException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (eof) {
                unused = concat(unused, in);
                return out.toByteArray();
            }
            if (inf == null) {
                head.writeBytes(in);
                byte[] h = head.toByteArray();
                if (format == 3 && h.length >= 1 && (h[0] & 0xff) != 0x1f) {
                    format = 0;
                    inf = new Inflater(false);
                    in = h;
                } else {
                    int n = gzipHeader(h);
                    if (n == -1) {
                        return out.toByteArray();
                    }
                    if (n == -2) {
                        throw new DataFormatException("incorrect header check");
                    }
                    format = 2;
                    inf = new Inflater(true);
                    in = java.util.Arrays.copyOfRange(h, n, h.length);
                }
            }
            if (trailer != null) {
                return finishTrailer(in, out);
            }
            byte[] fed = concat(tail, in);
            inf.setInput(fed);
            tail = new byte[0];
            byte[] buf = new byte[16384];
            while (!inf.finished()) {
                int room = maxLength > 0 ? Math.min(buf.length, maxLength - out.size()) : buf.length;
                if (room <= 0) {
                    break;
                }
                int n = inf.inflate(buf, 0, room);
                out.write(buf, 0, n);
                crc.update(buf, 0, n);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
            }
            int rest = inf.getRemaining();
            byte[] left = java.util.Arrays.copyOfRange(fed, fed.length - rest, fed.length);
            if (inf.finished()) {
                if (format == 2) {
                    trailer = new byte[0];
                    return finishTrailer(left, out);
                }
                eof = true;
                unused = left;
            } else if (maxLength > 0 || inf.needsDictionary()) {
                tail = left;
            }
            return out.toByteArray();
        }

        private byte[] finishTrailer(byte[] in, ByteArrayOutputStream out) throws DataFormatException {
            byte[] t = concat(trailer, in);
            if (t.length < 8) {
                trailer = t;
                return out.toByteArray();
            }
            long c = (t[0] & 0xffL) | (t[1] & 0xffL) << 8 | (t[2] & 0xffL) << 16 | (t[3] & 0xffL) << 24;
            if (c != crc.getValue()) {
                throw new DataFormatException("incorrect data check");
            }
            eof = true;
            unused = java.util.Arrays.copyOfRange(t, 8, t.length);
            return out.toByteArray();
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static PyObject zerror(DataFormatException e) {
        String msg = e.getMessage() == null ? "invalid stored block lengths" : e.getMessage();
        return PyTuple.of(PyInt.of(-3), PyStr.of(msg));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_jpsyco_zlib");
        m.def("crc32", (a, k) -> {
            CRC32 c = new CRC32();
            byte[] b = Buffers.bytes(a[0]);
            long start = a.length > 1 ? Abstract.index(a[1]).longValue() & 0xffffffffL : 0;
            if (start == 0) {
                c.update(b);
                return PyInt.of(c.getValue());
            }
            return PyInt.of(crc32Continue(start, b));
        });
        m.def("adler32", (a, k) -> {
            byte[] b = Buffers.bytes(a[0]);
            long v = a.length > 1 ? Abstract.index(a[1]).longValue() & 0xffffffffL : 1;
            long s1 = v & 0xffff;
            long s2 = v >>> 16;
            for (byte x : b) {
                s1 = (s1 + (x & 0xff)) % 65521;
                s2 = (s2 + s1) % 65521;
            }
            return PyInt.of((s2 << 16) | s1);
        });
        m.def("compressor", (a, k) -> new Buffers.Handle<>(new Compressor(Buffers.intArg(a[0]),
                Buffers.intArg(a[1]), Buffers.intArg(a[2]))));
        m.def("set_dictionary", (a, k) -> {
            Object h = ((Buffers.Handle<?>) a[0]).value;
            if (h instanceof Compressor c) {
                c.d.setDictionary(Buffers.bytes(a[1]));
            } else {
                Decompressor d = (Decompressor) h;
                d.inf.setDictionary(Buffers.bytes(a[1]));
            }
            return PySingleton.NONE;
        });
        m.def("compress", (a, k) -> new PyBytes(Buffers.unwrap(a[0], Compressor.class).compress(Buffers.bytes(a[1]))));
        m.def("flush", (a, k) -> new PyBytes(Buffers.unwrap(a[0], Compressor.class).flush(Buffers.intArg(a[1]))));
        m.def("decompressor", (a, k) -> new Buffers.Handle<>(new Decompressor(Buffers.intArg(a[0]))));
        // decompress(handle, data, max_length) -> bytes or (code, message)
        m.def("decompress", (a, k) -> {
            try {
                return new PyBytes(Buffers.unwrap(a[0], Decompressor.class).decompress(Buffers.bytes(a[1]),
                        Buffers.intArg(a[2])));
            } catch (DataFormatException e) {
                return zerror(e);
            } catch (IllegalArgumentException | NullPointerException e) {
                return PyTuple.of(PyInt.of(-2), PyStr.of("inconsistent stream state"));
            }
        });
        m.def("state", (a, k) -> {
            Decompressor d = Buffers.unwrap(a[0], Decompressor.class);
            boolean dict = d.inf != null && d.inf.needsDictionary();
            return PyTuple.of(PyBool.of(d.eof), new PyBytes(d.unused), new PyBytes(d.tail), PyBool.of(dict));
        });
        return m;
    }

    /** CRC-32 continued from a previous value (the JDK's CRC32 cannot be seeded). */
    static long crc32Continue(long start, byte[] b) {
        long c = ~start & 0xffffffffL;
        for (byte x : b) {
            c ^= x & 0xff;
            for (int i = 0; i < 8; i++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xedb88320L : c >>> 1;
            }
        }
        return ~c & 0xffffffffL;
    }
}
