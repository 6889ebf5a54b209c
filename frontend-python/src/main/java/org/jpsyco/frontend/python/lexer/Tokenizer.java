package org.jpsyco.frontend.python.lexer;

import java.text.Normalizer;

import org.jpsyco.frontend.python.parser.PythonSyntaxError;

/*
 * The Python 3.11 tokenizer, modelled on CPython's Parser/tokenizer.c.
 *
 * Protocol: construct over decoded source text (newlines already normalized to '\n' by
 * SourceText) and call next() until it returns ENDMARKER. Tokens are produced lazily so that
 * a tokenizer error after a parser error is never reported first, as in CPython.
 *
 * Invariants:
 *  - Line starts and per-line ASCII flags are computed once up front; byte columns are
 *    derived from char indices through them (ASCII lines: identity).
 *  - Indentation uses CPython's two stacks: columns with tabs to multiples of 8 and "alternate"
 *    columns with tabs counting 1; disagreement between the two orders is a TabError.
 *  - Blank and comment-only lines, and newlines inside brackets, produce no token.
 *  - The source always ends with '\n' (SourceText guarantees it), so the last logical line
 *    gets its NEWLINE before the DEDENTs and ENDMARKER.
 *  - lineBase/colBase shift positions for f-string replacement fields, which CPython parses
 *    as a separate "(expr)" string placed at the position of the opening brace.
 */
public final class Tokenizer {
    /** CPython's MAXLEVEL: the deepest bracket nesting the tokenizer accepts. */
    public static final int MAX_PAREN_LEVEL = 200;
    private static final int MAX_INDENT = 100;
    private static final int TAB_SIZE = 8;

    private final String src;
    private final String filename;
    private final int[] lineStarts;
    private final boolean[] lineAscii;
    private final int lineBase;
    private final int colBase;

    private int pos;
    private int line = 1;
    private boolean atBol = true;
    private boolean contLine;
    private int pending;
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentTop;
    private final char[] parenChars = new char[MAX_PAREN_LEVEL];
    private final int[] parenLine = new int[MAX_PAREN_LEVEL];
    private final int[] parenIdx = new int[MAX_PAREN_LEVEL];
    private int level;
    private boolean done;
    /** The error this tokenizer raised, if any; it is raised again on every later call. */
    private PythonSyntaxError failure;

    public Tokenizer(String source, String filename) {
        this(source, filename, 1, 0);
    }

    /**
     * A tokenizer whose first line is numbered {@code lineBase} and whose first-line columns are
     * shifted right by {@code colBase} bytes (used for f-string replacement fields).
     */
    public Tokenizer(String source, String filename, int lineBase, int colBase) {
        this.src = source.endsWith("\n") ? source : source + "\n";
        this.filename = filename;
        this.lineBase = lineBase;
        this.colBase = colBase;
        int n = 1;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                n++;
            }
        }
        lineStarts = new int[n + 1];
        lineAscii = new boolean[n + 1];
        int l = 1;
        lineStarts[1] = 0;
        boolean ascii = true;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c >= 0x80) {
                ascii = false;
            } else if (c == '\n') {
                lineAscii[l] = ascii;
                ascii = true;
                l++;
                if (l <= n) {
                    lineStarts[l] = i + 1;
                }
            }
        }
        if (l <= n) {
            lineAscii[l] = ascii;
        }
    }

    /** Bytes added to first-line columns (f-string replacement fields). */
    public int colBase() {
        return colBase;
    }

    public String source() {
        return src;
    }

    public String filename() {
        return filename;
    }

    /** Number of physical lines (the last one may be empty). */
    public int lineCount() {
        return lineStarts.length - 1;
    }

    /** The text of physical line {@code l} (1-based, local numbering) including its newline. */
    public String lineText(int l) {
        if (l < 1 || l >= lineStarts.length) {
            return null;
        }
        int s = lineStarts[l];
        int e = src.indexOf('\n', s);
        return e < 0 ? src.substring(s) : src.substring(s, e + 1);
    }

    /** The local line number containing char index {@code idx}. */
    public int lineOf(int idx) {
        int lo = 1;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= idx) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }


    /** UTF-8 byte column of char index {@code idx} on local line {@code l}, shifted like tokens. */
    public int byteCol(int l, int idx) {
        int s = lineStarts[l];
        int col;
        if (lineAscii[l]) {
            col = idx - s;
        } else {
            col = 0;
            for (int i = s; i < idx; i++) {
                char c = src.charAt(i);
                if (c < 0x80) {
                    col += 1;
                } else if (c < 0x800) {
                    col += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < idx && Character.isLowSurrogate(src.charAt(i + 1))) {
                    col += 4;
                    i++;
                } else {
                    col += 3;
                }
            }
        }
        return l == 1 ? col + colBase : col;
    }

    /** The global (file) line number of local line {@code l}. */
    public int globalLine(int l) {
        return l + lineBase - 1;
    }

    private Token make(TokenKind kind, int start, int startLine, int end) {
        String text = src.substring(start, end);
        return new Token(kind, text, globalLine(startLine), byteCol(startLine, start), globalLine(line),
                byteCol(line, end), start, end, level);
    }

    // ---- errors (offsets are 1-based character columns relative to this tokenizer's lines)

    /** Number of code points between the start of local line {@code l} and char index {@code idx}. */
    public int charCol(int l, int idx) {
        int s = lineStarts[l];
        return lineAscii[l] ? idx - s : src.codePointCount(s, Math.min(idx, src.length()));
    }

    /** Line {@code l} without its newline, as CPython's tokenizer errors give it. */
    public String lineTextNoNewline(int l) {
        String t = lineText(l);
        return t != null && t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
    }

    /** The last line of input (the one the tokenizer sits on at end of file). */
    public int eofLine() {
        return Math.max(1, lineCount() - 1);
    }

    /**
     * A tokenizer error the way CPython's tokenizer raises it: offset and end offset both count
     * the characters before the cursor {@code cur}; the text is the line without its newline.
     */
    public PythonSyntaxError errorAtCursor(String msg, int l, int cur) {
        int c = charCol(l, cur);
        return failure = new PythonSyntaxError("SyntaxError", msg, filename, globalLine(l), c, globalLine(l), c,
                lineTextNoNewline(l));
    }

    /** An error with explicit 1-based offsets on local line {@code l}. */
    public PythonSyntaxError errorRange(String type, String msg, int l, int offset, int endOffset, boolean newline) {
        return failure = new PythonSyntaxError(type, msg, filename, globalLine(l), offset, globalLine(l), endOffset,
                newline ? lineText(l) : lineTextNoNewline(l));
    }

    // ---- the token stream

    /** The next token; ENDMARKER forever once the source is exhausted. */
    public Token next() {
        if (failure != null) {
            throw failure;
        }
        if (pending != 0) {
            int at = lineStarts[line];
            if (pending > 0) {
                pending--;
                return new Token(TokenKind.INDENT, "", globalLine(line), -1, globalLine(line), -1, at, at, level);
            }
            pending++;
            return new Token(TokenKind.DEDENT, "", globalLine(line), -1, globalLine(line), -1, pos, pos, level);
        }
        while (true) {
            boolean blank = false;
            if (atBol) {
                atBol = false;
                blank = indentation();
                if (pending != 0) {
                    return next();
                }
            }
            // skip whitespace
            int n = src.length();
            char c = 0;
            while (pos < n && ((c = src.charAt(pos)) == ' ' || c == '\t' || c == '\f')) {
                pos++;
            }
            int commentStart = -1;
            if (pos < n && c == '#') {
                commentStart = pos;
                while (pos < n && src.charAt(pos) != '\n') {
                    pos++;
                }
            }
            if (pos >= n) {
                return endOfInput();
            }
            c = src.charAt(pos);
            int start = pos;
            if (c == '\n') {
                pos++;
                boolean emit = !blank && level == 0;
                // CPython's NEWLINE token starts at a preceding comment and ends before the '\n'
                int from = commentStart >= 0 ? commentStart : start;
                Token t = emit ? new Token(TokenKind.NEWLINE, "\n", globalLine(line), byteCol(line, from),
                        globalLine(line), byteCol(line, start), from, pos, 0) : null;
                line++;
                atBol = true;
                contLine = false;
                if (emit) {
                    return t;
                }
                continue;
            }
            if (c == '\\') {
                if (pos + 1 >= n || src.charAt(pos + 1) != '\n') {
                    throw lineContinuationError(pos);
                }
                pos += 2;
                line++;
                contLine = true;
                if (pos >= n) {
                    if (level > 0) {
                        throw failure = unclosedBracket();
                    }
                    String text = lineText(line - 1);
                    throw failure = new PythonSyntaxError("SyntaxError", "unexpected EOF while parsing", filename,
                            globalLine(line - 1), text.codePointCount(0, text.length() - 1) + 1, globalLine(line - 1),
                            -1, bufferText(line - 1));
                }
                continue;
            }
            if (isIdentStart(c)) {
                return nameOrString(start);
            }
            if (c >= '0' && c <= '9' || c == '.' && pos + 1 < n && isDigit(src.charAt(pos + 1))) {
                return NumberScanner.scan(this, src, start, line);
            }
            if (c == '\'' || c == '"') {
                return string(start, start);
            }
            return operator(start);
        }
    }

    void advanceTo(int p) {
        pos = p;
    }

    int currentLine() {
        return line;
    }

    Token makeToken(TokenKind kind, int start, int startLine, int end) {
        return make(kind, start, startLine, end);
    }

    /** CPython's "'(' was never closed" for the innermost open bracket, or null when none is open. */
    public PythonSyntaxError unclosedBracket() {
        if (level == 0) {
            return null;
        }
        int l = lineOf(parenIdx[level - 1]);
        return new PythonSyntaxError("SyntaxError", "'" + parenChars[level - 1] + "' was never closed", filename,
                globalLine(l), charCol(l, parenIdx[level - 1]) + 1, globalLine(l), 0,
                l >= eofLine() ? bufferText(l) : lineTextNoNewline(l));
    }

    /** Line {@code l} with the backslash-continued lines before it, as CPython's line buffer holds them. */
    public String bufferText(int l) {
        int first = l;
        while (first > 1 && src.startsWith("\\\n", lineStarts[first] - 2)) {
            first--;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= l; k++) {
            sb.append(lineText(k));
        }
        return sb.toString();
    }

    /** "unexpected character after line continuation character" for the backslash at {@code bs}. */
    private PythonSyntaxError lineContinuationError(int bs) {
        // CPython reports this against its line buffer, which starts at the logical line
        int bufLine = line;
        while (bufLine > 1 && src.startsWith("\\\n", lineStarts[bufLine] - 2)) {
            bufLine--;
        }
        int lineEnd = src.indexOf('\n', bs);
        String buf = src.substring(lineStarts[bufLine], lineEnd < 0 ? src.length() : lineEnd + 1);
        int off = src.codePointCount(lineStarts[bufLine], Math.min(bs + 2, src.length()));
        return failure = new PythonSyntaxError("SyntaxError", "unexpected character after line continuation character",
                filename, globalLine(line), off, globalLine(line), 0, buf);
    }

    private Token endOfInput() {
        if (level > 0) {
            throw failure = unclosedBracket();
        }
        if (indentTop > 0) {
            indentTop--;
            return new Token(TokenKind.DEDENT, "", globalLine(eofLine()), -1, globalLine(eofLine()), -1, pos, pos, 0);
        }
        done = true;
        return new Token(TokenKind.ENDMARKER, "", globalLine(eofLine()), -1, globalLine(eofLine()), -1, pos, pos, 0);
    }

    /** Measures the indentation of a new line; returns true when the line is blank or a comment. */
    private boolean indentation() {
        int n = src.length();
        int col = 0;
        int alt = 0;
        // a backslash continuation inside the indentation: the first one fixes the indentation
        int contCol = 0;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else if (c == '\\') {
                if (pos + 1 >= n || src.charAt(pos + 1) != '\n') {
                    throw lineContinuationError(pos);
                }
                contCol = contCol != 0 ? contCol : col;
                pos += 2;
                line++;
                continue;
            } else {
                break;
            }
            pos++;
        }
        if (contCol != 0) {
            col = contCol;
            alt = contCol;
        }
        if (pos >= n) {
            return false;
        }
        char c = src.charAt(pos);
        if (c == '#' || c == '\n') {
            return true;
        }
        if (level > 0 || contLine) {
            return false;
        }
        if (col == indents[indentTop]) {
            if (alt != altIndents[indentTop]) {
                throw tabError();
            }
        } else if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAX_INDENT) {
                throw errorRange("IndentationError", "too many levels of indentation", line, 1, 0, true);
            }
            if (alt <= altIndents[indentTop]) {
                throw tabError();
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = alt;
            pending++;
        } else {
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                pending--;
            }
            if (col != indents[indentTop]) {
                String text = lineText(line);
                throw errorRange("IndentationError", "unindent does not match any outer indentation level", line,
                        text.codePointCount(0, text.length()), -1, true);
            }
            if (alt != altIndents[indentTop]) {
                throw tabError();
            }
        }
        return false;
    }

    private PythonSyntaxError tabError() {
        return errorRange("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, 0, true);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    static boolean isIdentChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9' || c >= 0x80;
    }

    private Token nameOrString(int start) {
        int n = src.length();
        boolean ascii = true;
        while (pos < n && isIdentChar(src.charAt(pos))) {
            if (src.charAt(pos) >= 0x80) {
                ascii = false;
            }
            pos++;
        }
        if (pos < n && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && pos - start <= 2
                && isStringPrefix(src, start, pos)) {
            return string(start, pos);
        }
        if (ascii) {
            return make(TokenKind.NAME, start, line, pos);
        }
        return unicodeName(start);
    }

    private Token unicodeName(int start) {
        String raw = src.substring(start, pos);
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            boolean ok = i == 0 ? cp == '_' || Character.isUnicodeIdentifierStart(cp) || isOtherIdStart(cp)
                    : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) || isOtherIdStart(cp);
            if (!ok) {
                int idx = start + i;
                String ch = new String(Character.toChars(cp));
                String msg = Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                        || Character.isSpaceChar(cp)
                        ? String.format("invalid non-printable character U+%04X", cp)
                        : String.format("invalid character '%s' (U+%04X)", ch, cp);
                pos = idx;
                throw errorAtCursor(msg, line, idx + Character.charCount(cp));
            }
            i += Character.charCount(cp);
        }
        Token t = make(TokenKind.NAME, start, line, pos);
        String norm = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return norm.equals(raw) ? t : new Token(TokenKind.NAME, norm, t.lineno(), t.col(), t.endLineno(), t.endCol(),
                t.start(), t.end(), t.level());
    }

    private static boolean isOtherIdStart(int cp) {
        return cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C || cp == 0x1885 || cp == 0x1886;
    }

    static boolean isStringPrefix(String s, int from, int to) {
        int len = to - from;
        if (len == 0) {
            return true;
        }
        char a = Character.toLowerCase(s.charAt(from));
        if (len == 1) {
            return a == 'r' || a == 'u' || a == 'b' || a == 'f';
        }
        char b = Character.toLowerCase(s.charAt(from + 1));
        return a == 'r' && (b == 'b' || b == 'f') || b == 'r' && (a == 'b' || a == 'f');
    }

    private Token string(int start, int quoteAt) {
        int n = src.length();
        int startLine = line;
        char q = src.charAt(quoteAt);
        boolean triple = quoteAt + 2 < n && src.charAt(quoteAt + 1) == q && src.charAt(quoteAt + 2) == q;
        int p = quoteAt + (triple ? 3 : 1);
        while (true) {
            if (p >= n || !triple && src.charAt(p) == '\n') {
                int startCol = charCol(startLine, start);
                if (triple) {
                    int endL = lineCount();
                    pos = p;
                    throw errorRange("SyntaxError", "unterminated triple-quoted string literal (detected at line "
                            + globalLine(endL - (src.endsWith("\n") && endL > startLine ? 1 : 0)) + ")",
                            startLine, startCol + 1, startCol + 1, false);
                }
                throw errorRange("SyntaxError", "unterminated string literal (detected at line "
                        + globalLine(p >= n ? Math.min(line, eofLine()) : line) + ")",
                        startLine, startCol + 1, startCol + 1, false);
            }
            char c = src.charAt(p);
            if (c == q) {
                if (!triple) {
                    p++;
                    break;
                }
                if (p + 2 < n && src.charAt(p + 1) == q && src.charAt(p + 2) == q) {
                    p += 3;
                    break;
                }
            } else if (c == '\\') {
                p++;
                if (p < n && src.charAt(p) == '\n') {
                    line++;
                }
            } else if (c == '\n') {
                line++;
            }
            p++;
        }
        pos = p;
        return make(TokenKind.STRING, start, startLine, p);
    }

    private static final String THREE = "**= //= >>= <<= ... !=";
    private static final String TWO = "!= %= &= ** *= += -= -> // /= := << <= == >= >> @= ^= |=";

    private Token operator(int start) {
        int n = src.length();
        char c = src.charAt(start);
        if (start + 2 < n) {
            String s3 = src.substring(start, start + 3);
            if (THREE.contains(s3) && s3.indexOf(' ') < 0) {
                pos = start + 3;
                return make(TokenKind.OP, start, line, pos);
            }
        }
        if (start + 1 < n) {
            String s2 = src.substring(start, start + 2);
            if (s2.indexOf(' ') < 0 && TWO.contains(s2)) {
                pos = start + 2;
                return make(TokenKind.OP, start, line, pos);
            }
        }
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_PAREN_LEVEL) {
                    throw errorAtCursor("too many nested parentheses", line, start + 1);
                }
                parenChars[level] = c;
                parenLine[level] = line;
                parenIdx[level] = start;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw errorAtCursor("unmatched '" + c + "'", line, start + 1);
                }
                level--;
                char open = parenChars[level];
                if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                    if (parenLine[level] != line) {
                        throw errorAtCursor("closing parenthesis '" + c + "' does not match opening parenthesis '" + open
                                + "' on line " + globalLine(parenLine[level]), line, start + 1);
                    }
                    throw errorAtCursor("closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'", line, start + 1);
                }
            }
            default -> {
                if (c < ' ' && c != '\t' && c != '\f' && c != '\n' || c == 0x7f) {
                    throw errorAtCursor(String.format("invalid non-printable character U+%04X", (int) c), line, start + 1);
                }
            }
        }
        pos = start + 1;
        return make(TokenKind.OP, start, line, pos);
    }

    /** Current bracket depth (for the parser's error heuristics). */
    public int level() {
        return level;
    }

    public boolean isDone() {
        return done;
    }

    /** The error this tokenizer raised, or null. */
    public PythonSyntaxError failure() {
        return failure;
    }

    /**
     * True for errors CPython's tokenizer reports only when the parser asks for the token
     * (indentation, tabs, line continuation), as opposed to errors it raises immediately and
     * which therefore also win over a parser error found earlier.
     */
    public static boolean isDeferred(PythonSyntaxError e) {
        return !e.type().equals("SyntaxError") || e.msg().startsWith("unexpected character after line continuation")
                || e.msg().equals("unexpected EOF while parsing");
    }
}
