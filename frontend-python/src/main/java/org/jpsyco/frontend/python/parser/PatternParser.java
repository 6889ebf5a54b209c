package org.jpsyco.frontend.python.parser;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.ConstantValue;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.MatchCase;
import org.jpsyco.frontend.python.ast.Operator;
import org.jpsyco.frontend.python.ast.Pattern;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.ast.Unaryop;
import org.jpsyco.frontend.python.lexer.Token;
import org.jpsyco.frontend.python.lexer.TokenKind;
import org.jpsyco.frontend.python.lexer.Tokenizer;

/*
 * The match statement (PEP 634). 'match' is a soft keyword: the statement is tried
 * speculatively up to "subject ':' NEWLINE" and abandoned (cursor reset) if that prefix does
 * not parse, so `match = 1` or `match(x)` stay ordinary statements. Patterns follow the
 * grammar's closed_pattern alternatives; which alternative applies is decided by the first
 * one or two tokens, so patterns need no backtracking.
 */
abstract class PatternParser extends ParameterParser {

    PatternParser(Tokenizer tk) {
        super(tk);
    }

    abstract List<org.jpsyco.frontend.python.ast.Stmt> blockBody(String what, Token owner);

    abstract List<org.jpsyco.frontend.python.ast.Stmt> block(String what, Token owner);

    /** Set when "match subject NEWLINE" was seen: CPython's "expected ':'" if nothing else parses. */
    Token matchColonHint;
    /** An error in what would have been a match subject, reported if nothing else parses. */
    PythonSyntaxError matchSubjectError;

    /** The match statement at the cursor, or null (cursor unchanged) when this is not one. */
    final Stmt matchStatement() {
        int m = mark();
        Token start = advance();
        Expr subject;
        try {
            Token s = peek();
            Expr first = starNamedExpression();
            if (atOp(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (acceptOp(",")) {
                    if (atOp(":")) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                subject = new Expr.Tuple(elts, ExprContext.Load, pos(s));
            } else {
                subject = first;
            }
            if (atKind(TokenKind.NEWLINE)) {
                matchColonHint = peek();
            }
            if (!atOp(":") || !peek(1).kind().equals(TokenKind.NEWLINE)) {
                throw FAIL;
            }
        } catch (Fail e) {
            reset(m);
            return null;
        } catch (PythonSyntaxError e) {
            if (tk.failure() != null) {
                throw e;
            }
            // CPython reports this only if the line is no valid statement either
            matchSubjectError = e;
            reset(m);
            return null;
        }
        advance();
        advance();
        if (!atKind(TokenKind.INDENT)) {
            Token t = peek();
            throw errorAt(t, "IndentationError", "expected an indented block after 'match' statement on line "
                    + start.lineno());
        }
        advance();
        List<MatchCase> cases = new ArrayList<>();
        while (atKw("case")) {
            cases.add(caseBlock());
        }
        expect(TokenKind.DEDENT);
        if (cases.isEmpty()) {
            throw FAIL;
        }
        return new Stmt.Match(subject, cases, pos(start));
    }

    private MatchCase caseBlock() {
        Token caseTok = advance();
        Pattern pattern = patterns();
        Expr guard = null;
        if (acceptKw("if")) {
            guard = namedExpression();
        }
        List<org.jpsyco.frontend.python.ast.Stmt> body = block("'case' statement", caseTok);
        return new MatchCase(pattern, guard, body);
    }

    private Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!atOp(",")) {
            if (first instanceof Pattern.MatchStar) {
                throw FAIL;
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (acceptOp(",")) {
            if (atOp(":") || atKw("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, pos(start));
    }

    private Pattern maybeStarPattern() {
        if (atOp("*")) {
            Token star = advance();
            Token n = peek();
            String name = expectName();
            return new Pattern.MatchStar(name.equals("_") ? null : name, pos(star));
        }
        return pattern();
    }

    private Pattern pattern() {
        Token start = peek();
        Pattern p = orPattern();
        if (atKw("as")) {
            advance();
            Token n = peek();
            if (n.isName("_")) {
                throw errorAt(n, "cannot use '_' as a target");
            }
            if (!isPlainName(n)) {
                int m = mark();
                try {
                    Expr e = expression();
                    throw errorAt(e, "invalid pattern target");
                } catch (Fail f) {
                    reset(m);
                    throw FAIL;
                }
            }
            advance();
            return new Pattern.MatchAs(p, n.text(), pos(start));
        }
        return p;
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!atOp("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (acceptOp("|")) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(alts, pos(start));
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER, STRING -> {
                Expr v = literalExpr();
                return new Pattern.MatchValue(v, v.pos());
            }
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        advance();
                        return new Pattern.MatchSingleton(ConstantValue.NONE, pos(t));
                    }
                    case "True" -> {
                        advance();
                        return new Pattern.MatchSingleton(Boolean.TRUE, pos(t));
                    }
                    case "False" -> {
                        advance();
                        return new Pattern.MatchSingleton(Boolean.FALSE, pos(t));
                    }
                    default -> {
                        if (!isPlainName(t)) {
                            throw FAIL;
                        }
                    }
                }
                Expr nameOrAttr = nameOrAttr();
                if (atOp("(")) {
                    return classPattern(nameOrAttr, t);
                }
                if (nameOrAttr instanceof Expr.Name n) {
                    if (atOp("=")) {
                        throw FAIL;
                    }
                    return new Pattern.MatchAs(null, n.id().equals("_") ? null : n.id(), n.pos());
                }
                return new Pattern.MatchValue(nameOrAttr, nameOrAttr.pos());
            }
            case OP -> {
                switch (t.text()) {
                    case "-" -> {
                        Expr v = literalExpr();
                        return new Pattern.MatchValue(v, v.pos());
                    }
                    case "(" -> {
                        advance();
                        if (acceptOp(")")) {
                            return new Pattern.MatchSequence(new ArrayList<>(), pos(t));
                        }
                        Pattern first = maybeStarPattern();
                        if (acceptOp(")")) {
                            if (first instanceof Pattern.MatchStar) {
                                return new Pattern.MatchSequence(new ArrayList<>(List.of(first)), pos(t));
                            }
                            return first;
                        }
                        List<Pattern> items = new ArrayList<>();
                        items.add(first);
                        expectOp(",");
                        while (!atOp(")")) {
                            items.add(maybeStarPattern());
                            if (!acceptOp(",")) {
                                break;
                            }
                        }
                        expectOp(")");
                        return new Pattern.MatchSequence(items, pos(t));
                    }
                    case "[" -> {
                        advance();
                        List<Pattern> items = new ArrayList<>();
                        while (!atOp("]")) {
                            items.add(maybeStarPattern());
                            if (!acceptOp(",")) {
                                break;
                            }
                        }
                        expectOp("]");
                        return new Pattern.MatchSequence(items, pos(t));
                    }
                    case "{" -> {
                        return mappingPattern();
                    }
                    default -> throw FAIL;
                }
            }
            default -> throw FAIL;
        }
    }

    private Expr nameOrAttr() {
        Token start = peek();
        String first = expectName();
        Expr e = new Expr.Name(first, ExprContext.Load, pos(start));
        while (atOp(".")) {
            advance();
            String attr = expectName();
            e = new Expr.Attribute(e, attr, ExprContext.Load, pos(start));
        }
        return e;
    }

    /** literal_expr: signed numbers, complex literals, strings, None/True/False. */
    private Expr literalExpr() {
        Token start = peek();
        if (start.kind() == TokenKind.STRING) {
            Expr s = strings();
            if (s instanceof Expr.JoinedStr) {
                throw errorAt(s, "patterns may only match literals and attribute lookups");
            }
            return s;
        }
        if (start.kind() == TokenKind.NAME) {
            return atom();
        }
        Expr real = signedNumber();
        if (atOp("+") || atOp("-")) {
            Operator op = advance().text().equals("+") ? Operator.Add : Operator.Sub;
            Token im = peek();
            if (im.kind() != TokenKind.NUMBER) {
                throw FAIL;
            }
            advance();
            Expr imag = new Expr.Constant(number(im.text()), null, pos(im));
            if (!(((Expr.Constant) imag).value() instanceof ConstantValue.Imaginary)) {
                throw errorAt(imag, "imaginary number required in complex literal");
            }
            return new Expr.BinOp(real, op, imag, pos(start));
        }
        return real;
    }

    private Expr signedNumber() {
        Token start = peek();
        if (acceptOp("-")) {
            Token n = expect(TokenKind.NUMBER);
            Expr c = new Expr.Constant(number(n.text()), null, pos(n));
            return new Expr.UnaryOp(Unaryop.USub, c, pos(start));
        }
        Token n = expect(TokenKind.NUMBER);
        return new Expr.Constant(number(n.text()), null, pos(n));
    }

    private Pattern mappingPattern() {
        Token start = advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!atOp("}")) {
            if (atOp("**")) {
                advance();
                rest = expectName();
                acceptOp(",");
                break;
            }
            Token k = peek();
            Expr key;
            if (k.kind() == TokenKind.NAME && isPlainName(k)) {
                key = nameOrAttr();
                if (key instanceof Expr.Name) {
                    throw FAIL;
                }
            } else {
                key = literalExpr();
            }
            expectOp(":");
            keys.add(key);
            values.add(pattern());
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        return new Pattern.MatchMapping(keys, values, rest, pos(start));
    }

    private Pattern classPattern(Expr cls, Token start) {
        advance();
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!atOp(")")) {
            if (isPlainName(peek()) && peek(1).isOp("=")) {
                kwdAttrs.add(advance().text());
                advance();
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAt(p, "positional patterns follow keyword patterns");
                }
                patterns.add(p);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp(")");
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, pos(start));
    }
}
