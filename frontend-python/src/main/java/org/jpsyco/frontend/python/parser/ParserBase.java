package org.jpsyco.frontend.python.parser;

import java.util.ArrayList;
import java.util.Set;

import org.jpsyco.frontend.python.ast.Located;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.lexer.Token;
import org.jpsyco.frontend.python.lexer.TokenKind;
import org.jpsyco.frontend.python.lexer.Tokenizer;

/**
 * The token buffer and the small vocabulary every grammar file uses: peek/advance over a lazily
 * filled token array, mark/reset for backtracking, keyword tests, node positions and errors.
 *
 * <p>Positions follow PEG's EXTRA convention: a node spans from its first token to the last
 * token consumed when it is built ({@link #pos(Token)}).
 */
abstract class ParserBase {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    /** Thrown (without a stack trace) when an alternative does not match; caught by backtracking points. */
    static final class Fail extends RuntimeException {
        Fail() {
            super(null, null, false, false);
        }
    }

    static final Fail FAIL = new Fail();

    final Tokenizer tk;
    final String filename;
    final ArrayList<Token> toks = new ArrayList<>();
    int p;
    /** Highest token index ever looked at: where CPython reports a plain "invalid syntax". */
    int furthest;
    /** Expressions written in parentheses (CPython's group rule), which count as atoms in error rules. */
    final java.util.Set<Object> grouped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** When set (>= 0), the tokenizer line CPython would be on when the error being built is raised. */
    int currentLineOverride = -1;

    /** Nesting depth of expressions, bounded like CPython's compiler recursion limit. */
    int depth;
    static final int MAX_DEPTH = 2992;

    ParserBase(Tokenizer tk) {
        this.tk = tk;
        this.filename = tk.filename();
    }

    final Token peek() {
        if (p >= toks.size()) {
            fill(p);
        }
        if (p > furthest) {
            furthest = p;
        }
        return toks.get(p);
    }

    final Token peek(int ahead) {
        int i = p + ahead;
        if (i >= toks.size()) {
            fill(i);
        }
        if (i > furthest) {
            furthest = i;
        }
        return toks.get(Math.min(i, toks.size() - 1));
    }

    private void fill(int i) {
        while (toks.size() <= i) {
            if (!toks.isEmpty() && toks.get(toks.size() - 1).kind() == TokenKind.ENDMARKER) {
                return;
            }
            toks.add(tk.next());
        }
    }

    final Token advance() {
        Token t = peek();
        p++;
        return t;
    }

    final Token last() {
        return toks.get(p - 1);
    }

    final int mark() {
        return p;
    }

    final void reset(int m) {
        p = m;
    }

    final boolean atOp(String op) {
        return peek().isOp(op);
    }

    final boolean atKw(String kw) {
        return peek().isName(kw);
    }

    final boolean atKind(TokenKind k) {
        return peek().kind() == k;
    }

    final boolean acceptOp(String op) {
        if (peek().isOp(op)) {
            p++;
            return true;
        }
        return false;
    }

    final boolean acceptKw(String kw) {
        if (peek().isName(kw)) {
            p++;
            return true;
        }
        return false;
    }

    final Token expectOp(String op) {
        Token t = peek();
        if (!t.isOp(op)) {
            throw FAIL;
        }
        p++;
        return t;
    }

    final Token expectKw(String kw) {
        Token t = peek();
        if (!t.isName(kw)) {
            throw FAIL;
        }
        p++;
        return t;
    }

    final Token expect(TokenKind k) {
        Token t = peek();
        if (t.kind() != k) {
            throw FAIL;
        }
        p++;
        return t;
    }

    static boolean isPlainName(Token t) {
        return t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text());
    }

    final boolean atName() {
        return isPlainName(peek());
    }

    final String expectName() {
        Token t = peek();
        if (!isPlainName(t)) {
            throw FAIL;
        }
        p++;
        return t.text();
    }

    final Pos pos(Token start) {
        int i = p - 1;
        Token end = toks.get(i);
        while (i > 0 && (end.kind() == TokenKind.NEWLINE || end.kind() == TokenKind.INDENT
                || end.kind() == TokenKind.DEDENT)) {
            end = toks.get(--i);
        }
        return new Pos(start.lineno(), start.col(), end.endLineno(), end.endCol());
    }

    static Pos span(Located a, Located b) {
        return new Pos(a.pos().lineno(), a.pos().colOffset(), b.pos().endLineno(), b.pos().endColOffset());
    }

    static Pos span(Token a, Located b) {
        return new Pos(a.lineno(), a.col(), b.pos().endLineno(), b.pos().endColOffset());
    }

    final void enter() {
        if (++depth > MAX_DEPTH) {
            throw new PythonRecursionError();
        }
    }

    final void leave() {
        depth--;
    }

    // ---- errors: CPython columns are character offsets, our tokens carry byte offsets

    /** Character column (0-based) of a byte column on a global line. */
    final int charColumn(int globalLine, int byteCol) {
        if (byteCol < 0) {
            return byteCol;
        }
        String line = lineText(globalLine);
        if (line == null) {
            return byteCol;
        }
        int b = 0;
        int i = 0;
        while (i < line.length() && b < byteCol) {
            int cp = line.codePointAt(i);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return line.codePointCount(0, Math.min(i, line.length())) + (byteCol > b ? byteCol - b : 0);
    }

    String lineText(int globalLine) {
        return tk.lineText(globalLine - tk.globalLine(1) + 1);
    }

    final PythonSyntaxError error(String type, String msg, int line, int byteCol, int endLine, int endByteCol) {
        int first = tk.globalLine(1);
        if (line == first && byteCol > 0) {
            byteCol -= tk.colBase();
        }
        if (endLine == first && endByteCol > 0) {
            endByteCol -= tk.colBase();
        }
        String text = errorText(line);
        int off;
        int endOff;
        if (byteCol < 0) {
            // a token at end of input: CPython points after the last character of the line
            String l = lineText(line);
            off = l == null ? 0 : l.codePointCount(0, l.length());
            endOff = -1;
        } else {
            // CPython converts byte offsets to characters against the error text (which may hold
            // several physical lines), clamped to its length
            off = byteToCharOffset(text, byteCol + 1);
            endOff = endLine < 0 || endByteCol < 0 ? -1 : byteToCharOffset(text, endByteCol + 1);
        }
        return new PythonSyntaxError(type, msg, filename, line, off, endLine, endOff, text);
    }

    /** CPython's _PyPegen_byte_offset_to_character_offset: characters in the first {@code bytes} bytes of {@code text}. */
    static int byteToCharOffset(String text, int bytes) {
        if (text == null) {
            return bytes;
        }
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.max(0, Math.min(bytes, b.length + 1));
        String prefix = new String(b, 0, Math.min(n, b.length), java.nio.charset.StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length()) + (n > b.length ? 1 : 0);
    }

    /**
     * The SyntaxError.text CPython gives for a parser error on {@code line}: the tokenizer's
     * current line with its newline when the error is on it, earlier lines without newline.
     */
    final String errorText(int line) {
        Token lastFetched = toks.isEmpty() ? null : toks.get(toks.size() - 1);
        int current = currentLineOverride >= 0 ? currentLineOverride
                : lastFetched == null ? line : lastFetched.endLineno();
        String text = lineText(line);
        if (text != null && line < current && text.endsWith("\n")) {
            return text.substring(0, text.length() - 1);
        }
        // the tokenizer's buffer starts where the current group of physical lines began: lines
        // joined by a backslash or by a multi-line string token
        int first = line;
        int base = tk.globalLine(1);
        boolean changed = true;
        while (changed) {
            changed = false;
            while (first > base) {
                String prev = lineText(first - 1);
                if (prev == null || !prev.endsWith("\\\n") || prev.strip().equals("\\")) {
                    break;
                }
                first--;
                changed = true;
            }
            for (int i = toks.size() - 1; i >= 0; i--) {
                Token t = toks.get(i);
                if (t.endLineno() < first) {
                    break;
                }
                if (t.endLineno() == first && t.lineno() < first && t.kind() == TokenKind.STRING) {
                    first = t.lineno();
                    changed = true;
                }
            }
        }
        if (first < line) {
            StringBuilder sb = new StringBuilder();
            for (int l = first; l <= line; l++) {
                sb.append(lineText(l));
            }
            return sb.toString();
        }
        return text;
    }

    final PythonSyntaxError errorAt(Token t, String msg) {
        return errorAt(t, "SyntaxError", msg);
    }

    /**
     * An error at token {@code t}. INDENT and DEDENT tokens have no column in CPython; it then
     * reports the tokenizer's cursor: after the indentation, or after the last line at EOF.
     */
    final PythonSyntaxError errorAt(Token t, String type, String msg) {
        if (t.col() < 0 && t.kind() != TokenKind.ENDMARKER && t.start() < tk.source().length()) {
            String line = lineText(t.lineno());
            int indent = 0;
            while (line != null && indent < line.length() && (line.charAt(indent) == ' '
                    || line.charAt(indent) == '\t' || line.charAt(indent) == '\f')) {
                indent++;
            }
            return new PythonSyntaxError(type, msg, filename, t.lineno(), indent, t.lineno(), -1,
                    errorText(t.lineno()));
        }
        return error(type, msg, t.lineno(), t.col(), t.endLineno(), t.endCol());
    }

    final PythonSyntaxError errorAt(Located n, String msg) {
        Pos ps = n.pos();
        return error("SyntaxError", msg, ps.lineno(), ps.colOffset(), ps.endLineno(), ps.endColOffset());
    }

    final PythonSyntaxError errorRange(Located a, Located b, String msg) {
        return error("SyntaxError", msg, a.pos().lineno(), a.pos().colOffset(), b.pos().endLineno(),
                b.pos().endColOffset());
    }

    final PythonSyntaxError errorRange(Located a, Token b, String msg) {
        return error("SyntaxError", msg, a.pos().lineno(), a.pos().colOffset(), b.endLineno(), b.endCol());
    }

    final PythonSyntaxError errorRange(Token a, Token b, String msg) {
        return error("SyntaxError", msg, a.lineno(), a.col(), b.endLineno(), b.endCol());
    }
}
