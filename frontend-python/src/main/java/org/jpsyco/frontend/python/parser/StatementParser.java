package org.jpsyco.frontend.python.parser;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.Alias;
import org.jpsyco.frontend.python.ast.Arguments;
import org.jpsyco.frontend.python.ast.ExceptHandler;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.Keyword;
import org.jpsyco.frontend.python.ast.Operator;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.ast.WithItem;
import org.jpsyco.frontend.python.lexer.Token;
import org.jpsyco.frontend.python.lexer.TokenKind;
import org.jpsyco.frontend.python.lexer.Tokenizer;

/*
 * Statements. A statement is recognised by its first token (keyword, '@', or the soft keyword
 * 'match' tried speculatively); everything else is an expression statement or an assignment,
 * parsed as star_expressions first and then turned into targets when '=', ':' or an augmented
 * operator follows (Targets checks them and raises CPython's "cannot assign to ..." errors).
 * Blocks are NEWLINE INDENT statements DEDENT, or simple statements on the same line.
 */
abstract class StatementParser extends PatternParser {

    StatementParser(Tokenizer tk) {
        super(tk);
    }

    /** statements up to (not including) a DEDENT or ENDMARKER. */
    final List<Stmt> statements() {
        List<Stmt> body = new ArrayList<>();
        while (true) {
            TokenKind k = peek().kind();
            if (k == TokenKind.DEDENT || k == TokenKind.ENDMARKER) {
                return body;
            }
            statement(body);
        }
    }

    final void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            Stmt s = switch (t.text()) {
                case "def" -> functionDef(t, new ArrayList<>(), false);
                case "if" -> ifStmt();
                case "class" -> classDef(t, new ArrayList<>());
                case "with" -> withStmt(t, false);
                case "for" -> forStmt(t, false);
                case "try" -> tryStmt();
                case "while" -> whileStmt();
                case "async" -> asyncStmt();
                case "match" -> matchStatement();
                default -> null;
            };
            if (s != null) {
                out.add(s);
                return;
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        } else if (t.kind() == TokenKind.INDENT) {
            throw FAIL;
        }
        if (t.isName("match")) {
            Token hint = matchColonHint;
            PythonSyntaxError subjectError = matchSubjectError;
            matchColonHint = null;
            matchSubjectError = null;
            try {
                simpleStatements(out);
            } catch (Fail f) {
                if (subjectError != null) {
                    throw subjectError;
                }
                if (hint != null) {
                    throw errorAt(hint, "expected ':'");
                }
                throw f;
            }
            return;
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (acceptOp(";")) {
                if (atKind(TokenKind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        expect(TokenKind.NEWLINE);
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "return" -> {
                    advance();
                    Expr v = startsExpression() ? starExpressions() : null;
                    return new Stmt.Return(v, pos(t));
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                case "raise" -> {
                    advance();
                    Expr exc = null;
                    Expr cause = null;
                    if (startsExpression()) {
                        exc = expression();
                        if (acceptKw("from")) {
                            cause = expression();
                        }
                    }
                    return new Stmt.Raise(exc, cause, pos(t));
                }
                case "pass" -> {
                    advance();
                    return new Stmt.Pass(pos(t));
                }
                case "break" -> {
                    advance();
                    return new Stmt.Break(pos(t));
                }
                case "continue" -> {
                    advance();
                    return new Stmt.Continue(pos(t));
                }
                case "del" -> {
                    return delStmt();
                }
                case "assert" -> {
                    advance();
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(test, msg, pos(t));
                }
                case "global", "nonlocal" -> {
                    advance();
                    List<String> names = new ArrayList<>();
                    names.add(expectName());
                    while (acceptOp(",")) {
                        names.add(expectName());
                    }
                    return t.text().equals("global") ? new Stmt.Global(names, pos(t)) : new Stmt.Nonlocal(names, pos(t));
                }
                default -> {
                }
            }
        }
        return assignmentOrExpression();
    }

    private Expr rhs() {
        return atKw("yield") ? yieldExpr() : starExpressions();
    }

    private Stmt assignmentOrExpression() {
        Token start = peek();
        int stmtStart = p;
        Expr first = rhs();
        Token t = peek();
        if (t.kind() != TokenKind.OP || t.isOp(":=")) {
            if (t.kind() != TokenKind.NEWLINE) {
                // the statement cannot end here: CPython's invalid_assignment gets its turn
                invalidAssignmentElements(stmtStart);
            }
            return new Stmt.ExprStmt(first, pos(start));
        }
        String op = t.text();
        if (op.equals("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (acceptOp("=")) {
                targets.add(value);
                try {
                    value = rhs();
                } catch (Fail f) {
                    // CPython's invalid_assignment: "(star_targets '=')* a=star_expressions '='"
                    invalidAssignmentElements(stmtStart);
                    for (Expr target : targets) {
                        assignTarget(target, false);
                    }
                    throw f;
                }
            }
            for (Expr target : targets) {
                if (Targets.invalidTarget(target, Targets.Kind.STAR) != null) {
                    invalidAssignmentElements(stmtStart);
                    break;
                }
            }
            List<Expr> stored = new ArrayList<>(targets.size());
            for (Expr target : targets) {
                stored.add(assignTarget(target, targets.size() == 1));
            }
            return new Stmt.Assign(stored, value, null, pos(start));
        }
        if (op.equals(":")) {
            boolean valid = first instanceof Expr.Name || first instanceof Expr.Attribute
                    || first instanceof Expr.Subscript;
            int savedFurthest = furthest;
            advance();
            Expr annotation;
            try {
                annotation = expression();
            } catch (Fail f) {
                if (!valid) {
                    furthest = savedFurthest;
                }
                throw f;
            }
            int simple = 0;
            switch (first) {
                case Expr.Name n -> simple = start.isOp("(") ? 0 : 1;
                case Expr.Attribute a -> {
                }
                case Expr.Subscript s -> {
                }
                case Expr.Tuple tu -> throw errorAt(start.isOp("(") ? first : tu.elts().get(0),
                        "only single target (not tuple) can be annotated");
                case Expr.List l -> throw errorAt(first, "only single target (not list) can be annotated");
                default -> throw errorAt(first, "illegal target for annotation");
            }
            Expr value = acceptOp("=") ? rhs() : null;
            return new Stmt.AnnAssign(Targets.convert(first, org.jpsyco.frontend.python.ast.ExprContext.Store),
                    annotation, value, simple, pos(start));
        }
        Operator aug = augOperator(op);
        if (aug == null && !op.equals(";")) {
            invalidAssignmentElements(stmtStart);
        }
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw errorAt(first, "'" + Targets.exprName(first) + "' is an illegal expression for augmented assignment");
            }
            advance();
            Expr value = rhs();
            return new Stmt.AugAssign(Targets.convert(first, org.jpsyco.frontend.python.ast.ExprContext.Store), aug,
                    value, pos(start));
        }
        return new Stmt.ExprStmt(first, pos(start));
    }

    /**
     * CPython's invalid_assignment tries "star_named_expression ',' star_named_expressions* ':'"
     * from the statement start before its other alternatives; parsing those elements runs the
     * invalid_named_expression checks ("Maybe you meant '=='...") on an element followed by '='.
     */
    private void invalidAssignmentElements(int stmtStart) {
        int m = mark();
        int savedFurthest = furthest;
        reset(stmtStart);
        try {
            starNamedExpression();
            if (acceptOp(",")) {
                // star_named_expressions*: comma-separated lists, one after another
                while (startsExpression()) {
                    starNamedExpression();
                    acceptOp(",");
                }
            }
        } catch (Fail f) {
            // not this alternative
        }
        reset(m);
        furthest = savedFurthest;
    }

    /** The line of the '=' that follows {@code target}: where CPython's tokenizer stands when it rejects it. */
    private int equalsLineAfter(Expr target) {
        Pos end = target.pos();
        for (Token t : toks) {
            if (t.isOp("=") && (t.lineno() > end.endLineno()
                    || t.lineno() == end.endLineno() && t.col() >= end.endColOffset())) {
                return t.lineno();
            }
        }
        return -1;
    }

    private Expr assignTarget(Expr target, boolean single) {
        Expr bad = Targets.invalidTarget(target, Targets.Kind.STAR);
        if (bad != null) {
            currentLineOverride = equalsLineAfter(target);
        }
        if (bad != null && (target instanceof Expr.Yield || target instanceof Expr.YieldFrom)
                && !grouped.contains(target)) {
            throw errorAt(target, "assignment to yield expression not possible");
        }
        if (bad != null) {
            if (single && Targets.isBitwiseOrLevel(this, target) && !(target instanceof Expr.List || target instanceof Expr.Tuple
                    || target instanceof Expr.GeneratorExp || target instanceof Expr.Constant c
                    && (c.value() instanceof Boolean || c.value() == org.jpsyco.frontend.python.ast.ConstantValue.NONE))) {
                throw errorAt(target, "cannot assign to " + Targets.exprName(target)
                        + " here. Maybe you meant '==' instead of '='?");
            }
            throw errorAt(bad, "cannot assign to " + Targets.exprName(bad));
        }
        return Targets.convert(target, org.jpsyco.frontend.python.ast.ExprContext.Store);
    }

    private static Operator augOperator(String op) {
        return switch (op) {
            case "+=" -> Operator.Add;
            case "-=" -> Operator.Sub;
            case "*=" -> Operator.Mult;
            case "@=" -> Operator.MatMult;
            case "/=" -> Operator.Div;
            case "%=" -> Operator.Mod;
            case "&=" -> Operator.BitAnd;
            case "|=" -> Operator.BitOr;
            case "^=" -> Operator.BitXor;
            case "<<=" -> Operator.LShift;
            case ">>=" -> Operator.RShift;
            case "**=" -> Operator.Pow;
            case "//=" -> Operator.FloorDiv;
            default -> null;
        };
    }

    private Stmt delStmt() {
        Token start = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (!startsExpression()) {
                break;
            }
            Expr e = starTarget();
            targets.add(Targets.store(this, e, Targets.Kind.DEL));
        } while (acceptOp(","));
        if (targets.isEmpty() || !atOp(";") && !atKind(TokenKind.NEWLINE)) {
            throw FAIL;
        }
        return new Stmt.Delete(targets, pos(start));
    }

    private Stmt importName() {
        Token start = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token at = peek();
            String name = dottedName();
            String as = acceptKw("as") ? expectName() : null;
            names.add(new Alias(name, as, pos(at)));
        } while (acceptOp(","));
        return new Stmt.Import(names, pos(start));
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (atOp(".") && isPlainName(peek(1))) {
            advance();
            sb.append('.').append(advance().text());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token start = advance();
        int level = 0;
        while (true) {
            if (acceptOp(".")) {
                level++;
            } else if (acceptOp("...")) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (!atKw("import") || level == 0) {
            module = dottedName();
        }
        expectKw("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = advance();
            names.add(new Alias("*", null, pos(star)));
        } else {
            boolean paren = acceptOp("(");
            do {
                if (paren && atOp(")")) {
                    break;
                }
                Token at = peek();
                String name = expectName();
                String as = acceptKw("as") ? expectName() : null;
                names.add(new Alias(name, as, pos(at)));
                if (!paren && atOp(",") && peek(1).kind() == TokenKind.NEWLINE) {
                    advance();
                    throw errorAt(peek(), "trailing comma not allowed without surrounding parentheses");
                }
            } while (acceptOp(","));
            if (names.isEmpty()) {
                throw FAIL;
            }
            if (paren) {
                expectOp(")");
            } else if (last().isOp(",")) {
                throw errorAt(last(), "trailing comma not allowed without surrounding parentheses");
            }
        }
        return new Stmt.ImportFrom(module, names, level, pos(start));
    }

    // ---- blocks

    /** ':' then an indented block or simple statements; {@code what} names the statement for errors. */
    final List<Stmt> block(String what, Token owner) {
        if (!atOp(":")) {
            if (atKind(TokenKind.NEWLINE) || forcedColon(what)) {
                throw errorAt(peek(), "expected ':'");
            }
            throw FAIL;
        }
        advance();
        return blockBody(what, owner);
    }

    private static boolean forcedColon(String what) {
        return what.startsWith("function") || what.equals("'try' statement")
                || what.equals("'finally' statement") || what.equals("'else' statement");
    }

    final List<Stmt> blockBody(String what, Token owner) {
        if (acceptKind(TokenKind.NEWLINE)) {
            if (!atKind(TokenKind.INDENT)) {
                Token t = peek();
                throw errorAt(t, "IndentationError", "expected an indented block after " + what + " on line "
                        + owner.lineno());
            }
            advance();
            List<Stmt> body = statements();
            expect(TokenKind.DEDENT);
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simpleStatements(body);
        return body;
    }

    final boolean acceptKind(TokenKind k) {
        if (atKind(k)) {
            advance();
            return true;
        }
        return false;
    }

    // ---- compound statements

    private Stmt ifStmt() {
        Token start = advance();
        Expr test = namedExpression();
        List<Stmt> body = block("'" + start.text() + "' statement", start);
        List<Stmt> orelse = new ArrayList<>();
        if (atKw("elif")) {
            orelse.add(ifStmt());
        } else if (atKw("else")) {
            Token e = advance();
            orelse = block("'else' statement", e);
        }
        return new Stmt.If(test, body, orelse, pos(start));
    }

    private Stmt whileStmt() {
        Token start = advance();
        Expr test = namedExpression();
        List<Stmt> body = block("'while' statement", start);
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(test, body, orelse, pos(start));
    }

    private List<Stmt> elseBlock() {
        if (atKw("else")) {
            Token e = advance();
            return block("'else' statement", e);
        }
        return new ArrayList<>();
    }

    private Stmt forStmt(Token start, boolean async) {
        Token forTok = expectKw("for");
        Expr target = forTargets();
        Expr iter = starExpressions();
        List<Stmt> body = block("'for' statement", forTok);
        List<Stmt> orelse = elseBlock();
        return async ? new Stmt.AsyncFor(target, iter, body, orelse, null, pos(start))
                : new Stmt.For(target, iter, body, orelse, null, pos(start));
    }

    private Stmt withStmt(Token start, boolean async) {
        Token withTok = expectKw("with");
        List<WithItem> items = null;
        if (atOp("(")) {
            int m = mark();
            try {
                advance();
                List<WithItem> list = new ArrayList<>();
                do {
                    if (atOp(")")) {
                        break;
                    }
                    list.add(withItem());
                } while (acceptOp(","));
                expectOp(")");
                if (!atOp(":")) {
                    throw FAIL;
                }
                items = list;
            } catch (Fail f) {
                reset(m);
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        List<Stmt> body = block("'with' statement", withTok);
        return async ? new Stmt.AsyncWith(items, body, null, pos(start)) : new Stmt.With(items, body, null, pos(start));
    }

    private WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (acceptKw("as")) {
            vars = Targets.store(this, starTarget(), Targets.Kind.STAR);
            if (!atOp(",") && !atOp(")") && !atOp(":") && !atKind(TokenKind.NEWLINE)) {
                throw FAIL;
            }
        }
        return new WithItem(e, vars);
    }

    private Stmt tryStmt() {
        Token start = advance();
        List<Stmt> body = block("'try' statement", start);
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        while (atKw("except")) {
            Token ex = advance();
            boolean isStar = acceptOp("*");
            if (isStar ? plain : star) {
                throw errorAt(ex, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star |= isStar;
            plain |= !isStar;
            Expr type = null;
            String name = null;
            if (atKind(TokenKind.NEWLINE)) {
                throw errorAt(peek(), "expected ':'");
            }
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    Token c = peek();
                    int m = mark();
                    advance();
                    expression();
                    Token endTok = last();
                    reset(m);
                    throw errorRange(type, endTok, "multiple exception types must be parenthesized");
                }
                if (acceptKw("as")) {
                    name = expectName();
                }
            } else if (isStar) {
                throw errorAt(peek(), "expected one or more exception types");
            }
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ex);
            handlers.add(new ExceptHandler(type, name, hbody, pos(ex)));
        }
        List<Stmt> orelse = new ArrayList<>();
        if (!handlers.isEmpty()) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = new ArrayList<>();
        if (atKw("finally")) {
            Token f = advance();
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAt(peek(), "expected 'except' or 'finally' block");
        }
        return star ? new Stmt.TryStar(body, handlers, orelse, finalbody, pos(start))
                : new Stmt.Try(body, handlers, orelse, finalbody, pos(start));
    }

    private Stmt asyncStmt() {
        Token start = peek();
        Token next = peek(1);
        advance();
        if (next.isName("def")) {
            return functionDef(start, new ArrayList<>(), true);
        }
        if (next.isName("with")) {
            return withStmt(start, true);
        }
        if (next.isName("for")) {
            return forStmt(start, true);
        }
        throw FAIL;
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (acceptOp("@")) {
            decorators.add(namedExpression());
            expect(TokenKind.NEWLINE);
        }
        Token t = peek();
        if (t.isName("def")) {
            return functionDef(t, decorators, false);
        }
        if (t.isName("class")) {
            return classDef(t, decorators);
        }
        if (t.isName("async") && peek(1).isName("def")) {
            advance();
            return functionDef(t, decorators, true);
        }
        throw FAIL;
    }

    private Stmt functionDef(Token start, List<Expr> decorators, boolean async) {
        Token def = expectKw("def");
        String name = expectName();
        if (!atOp("(")) {
            throw errorAt(peek(), "expected '('");
        }
        advance();
        Arguments args = parameters(false);
        expectOp(")");
        Expr returns = null;
        int arrow = mark();
        if (acceptOp("->")) {
            try {
                returns = expression();
            } catch (Fail f) {
                reset(arrow);
            }
        }
        List<Stmt> body = block("function definition", def);
        return async ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null, pos(start))
                : new Stmt.FunctionDef(name, args, body, decorators, returns, null, pos(start));
    }

    private Stmt classDef(Token start, List<Expr> decorators) {
        Token cls = expectKw("class");
        String name = expectName();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (atOp("(")) {
            Expr.Call call = (Expr.Call) callTrailer(new Expr.Name(name, org.jpsyco.frontend.python.ast.ExprContext.Load,
                    null), cls);
            bases = call.args();
            keywords = call.keywords();
        }
        List<Stmt> body = block("class definition", cls);
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, pos(start));
    }
}
