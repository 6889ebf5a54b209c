package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.kernel.cache.Assumption;

/** Runtime helpers of operators compiled as direct calls of a class's operator method ({@link OperatorCalls}). */
public final class OperatorHelpers {
    private OperatorHelpers() {
    }

    /** Whether {@code o} is exactly of class {@code type} (no subclass) and the method binding assumed still stands. */
    public static boolean operandHolds(Object o, Object type, Object assumption) {
        return ((PyObject) o).type() == type && ((Assumption) assumption).valid();
    }

    /** Whether {@code o} is exactly of class {@code type}. */
    public static boolean exactlyOf(Object o, Object type) {
        return ((PyObject) o).type() == type;
    }

    /**
     * The result of an operator method called directly: itself, unless it is
     * {@code NotImplemented}. The direct call is made only where the other operand offers no
     * method the operator would try next (the same class, or a built-in number whose own
     * operator gives up on instances), so what remains is the operator's {@code TypeError}.
     */
    public static Object operatorResult(Object r, Object a, Object b, long arg) {
        if (r != PySingleton.NOT_IMPLEMENTED) {
            return r;
        }
        BinaryOp op = BinaryOp.of((int) arg & 15);
        String sym = op == BinaryOp.POW ? "** or pow()" : op.symbol;
        if ((arg & Opcode.INPLACE) != 0) {
            sym = op.symbol + "=";
        }
        throw Errors.typeError("unsupported operand type(s) for " + sym + ": '" + ((PyObject) a).type().name()
                + "' and '" + ((PyObject) b).type().name() + "'");
    }

    /**
     * Whether one more frame fits under the recursion limit: an inlined callee ({@link Inliner})
     * checks it where the interpreter's call would, and leaves when the call should raise.
     */
    public static boolean callDepthAllows(Object jit) {
        return ((JitRuntime) jit).recursionBudget() > 0;
    }
}
