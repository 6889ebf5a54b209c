package org.jpsyco.frontend.python.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.parser.PythonSyntaxError;
import org.junit.jupiter.api.Test;

/** Token streams and tokenizer errors, compared with what CPython's tokenizer produces. */
class TokenizerTest {

    private static List<String> tokens(String src) {
        Tokenizer tk = new Tokenizer(src, "<t>");
        List<String> out = new ArrayList<>();
        while (true) {
            Token t = tk.next();
            out.add(t.kind() == TokenKind.OP || t.kind() == TokenKind.NAME || t.kind() == TokenKind.NUMBER
                    || t.kind() == TokenKind.STRING ? t.text() : t.kind().name());
            if (t.kind() == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    @Test
    void indentationProducesIndentAndDedent() {
        assertEquals(List.of("if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "z", "NEWLINE",
                "ENDMARKER"), tokens("if x:\n    y\n\n  # comment\nz"));
    }

    @Test
    void newlinesInsideBracketsAndAfterBackslashAreJoined() {
        assertEquals(List.of("x", "=", "(", "1", ",", "2", ")", "+", "3", "NEWLINE", "ENDMARKER"),
                tokens("x = (1,\n  2) \\\n + 3\n"));
    }

    @Test
    void longestOperatorWins() {
        assertEquals(List.of("a", "**=", "b", "//", "c", "->", "...", ":=", "!=", "<<=", "NEWLINE", "ENDMARKER"),
                tokens("a **= b // c -> ... := != <<="));
    }

    @Test
    void numbersWithUnderscoresPrefixesAndExponents() {
        assertEquals(List.of("1_000", "0x_ff", "0o17", "0b1", "1.5e-3", ".5", "1.", "3j", "1E5J", "NEWLINE",
                "ENDMARKER"), tokens("1_000 0x_ff 0o17 0b1 1.5e-3 .5 1. 3j 1E5J"));
    }

    @Test
    void stringPrefixesAndTripleQuotes() {
        assertEquals(List.of("rb'\\x'", "F\"{a}\"", "'''a\nb'''", "u'x'", "NEWLINE", "ENDMARKER"),
                tokens("rb'\\x' F\"{a}\" '''a\nb''' u'x'"));
    }

    @Test
    void identifiersAreNfkcNormalized() {
        assertEquals(List.of("fi", "NEWLINE", "ENDMARKER"), tokens("\ufb01"));
    }

    @Test
    void columnsAreUtf8Bytes() {
        Tokenizer tk = new Tokenizer("é = 'ü'\n", "<t>");
        Token name = tk.next();
        tk.next();
        Token str = tk.next();
        assertEquals(0, name.col());
        assertEquals(2, name.endCol());
        assertEquals(5, str.col());
        assertEquals(9, str.endCol());
    }

    @Test
    void inconsistentTabsAreTabError() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> tokens("if x:\n\ta\n        b\n"));
        assertEquals("TabError", e.type());
    }

    @Test
    void unterminatedStringReportsDetectionLine() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> tokens("x = 'abc\n"));
        assertEquals("unterminated string literal (detected at line 1)", e.msg());
        assertEquals(5, e.offset());
    }

    @Test
    void sourceTextDecodesDeclaredEncodingAndNormalizesNewlines() {
        byte[] src = "# coding: latin-1\r\nx = '\u00e9'\r".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("# coding: latin-1\nx = '\u00e9'\n", SourceText.decode(src, "<t>"));
    }

    @Test
    void unknownEncodingIsASyntaxError() {
        byte[] src = "# coding: no-such-codec\n".getBytes(StandardCharsets.US_ASCII);
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> SourceText.decode(src, "<t>"));
        assertEquals("unknown encoding: no-such-codec", e.msg());
    }
}
