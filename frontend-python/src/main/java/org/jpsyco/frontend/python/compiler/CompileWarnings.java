package org.jpsyco.frontend.python.compiler;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;

import org.jpsyco.frontend.python.ast.Cmpop;
import org.jpsyco.frontend.python.ast.ConstantValue;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.Located;
import org.jpsyco.frontend.python.ast.Unaryop;

/**
 * The SyntaxWarnings CPython 3.11's compiler emits for code that is valid but almost surely
 * wrong: {@code is} with a literal, an assert on a non-empty tuple, calling or subscripting a
 * literal that does not support it. "Literal" is judged after the folding CPython's AST
 * optimizer does ({@code -1}, {@code (1, 2)} and {@code 2 ** 8} are constants).
 */
final class CompileWarnings {
    private final Consumer<CompileWarning> sink;

    CompileWarnings(Consumer<CompileWarning> sink) {
        this.sink = sink;
    }

    private void warn(Located at, String msg) {
        sink.accept(new CompileWarning(at.pos().lineno(), msg));
    }

    // ---- what the AST optimizer folds, and to which type

    /** The Python type name of the constant {@code e} folds to, or null when it is not constant. */
    private static String folded(Expr e) {
        switch (e) {
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == ConstantValue.NONE) {
                    return "NoneType";
                }
                if (v == ConstantValue.ELLIPSIS) {
                    return "ellipsis";
                }
                return switch (v) {
                    case Boolean b -> "bool";
                    case BigInteger i -> "int";
                    case Double d -> "float";
                    case ConstantValue.Imaginary i -> "complex";
                    case String s -> "str";
                    case ConstantValue.Bytes b -> "bytes";
                    default -> "object";
                };
            }
            case Expr.UnaryOp u -> {
                String t = folded(u.operand());
                if (t == null) {
                    return null;
                }
                if (u.op() == Unaryop.Not) {
                    return "bool";
                }
                return t.equals("int") || t.equals("float") || t.equals("complex") || t.equals("bool")
                        ? (t.equals("bool") ? "int" : t) : null;
            }
            case Expr.BinOp b -> {
                String l = folded(b.left());
                String r = folded(b.right());
                if (l == null || r == null) {
                    return null;
                }
                if (isNumber(l) && isNumber(r)) {
                    return l.equals("complex") || r.equals("complex") ? "complex"
                            : l.equals("float") || r.equals("float") ? "float" : "int";
                }
                return l.equals(r) && (l.equals("str") || l.equals("bytes") || l.equals("tuple")) ? l : null;
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    if (x instanceof Expr.Starred || folded(x) == null) {
                        return null;
                    }
                }
                return "tuple";
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isNumber(String t) {
        return t.equals("int") || t.equals("float") || t.equals("complex") || t.equals("bool");
    }

    /** CPython's check_is_arg: false for a literal other than None, True, False and Ellipsis. */
    private static boolean isArgOk(Expr e) {
        String t = folded(e);
        return t == null || t.equals("NoneType") || t.equals("bool") || t.equals("ellipsis");
    }

    /** The type CPython infers for an expression in these messages, or null. */
    private static String inferType(Expr e) {
        String t = folded(e);
        if (t != null) {
            return t;
        }
        return switch (e) {
            case Expr.Tuple x -> "tuple";
            case Expr.List x -> "list";
            case Expr.ListComp x -> "list";
            case Expr.Dict x -> "dict";
            case Expr.DictComp x -> "dict";
            case Expr.Set x -> "set";
            case Expr.SetComp x -> "set";
            case Expr.GeneratorExp x -> "generator";
            case Expr.Lambda x -> "function";
            case Expr.JoinedStr x -> "str";
            case Expr.FormattedValue x -> "str";
            case Expr.Slice x -> "slice";
            default -> null;
        };
    }

    // ---- the checks

    void compare(Expr.Compare c) {
        boolean left = isArgOk(c.left());
        List<Cmpop> ops = c.ops();
        for (int i = 0; i < ops.size(); i++) {
            boolean right = isArgOk(c.comparators().get(i));
            if ((ops.get(i) == Cmpop.Is || ops.get(i) == Cmpop.IsNot) && (!left || !right)) {
                warn(c, ops.get(i) == Cmpop.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    void assertTest(Located stmt, Expr test) {
        if (test instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            warn(stmt, "assertion is always true, perhaps remove parentheses?");
        }
    }

    void call(Expr.Call c) {
        Expr f = c.func();
        boolean literal = folded(f) != null || switch (f) {
            case Expr.List x -> true;
            case Expr.ListComp x -> true;
            case Expr.Dict x -> true;
            case Expr.DictComp x -> true;
            case Expr.Set x -> true;
            case Expr.SetComp x -> true;
            case Expr.GeneratorExp x -> true;
            case Expr.JoinedStr x -> true;
            case Expr.FormattedValue x -> true;
            case Expr.Tuple x -> true;
            default -> false;
        };
        if (literal) {
            warn(c, "'" + inferType(f) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    void subscript(Expr.Subscript s) {
        Expr v = s.value();
        String fv = folded(v);
        String vt = inferType(v);
        boolean notSubscriptable = fv != null ? fv.equals("NoneType") || fv.equals("ellipsis") || isNumber(fv)
                : v instanceof Expr.Set || v instanceof Expr.SetComp || v instanceof Expr.GeneratorExp
                        || v instanceof Expr.Lambda;
        if (notSubscriptable) {
            warn(s, "'" + vt + "' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        String it = inferType(s.slice());
        if (it == null || it.equals("int") || it.equals("bool") || it.equals("slice")) {
            return;
        }
        boolean sequence = fv != null ? fv.equals("str") || fv.equals("bytes") || fv.equals("tuple")
                : v instanceof Expr.Tuple || v instanceof Expr.List || v instanceof Expr.ListComp
                        || v instanceof Expr.JoinedStr || v instanceof Expr.FormattedValue;
        if (sequence) {
            warn(s, vt + " indices must be integers or slices, not " + it + "; perhaps you missed a comma?");
        }
    }
}
