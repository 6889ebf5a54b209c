package org.jpsyco.frontend.python.lexer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jpsyco.frontend.python.parser.PythonSyntaxError;

/**
 * Turns source bytes into the text the tokenizer reads: PEP 263 encoding declarations on the
 * first two lines, a UTF-8 byte order mark, and universal newlines ({@code \r\n} and {@code \r}
 * become {@code \n}).
 */
public final class SourceText {
    private SourceText() {
    }

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** Decodes {@code bytes} per PEP 263 (UTF-8 by default) and normalizes newlines. */
    public static String decode(byte[] bytes, String filename) {
        int start = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }
        String declared = null;
        int lineStart = start;
        for (int lineNo = 1; lineNo <= 2 && lineStart < bytes.length; lineNo++) {
            int e = lineStart;
            while (e < bytes.length && bytes[e] != '\n' && bytes[e] != '\r') {
                e++;
            }
            String line = new String(bytes, lineStart, e - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = CODING.matcher(line);
            if (m.find()) {
                declared = m.group(1);
                break;
            }
            String stripped = line.strip();
            if (!(stripped.isEmpty() || stripped.startsWith("#"))) {
                break;
            }
            if (e < bytes.length && bytes[e] == '\r' && e + 1 < bytes.length && bytes[e + 1] == '\n') {
                e++;
            }
            lineStart = e + 1;
        }
        Charset cs = StandardCharsets.UTF_8;
        if (declared != null) {
            cs = charsetFor(declared, filename);
            if (bom && !normalName(declared).equals("utf-8")) {
                throw new PythonSyntaxError("SyntaxError", "encoding problem: " + declared + " with BOM", filename, 0,
                        -1, PythonSyntaxError.NONE, PythonSyntaxError.NONE, null);
            }
        }
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException ex) {
            throw decodeError(bytes, start, cs, filename);
        }
        return normalizeNewlines(text);
    }

    /** CPython's get_normal_name: the spelling it compares with "utf-8" (only case and '_' are folded). */
    private static String normalName(String declared) {
        String n = declared.length() > 12 ? declared.substring(0, 12) : declared;
        n = n.toLowerCase(Locale.ROOT).replace('_', '-');
        return n.equals("utf-8") || n.startsWith("utf-8-") ? "utf-8" : n;
    }

    /**
     * A SyntaxError for undecodable source, at the first bad byte of the first bad line. (CPython
     * reports it where its tokenizer or string parser first decodes the bytes; the message is the
     * same, the position may differ.)
     */
    private static PythonSyntaxError decodeError(byte[] bytes, int start, Charset cs, String filename) {
        int lineStart = start;
        int line = 1;
        for (int i = start; i < bytes.length; i++) {
            var dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            int end = i;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            try {
                dec.decode(ByteBuffer.wrap(bytes, lineStart, end - lineStart));
            } catch (CharacterCodingException e) {
                // find the first bad byte of this line
                int bad = lineStart;
                for (int k = lineStart + 1; k <= end; k++) {
                    try {
                        cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(bytes, lineStart, k - lineStart));
                        bad = k;
                    } catch (CharacterCodingException stillBad) {
                        if (k - bad > 4) {
                            break;
                        }
                    }
                }
                String text = new String(bytes, lineStart, Math.min(end + 1, bytes.length) - lineStart, cs);
                int col = new String(bytes, lineStart, bad - lineStart, cs).length();
                return new PythonSyntaxError("SyntaxError", String.format(
                        "(unicode error) '%s' codec can't decode byte 0x%02x in position %d: invalid start byte",
                        pythonName(cs), bytes[bad] & 0xff, bad - lineStart), filename, line, col + 1, line, col + 2, text);
            }
            line++;
            lineStart = end + 1;
            i = end;
        }
        return new PythonSyntaxError("SyntaxError", "(unicode error) '" + pythonName(cs) + "' codec can't decode bytes",
                filename, 0, -1, PythonSyntaxError.NONE, PythonSyntaxError.NONE, null);
    }

    /** Replaces {@code \r\n} and lone {@code \r} with {@code \n}. */
    public static String normalizeNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String pythonName(Charset cs) {
        return cs == StandardCharsets.UTF_8 ? "utf-8" : cs.name().toLowerCase(Locale.ROOT);
    }

    private static Charset charsetFor(String declared, String filename) {
        String n = declared.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1") || n.startsWith("latin-1-")
                || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-") || n.equals("latin1")) {
            return StandardCharsets.ISO_8859_1;
        }
        if (n.equals("ascii") || n.equals("us-ascii")) {
            return StandardCharsets.US_ASCII;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            throw new PythonSyntaxError("SyntaxError", "unknown encoding: " + declared, filename, 0, -1,
                    PythonSyntaxError.NONE, PythonSyntaxError.NONE, null);
        }
    }
}
