package org.jpsyco.frontend.python.compiler;

import java.math.BigInteger;
import java.util.List;
import org.jpsyco.frontend.python.ast.ConstantValue;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySet;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * The constants the compiler makes of the AST, as CPython's AST optimizer and compiler make them:
 * literal values, folded operators and tuples of constants, and the frozenset a display of
 * constants becomes when it is only iterated or tested.
 */
public final class ConstantFolding {
    private ConstantFolding() {
    }

    /** The Python object for a constant of the syntax tree, or null for a value that is not one. */
    public static PyObject constant(Object v) {
        if (v == ConstantValue.NONE) {
            return PySingleton.NONE;
        }
        if (v == ConstantValue.ELLIPSIS) {
            return PySingleton.ELLIPSIS;
        }
        if (v instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Double d) {
            return PyFloat.of(d);
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof ConstantValue.Imaginary im) {
            return new org.jpsyco.frontend.python.objects.PyComplex(0, im.imag());
        }
        if (v instanceof ConstantValue.Bytes b) {
            return new org.jpsyco.frontend.python.objects.PyBytes(b.value());
        }
        return null;
    }

    /**
     * The frozenset constant CPython makes of a display of constants: built by adding the
     * elements in order, then rebuilt from its own iteration order when the compiler merges
     * equal constants (which is the table the program sees).
     */
    static PySet constantSet(List<Expr> elts) {
        PySet first = new PySet(true);
        for (Expr x : elts) {
            first.add(fold(x));
        }
        PySet merged = new PySet(true);
        for (PyObject v : first.items()) {
            merged.add(v);
        }
        return merged;
    }

    static boolean allConstants(List<Expr> elts) {
        for (Expr x : elts) {
            if (fold(x) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of an expression CPython's AST optimizer folds to a constant (literals, unary and
     * binary operators on them, tuples of them), or null. Results that would be large are left
     * alone, as CPython leaves them.
     */
    static PyObject fold(Expr x) {
        try {
            PyObject r = switch (x) {
                case Expr.Constant c -> constant(c.value());
                case Expr.UnaryOp un -> {
                    PyObject v = fold(un.operand());
                    if (v == null || !(v instanceof PyInt || v instanceof PyFloat)) {
                        yield null;
                    }
                    yield switch (un.op()) {
                        case USub -> NumberOps.negative(v);
                        case UAdd -> NumberOps.positive(v);
                        case Invert -> v instanceof PyInt ? NumberOps.invert(v) : null;
                        default -> null;
                    };
                }
                case Expr.BinOp bo -> {
                    PyObject l = fold(bo.left());
                    PyObject r2 = l == null ? null : fold(bo.right());
                    yield r2 == null || l instanceof PyTuple || r2 instanceof PyTuple ? null
                            : NumberOps.binary(ExprCompiler.binop(bo.op()), l, r2);
                }
                case Expr.Tuple t -> {
                    PyObject[] items = new PyObject[t.elts().size()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = fold(t.elts().get(i));
                        if (items[i] == null) {
                            yield null;
                        }
                    }
                    yield PyTuple.of(items);
                }
                default -> null;
            };
            if (r instanceof PyInt i && i.isBig() && i.toBig().bitLength() > 128
                    || r instanceof PyStr s && s.value().length() > 4096) {
                return null;
            }
            return r;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
