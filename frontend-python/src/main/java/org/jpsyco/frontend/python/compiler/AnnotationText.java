package org.jpsyco.frontend.python.compiler;

import java.math.BigInteger;
import java.util.List;

import org.jpsyco.frontend.python.ast.ConstantValue;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.Operator;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.PyStr;

/**
 * The text an annotation becomes under {@code from __future__ import annotations}: CPython
 * stores the unparsed expression, not its value. Covers what annotations are written with
 * (names, attributes, subscripts, constants, tuples, lists, {@code |} unions); anything else
 * gives null and the caller evaluates the expression as without the future import.
 */
final class AnnotationText {
    private AnnotationText() {
    }

    static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        return write(e, sb, false) ? sb.toString() : null;
    }

    private static boolean write(Expr e, StringBuilder sb, boolean inSubscript) {
        switch (e) {
            case Expr.Name n -> sb.append(n.id());
            case Expr.Attribute a -> {
                if (!write(a.value(), sb, false)) {
                    return false;
                }
                sb.append('.').append(a.attr());
            }
            case Expr.Subscript s -> {
                if (!write(s.value(), sb, false)) {
                    return false;
                }
                sb.append('[');
                if (!write(s.slice(), sb, true)) {
                    return false;
                }
                sb.append(']');
            }
            case Expr.Constant c -> {
                Object v = c.value();
                if (v instanceof String str) {
                    sb.append(Abstract.repr(PyStr.of(str)).value());
                } else if (v instanceof Boolean b) {
                    sb.append(b ? "True" : "False");
                } else if (v instanceof BigInteger i) {
                    sb.append(i);
                } else if (v == ConstantValue.NONE) {
                    sb.append("None");
                } else if (v == ConstantValue.ELLIPSIS) {
                    sb.append("...");
                } else {
                    return false;
                }
            }
            case Expr.Tuple t -> {
                if (!inSubscript || t.elts().isEmpty()) {
                    sb.append('(');
                }
                if (!list(t.elts(), sb)) {
                    return false;
                }
                if (t.elts().size() == 1) {
                    sb.append(',');
                }
                if (!inSubscript || t.elts().isEmpty()) {
                    sb.append(')');
                }
            }
            case Expr.List l -> {
                sb.append('[');
                if (!list(l.elts(), sb)) {
                    return false;
                }
                sb.append(']');
            }
            case Expr.BinOp b when b.op() == Operator.BitOr -> {
                if (!write(b.left(), sb, false)) {
                    return false;
                }
                sb.append(" | ");
                if (!write(b.right(), sb, false)) {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean list(List<Expr> elts, StringBuilder sb) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (!write(elts.get(i), sb, false)) {
                return false;
            }
        }
        return true;
    }
}
