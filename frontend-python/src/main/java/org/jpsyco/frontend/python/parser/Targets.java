package org.jpsyco.frontend.python.parser;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.ConstantValue;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.ExprContext;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target (Store/Del
 * context), and names invalid targets the way CPython's {@code _PyPegen_get_expr_name} and
 * {@code _PyPegen_get_invalid_target} do for the "cannot assign to ..." family of errors.
 */
final class Targets {
    private Targets() {
    }

    enum Kind { STAR, FOR, DEL }

    /** The target form of {@code e}, or a SyntaxError at its first invalid sub-target. */
    static Expr store(ParserBase p, Expr e, Kind kind) {
        Expr bad = invalidTarget(e, kind);
        if (bad != null) {
            String verb = kind == Kind.DEL ? "cannot delete " : "cannot assign to ";
            throw p.errorAt(bad, verb + exprName(bad));
        }
        return convert(e, kind == Kind.DEL ? ExprContext.Del : ExprContext.Store);
    }

    static Expr convert(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.pos());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.pos());
            case Expr.Starred s -> new Expr.Starred(convert(s.value(), ctx), ctx, s.pos());
            case Expr.Tuple t -> new Expr.Tuple(convertAll(t.elts(), ctx), ctx, t.pos());
            case Expr.List l -> new Expr.List(convertAll(l.elts(), ctx), ctx, l.pos());
            default -> e;
        };
    }

    private static List<Expr> convertAll(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(convert(x, ctx));
        }
        return out;
    }

    /** The first sub-expression of {@code e} that cannot be a target, or null when all are valid. */
    static Expr invalidTarget(Expr e, Kind kind) {
        switch (e) {
            case Expr.Name n -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Starred s -> {
                return kind == Kind.DEL ? e : invalidTarget(s.value(), kind);
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    Expr bad = invalidTarget(x, kind);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            }
            case Expr.List l -> {
                for (Expr x : l.elts()) {
                    Expr bad = invalidTarget(x, kind);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            }
            case Expr.Compare c -> {
                if (kind == Kind.FOR && c.ops().get(0) == org.jpsyco.frontend.python.ast.Cmpop.In) {
                    return invalidTarget(c.left(), kind);
                }
                return e;
            }
            default -> {
                return e;
            }
        }
    }

    /** True for expressions the grammar's bitwise_or rule can produce (no comparison, not, and/or, ...). */
    static boolean isBitwiseOrLevel(ParserBase p, Expr e) {
        return p.grouped.contains(e) || !(e instanceof Expr.Compare || e instanceof Expr.BoolOp
                || e instanceof Expr.IfExp || e instanceof Expr.Lambda || e instanceof Expr.Starred
                || e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.NamedExpr
                || e instanceof Expr.UnaryOp u && u.op() == org.jpsyco.frontend.python.ast.Unaryop.Not);
    }

    /** CPython's {@code _PyPegen_get_expr_name}. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == ConstantValue.NONE) {
                    yield "None";
                }
                if (v == Boolean.TRUE) {
                    yield "True";
                }
                if (v == Boolean.FALSE) {
                    yield "False";
                }
                if (v == ConstantValue.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }
}
