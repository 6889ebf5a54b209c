package org.jpsyco.frontend.python.parser;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jpsyco.frontend.python.ast.Arguments;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.Located;
import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.ast.Node;
import org.jpsyco.frontend.python.ast.NodeFields;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.symtable.SymbolTable;

/*
 * The syntax errors CPython 3.11 raises after parsing: __future__ imports (future.c), the
 * symbol-table pass (building the SymbolTable: global/nonlocal declarations, duplicate parameters, ...) and
 * the compiler ('return'/'yield'/'await' outside a function, 'break'/'continue' outside a loop,
 * misplaced starred expressions, repeated keywords, a bare except that is not last, async
 * constructs outside async functions). As in CPython the stages run in that order, each over
 * the whole module, and the compiler's errors come in source order. Locations are the node's (1-based byte columns); text is null, as CPython
 * gives when it cannot re-read the line from the file named by filename; a caller that can
 * read the file may fill it in.
 */

/** CPython's post-parse syntax errors; call {@link #check} on a freshly parsed tree. */
public final class SyntaxChecks {
    private final String filename;

    private SyntaxChecks(String filename) {
        this.filename = filename;
    }

    /**
     * Throws the first post-parse {@link PythonSyntaxError} CPython 3.11 would raise for
     * {@code mod}, or {@link PythonRecursionError} for a tree too deep to walk.
     */
    public static void check(Mod mod, String filename) {
        checkAndBuild(mod, filename);
    }

    /**
     * As {@link #check}, and returns the symbol tables built on the way, which the compiler
     * uses: the symbol-table stage of the checks is the building of the tables.
     */
    public static SymbolTable checkAndBuild(Mod mod, String filename) {
        try {
            return run(mod, filename);
        } catch (StackOverflowError e) {
            return LargeStack.call(() -> run(mod, filename));
        }
    }

    private static SymbolTable run(Mod mod, String filename) {
        SyntaxChecks c = new SyntaxChecks(filename);
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive i -> i.body();
            case Mod.Expression e -> List.of(new Stmt.ExprStmt(e.body(), e.body().pos()));
            case Mod.FunctionType f -> List.of();
        };
        int futureLine = mod instanceof Mod.Expression ? -1 : c.futureImports(body);
        c.futureLine = futureLine;
        SymbolTable st = SymbolTable.build(mod, filename);
        c.stmts(body, Scope.MODULE, false);
        return st;
    }

    private static final Set<String> FUTURE_FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    /** Line of the last leading __future__ import (CPython's ff_lineno), -1 if none. */
    private int futureLine = -1;

    /** CPython's future_parse: checks the leading __future__ imports' features. */
    private int futureImports(List<Stmt> body) {
        int i = 0;
        int line = -1;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant k
                && k.value() instanceof String) {
            i = 1;
        }
        boolean done = false;
        int prevLine = 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.pos().lineno() > prevLine) {
                break;
            }
            prevLine = s.pos().lineno();
            if (!(s instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module())) {
                done = true;
                continue;
            }
            if (done) {
                // a future import after another statement on the same line (CPython's future_parse)
                throw new PythonSyntaxError("SyntaxError", "from __future__ imports must occur at the beginning of the file",
                        filename, f.pos().lineno(), f.pos().colOffset(), f.pos().lineno(), PythonSyntaxError.NONE, null);
            }
            for (var alias : f.names()) {
                if (alias.name().equals("braces")) {
                    throw new PythonSyntaxError("SyntaxError", "not a chance", filename, f.pos().lineno(),
                            f.pos().colOffset() + 1, f.pos().lineno(), PythonSyntaxError.NONE, null);
                }
                if (!FUTURE_FEATURES.contains(alias.name())) {
                    throw new PythonSyntaxError("SyntaxError", "future feature " + alias.name() + " is not defined",
                            filename, f.pos().lineno(), f.pos().colOffset() + 1, f.pos().lineno(),
                            PythonSyntaxError.NONE, null);
                }
            }
            line = f.pos().lineno();
        }
        return line;
    }

    private enum Scope { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION }

    private PythonSyntaxError error(String msg, Located at) {
        Pos p = at.pos();
        return new PythonSyntaxError("SyntaxError", msg, filename, p.lineno(), p.colOffset() + 1, p.endLineno(),
                p.endColOffset() + 1, null);
    }

    // ---- compiler pass

    private void stmts(List<Stmt> body, Scope scope, boolean loop) {
        for (Stmt s : body) {
            stmt(s, scope, loop);
        }
    }

    private void stmt(Stmt s, Scope scope, boolean loop) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                exprs(f.decoratorList(), scope);
                defaults(f.args(), scope);
                boolean savedGen = asyncGenerator;
                asyncGenerator = false;
                stmts(f.body(), Scope.FUNCTION, false);
                asyncGenerator = savedGen;
            }
            case Stmt.AsyncFunctionDef f -> {
                exprs(f.decoratorList(), scope);
                defaults(f.args(), scope);
                boolean savedGen = asyncGenerator;
                asyncGenerator = containsYield(f.body());
                stmts(f.body(), Scope.ASYNC_FUNCTION, false);
                asyncGenerator = savedGen;
            }
            case Stmt.ClassDef c -> {
                repeatedKeywords(c.keywords());
                exprs(c.decoratorList(), scope);
                starredOk(c.bases(), scope);
                stmts(c.body(), Scope.CLASS, false);
            }
            case Stmt.Return r -> {
                if (!isFunction(scope)) {
                    throw error("'return' outside function", r);
                }
                if (r.value() != null && scope == Scope.ASYNC_FUNCTION && asyncGenerator) {
                    throw error("'return' with value in async generator", r);
                }
                expr(r.value(), scope);
            }
            case Stmt.Break b -> {
                if (!loop) {
                    throw error("'break' outside loop", b);
                }
            }
            case Stmt.Continue c -> {
                if (!loop) {
                    throw error("'continue' not properly in loop", c);
                }
            }
            case Stmt.For f -> {
                expr(f.iter(), scope);
                target(f.target(), scope);
                stmts(f.body(), scope, true);
                stmts(f.orelse(), scope, loop);
            }
            case Stmt.AsyncFor f -> {
                if (scope != Scope.ASYNC_FUNCTION) {
                    throw error("'async for' outside async function", f);
                }
                expr(f.iter(), scope);
                target(f.target(), scope);
                stmts(f.body(), scope, true);
                stmts(f.orelse(), scope, loop);
            }
            case Stmt.While w -> {
                expr(w.test(), scope);
                stmts(w.body(), scope, true);
                stmts(w.orelse(), scope, loop);
            }
            case Stmt.If i -> {
                expr(i.test(), scope);
                stmts(i.body(), scope, loop);
                stmts(i.orelse(), scope, loop);
            }
            case Stmt.With w -> {
                for (var item : w.items()) {
                    expr(item.contextExpr(), scope);
                    target(item.optionalVars(), scope);
                }
                stmts(w.body(), scope, loop);
            }
            case Stmt.AsyncWith w -> {
                if (scope != Scope.ASYNC_FUNCTION) {
                    throw error("'async with' outside async function", w);
                }
                stmts(w.body(), scope, loop);
            }
            case Stmt.Try t -> {
                stmts(t.body(), scope, loop);
                for (int i = 0; i < t.handlers().size() - 1; i++) {
                    if (t.handlers().get(i).type() == null) {
                        throw error("default 'except:' must be last", t.handlers().get(i));
                    }
                }
                for (var h : t.handlers()) {
                    expr(h.type(), scope);
                    stmts(h.body(), scope, loop);
                }
                stmts(t.orelse(), scope, loop);
                stmts(t.finalbody(), scope, loop);
            }
            case Stmt.TryStar t -> {
                stmts(t.body(), scope, loop);
                for (var h : t.handlers()) {
                    expr(h.type(), scope);
                    stmts(h.body(), scope, loop);
                }
                stmts(t.orelse(), scope, loop);
                stmts(t.finalbody(), scope, loop);
            }
            case Stmt.Match m -> {
                expr(m.subject(), scope);
                for (var c : m.cases()) {
                    expr(c.guard(), scope);
                    stmts(c.body(), scope, loop);
                }
            }
            case Stmt.Assign a -> {
                expr(a.value(), scope);
                for (Expr t : a.targets()) {
                    target(t, scope);
                }
            }
            case Stmt.AugAssign a -> {
                expr(a.value(), scope);
            }
            case Stmt.AnnAssign a -> {
                expr(a.value(), scope);
            }
            case Stmt.ExprStmt e -> expr(e.value(), scope);
            case Stmt.ImportFrom f -> {
                if ("__future__".equals(f.module()) && f.pos().lineno() > futureLine) {
                    throw error("from __future__ imports must occur at the beginning of the file", f);
                }
            }
            default -> anyExprs(s, scope);
        }
    }

    /** Whether the async function being checked is an async generator (contains yield). */
    private boolean asyncGenerator;

    private void repeatedKeywords(List<org.jpsyco.frontend.python.ast.Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (var k : keywords) {
            if (k.arg() != null && !seen.add(k.arg())) {
                throw error("keyword argument repeated: " + k.arg(), k);
            }
        }
    }

    /** List, set and dict comprehensions that are asynchronous need an async function around them. */
    private void comprehension(Expr comp, List<org.jpsyco.frontend.python.ast.Comprehension> gens, Scope scope) {
        boolean async = false;
        for (var g : gens) {
            async |= g.isAsync() != 0;
        }
        if (!async) {
            for (Node n : comprehensionParts(comp)) {
                async |= containsAwait(n);
            }
        }
        if (async && scope != Scope.ASYNC_FUNCTION && !inComprehension) {
            throw error("asynchronous comprehension outside of an asynchronous function", comp);
        }
        boolean saved = inComprehension;
        inComprehension = true;
        try {
            anyExprs(comp, scope);
        } finally {
            inComprehension = saved;
        }
    }

    private boolean inComprehension;

    private static List<Node> comprehensionParts(Expr comp) {
        List<Node> parts = new java.util.ArrayList<>();
        switch (comp) {
            case Expr.ListComp c -> {
                parts.add(c.elt());
                parts.addAll(c.generators());
            }
            case Expr.SetComp c -> {
                parts.add(c.elt());
                parts.addAll(c.generators());
            }
            case Expr.DictComp c -> {
                parts.add(c.key());
                parts.add(c.value());
                parts.addAll(c.generators());
            }
            default -> {
            }
        }
        return parts;
    }

    /** True when {@code n} contains an await outside nested function scopes. */
    private static boolean containsAwait(Object n) {
        if (n instanceof Expr.Await) {
            return true;
        }
        if (n instanceof Expr.Lambda || n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef
                || n instanceof Stmt.ClassDef) {
            return false;
        }
        return anyChild(n, SyntaxChecks::containsAwait);
    }

    /** True when a function body yields (outside nested function scopes): it is a generator. */
    private static boolean containsYield(Object n) {
        if (n instanceof Expr.Yield || n instanceof Expr.YieldFrom) {
            return true;
        }
        if (n instanceof Expr.Lambda || n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef
                || n instanceof Stmt.ClassDef) {
            return false;
        }
        if (n instanceof List<?> list) {
            for (Object o : list) {
                if (containsYield(o)) {
                    return true;
                }
            }
            return false;
        }
        return anyChild(n, SyntaxChecks::containsYield);
    }

    private static boolean anyChild(Object n, java.util.function.Predicate<Object> test) {
        if (!(n instanceof Node node) || n instanceof Enum<?>) {
            return false;
        }
        for (Object v : NodeFields.values(node)) {
            if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (test.test(o)) {
                        return true;
                    }
                }
            } else if (v instanceof Node && test.test(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFunction(Scope s) {
        return s == Scope.FUNCTION || s == Scope.ASYNC_FUNCTION;
    }

    private void defaults(Arguments a, Scope scope) {
        exprs(a.defaults(), scope);
        for (Expr e : a.kwDefaults()) {
            expr(e, scope);
        }
    }

    private void target(Expr t, Scope scope) {
        if (t instanceof Expr.Starred s) {
            throw error("starred assignment target must be in a list or tuple", s);
        }
        if (t instanceof Expr.Tuple || t instanceof Expr.List) {
            List<Expr> elts = t instanceof Expr.Tuple tu ? tu.elts() : ((Expr.List) t).elts();
            boolean seen = false;
            for (Expr e : elts) {
                if (e instanceof Expr.Starred s) {
                    if (seen) {
                        throw error("multiple starred expressions in assignment", t);
                    }
                    seen = true;
                    target(s.value(), scope);
                } else {
                    target(e, scope);
                }
            }
        }
    }

    private void exprs(List<Expr> list, Scope scope) {
        for (Expr e : list) {
            expr(e, scope);
        }
    }

    private void expr(Expr e, Scope scope) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.Yield y -> {
                if (!isFunction(scope)) {
                    throw error("'yield' outside function", y);
                }
                expr(y.value(), scope);
            }
            case Expr.YieldFrom y -> {
                if (!isFunction(scope)) {
                    throw error("'yield' outside function", y);
                }
                if (scope == Scope.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function", y);
                }
                expr(y.value(), scope);
            }
            case Expr.Await a -> {
                if (!isFunction(scope)) {
                    throw error("'await' outside function", a);
                }
                if (scope != Scope.ASYNC_FUNCTION) {
                    throw error("'await' outside async function", a);
                }
                expr(a.value(), scope);
            }
            case Expr.Starred s -> throw error("can't use starred expression here", s);
            case Expr.Lambda l -> {
                defaults(l.args(), scope);
                expr(l.body(), Scope.FUNCTION);
            }
            case Expr.Call c -> {
                repeatedKeywords(c.keywords());
                expr(c.func(), scope);
                for (Expr a : c.args()) {
                    expr(a instanceof Expr.Starred s ? s.value() : a, scope);
                }
                for (var k : c.keywords()) {
                    expr(k.value(), scope);
                }
            }
            case Expr.GeneratorExp g -> {
                // await makes a generator expression asynchronous, which any function may hold
                boolean saved = inComprehension;
                inComprehension = true;
                try {
                    anyExprs(g, isFunction(scope) ? Scope.ASYNC_FUNCTION : scope);
                } finally {
                    inComprehension = saved;
                }
            }
            case Expr.ListComp c -> comprehension(e, c.generators(), scope);
            case Expr.SetComp c -> comprehension(e, c.generators(), scope);
            case Expr.DictComp c -> comprehension(e, c.generators(), scope);
            case Expr.Tuple t -> starredOk(t.elts(), scope);
            case Expr.List l -> starredOk(l.elts(), scope);
            case Expr.Set s -> starredOk(s.elts(), scope);
            case Expr.Subscript s -> {
                expr(s.value(), scope);
                expr(s.slice(), scope);
            }
            default -> anyExprs(e, scope);
        }
    }

    private void starredOk(List<Expr> elts, Scope scope) {
        for (Expr x : elts) {
            expr(x instanceof Expr.Starred s ? s.value() : x, scope);
        }
    }

    /** Visits every expression child of {@code n} (generic fallback). */
    private void anyExprs(Node n, Scope scope) {
        for (Object v : NodeFields.values(n)) {
            if (v instanceof Expr x) {
                expr(x, scope);
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Expr x) {
                        expr(x, scope);
                    } else if (o instanceof Node nn && !(o instanceof Enum<?>)) {
                        anyExprs(nn, scope);
                    }
                }
            } else if (v instanceof Node nn && !(v instanceof Enum<?>)) {
                anyExprs(nn, scope);
            }
        }
    }
}
