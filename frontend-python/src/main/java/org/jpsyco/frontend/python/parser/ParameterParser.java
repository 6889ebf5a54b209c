package org.jpsyco.frontend.python.parser;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.Arg;
import org.jpsyco.frontend.python.ast.Arguments;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.lexer.Token;
import org.jpsyco.frontend.python.lexer.Tokenizer;

/*
 * Parameter lists of def (annotations allowed, closed by ')') and lambda (no annotations,
 * closed by ':'), read left to right with a small state machine instead of PEG's five
 * alternatives: positional parameters, an optional '/', then '*' or '*name', keyword-only
 * parameters, and '**name'. Errors use CPython 3.11's wording.
 */
abstract class ParameterParser extends PrimaryParser {

    ParameterParser(Tokenizer tk) {
        super(tk);
    }

    @Override
    final Arguments parameters(boolean lambda) {
        String close = lambda ? ":" : ")";
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        boolean sawDefault = false;
        Token bareStar = null;
        while (!atOp(close)) {
            Token t = peek();
            if (kwarg != null) {
                throw errorAt(t, "arguments cannot follow var-keyword argument");
            }
            if (t.isOp("/")) {
                if (sawSlash) {
                    throw errorAt(t, "/ may appear only once");
                }
                if (sawStar) {
                    throw errorAt(t, "/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    throw errorAt(t, "at least one argument must precede /");
                }
                advance();
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                if (sawStar) {
                    if (isPlainName(peek(1)) || peek(1).isOp(",")) {
                        throw errorAt(t, "* argument may appear only once");
                    }
                    throw FAIL;
                }
                advance();
                sawStar = true;
                if (atOp(",") || atOp(close)) {
                    // CPython reports a lambda's bare star at the token after it (':' or '**')
                    bareStar = !lambda ? t : atOp(close) ? peek() : peek(1).isOp("**") ? peek(1) : t;
                } else {
                    vararg = param(lambda, true);
                    if (atOp("=")) {
                        throw errorAt(peek(), "var-positional argument cannot have default value");
                    }
                }
            } else if (t.isOp("(")) {
                parenthesizedParameters(t, lambda);
                throw FAIL;
            } else if (t.isOp("**")) {
                advance();
                kwarg = param(lambda, false);
                if (atOp("=")) {
                    throw errorAt(peek(), "var-keyword argument cannot have default value");
                }
            } else {
                Arg a = param(lambda, false);
                Expr dflt = null;
                if (atOp("=")) {
                    Token eq = advance();
                    if (atOp(",") || atOp(")")) {
                        throw errorAt(eq, "expected default value expression");
                    }
                    dflt = expression();
                }
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    args.add(a);
                    if (dflt != null) {
                        defaults.add(dflt);
                        sawDefault = true;
                    } else if (sawDefault && (atOp(",") || atOp(close))) {
                        throw errorAt(a, "non-default argument follows default argument");
                    }
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw errorAt(bareStar, "named arguments must follow bare *");
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** CPython's "Function parameters cannot be parenthesized" for {@code def f((a, b))}; returns if not that. */
    private void parenthesizedParameters(Token open, boolean lambda) {
        int m = mark();
        int savedFurthest = furthest;
        advance();
        try {
            int count = 0;
            while (isPlainName(peek())) {
                param(lambda, false);
                count++;
                if (!acceptOp(",")) {
                    break;
                }
            }
            if (count > 0 && atOp(")")) {
                Token close = advance();
                throw errorRange(open, close, lambda ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized");
            }
        } catch (Fail f) {
            // not this error
        }
        reset(m);
        furthest = savedFurthest;
    }

    private Arg param(boolean lambda, boolean starAnnotation) {
        Token name = peek();
        String id = expectName();
        Expr annotation = null;
        if (!lambda && acceptOp(":")) {
            if (starAnnotation && atOp("*")) {
                Token star = advance();
                Expr v = bitwiseOr();
                annotation = new Expr.Starred(v, ExprContext.Load, pos(star));
            } else {
                annotation = expression();
            }
        }
        return new Arg(id, annotation, null, pos(name));
    }
}
