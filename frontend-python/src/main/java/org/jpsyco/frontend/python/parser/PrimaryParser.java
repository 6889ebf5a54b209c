package org.jpsyco.frontend.python.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.Comprehension;
import org.jpsyco.frontend.python.ast.ConstantValue;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.Keyword;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.lexer.Token;
import org.jpsyco.frontend.python.lexer.TokenKind;
import org.jpsyco.frontend.python.lexer.Tokenizer;

/*
 * Primaries and atoms: attribute, call and subscript trailers (with CPython's argument-order
 * errors), slices, names, numbers, strings (StringLiterals), parenthesized forms (group, tuple,
 * generator expression), list/set/dict displays and comprehensions, and the target lists of
 * for-clauses. Displays decide between element list and comprehension after the first element,
 * so no backtracking is needed.
 */
abstract class PrimaryParser extends ExpressionParser {

    PrimaryParser(Tokenizer tk) {
        super(tk);
    }

    /** primary: an atom followed by attribute, call and subscript trailers. */
    @Override
    final Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.kind() != TokenKind.OP) {
                return e;
            }
            switch (t.text()) {
                case "." -> {
                    if (!isPlainName(peek(1))) {
                        return e;
                    }
                    advance();
                    String name = expectName();
                    e = new Expr.Attribute(e, name, ExprContext.Load, pos(start));
                }
                case "(", "[" -> {
                    // a trailer that does not parse leaves the primary as it is (PEG backtracking)
                    int m = mark();
                    try {
                        if (t.text().equals("(")) {
                            e = callTrailer(e, start);
                        } else {
                            advance();
                            Expr slice = slices();
                            expectOp("]");
                            e = new Expr.Subscript(e, slice, ExprContext.Load, pos(start));
                        }
                    } catch (Fail f) {
                        reset(m);
                        return e;
                    }
                }
                default -> {
                    return e;
                }
            }
        }
    }

    final Expr callTrailer(Expr func, Token start) {
        Token open = advance();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        enter();
        try {
            while (!atOp(")")) {
                Token at = peek();
                if (at.isOp("*")) {
                    if (seenDoubleStar) {
                        throw errorAt(at, "iterable argument unpacking follows keyword argument unpacking");
                    }
                    advance();
                    Expr v = expression();
                    args.add(new Expr.Starred(v, ExprContext.Load, pos(at)));
                } else if (at.isOp("**")) {
                    advance();
                    Expr v = expression();
                    keywords.add(new Keyword(null, v, pos(at)));
                    seenDoubleStar = true;
                } else if ((at.isName("True") || at.isName("False") || at.isName("None")) && peek(1).isOp("=")) {
                    throw errorRange(at, peek(1), "cannot assign to " + at.text());
                } else if (isPlainName(at) && peek(1).isOp("=")) {
                    advance();
                    Token eq = advance();
                    Expr v = expression();
                    if (atFor()) {
                        throw errorRange(at, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    }
                    keywords.add(new Keyword(at.text(), v, pos(at)));
                    seenKeyword = true;
                } else {
                    Expr v = namedExpression(false);
                    if (atKw("for") || atKw("async") && peek(1).isName("for")) {
                        if (args.isEmpty() && keywords.isEmpty()) {
                            List<Comprehension> gens = forIfClauses();
                            if (atOp(")")) {
                                advance();
                                args.add(new Expr.GeneratorExp(v, gens, pos(open)));
                                return new Expr.Call(func, args, keywords, pos(start));
                            }
                        } else {
                            forIfClauses();
                        }
                        throw errorRange(v, last(), "Generator expression must be parenthesized");
                    }
                    if (atOp("=")) {
                        throw errorRange(v, peek(), "expression cannot contain assignment, perhaps you meant \"==\"?");
                    }
                    if (seenDoubleStar || seenKeyword) {
                        // CPython's invalid_arguments reports at the token after all the arguments
                        String msg = seenDoubleStar ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument";
                        int savedFurthest = furthest;
                        while (acceptOp(",")) {
                            if (atOp(")")) {
                                break;
                            }
                            try {
                                if (acceptOp("*") || acceptOp("**")) {
                                    expression();
                                } else if (isPlainName(peek()) && peek(1).isOp("=")) {
                                    advance();
                                    advance();
                                    expression();
                                } else {
                                    namedExpression(false);
                                }
                            } catch (Fail f) {
                                furthest = savedFurthest;
                                throw f;
                            }
                        }
                        throw errorAt(peek(), msg);
                    }
                    args.add(v);
                }
                if (!acceptOp(",")) {
                    break;
                }
            }
            expectOp(")");
        } finally {
            leave();
        }
        return new Expr.Call(func, args, keywords, pos(start));
    }

    /** slices: a single slice, or a tuple of slices and starred expressions. */
    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!atOp(",") && !(first instanceof Expr.Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(elts, ExprContext.Load, pos(start));
    }

    private Expr slice() {
        Token start = peek();
        if (start.isOp("*")) {
            advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, pos(start));
        }
        Expr lower = null;
        if (!atOp(":")) {
            lower = namedExpression();
            if (!atOp(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = null;
        if (!atOp(":") && !atOp(",") && !atOp("]")) {
            upper = expression();
        }
        Expr step = null;
        if (acceptOp(":")) {
            if (!atOp(",") && !atOp("]")) {
                step = expression();
            }
        }
        return new Expr.Slice(lower, upper, step, pos(start));
    }

    // ---- atoms

    final Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "True" -> {
                        advance();
                        return new Expr.Constant(Boolean.TRUE, null, pos(t));
                    }
                    case "False" -> {
                        advance();
                        return new Expr.Constant(Boolean.FALSE, null, pos(t));
                    }
                    case "None" -> {
                        advance();
                        return new Expr.Constant(ConstantValue.NONE, null, pos(t));
                    }
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw FAIL;
                        }
                        advance();
                        return new Expr.Name(t.text(), ExprContext.Load, pos(t));
                    }
                }
            }
            case NUMBER -> {
                advance();
                return new Expr.Constant(number(t.text()), null, pos(t));
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        advance();
                        return new Expr.Constant(ConstantValue.ELLIPSIS, null, pos(t));
                    }
                    default -> throw FAIL;
                }
            }
            default -> throw FAIL;
        }
    }

    static Object number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char lastc = s.charAt(s.length() - 1);
        if (lastc == 'j' || lastc == 'J') {
            return new ConstantValue.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = s.charAt(1);
            if (k == 'x' || k == 'X') {
                return new BigInteger(s.substring(2), 16);
            }
            if (k == 'o' || k == 'O') {
                return new BigInteger(s.substring(2), 8);
            }
            if (k == 'b' || k == 'B') {
                return new BigInteger(s.substring(2), 2);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        if (s.length() < 18) {
            return BigInteger.valueOf(Long.parseLong(s));
        }
        return new BigInteger(s);
    }

    /** {@link #atFor()} for error rules only: looking past 'async' does not move the error position. */
    final boolean atForKeepingFurthest() {
        int saved = furthest;
        boolean r = atFor();
        furthest = saved;
        return r;
    }

    final boolean atFor() {
        return atKw("for") || atKw("async") && peek(1).isName("for");
    }

    private Expr parenthesized() {
        Token open = advance();
        enter();
        try {
            if (atOp(")")) {
                advance();
                return new Expr.Tuple(new ArrayList<>(), ExprContext.Load, pos(open));
            }
            if (atKw("yield")) {
                Expr y = yieldExpr();
                expectOp(")");
                grouped.add(y);
                return y;
            }
            if (atOp("**")) {
                int savedFurthest = furthest;
                Token dstar = advance();
                try {
                    expression();
                    expectOp(")");
                } catch (Fail f) {
                    furthest = savedFurthest;
                    throw f;
                }
                throw errorAt(dstar, "cannot use double starred expression here");
            }
            Expr first = starNamedExpression();
            if (atFor()) {
                if (first instanceof Expr.Starred) {
                    throw errorAt(first, "iterable unpacking cannot be used in comprehension");
                }
                List<Comprehension> gens = forIfClauses();
                expectOp(")");
                return new Expr.GeneratorExp(first, gens, pos(open));
            }
            if (atOp(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (acceptOp(",")) {
                    if (atOp(")")) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                expectOp(")");
                return new Expr.Tuple(elts, ExprContext.Load, pos(open));
            }
            expectOp(")");
            if (first instanceof Expr.Starred) {
                throw errorAt(first, "cannot use starred expression here");
            }
            grouped.add(first);
            return first;
        } finally {
            leave();
        }
    }

    private Expr listDisplay() {
        Token open = advance();
        enter();
        try {
            List<Expr> elts = new ArrayList<>();
            if (acceptOp("]")) {
                return new Expr.List(elts, ExprContext.Load, pos(open));
            }
            Expr first = starNamedExpression();
            if (atFor()) {
                if (first instanceof Expr.Starred) {
                    throw errorAt(first, "iterable unpacking cannot be used in comprehension");
                }
                List<Comprehension> gens = forIfClauses();
                expectOp("]");
                return new Expr.ListComp(first, gens, pos(open));
            }
            elts.add(first);
            while (acceptOp(",")) {
                if (atOp("]")) {
                    break;
                }
                if (atForKeepingFurthest()) {
                    Token comma = last();
                    forIfClauses();
                    throw errorRange(first, comma, "did you forget parentheses around the comprehension target?");
                }
                elts.add(starNamedExpression());
            }
            if (atForKeepingFurthest()) {
                Expr lastElt = elts.get(elts.size() - 1);
                forIfClauses();
                throw errorRange(first, lastElt, "did you forget parentheses around the comprehension target?");
            }
            expectOp("]");
            return new Expr.List(elts, ExprContext.Load, pos(open));
        } finally {
            leave();
        }
    }

    private Expr braceDisplay() {
        Token open = advance();
        enter();
        try {
            if (acceptOp("}")) {
                return new Expr.Dict(new ArrayList<>(), new ArrayList<>(), pos(open));
            }
            if (atOp("**")) {
                int m = mark();
                int savedFurthest = furthest;
                Token dstar = advance();
                try {
                    bitwiseOr();
                    if (atFor()) {
                        forIfClauses();
                        expectOp("}");
                        throw errorAt(dstar, "dict unpacking cannot be used in dict comprehension");
                    }
                } catch (Fail f) {
                    // an ordinary dict display
                }
                reset(m);
                furthest = savedFurthest;
                return dictItems(open, null, null);
            }
            Expr first = starNamedExpression();
            if (atOp(":") && !(first instanceof Expr.Starred)) {
                advance();
                Expr value = dictValue();
                if (atFor()) {
                    List<Comprehension> gens = forIfClauses();
                    expectOp("}");
                    return new Expr.DictComp(first, value, gens, pos(open));
                }
                return dictItems(open, first, value);
            }
            if (atFor()) {
                if (first instanceof Expr.Starred) {
                    throw errorAt(first, "iterable unpacking cannot be used in comprehension");
                }
                List<Comprehension> gens = forIfClauses();
                expectOp("}");
                return new Expr.SetComp(first, gens, pos(open));
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (atOp("}")) {
                    break;
                }
                if (atForKeepingFurthest()) {
                    Token comma = last();
                    forIfClauses();
                    throw errorRange(first, comma, "did you forget parentheses around the comprehension target?");
                }
                elts.add(starNamedExpression());
            }
            if (atForKeepingFurthest()) {
                Expr lastElt = elts.get(elts.size() - 1);
                forIfClauses();
                throw errorRange(first, lastElt, "did you forget parentheses around the comprehension target?");
            }
            expectOp("}");
            return new Expr.Set(elts, pos(open));
        } finally {
            leave();
        }
    }

    /** The value after "key :", with CPython's errors for a missing or starred value. */
    private Expr dictValue() {
        Token t = peek();
        if (t.isOp("}") || t.isOp(",")) {
            throw errorAt(last(), "expression expected after dictionary key and ':'");
        }
        if (t.isOp("*")) {
            advance();
            bitwiseOr();
            throw error("SyntaxError", "cannot use a starred expression in a dictionary value", t.lineno(), t.col(),
                    last().endLineno(), last().endCol());
        }
        return expression();
    }

    private Expr dictItems(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean needItem = firstKey == null;
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
        }
        while (true) {
            if (needItem) {
                if (atOp("}")) {
                    break;
                }
                if (acceptOp("**")) {
                    keys.add(null);
                    values.add(bitwiseOr());
                } else {
                    boolean saved = noInvalid;
                    noInvalid = true;
                    Expr key;
                    try {
                        key = expression();
                    } finally {
                        noInvalid = saved;
                    }
                    if (!atOp(":")) {
                        // CPython's invalid_kvpair
                        Pos kp = key.pos();
                        throw new PythonSyntaxError("SyntaxError", "':' expected after dictionary key", filename,
                                kp.lineno(), charColumn(kp.endLineno(), kp.endColOffset() - 1) + 1, kp.endLineno(), 0,
                                errorText(kp.lineno()));
                    }
                    advance();
                    keys.add(key);
                    values.add(dictValue());
                }
            }
            needItem = true;
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        return new Expr.Dict(keys, values, pos(open));
    }

    /** for_if_clauses: one or more ('async'? 'for' targets 'in' disjunction ('if' disjunction)*). */
    final List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atFor()) {
            int isAsync = acceptKw("async") ? 1 : 0;
            expectKw("for");
            Expr target = forTargets();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKw("if")) {
                advance();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /**
     * The targets of a for statement or clause and the 'in' after them. When 'in' is missing,
     * CPython's invalid_for_target re-reads the targets as expressions to name a bad target.
     */
    final Expr forTargets() {
        int m = mark();
        Expr target = starTargets();
        if (atKw("in") && Targets.invalidTarget(target, Targets.Kind.FOR) == null) {
            Expr stored = Targets.convert(target, org.jpsyco.frontend.python.ast.ExprContext.Store);
            advance();
            return stored;
        }
        int savedFurthest = furthest;
        reset(m);
        Expr e;
        try {
            e = starExpressions();
        } catch (Fail f) {
            furthest = savedFurthest;
            throw FAIL;
        }
        Expr bad = Targets.invalidTarget(e, Targets.Kind.FOR);
        if (bad != null) {
            throw errorAt(bad, "cannot assign to " + Targets.exprName(bad));
        }
        furthest = savedFurthest;
        throw FAIL;
    }

    /**
     * star_targets as expressions in Load context, stopping before 'in' and '=': a target, or a
     * tuple of them when there is a comma. Callers convert with {@link Targets#store}.
     */
    final Expr starTargets() {
        Token start = peek();
        Expr first = starTarget();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression() || atKw("in")) {
                break;
            }
            elts.add(starTarget());
        }
        return new Expr.Tuple(elts, ExprContext.Load, pos(start));
    }

    final Expr starTarget() {
        if (atOp("*")) {
            Token star = advance();
            Expr v = starTarget();
            return new Expr.Starred(v, ExprContext.Load, pos(star));
        }
        return bitwiseOr();
    }

    final Expr yieldExpr() {
        Token start = expectKw("yield");
        if (acceptKw("from")) {
            Expr v = expression();
            return new Expr.YieldFrom(v, pos(start));
        }
        Expr v = null;
        if (startsExpression() && !atKw("yield")) {
            v = starExpressions();
        }
        return new Expr.Yield(v, pos(start));
    }
}
