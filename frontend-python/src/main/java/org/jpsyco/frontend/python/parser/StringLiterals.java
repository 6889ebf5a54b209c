package org.jpsyco.frontend.python.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.ConstantValue;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.lexer.Token;

/*
 * Adjacent string literals, as CPython 3.11's Parser/string_parser.c builds them.
 *
 * Plain literals concatenate into one Constant (str or bytes; kind 'u' when the first token
 * has a u prefix). As soon as one piece is an f-string the result is a JoinedStr whose values
 * alternate merged literal Constants and FormattedValues. 3.11 positions: every Constant and
 * FormattedValue of the JoinedStr carries the span of the whole concatenation; a format spec's
 * JoinedStr carries the span of its own token; replacement-field expressions are parsed from
 * the text "(expr)" placed at the column of the opening brace, exactly as CPython does, which
 * yields CPython's positions including its quirks for multi-line fields.
 */
final class StringLiterals {
    private final Parser parser;
    private final List<Token> tokens;
    private final Pos whole;
    private final boolean kindU;
    private final List<Expr> values = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private boolean fmode;

    private StringLiterals(Parser parser, List<Token> tokens) {
        this.parser = parser;
        this.tokens = tokens;
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        this.whole = new Pos(first.lineno(), first.col(), last.endLineno(), last.endCol());
        this.kindU = first.text().charAt(0) == 'u' || first.text().charAt(0) == 'U';
    }

    static Expr concatenate(Parser parser, List<Token> tokens) {
        return new StringLiterals(parser, tokens).build();
    }

    private Expr build() {
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String text = t.text();
            int q = 0;
            boolean raw = false;
            boolean isBytes = false;
            boolean isF = false;
            while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
                char c = Character.toLowerCase(text.charAt(q));
                raw |= c == 'r';
                isBytes |= c == 'b';
                isF |= c == 'f';
                q++;
            }
            if (i == 0) {
                bytesMode = isBytes;
            } else if (bytesMode != isBytes) {
                throw parser.errorAt(parser.peek(), "cannot mix bytes and nonbytes literals");
            }
            char quote = text.charAt(q);
            int ql = text.length() - q >= 6 && text.charAt(q + 1) == quote && text.charAt(q + 2) == quote ? 3 : 1;
            int bodyStart = q + ql;
            int bodyEnd = text.length() - ql;
            if (isBytes) {
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream();
                }
                for (int k = bodyStart; k < bodyEnd; k++) {
                    if (text.charAt(k) >= 0x80) {
                        throw parser.errorAt(t, "bytes can only contain ASCII literal characters");
                    }
                }
                if (raw) {
                    for (int k = bodyStart; k < bodyEnd; k++) {
                        bytes.write(text.charAt(k));
                    }
                } else {
                    Escapes.decodeBytes(parser, t, text, bodyStart, bodyEnd, bytes);
                }
            } else if (isF) {
                fmode = true;
                new FStringScanner(this, t, text, bodyStart, bodyEnd, raw).parse(0, null);
            } else {
                pending.append(raw ? text.substring(bodyStart, bodyEnd)
                        : Escapes.decodeStr(parser, t, text, bodyStart, bodyEnd));
            }
        }
        if (bytesMode) {
            return new Expr.Constant(new ConstantValue.Bytes(bytes.toByteArray()), null, whole);
        }
        if (!fmode) {
            return new Expr.Constant(pending.toString(), kindU ? "u" : null, whole);
        }
        flush(values);
        return new Expr.JoinedStr(values, whole);
    }

    Parser parser() {
        return parser;
    }

    Pos whole() {
        return whole;
    }

    /** Appends decoded literal text to the pending Constant of the current level. */
    void literal(StringBuilder target, String s) {
        target.append(s);
    }

    StringBuilder pending() {
        return pending;
    }

    List<Expr> values() {
        return values;
    }

    /** Emits the pending literal (if any) of {@code sb} into {@code out}. */
    void flush(List<Expr> out, StringBuilder sb) {
        flush(out, sb, whole);
    }

    /** Like {@link #flush(List, StringBuilder)} with an explicit position (a format spec's trailing text). */
    void flush(List<Expr> out, StringBuilder sb, Pos at) {
        if (!sb.isEmpty()) {
            // the whole-string position carries the first token's 'u'; an f-string token never has it
            out.add(new Expr.Constant(sb.toString(), kindU && at == whole ? "u" : null, at));
            sb.setLength(0);
        }
    }

    private void flush(List<Expr> out) {
        flush(out, pending);
    }
}
