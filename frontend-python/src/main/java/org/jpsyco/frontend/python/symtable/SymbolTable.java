package org.jpsyco.frontend.python.symtable;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.ast.Alias;
import org.jpsyco.frontend.python.ast.Arg;
import org.jpsyco.frontend.python.ast.Arguments;
import org.jpsyco.frontend.python.ast.Comprehension;
import org.jpsyco.frontend.python.ast.ExceptHandler;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.Keyword;
import org.jpsyco.frontend.python.ast.MatchCase;
import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.ast.Node;
import org.jpsyco.frontend.python.ast.Pattern;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.ast.WithItem;
import org.jpsyco.frontend.python.parser.PythonSyntaxError;

/**
 * The symbol tables of a module, built as CPython 3.11 builds them, in two passes. The walk
 * (this class) visits the tree in CPython's order and records, per scope, a flag word per
 * name; it raises the syntax errors CPython's symbol table raises while walking (a name used
 * or assigned before its global or nonlocal declaration, duplicate parameters, import * in a
 * function, misplaced assignment expressions, yield in a comprehension). The analysis
 * ({@link ScopeAnalysis}) then resolves every name to local, global, free or cell and raises
 * the errors that need the whole tree ({@code no binding for nonlocal}, nonlocal at module
 * level). Comprehensions are scopes of their own whose outermost iterable belongs to the
 * enclosing scope; an assignment expression in one binds in the nearest enclosing function
 * or module. Class bodies do not make their names visible to nested scopes.
 */
public final class SymbolTable {
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final String filename;
    private final boolean futureAnnotations;
    private Scope current;
    public final Scope top;

    private SymbolTable(String filename, boolean futureAnnotations) {
        this.filename = filename;
        this.futureAnnotations = futureAnnotations;
        this.top = new Scope("top", Scope.Kind.MODULE, null, null, 0, null, true);
        this.current = top;
    }

    /**
     * Builds and analyses the tables of {@code mod}.
     *
     * @throws PythonSyntaxError for the errors of CPython's symbol-table pass
     */
    public static SymbolTable build(Mod mod, String filename) {
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive m -> m.body();
            default -> List.of();
        };
        SymbolTable st = new SymbolTable(filename, futureAnnotations(body));
        switch (mod) {
            case Mod.Expression e -> st.expr(e.body());
            case Mod.FunctionType f -> {
            }
            default -> st.stmts(body);
        }
        new ScopeAnalysis(filename).analyze(st.top);
        return st;
    }

    /** Whether the leading {@code from __future__} imports include {@code annotations}. */
    private static boolean futureAnnotations(List<Stmt> body) {
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant k
                && k.value() instanceof String) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module())) {
                return false;
            }
            for (Alias a : f.names()) {
                if (a.name().equals("annotations")) {
                    return true;
                }
            }
        }
        return false;
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
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    PythonSyntaxError error(String msg, Pos p) {
        return error(filename, msg, p);
    }

    static PythonSyntaxError error(String filename, String msg, Pos p) {
        return new PythonSyntaxError("SyntaxError", msg, filename, p.lineno(), p.colOffset() + 1, p.endLineno(),
                p.endColOffset() + 1, null);
    }

    // ---- blocks

    private Scope enter(Node n, String name, Scope.Kind kind, int lineno, String comprehension) {
        String priv = current.privateName;
        Scope s = new Scope(name, kind, current, priv, lineno, comprehension, true);
        scopes.put(n, s);
        current = s;
        return s;
    }

    private void exit() {
        current = current.parent;
    }

    /** CPython's symtable_add_def: records {@code flag} for the (mangled) name in {@code ste}. */
    private void addDef(String name, int flag, Pos at, Scope ste) {
        String n = mangle(current.privateName, name);
        Integer old = ste.symbols.get(n);
        int val = flag;
        if (old != null) {
            if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", at);
            }
            val |= old;
        }
        if (ste.compIterTarget) {
            if ((val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        at);
            }
            val |= Scope.DEF_COMP_ITER;
        }
        ste.symbols.put(n, val);
        if ((flag & Scope.DEF_PARAM) != 0) {
            ste.params.add(n);
        } else if ((flag & Scope.DEF_GLOBAL) != 0) {
            // the module's table records every name declared global anywhere
            top.symbols.merge(n, flag, (a, b) -> a | b);
        }
    }

    private void addDef(String name, int flag, Pos at) {
        addDef(name, flag, at, current);
    }

    private void directive(String name, Pos at) {
        current.directives.putIfAbsent(mangle(current.privateName, name), at);
    }

    // ---- statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        Pos at = s.pos();
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
            case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    true);
            case Stmt.ClassDef c -> {
                addDef(c.name(), Scope.DEF_LOCAL, at);
                exprs(c.bases());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                exprs(c.decoratorList());
                Scope saved = current;
                Scope cls = new Scope(c.name(), Scope.Kind.CLASS, saved, c.name(), at.lineno(), null, true);
                scopes.put(c, cls);
                current = cls;
                stmts(c.body());
                current = saved;
            }
            case Stmt.Return r -> expr(r.value());
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.AugAssign a -> {
                expr(a.target());
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
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                expr(a.test());
                expr(a.msg());
            }
            case Stmt.Import i -> i.names().forEach(this::alias);
            case Stmt.ImportFrom i -> i.names().forEach(this::alias);
            case Stmt.Global g -> declare(g, g.names(), Scope.DEF_GLOBAL);
            case Stmt.Nonlocal n -> declare(n, n.names(), Scope.DEF_NONLOCAL);
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
            case Stmt.With w -> {
                withItems(w.items());
                stmts(w.body());
            }
            case Stmt.AsyncWith w -> {
                withItems(w.items());
                stmts(w.body());
            }
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int cur = current.flagsOf(mangle(current.privateName, n.id()));
            if ((cur & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && current != top && a.simple() != 0) {
                throw error(((cur & Scope.DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global"
                        : "annotated name '%s' can't be nonlocal").formatted(n.id()), a.pos());
            }
            if (a.simple() != 0) {
                addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n.pos());
            } else if (a.value() != null) {
                addDef(n.id(), Scope.DEF_LOCAL, n.pos());
            }
        } else {
            expr(a.target());
        }
        annotation(a.annotation());
        expr(a.value());
    }

    private void declare(Stmt s, List<String> names, int kind) {
        String what = kind == Scope.DEF_GLOBAL ? "global" : "nonlocal";
        for (String name : names) {
            int f = current.flagsOf(mangle(current.privateName, name));
            if ((f & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                String msg;
                if ((f & Scope.DEF_PARAM) != 0) {
                    msg = "name '%s' is parameter and " + what;
                } else if ((f & Scope.USE) != 0) {
                    msg = "name '%s' is used prior to " + what + " declaration";
                } else if ((f & Scope.DEF_ANNOT) != 0) {
                    msg = "annotated name '%s' can't be " + what;
                } else {
                    msg = "name '%s' is assigned to before " + what + " declaration";
                }
                throw error(msg.formatted(name), s.pos());
            }
            addDef(name, kind, s.pos());
            directive(name, s.pos());
        }
    }

    private void alias(Alias a) {
        String name = a.asname() != null ? a.asname() : a.name();
        if (name.equals("*")) {
            if (current.kind != Scope.Kind.MODULE) {
                throw error("import * only allowed at module level", a.pos());
            }
            return;
        }
        int dot = name.indexOf('.');
        addDef(dot < 0 ? name : name.substring(0, dot), Scope.DEF_IMPORT, a.pos());
    }

    private void withItems(List<WithItem> items) {
        for (WithItem w : items) {
            expr(w.contextExpr());
            expr(w.optionalVars());
        }
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        stmts(body);
        stmts(orelse);
        for (ExceptHandler h : handlers) {
            expr(h.type());
            if (h.name() != null) {
                addDef(h.name(), Scope.DEF_LOCAL, h.pos());
            }
            stmts(h.body());
        }
        stmts(finalbody);
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> {
            }
            case Pattern.MatchSequence s -> s.patterns().forEach(this::pattern);
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    addDef(s.name(), Scope.DEF_LOCAL, s.pos());
                }
            }
            case Pattern.MatchMapping m -> {
                exprs(m.keys());
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) {
                    addDef(m.rest(), Scope.DEF_LOCAL, m.pos());
                }
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), Scope.DEF_LOCAL, a.pos());
                }
            }
            case Pattern.MatchOr o -> o.patterns().forEach(this::pattern);
        }
    }

    // ---- functions

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, boolean async) {
        addDef(name, Scope.DEF_LOCAL, s.pos());
        exprs(args.defaults());
        for (Expr d : args.kwDefaults()) {
            expr(d);
        }
        annotations(args, returns);
        exprs(decorators);
        enter(s, name, Scope.Kind.FUNCTION, s.pos().lineno(), null).coroutine = async;
        params(args);
        stmts(body);
        exit();
    }

    /**
     * Annotations are evaluated in the enclosing scope; under {@code from __future__ import
     * annotations} they are never evaluated, and CPython walks them in a block of their own
     * that no other scope sees.
     */
    private void annotations(Arguments a, Expr returns) {
        Scope saved = current;
        if (futureAnnotations) {
            current = new Scope("_annotation", Scope.Kind.ANNOTATION, saved, saved.privateName, 0, null, false);
        }
        for (List<Arg> group : List.of(a.posonlyargs(), a.args())) {
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
        for (Arg arg : a.kwonlyargs()) {
            expr(arg.annotation());
        }
        current = saved;
        annotation(returns);
    }

    private void annotation(Expr e) {
        if (e == null) {
            return;
        }
        if (!futureAnnotations) {
            expr(e);
            return;
        }
        Scope saved = current;
        current = new Scope("_annotation", Scope.Kind.ANNOTATION, saved, saved.privateName, 0, null, false);
        expr(e);
        current = saved;
    }

    private void params(Arguments a) {
        for (List<Arg> group : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : group) {
                addDef(arg.arg(), Scope.DEF_PARAM, arg.pos());
            }
        }
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), Scope.DEF_PARAM, a.vararg().pos());
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), Scope.DEF_PARAM, a.kwarg().pos());
        }
    }

    // ---- expressions

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void notInAnnotation(String what, Expr e) {
        if (current.kind == Scope.Kind.ANNOTATION) {
            throw error("'" + what + "' can not be used within an annotation", e.pos());
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.Load ? Scope.USE : Scope.DEF_LOCAL, n.pos());
                // a call of super() needs the __class__ cell
                if (n.ctx() == ExprContext.Load && current.isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", Scope.USE, n.pos());
                }
            }
            case Expr.NamedExpr ne -> {
                notInAnnotation("named expression", e);
                if (current.compIterExpr > 0) {
                    throw error("assignment expression cannot be used in a comprehension iterable expression",
                            ne.pos());
                }
                if (current.kind == Scope.Kind.COMPREHENSION) {
                    extendNamedExprScope((Expr.Name) ne.target());
                }
                expr(ne.value());
                expr(ne.target());
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                notInAnnotation("lambda expression", e);
                exprs(l.args().defaults());
                for (Expr d : l.args().kwDefaults()) {
                    expr(d);
                }
                enter(l, "<lambda>", Scope.Kind.FUNCTION, l.pos().lineno(), null);
                params(l.args());
                expr(l.body());
                exit();
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
            case Expr.ListComp c -> comprehension(c, "<listcomp>", "list comprehension", c.generators(), c.elt(),
                    null);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", "set comprehension", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", "dict comprehension", c.generators(), c.key(),
                    c.value());
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", "generator expression", c.generators(),
                    c.elt(), null);
            case Expr.Yield y -> {
                notInAnnotation("yield expression", e);
                expr(y.value());
                yielded(e);
            }
            case Expr.YieldFrom y -> {
                notInAnnotation("yield expression", e);
                expr(y.value());
                yielded(e);
            }
            case Expr.Await a -> {
                notInAnnotation("await expression", e);
                expr(a.value());
                current.coroutine = true;
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
            case Expr.Slice s -> {
                expr(s.lower());
                expr(s.upper());
                expr(s.step());
            }
            case Expr.List l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
        }
    }

    private void yielded(Expr e) {
        current.generator = true;
        if (current.kind == Scope.Kind.COMPREHENSION) {
            throw error("'yield' inside " + current.comprehension, e.pos());
        }
    }

    /**
     * An assignment expression inside a comprehension binds in the nearest enclosing function
     * or module: the comprehension declares the name nonlocal (global at module level).
     */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        Pos at = target.pos();
        for (Scope ste = current; ste != null; ste = ste.parent) {
            switch (ste.kind) {
                case COMPREHENSION -> {
                    if ((ste.flagsOf(name) & Scope.DEF_COMP_ITER) != 0) {
                        throw error("assignment expression cannot rebind comprehension iteration variable '" + name
                                + "'", at);
                    }
                }
                case FUNCTION -> {
                    addDef(name, (ste.flagsOf(name) & Scope.DEF_GLOBAL) != 0 ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL,
                            at);
                    directive(name, at);
                    addDef(name, Scope.DEF_LOCAL, at, ste);
                    return;
                }
                case MODULE -> {
                    addDef(name, Scope.DEF_GLOBAL, at);
                    directive(name, at);
                    addDef(name, Scope.DEF_GLOBAL, at, ste);
                    return;
                }
                case CLASS -> throw error("assignment expression within a comprehension cannot be used in a class "
                        + "body", at);
                case ANNOTATION -> {
                    return;
                }
            }
        }
    }

    private void comprehension(Expr node, String name, String what, List<Comprehension> gens, Expr elt,
            Expr value) {
        Comprehension outermost = gens.get(0);
        current.compIterExpr++;
        expr(outermost.iter());
        current.compIterExpr--;
        Scope s = enter(node, name, Scope.Kind.COMPREHENSION, node.pos().lineno(), what);
        if (outermost.isAsync() != 0) {
            s.coroutine = true;
        }
        addDef(".0", Scope.DEF_PARAM, node.pos());
        s.compIterTarget = true;
        expr(outermost.target());
        s.compIterTarget = false;
        exprs(outermost.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            s.compIterTarget = true;
            expr(g.target());
            s.compIterTarget = false;
            s.compIterExpr++;
            expr(g.iter());
            s.compIterExpr--;
            exprs(g.ifs());
            if (g.isAsync() != 0) {
                s.coroutine = true;
            }
        }
        expr(value);
        expr(elt);
        boolean generator = node instanceof Expr.GeneratorExp;
        s.generator = generator;
        exit();
        if (s.coroutine && !generator) {
            current.coroutine = true;
        }
    }
}
