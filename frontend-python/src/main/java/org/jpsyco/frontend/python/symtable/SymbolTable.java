package org.jpsyco.frontend.python.symtable;

import java.util.HashSet;
import java.util.IdentityHashMap;
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
import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.ast.Node;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.ast.WithItem;
import org.jpsyco.frontend.python.compiler.CompileError;

/**
 * Builds the scopes of a module in two passes, as CPython's {@code symtable.c}: the first walk
 * records, per scope, which names are bound, used, declared global or nonlocal; the analysis
 * then resolves each name to local, global, free or cell, top-down with the set of names bound
 * in enclosing function scopes, and bottom-up turning locals that inner scopes use into cells.
 * Class bodies do not make their names visible to nested scopes; a method using
 * {@code super} or {@code __class__} makes {@code __class__} a cell of its class.
 */
public final class SymbolTable {
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final String filename;
    private Scope current;
    public final Scope top;

    private SymbolTable(String filename) {
        this.filename = filename;
        this.top = new Scope("top", Scope.Kind.MODULE, null, null, 1);
        this.current = top;
    }

    public static SymbolTable build(Mod mod, String filename) {
        SymbolTable st = new SymbolTable(filename);
        switch (mod) {
            case Mod.Module m -> st.stmts(m.body());
            case Mod.Interactive m -> st.stmts(m.body());
            case Mod.Expression e -> st.expr(e.body());
            default -> throw CompileError.notSupported(mod.nodeName(), filename, 1);
        }
        st.analyze(st.top, Set.of(), new HashSet<>());
        return st;
    }

    /** The scope a function, lambda, class or comprehension node opens. */
    public Scope scopeOf(Node n) {
        return scopes.get(n);
    }

    /** CPython's private name mangling: {@code __x} in class {@code C} becomes {@code _C__x}. */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String cls = privateName.replaceFirst("^_+", "");
        if (cls.isEmpty()) {
            return name;
        }
        return "_" + cls + name;
    }

    private Scope open(Node n, String name, Scope.Kind kind, int lineno) {
        String priv = kind == Scope.Kind.CLASS ? name : current.privateName;
        Scope s = new Scope(name, kind, current, priv, lineno);
        scopes.put(n, s);
        current = s;
        return s;
    }

    private void close() {
        current = current.parent;
    }

    private void def(String name, int flag, int lineno) {
        String n = mangle(current.privateName, name);
        int old = current.flagsOf(n);
        if ((flag & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && (old & (Scope.DEF_LOCAL | Scope.USE
                | Scope.DEF_PARAM)) != 0) {
            String what = (flag & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
            String how = (old & Scope.DEF_PARAM) != 0 ? "is parameter and " + what
                    : (old & Scope.USE) != 0 ? "is used prior to " + what + " declaration"
                    : "is assigned to before " + what + " declaration";
            if ((old & Scope.DEF_PARAM) != 0) {
                throw new CompileError("SyntaxError", "name '" + name + "' " + how, filename, lineno, 0);
            }
            throw new CompileError("SyntaxError", "name '" + name + "' " + how, filename, lineno, 0);
        }
        current.add(n, flag);
        if (flag == Scope.DEF_PARAM) {
            current.params.add(n);
        }
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void stmt(Stmt s) {
        int line = s.pos().lineno();
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), line,
                    false);
            case Stmt.AsyncFunctionDef f -> {
                function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), line, true);
            }
            case Stmt.ClassDef c -> {
                exprs(c.decoratorList());
                exprs(c.bases());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                def(c.name(), Scope.DEF_LOCAL, line);
                Scope saved = current;
                open(c, c.name(), Scope.Kind.CLASS, line);
                stmts(c.body());
                current = saved;
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
                if (a.target() instanceof Expr.Name n) {
                    def(n.id(), Scope.USE, line);
                }
            }
            case Stmt.AnnAssign a -> {
                expr(a.target());
                if (a.value() != null) {
                    expr(a.value());
                }
                if (current.kind != Scope.Kind.FUNCTION || !(a.target() instanceof Expr.Name)) {
                    expr(a.annotation());
                }
            }
            case Stmt.For f -> {
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
                for (WithItem it : w.items()) {
                    expr(it.contextExpr());
                    if (it.optionalVars() != null) {
                        expr(it.optionalVars());
                    }
                }
                stmts(w.body());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) {
                    String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                    def(bound, Scope.DEF_LOCAL, line);
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias a : i.names()) {
                    if (a.name().equals("*")) {
                        if (current.kind != Scope.Kind.MODULE) {
                            throw new CompileError("SyntaxError", "import * only allowed at module level", filename,
                                    line, 0);
                        }
                        continue;
                    }
                    def(a.asname() != null ? a.asname() : a.name(), Scope.DEF_LOCAL, line);
                }
            }
            case Stmt.Global g -> {
                for (String n : g.names()) {
                    def(n, Scope.DEF_GLOBAL, line);
                }
            }
            case Stmt.Nonlocal g -> {
                if (current.kind == Scope.Kind.MODULE) {
                    throw new CompileError("SyntaxError", "nonlocal declaration not allowed at module level",
                            filename, line, 0);
                }
                for (String n : g.names()) {
                    def(n, Scope.DEF_NONLOCAL, line);
                }
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Match m -> {
                expr(m.subject());
                for (org.jpsyco.frontend.python.ast.MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    stmts(c.body());
                }
            }
            case Stmt.AsyncFor f -> throw CompileError.notSupported("async for", filename, line);
            case Stmt.AsyncWith w -> throw CompileError.notSupported("async with", filename, line);
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    private void pattern(org.jpsyco.frontend.python.ast.Pattern p) {
        int line = p.pos().lineno();
        switch (p) {
            case org.jpsyco.frontend.python.ast.Pattern.MatchValue v -> expr(v.value());
            case org.jpsyco.frontend.python.ast.Pattern.MatchSingleton s -> {
            }
            case org.jpsyco.frontend.python.ast.Pattern.MatchSequence s -> s.patterns().forEach(this::pattern);
            case org.jpsyco.frontend.python.ast.Pattern.MatchMapping m -> {
                exprs(m.keys());
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) {
                    def(m.rest(), Scope.DEF_LOCAL, line);
                }
            }
            case org.jpsyco.frontend.python.ast.Pattern.MatchClass c -> {
                expr(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            }
            case org.jpsyco.frontend.python.ast.Pattern.MatchStar s -> {
                if (s.name() != null) {
                    def(s.name(), Scope.DEF_LOCAL, line);
                }
            }
            case org.jpsyco.frontend.python.ast.Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    def(a.name(), Scope.DEF_LOCAL, line);
                }
            }
            case org.jpsyco.frontend.python.ast.Pattern.MatchOr o -> o.patterns().forEach(this::pattern);
        }
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        stmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                def(h.name(), Scope.DEF_LOCAL, h.pos().lineno());
            }
            stmts(h.body());
        }
        stmts(orelse);
        stmts(finalbody);
    }

    private void arguments(Arguments a) {
        exprs(a.defaults());
        for (Expr e : a.kwDefaults()) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void annotations(Arguments a, Expr returns) {
        for (List<Arg> l : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : l) {
                if (arg.annotation() != null) {
                    expr(arg.annotation());
                }
            }
        }
        for (Arg arg : new Arg[] {a.vararg(), a.kwarg()}) {
            if (arg != null && arg.annotation() != null) {
                expr(arg.annotation());
            }
        }
        if (returns != null) {
            expr(returns);
        }
    }

    private void params(Arguments a, int line) {
        for (Arg arg : a.posonlyargs()) {
            def(arg.arg(), Scope.DEF_PARAM, line);
        }
        for (Arg arg : a.args()) {
            def(arg.arg(), Scope.DEF_PARAM, line);
        }
        for (Arg arg : a.kwonlyargs()) {
            def(arg.arg(), Scope.DEF_PARAM, line);
        }
        if (a.vararg() != null) {
            def(a.vararg().arg(), Scope.DEF_PARAM, line);
        }
        if (a.kwarg() != null) {
            def(a.kwarg().arg(), Scope.DEF_PARAM, line);
        }
    }

    private void function(Node n, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
            int line, boolean coroutine) {
        exprs(decorators);
        arguments(args);
        annotations(args, returns);
        def(name, Scope.DEF_LOCAL, line);
        Scope saved = current;
        open(n, name, Scope.Kind.FUNCTION, line).coroutine = coroutine;
        params(args, line);
        stmts(body);
        current = saved;
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, List<Expr> elts, boolean generator) {
        int line = node.pos().lineno();
        expr(gens.get(0).iter());
        Scope saved = current;
        Scope s = open(node, name, Scope.Kind.COMPREHENSION, line);
        s.generator = generator;
        def(".0", Scope.DEF_PARAM, line);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            if (c.isAsync() != 0) {
                throw CompileError.notSupported("async comprehension", filename, line);
            }
            expr(c.target());
            if (i > 0) {
                expr(c.iter());
            }
            exprs(c.ifs());
        }
        exprs(elts);
        current = saved;
    }

    private void expr(Expr e) {
        int line = e.pos().lineno();
        switch (e) {
            case Expr.Name n -> {
                if (n.ctx() == ExprContext.Load) {
                    def(n.id(), Scope.USE, line);
                    if (n.id().equals("super") && current.isFunctionLike()) {
                        current.usesClassCell = true;
                        current.add("__class__", Scope.USE);
                    }
                } else {
                    def(n.id(), Scope.DEF_LOCAL, line);
                }
                if (n.id().equals("__class__") && current.isFunctionLike()) {
                    current.usesClassCell = true;
                }
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr ne -> {
                expr(ne.value());
                if (current.kind == Scope.Kind.COMPREHENSION && ne.target() instanceof Expr.Name t) {
                    Scope target = current;
                    while (target.kind == Scope.Kind.COMPREHENSION) {
                        target = target.parent;
                    }
                    if (target.kind == Scope.Kind.CLASS) {
                        throw new CompileError("SyntaxError", "assignment expression within a comprehension cannot "
                                + "be used in a class body", filename, line, 0);
                    }
                    target.add(t.id(), Scope.DEF_LOCAL);
                    for (Scope c = current; c != target; c = c.parent) {
                        c.add(t.id(), target.kind == Scope.Kind.MODULE ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL);
                    }
                } else {
                    expr(ne.target());
                }
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                arguments(l.args());
                Scope saved = current;
                open(l, "<lambda>", Scope.Kind.FUNCTION, line);
                params(l.args(), line);
                expr(l.body());
                current = saved;
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                exprs(d.keys());
                exprs(d.values());
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), List.of(c.elt()), false);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), List.of(c.elt()), false);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value()), false);
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), List.of(c.elt()), true);
            case Expr.Await a -> {
                if (!current.coroutine && current.kind != Scope.Kind.COMPREHENSION) {
                    throw new CompileError("SyntaxError", "'await' outside async function", filename, line,
                            a.pos().colOffset() + 1);
                }
                expr(a.value());
            }
            case Expr.Yield y -> {
                yieldCheck(line);
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                yieldCheck(line);
                expr(y.value());
            }
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
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
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
                for (Expr x : new Expr[] {s.lower(), s.upper(), s.step()}) {
                    if (x != null) {
                        expr(x);
                    }
                }
            }
        }
    }

    private void yieldCheck(int line) {
        if (!current.isFunctionLike()) {
            throw new CompileError("SyntaxError", "'yield' outside function", filename, line, 0);
        }
        current.generator = true;
    }

    // ---- analysis ----

    private Set<String> analyze(Scope s, Set<String> bound, Set<String> globals) {
        Set<String> localGlobals = new HashSet<>(globals);
        for (var e : s.flags.entrySet()) {
            String n = e.getKey();
            int f = e.getValue();
            if ((f & Scope.DEF_GLOBAL) != 0) {
                s.bind(n, Scope.Binding.GLOBAL_EXPLICIT);
                localGlobals.add(n);
            } else if ((f & Scope.DEF_NONLOCAL) != 0) {
                if (!bound.contains(n)) {
                    throw new CompileError("SyntaxError", "no binding for nonlocal '" + n + "' found", filename,
                            s.lineno, 0);
                }
                s.bind(n, Scope.Binding.FREE);
            } else if ((f & (Scope.DEF_LOCAL | Scope.DEF_PARAM)) != 0) {
                s.bind(n, Scope.Binding.LOCAL);
                localGlobals.remove(n);
            } else if (bound.contains(n) && !(s.kind == Scope.Kind.MODULE)) {
                s.bind(n, Scope.Binding.FREE);
            } else if (s.isFunctionLike()) {
                s.bind(n, Scope.Binding.GLOBAL_IMPLICIT);
            }
        }
        Set<String> newBound = new HashSet<>();
        if (s.kind != Scope.Kind.MODULE) {
            newBound.addAll(bound);
        }
        if (s.isFunctionLike()) {
            for (var e : s.flags.entrySet()) {
                int f = e.getValue();
                if ((f & Scope.DEF_GLOBAL) != 0) {
                    newBound.remove(e.getKey());
                } else if ((f & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_NONLOCAL)) != 0) {
                    newBound.add(e.getKey());
                }
            }
        }
        if (s.kind == Scope.Kind.CLASS) {
            newBound.add("__class__");
        }
        Set<String> childFree = new HashSet<>();
        for (Scope c : s.children) {
            childFree.addAll(analyze(c, newBound, localGlobals));
        }
        Set<String> free = new HashSet<>();
        for (String n : childFree) {
            if (s.kind == Scope.Kind.CLASS && n.equals("__class__")) {
                s.needsClassCell = true;
                s.bind(n, Scope.Binding.CELL);
                continue;
            }
            Scope.Binding b = s.flags.containsKey(n) ? s.binding(n) : null;
            if (s.isFunctionLike() && b == Scope.Binding.LOCAL) {
                s.bind(n, Scope.Binding.CELL);
            } else if (b == Scope.Binding.CELL) {
                continue;
            } else if (s.kind == Scope.Kind.CLASS && b == Scope.Binding.LOCAL && s.flags.containsKey(n)
                    && (s.flagsOf(n) & (Scope.DEF_LOCAL | Scope.DEF_PARAM)) != 0) {
                s.add(n, Scope.DEF_FREE_CLASS);
                free.add(n);
            } else if (b == Scope.Binding.GLOBAL_EXPLICIT) {
                continue;
            } else if (bound.contains(n)) {
                if (b == null || b == Scope.Binding.GLOBAL_IMPLICIT || (s.kind == Scope.Kind.CLASS
                        && b == Scope.Binding.LOCAL)) {
                    if (s.kind == Scope.Kind.CLASS) {
                        s.add(n, Scope.DEF_FREE_CLASS);
                        if (!s.flags.containsKey(n) || (s.flagsOf(n) & (Scope.DEF_LOCAL | Scope.DEF_PARAM)) == 0) {
                            s.bind(n, Scope.Binding.FREE);
                        }
                    } else {
                        s.bind(n, Scope.Binding.FREE);
                    }
                }
                free.add(n);
            }
        }
        for (var e : s.flags.entrySet()) {
            if (s.binding(e.getKey()) == Scope.Binding.FREE) {
                free.add(e.getKey());
            }
        }
        return free;
    }
}
