package org.jpsyco.frontend.python.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.lexer.Token;

/*
 * One f-string token, scanned like CPython 3.11's fstring_find_literal / fstring_find_expr:
 * literal text with doubled braces, then replacement fields '{' expr ['='] ['!' conv] [':' spec] '}'
 * where spec is itself scanned recursively (at most two levels). Literal text goes to the
 * pending buffer of the current level; each field flushes it and appends a FormattedValue.
 */
final class FStringScanner {
    private final StringLiterals owner;
    private final Token tok;
    private final String text;
    private final int end;
    private final boolean raw;
    private int i;

    FStringScanner(StringLiterals owner, Token tok, String text, int bodyStart, int bodyEnd, boolean raw) {
        this.owner = owner;
        this.tok = tok;
        this.text = text;
        this.i = bodyStart;
        this.end = bodyEnd;
        this.raw = raw;
    }

    private PythonSyntaxError error(String msg) {
        return owner.parser().errorAt(owner.parser().peek(), msg);
    }

    /**
     * Scans from the cursor. At level 0 fills the owner's values; at level 1 and 2 (format specs)
     * fills {@code out} and stops before the closing '}'.
     */
    void parse(int level, List<Expr> out) {
        List<Expr> values = level == 0 ? owner.values() : out;
        StringBuilder pending = level == 0 ? owner.pending() : new StringBuilder();
        while (i < end) {
            StringBuilder lit = new StringBuilder();
            while (i < end) {
                char c = text.charAt(i);
                if (!raw && c == '\\' && i + 1 < end) {
                    char e = text.charAt(i + 1);
                    if (e == 'N') {
                        int k = i + 2;
                        if (k < end && text.charAt(k) == '{') {
                            k++;
                            while (k < end && text.charAt(k++) != '}') {
                                // skip the character name
                            }
                        }
                        lit.append(text, i, k);
                        i = k;
                        continue;
                    }
                    if (e != '{' && e != '}') {
                        lit.append(c).append(e);
                        i += 2;
                        continue;
                    }
                    lit.append(c);
                    i++;
                    c = e;
                }
                if (c == '{' || c == '}') {
                    if (level == 0) {
                        if (i + 1 < end && text.charAt(i + 1) == c) {
                            lit.append(c);
                            i += 2;
                            continue;
                        }
                        if (c == '}') {
                            throw error("f-string: single '}' is not allowed");
                        }
                    }
                    break;
                }
                lit.append(c);
                i++;
            }
            if (!lit.isEmpty()) {
                String s = lit.toString();
                pending.append(raw ? s : Escapes.decodeStr(owner.parser(), tok, s, 0, s.length()));
            }
            if (i >= end) {
                break;
            }
            if (text.charAt(i) == '}') {
                // end of a format spec
                break;
            }
            field(level, values, pending);
        }
        if (level > 0) {
            owner.flush(values, pending, new Pos(tok.lineno(), tok.col(), tok.endLineno(), tok.endCol()));
        }
    }

    private void field(int level, List<Expr> values, StringBuilder pending) {
        int brace = i;
        i++;
        if (level >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int exprStart = i;
        char quote = 0;
        boolean tripleQuote = false;
        int nested = 0;
        char[] stack = new char[200];
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote) {
                    if (tripleQuote) {
                        if (i + 2 < end && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
                            i += 3;
                            quote = 0;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                if (i + 2 < end && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
                    tripleQuote = true;
                    i += 2;
                } else {
                    tripleQuote = false;
                }
                quote = c;
            } else if (c == '[' || c == '(' || c == '{') {
                if (nested >= stack.length) {
                    throw error("f-string: too many nested parenthesis");
                }
                stack[nested++] = c;
            } else if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (nested == 0 && (c == '!' || c == '=' || c == '<' || c == '>') && i + 1 < end
                    && text.charAt(i + 1) == '=') {
                i += 2;
                continue;
            } else if (nested == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
                if (c != '>' && c != '<') {
                    break;
                }
            } else if (c == ']' || c == ')' || c == '}') {
                if (nested == 0) {
                    throw error("f-string: unmatched '" + c + "'");
                }
                char open = stack[--nested];
                if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                    throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '"
                            + open + "'");
                }
            }
            i++;
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (nested > 0) {
            throw error("f-string: unmatched '" + stack[nested - 1] + "'");
        }
        if (i >= end) {
            throw error("f-string: expecting '}'");
        }
        String exprText = text.substring(exprStart, i);
        if (exprText.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
            char next = text.charAt(i);
            if (next == '!' || next == ':' || next == '=') {
                throw error("f-string: expression required before '" + next + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        Expr value = compile(brace, exprText);
        int conversion = -1;
        String debug = null;
        if (text.charAt(i) == '=') {
            i++;
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            debug = text.substring(exprStart, i);
        }
        if (i < end && text.charAt(i) == '!') {
            i++;
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            char conv = text.charAt(i++);
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
        }
        Expr spec = null;
        if (i < end && text.charAt(i) == ':') {
            i++;
            List<Expr> specValues = new ArrayList<>();
            parse(level + 1, specValues);
            spec = new Expr.JoinedStr(specValues, new Pos(tok.lineno(), tok.col(), tok.endLineno(), tok.endCol()));
        }
        if (i >= end || text.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (debug != null) {
            pending.append(debug);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        owner.flush(values, pending);
        values.add(new Expr.FormattedValue(value, conversion, spec, owner.whole()));
    }

    /** Parses a replacement field as CPython does: "(expr)" placed at the opening brace. */
    private Expr compile(int brace, String exprText) {
        int lines = 0;
        int lastNl = -1;
        for (int k = 0; k < brace; k++) {
            if (text.charAt(k) == '\n') {
                lines++;
                lastNl = k;
            }
        }
        boolean newlineAfterBrace = true;
        for (int k = brace + 1; k < end; k++) {
            char c = text.charAt(k);
            if (c == '}' || c == '\n') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace) {
            cols = text.substring(lastNl + 1, brace).getBytes(StandardCharsets.UTF_8).length;
        }
        int colBase = lines == 0 ? tok.col() + cols : cols;
        return owner.parser().parseFStringExpression("(" + exprText + ")", tok.lineno() + lines, colBase);
    }
}
