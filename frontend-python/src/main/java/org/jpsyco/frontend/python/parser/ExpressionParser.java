package org.jpsyco.frontend.python.parser;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.Boolop;
import org.jpsyco.frontend.python.ast.Cmpop;
import org.jpsyco.frontend.python.ast.ConstantValue;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.Operator;
import org.jpsyco.frontend.python.ast.Unaryop;
import org.jpsyco.frontend.python.lexer.Token;
import org.jpsyco.frontend.python.lexer.TokenKind;
import org.jpsyco.frontend.python.lexer.Tokenizer;

/*
 * Expressions, one method per rule of CPython 3.11's python.gram, from the loosest binding
 * (star_expressions) to atoms. Each method consumes exactly the tokens of its node or throws
 * FAIL without promising where the cursor is; callers that backtrack save and restore mark().
 * Binary operators are parsed by loops (left associative) except '**' (right associative,
 * through factor). Primaries, atoms, displays and comprehensions are in PrimaryParser;
 * parameters of def and lambda in ParameterParser.
 */
abstract class ExpressionParser extends ParserBase {

    ExpressionParser(Tokenizer tk) {
        super(tk);
    }

    abstract Expr strings();

    abstract org.jpsyco.frontend.python.ast.Arguments parameters(boolean lambda);

    // ---- star_expressions / named expressions

    /** star_expressions: a tuple without parentheses when there is a comma. */
    final Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, pos(start));
    }

    final Expr starExpression() {
        if (atOp("*")) {
            Token star = advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, pos(star));
        }
        return expression();
    }

    final Expr starNamedExpression() {
        if (atOp("*")) {
            Token star = advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, pos(star));
        }
        return namedExpression();
    }

    /** expressions (eval input): like star_expressions without starred items. */
    final Expr expressions() {
        Token start = peek();
        Expr first = expression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(expression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, pos(start));
    }

    /** True when the next token can begin an expression (used after trailing commas). */
    final boolean startsExpression() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                return !KEYWORDS.contains(t.text()) || switch (t.text()) {
                    case "not", "lambda", "await", "None", "True", "False", "yield" -> true;
                    default -> false;
                };
            case NUMBER:
            case STRING:
                return true;
            case OP:
                return switch (t.text()) {
                    case "(", "[", "{", "-", "+", "~", "*", "...", "**" -> true;
                    default -> false;
                };
            default:
                return false;
        }
    }

    final Expr namedExpression() {
        return namedExpression(true);
    }

    /** named_expression; with {@code checkAssign}, a following '=' gives CPython's "Maybe you meant '=='" errors. */
    final Expr namedExpression(boolean checkAssign) {
        Token t = peek();
        if (isPlainName(t) && peek(1).isOp(":=")) {
            advance();
            Expr target = new Expr.Name(t.text(), ExprContext.Store, pos(t));
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(target, value, pos(t));
        }
        Expr e = expression();
        if (atOp(":=") && !noInvalid && checkAssign) {
            int m = mark();
            int savedFurthest = furthest;
            advance();
            try {
                expression();
            } catch (Fail f) {
                reset(m);
                furthest = savedFurthest;
                throw FAIL;
            }
            throw errorAt(e, "cannot use assignment expressions with " + Targets.exprName(e));
        }
        if (checkAssign && atOp("=") && !noInvalid) {
            invalidNamedAssignment(e);
        }
        return e;
    }

    /** CPython's invalid_named_expression alternatives for {@code a = b} where an expression was expected. */
    private void invalidNamedAssignment(Expr a) {
        Expr left = leftmost(a);
        if (!(a instanceof Expr.Name) && (left instanceof Expr.List || left instanceof Expr.Tuple
                || left instanceof Expr.GeneratorExp || left instanceof Expr.Constant c
                && (c.value() instanceof Boolean || c.value() == ConstantValue.NONE))) {
            return;
        }
        int m = mark();
        int savedFurthest = furthest;
        advance();
        Expr b;
        boolean saved = noInvalid;
        noInvalid = true;
        try {
            b = bitwiseOr();
        } catch (Fail f) {
            reset(m);
            furthest = savedFurthest;
            return;
        } finally {
            noInvalid = saved;
        }
        if (atOp("=") || atOp(":=")) {
            reset(m);
            furthest = savedFurthest;
            return;
        }
        if (a instanceof Expr.Name) {
            throw errorRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (Targets.isBitwiseOrLevel(this, a) && !(a instanceof Expr.List || a instanceof Expr.Tuple
                || a instanceof Expr.GeneratorExp || a instanceof Expr.Constant c
                && (c.value() instanceof Boolean || c.value() == ConstantValue.NONE))) {
            throw errorAt(a, "cannot assign to " + Targets.exprName(a) + " here. Maybe you meant '==' instead of '='?");
        }
        reset(m);
        furthest = savedFurthest;
    }

    /** The expression a left-to-right parse of {@code e} starts with (its leftmost atom). */
    static Expr leftmost(Expr e) {
        while (true) {
            Expr next = switch (e) {
                case Expr.BinOp b -> b.left();
                case Expr.Attribute a -> a.value();
                case Expr.Subscript s -> s.value();
                case Expr.Call c -> c.func();
                case Expr.Compare c -> c.left();
                case Expr.BoolOp b -> b.values().get(0);
                case Expr.IfExp i -> i.body();
                default -> null;
            };
            if (next == null) {
                return e;
            }
            e = next;
        }
    }

    /**
     * CPython 3.11's SOFT_KEYWORD test in error rules, which accepts any name that is a prefix of
     * a soft keyword ("m", "ca", ...) because it compares only the name's length.
     */
    static boolean isSoftKeyword(Token t) {
        if (!isPlainName(t)) {
            return false;
        }
        String s = t.text();
        return "match".startsWith(s) || "case".startsWith(s) || s.equals("_");
    }

    /** True while parsing speculatively for an error message: the invalid_* checks are off. */
    boolean noInvalid;

    /**
     * CPython's invalid_expression and invalid_legacy_expression: an expression directly followed
     * by another one (a missing comma inside brackets, or Python 2's print statement).
     */
    private void invalidExpression(int startIdx, Expr a) {
        Token first = toks.get(startIdx);
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
        int m = mark();
        int savedFurthest = furthest;
        boolean saved = noInvalid;
        // invalid_expression: a=disjunction b=expression_without_invalid, inside brackets
        if (!(isPlainName(first) && toks.get(startIdx + 1).kind() == TokenKind.STRING || isSoftKeyword(first))) {
            noInvalid = true;
            try {
                Expr b = expression();
                if (!legacy && last().level() != 0) {
                    throw errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            } catch (Fail f) {
                // not this alternative
            } finally {
                noInvalid = saved;
            }
            reset(m);
            furthest = savedFurthest;
        }
        // invalid_legacy_expression: a=NAME !'(' b=star_expressions, parsed with the error rules on
        if (a instanceof Expr.Name && !atOp("(")) {
            try {
                Expr b = starExpressions();
                if (legacy) {
                    String id = ((Expr.Name) a).id();
                    throw errorRange(a, b, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
                }
            } catch (Fail f) {
                // not this alternative
            }
            reset(m);
            furthest = savedFurthest;
        }
    }

    final Expr expression() {
        enter();
        try {
            if (atKw("lambda")) {
                return lambda();
            }
            Token start = peek();
            int startIdx = p;
            Expr body = disjunction();
            if (atKw("if")) {
                int afterBody = mark();
                advance();
                Expr test;
                try {
                    test = disjunction();
                } catch (Fail f) {
                    reset(afterBody);
                    return body;
                }
                if (!atKw("else")) {
                    if (atOp(":") || noInvalid) {
                        // PEG falls back to the plain disjunction
                        reset(afterBody);
                        return body;
                    }
                    throw errorRange(body, test, "expected 'else' after 'if' expression");
                }
                advance();
                Expr orelse = expression();
                return new Expr.IfExp(test, body, orelse, pos(start));
            }
            if (!noInvalid && startsExpression() && !atKw("yield")) {
                invalidExpression(startIdx, body);
            }
            return body;
        } finally {
            leave();
        }
    }

    final Expr lambda() {
        Token start = expectKw("lambda");
        org.jpsyco.frontend.python.ast.Arguments args = parameters(true);
        expectOp(":");
        Expr body = expression();
        return new Expr.Lambda(args, body, pos(start));
    }

    final Expr disjunction() {
        Token start = peek();
        Expr e = conjunction();
        if (!atKw("or")) {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (atKw("or")) {
            int m = mark();
            advance();
            try {
                values.add(conjunction());
            } catch (Fail f) {
                reset(m);
                break;
            }
        }
        return values.size() == 1 ? e : new Expr.BoolOp(Boolop.Or, values, pos(start));
    }

    final Expr conjunction() {
        Token start = peek();
        Expr e = inversion();
        if (!atKw("and")) {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (atKw("and")) {
            int m = mark();
            advance();
            try {
                values.add(inversion());
            } catch (Fail f) {
                reset(m);
                break;
            }
        }
        return values.size() == 1 ? e : new Expr.BoolOp(Boolop.And, values, pos(start));
    }

    final Expr inversion() {
        if (atKw("not")) {
            Token start = advance();
            enter();
            try {
                Expr operand = inversion();
                return new Expr.UnaryOp(Unaryop.Not, operand, pos(start));
            } finally {
                leave();
            }
        }
        return comparison();
    }

    final Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<Cmpop> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int m = mark();
            Cmpop op = compareOp();
            if (op == null) {
                break;
            }
            Expr right;
            try {
                right = bitwiseOr();
            } catch (Fail f) {
                reset(m);
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(right);
        }
        return ops == null ? left : new Expr.Compare(left, ops, comparators, pos(start));
    }

    private Cmpop compareOp() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            Cmpop op = switch (t.text()) {
                case "==" -> Cmpop.Eq;
                case "!=" -> Cmpop.NotEq;
                case "<" -> Cmpop.Lt;
                case "<=" -> Cmpop.LtE;
                case ">" -> Cmpop.Gt;
                case ">=" -> Cmpop.GtE;
                default -> null;
            };
            if (op != null) {
                advance();
            }
            return op;
        }
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "in":
                    advance();
                    return Cmpop.In;
                case "is":
                    advance();
                    return acceptKw("not") ? Cmpop.IsNot : Cmpop.Is;
                case "not":
                    if (peek(1).isName("in")) {
                        advance();
                        advance();
                        return Cmpop.NotIn;
                    }
                    return null;
                default:
                    return null;
            }
        }
        return null;
    }

    final Expr bitwiseOr() {
        Token start = peek();
        Expr e = bitwiseXor();
        while (atOp("|")) {
            int m = mark();
            advance();
            Expr r;
            try {
                r = bitwiseXor();
            } catch (Fail f) {
                // PEG: the operator and its failed operand are not part of this expression
                reset(m);
                return e;
            }
            e = new Expr.BinOp(e, Operator.BitOr, r, pos(start));
        }
        return e;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr e = bitwiseAnd();
        while (atOp("^")) {
            int m = mark();
            advance();
            Expr r;
            try {
                r = bitwiseAnd();
            } catch (Fail f) {
                // PEG: the operator and its failed operand are not part of this expression
                reset(m);
                return e;
            }
            e = new Expr.BinOp(e, Operator.BitXor, r, pos(start));
        }
        return e;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr e = shiftExpr();
        while (atOp("&")) {
            int m = mark();
            advance();
            Expr r;
            try {
                r = shiftExpr();
            } catch (Fail f) {
                // PEG: the operator and its failed operand are not part of this expression
                reset(m);
                return e;
            }
            e = new Expr.BinOp(e, Operator.BitAnd, r, pos(start));
        }
        return e;
    }

    private Expr shiftExpr() {
        Token start = peek();
        Expr e = sum();
        while (true) {
            Operator op = atOp("<<") ? Operator.LShift : atOp(">>") ? Operator.RShift : null;
            if (op == null) {
                return e;
            }
            int m = mark();
            advance();
            Expr r;
            try {
                r = sum();
            } catch (Fail f) {
                // PEG: the operator and its failed operand are not part of this expression
                reset(m);
                return e;
            }
            e = new Expr.BinOp(e, op, r, pos(start));
        }
    }

    private Expr sum() {
        Token start = peek();
        Expr e = term();
        while (true) {
            Operator op = atOp("+") ? Operator.Add : atOp("-") ? Operator.Sub : null;
            if (op == null) {
                return e;
            }
            int m = mark();
            advance();
            Expr r;
            try {
                r = term();
            } catch (Fail f) {
                // PEG: the operator and its failed operand are not part of this expression
                reset(m);
                return e;
            }
            e = new Expr.BinOp(e, op, r, pos(start));
        }
    }

    private Expr term() {
        Token start = peek();
        Expr e = factor();
        while (true) {
            Token t = peek();
            Operator op = null;
            if (t.kind() == TokenKind.OP) {
                op = switch (t.text()) {
                    case "*" -> Operator.Mult;
                    case "/" -> Operator.Div;
                    case "//" -> Operator.FloorDiv;
                    case "%" -> Operator.Mod;
                    case "@" -> Operator.MatMult;
                    default -> null;
                };
            }
            if (op == null) {
                return e;
            }
            int m = mark();
            advance();
            Expr r;
            try {
                r = factor();
            } catch (Fail f) {
                // PEG: the operator and its failed operand are not part of this expression
                reset(m);
                return e;
            }
            e = new Expr.BinOp(e, op, r, pos(start));
        }
    }

    final Expr factor() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            Unaryop op = switch (t.text()) {
                case "+" -> Unaryop.UAdd;
                case "-" -> Unaryop.USub;
                case "~" -> Unaryop.Invert;
                default -> null;
            };
            if (op != null) {
                advance();
                enter();
                try {
                    Expr operand = factor();
                    return new Expr.UnaryOp(op, operand, pos(t));
                } finally {
                    leave();
                }
            }
        }
        return power();
    }

    private Expr power() {
        Token start = peek();
        Expr e = awaitPrimary();
        if (atOp("**")) {
            int m = mark();
            advance();
            enter();
            try {
                Expr r = factor();
                return new Expr.BinOp(e, Operator.Pow, r, pos(start));
            } catch (Fail f) {
                reset(m);
                return e;
            } finally {
                leave();
            }
        }
        return e;
    }

    private Expr awaitPrimary() {
        if (atKw("await")) {
            Token start = advance();
            Expr v = primary();
            return new Expr.Await(v, pos(start));
        }
        return primary();
    }

    /** primary: an atom followed by attribute, call and subscript trailers (PrimaryParser). */
    abstract Expr primary();

}
