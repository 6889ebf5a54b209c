package org.jpsyco.frontend.python.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CodecsTest {
    private static byte[] b(int... v) {
        byte[] r = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (byte) v[i];
        }
        return r;
    }

    private static String decodeError(byte[] data, String encoding) {
        PyException e = assertThrows(PyException.class, () -> Codecs.decode(data, encoding, "strict"));
        return e.value.type().name() + ": " + e.value.strValue();
    }

    @Test
    void utf8ErrorsCoverTheMaximalInvalidSubsequenceWithCPythonsReason() {
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte",
                decodeError(b('a', 0xff), "utf8"));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data",
                decodeError(b('a', 0xe2, 0x82), "utf-8"));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation "
                + "byte", decodeError(b(0xe2, 0x82, 'x'), "UTF-8"));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation "
                + "byte", decodeError(b(0xed, 0xa0, 0x80), "utf-8"));
        assertEquals("\ud800", Codecs.decode(b(0xed, 0xa0, 0x80), "utf-8", "surrogatepass"));
        assertEquals("a\ufffdx", Codecs.decode(b('a', 0xe2, 0x82, 'x'), "utf-8", "replace"));
        assertEquals("a\\xffb", Codecs.decode(b('a', 0xff, 'b'), "utf-8", "backslashreplace"));
    }

    @Test
    void surrogateescapeRoundTripsUndecodableBytes() {
        byte[] raw = b('n', 0xff, 0xfe);
        String s = Codecs.decode(raw, "utf-8", "surrogateescape");
        assertEquals("n\udcff\udcfe", s);
        assertArrayEquals(raw, Codecs.encode(PyStr.of(s), "utf-8", "surrogateescape"));
    }

    @Test
    void encodeErrorsGroupConsecutiveUnencodableCharacters() {
        PyException e = assertThrows(PyException.class,
                () -> Codecs.encode(PyStr.of("a\u00e9\u20acb"), "ascii", "strict"));
        assertEquals("'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)",
                e.value.strValue());
        assertEquals("a\u00e9&#8364;b", new String(Codecs.encode(PyStr.of("a\u00e9\u20acb"), "latin-1",
                "xmlcharrefreplace"), StandardCharsets.ISO_8859_1));
        assertArrayEquals(b(0xff, 0xfe, 'A', 0, 0x3d, 0xd8, 0x00, 0xde),
                Codecs.encode(PyStr.of("A\uD83D\uDE00"), "utf-16", "strict"));
    }

    @Test
    void utf16AndUtf32ReadTheirByteOrderMark() {
        assertEquals("A", Codecs.decode(b(0xfe, 0xff, 0, 'A'), "utf-16", "strict"));
        assertEquals("A", Codecs.decode(b(0xff, 0xfe, 0, 0, 'A', 0, 0, 0), "utf-32", "strict"));
        assertEquals("UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data",
                decodeError(b('a', 0, 'b'), "utf-16"));
    }

    @Test
    void unknownNamesRaiseLookupError() {
        PyException e = assertThrows(PyException.class, () -> Codecs.decode(b('x'), "klingon", "strict"));
        assertEquals("unknown encoding: klingon", e.value.strValue());
        PyException h = assertThrows(PyException.class, () -> Codecs.decode(b(0xff), "ascii", "bogus"));
        assertEquals("unknown error handler name 'bogus'", h.value.strValue());
    }
}
