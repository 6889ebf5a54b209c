package org.jpsyco.frontend.python.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jpsyco.frontend.python.ast.Alias;
import org.jpsyco.frontend.python.ast.Arg;
import org.jpsyco.frontend.python.ast.Arguments;
import org.jpsyco.frontend.python.ast.Comprehension;
import org.jpsyco.frontend.python.ast.ExceptHandler;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.Keyword;
import org.jpsyco.frontend.python.ast.Located;
import org.jpsyco.frontend.python.ast.MatchCase;
import org.jpsyco.frontend.python.ast.Pattern;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.ast.WithItem;

/*
 * The syntax errors of CPython 3.11's symbol-table pass (Python/symtable.c), found with a
 * reduced symbol table: per scope, a flag word per name (parameter, bound, used, global,
 * nonlocal, annotated). Protocol, as in CPython: one walk over the module in source order
 * raises the declaration errors (global/nonlocal after use or assignment, duplicate
 * parameters, import * in a function, misplaced assignment expressions, yield in a
 * comprehension); then an analysis of the finished scopes raises "no binding for nonlocal".
 * Comprehensions are scopes of their own whose outermost iterable belongs to the enclosing
 * scope; an assignment expression binds in the nearest enclosing non-comprehension scope.
 */
final class SymbolChecks {
    private static final int PARAM = 1;
    private static final int LOCAL = 2;
    private static final int USE = 4;
    private static final int GLOBAL = 8;
    private static final int NONLOCAL = 16;
    private static final int ANNOT = 32;

    private enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    private static final class Scope {
        final Kind kind;
        final Scope parent;
        final String compKind;
        final Map<String, Integer> flags = new HashMap<>();
        final List<Stmt.Nonlocal> nonlocals = new ArrayList<>();
        final List<Scope> children = new ArrayList<>();
        final Set<String> iterVars = new HashSet<>();
        int compIterExpr;

        Scope(Kind kind, Scope parent, String compKind) {
            this.kind = kind;
            this.parent = parent;
            this.compKind = compKind;
            if (parent != null) {
                parent.children.add(this);
            }
        }

        int get(String name) {
            return flags.getOrDefault(name, 0);
        }

        void add(String name, int flag) {
            flags.merge(name, flag, (a, b) -> a | b);
        }
    }

    private final String filename;
    private Scope cur;

    private SymbolChecks(String filename) {
        this.filename = filename;
    }

    static void check(List<Stmt> module, String filename) {
        SymbolChecks s = new SymbolChecks(filename);
        Scope top = new Scope(Kind.MODULE, null, null);
        s.cur = top;
        s.stmts(module);
        s.analyze(top);
    }

    private PythonSyntaxError error(String msg, Located at) {
        Pos p = at.pos();
        return new PythonSyntaxError("SyntaxError", msg, filename, p.lineno(), p.colOffset() + 1, p.endLineno(),
                p.endColOffset() + 1, null);
    }

    // ---- walk

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(f.name(), f.args(), f.decoratorList(), f.returns(), f.body());
            case Stmt.AsyncFunctionDef f -> function(f.name(), f.args(), f.decoratorList(), f.returns(), f.body());
            case Stmt.ClassDef c -> {
                cur.add(c.name(), LOCAL);
                exprs(c.bases());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                exprs(c.decoratorList());
                Scope saved = cur;
                cur = new Scope(Kind.CLASS, saved, null);
                stmts(c.body());
                cur = saved;
            }
            case Stmt.Return r -> expr(r.value());
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    int f = cur.get(n.id());
                    if ((f & (GLOBAL | NONLOCAL)) != 0 && cur.kind != Kind.MODULE && a.simple() == 1) {
                        throw error(((f & GLOBAL) != 0 ? "annotated name '%s' can't be global"
                                : "annotated name '%s' can't be nonlocal").formatted(n.id()), s);
                    }
                    if (a.simple() == 1) {
                        cur.add(n.id(), ANNOT | LOCAL);
                    } else if (a.value() != null) {
                        cur.add(n.id(), LOCAL);
                    }
                } else {
                    expr(a.target());
                }
                expr(a.annotation());
                expr(a.value());
            }
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> {
                withItems(w.items());
                stmts(w.body());
            }
            case Stmt.AsyncWith w -> {
                withItems(w.items());
                stmts(w.body());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    expr(c.guard());
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                expr(r.exc());
                expr(r.cause());
            }
            case Stmt.Try t -> tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                expr(a.test());
                expr(a.msg());
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) {
                    String n = a.asname() != null ? a.asname() : a.name();
                    int dot = n.indexOf('.');
                    cur.add(dot < 0 ? n : n.substring(0, dot), LOCAL);
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias a : i.names()) {
                    if (a.name().equals("*")) {
                        if (cur.kind != Kind.MODULE) {
                            throw error("import * only allowed at module level", a);
                        }
                    } else {
                        cur.add(a.asname() != null ? a.asname() : a.name(), LOCAL);
                    }
                }
            }
            case Stmt.Global g -> declare(g, g.names(), GLOBAL);
            case Stmt.Nonlocal n -> {
                if (cur.kind == Kind.MODULE) {
                    throw error("nonlocal declaration not allowed at module level", n);
                }
                declare(n, n.names(), NONLOCAL);
                cur.nonlocals.add(n);
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    private void declare(Stmt s, List<String> names, int kind) {
        String what = kind == GLOBAL ? "global" : "nonlocal";
        for (String name : names) {
            int f = cur.get(name);
            if ((f & (PARAM | LOCAL | USE | ANNOT)) != 0) {
                String msg;
                if ((f & PARAM) != 0) {
                    msg = "name '%s' is parameter and " + what;
                } else if ((f & USE) != 0) {
                    msg = "name '%s' is used prior to " + what + " declaration";
                } else if ((f & ANNOT) != 0) {
                    msg = "annotated name '%s' can't be " + what;
                } else {
                    msg = "name '%s' is assigned to before " + what + " declaration";
                }
                throw error(msg.formatted(name), s);
            }
            cur.add(name, kind);
        }
    }

    private void function(String name, Arguments args, List<Expr> decorators, Expr returns, List<Stmt> body) {
        cur.add(name, LOCAL);
        exprs(args.defaults());
        for (Expr d : args.kwDefaults()) {
            expr(d);
        }
        annotations(args);
        expr(returns);
        exprs(decorators);
        Scope saved = cur;
        cur = new Scope(Kind.FUNCTION, saved, null);
        params(args);
        stmts(body);
        cur = saved;
    }

    private void annotations(Arguments a) {
        for (List<Arg> group : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : group) {
                expr(arg.annotation());
            }
        }
        if (a.vararg() != null) {
            expr(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            expr(a.kwarg().annotation());
        }
    }

    private void params(Arguments a) {
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        for (Arg arg : all) {
            if ((cur.get(arg.arg()) & PARAM) != 0) {
                throw error("duplicate argument '" + arg.arg() + "' in function definition", arg);
            }
            cur.add(arg.arg(), PARAM);
        }
    }

    private void withItems(List<WithItem> items) {
        for (WithItem w : items) {
            expr(w.contextExpr());
            expr(w.optionalVars());
        }
    }

    private void tryParts(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> fin) {
        stmts(body);
        for (ExceptHandler h : handlers) {
            expr(h.type());
            if (h.name() != null) {
                cur.add(h.name(), LOCAL);
            }
            stmts(h.body());
        }
        stmts(orelse);
        stmts(fin);
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> {
            }
            case Pattern.MatchSequence s -> s.patterns().forEach(this::pattern);
            case Pattern.MatchMapping m -> {
                exprs(m.keys());
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) {
                    cur.add(m.rest(), LOCAL);
                }
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            }
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    cur.add(s.name(), LOCAL);
                }
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    cur.add(a.name(), LOCAL);
                }
            }
            case Pattern.MatchOr o -> o.patterns().forEach(this::pattern);
        }
    }

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.Name n -> cur.add(n.id(), n.ctx() == ExprContext.Load ? USE : LOCAL);
            case Expr.NamedExpr n -> namedExpr(n);
            case Expr.Lambda l -> {
                exprs(l.args().defaults());
                for (Expr d : l.args().kwDefaults()) {
                    expr(d);
                }
                Scope saved = cur;
                cur = new Scope(Kind.FUNCTION, saved, null);
                params(l.args());
                expr(l.body());
                cur = saved;
            }
            case Expr.ListComp c -> comprehension("list comprehension", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension("set comprehension", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension("dict comprehension", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension("generator expression", c.generators(), c.elt(), null);
            case Expr.Yield y -> {
                yieldInComprehension(e);
                expr(y.value());
            }
            case Expr.YieldFrom y -> {
                yieldInComprehension(e);
                expr(y.value());
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) {
                    expr(k);
                }
                exprs(d.values());
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.Await a -> expr(a.value());
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                expr(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.List l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
            case Expr.Slice s -> {
                expr(s.lower());
                expr(s.upper());
                expr(s.step());
            }
        }
    }

    private void yieldInComprehension(Expr e) {
        if (cur.kind == Kind.COMPREHENSION) {
            throw error("'yield' inside " + cur.compKind, e);
        }
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n);
        }
        String target = ((Expr.Name) n.target()).id();
        if (cur.kind == Kind.COMPREHENSION) {
            for (Scope s = cur; s != null && s.kind == Kind.COMPREHENSION; s = s.parent) {
                if (s.iterVars.contains(target)) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + target
                            + "'", n);
                }
            }
            Scope s = cur;
            while (s.kind == Kind.COMPREHENSION) {
                s = s.parent;
            }
            if (s.kind == Kind.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", n);
            }
            s.add(target, LOCAL);
        } else {
            cur.add(target, LOCAL);
        }
        expr(n.value());
    }

    private void comprehension(String kind, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension outer = gens.get(0);
        cur.compIterExpr++;
        expr(outer.iter());
        cur.compIterExpr--;
        Scope saved = cur;
        cur = new Scope(Kind.COMPREHENSION, saved, kind);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            collectIterVars(g.target());
            expr(g.target());
            if (i > 0) {
                cur.compIterExpr++;
                expr(g.iter());
                cur.compIterExpr--;
            }
            exprs(g.ifs());
        }
        expr(elt);
        expr(value);
        cur = saved;
    }

    private void collectIterVars(Expr target) {
        switch (target) {
            case Expr.Name n -> cur.iterVars.add(n.id());
            case Expr.Tuple t -> t.elts().forEach(this::collectIterVars);
            case Expr.List l -> l.elts().forEach(this::collectIterVars);
            case Expr.Starred s -> collectIterVars(s.value());
            default -> {
            }
        }
    }

    // ---- analysis

    private void analyze(Scope s) {
        for (Stmt.Nonlocal n : s.nonlocals) {
            for (String name : n.names()) {
                if (!boundInEnclosingFunction(s, name)) {
                    throw error("no binding for nonlocal '" + name + "' found", n);
                }
            }
        }
        for (Scope c : s.children) {
            analyze(c);
        }
    }

    private static boolean boundInEnclosingFunction(Scope s, String name) {
        for (Scope p = s.parent; p != null && p.kind != Kind.MODULE; p = p.parent) {
            if (p.kind == Kind.CLASS) {
                if (name.equals("__class__")) {
                    // the implicit cell of methods (for zero-argument super())
                    return true;
                }
                continue;
            }
            int f = p.get(name);
            if ((f & GLOBAL) != 0) {
                return false;
            }
            if ((f & (LOCAL | PARAM | NONLOCAL)) != 0) {
                return true;
            }
        }
        return false;
    }
}
