package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.interp.OperandProfile;
import org.jpsyco.frontend.python.jit.AVal.Const;
import org.jpsyco.frontend.python.jit.AVal.Run;
import org.jpsyco.frontend.python.jit.AVal.Unboxed;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.lir.LirValue;

/**
 * Operators on instances of user classes ({@code a - b} where both are {@code Vec}s,
 * {@code v * 2.0}, {@code 2.0 * v}) as direct calls of the class's operator method, typed and
 * frameless when it can be, instead of the generic operator dispatch.
 *
 * <p>What the operands are comes from the interpreter's operand profile of the instruction
 * ({@link OperandProfile}): one pair of classes seen. The direct call is made only where
 * Python's operator protocol reduces to one method call:
 * <ul>
 * <li>both operands of the same plain class {@code T}: {@code T.__op__(a, b)} (the reflected
 * method is never tried for operands of one class);
 * <li>a {@code T} and an exact {@code int} or {@code float}: {@code T.__op__(a, b)} (a built-in
 * number is not a subclass of {@code T} and its reflected operator gives up on instances);
 * <li>an exact {@code int} or {@code float} and a {@code T}: {@code T.__rop__(b, a)} (the number's
 * own operator gives up on instances, with no effect).
 * </ul>
 * In-place forms apply when {@code T} has no in-place method. A {@code NotImplemented} result
 * then leaves only the operator's {@code TypeError} ({@link OperatorHelpers#operatorResult}).
 * Each operand that is a run-time reference is guarded to be exactly of its class (a subclass
 * may override the method, or reflect first); the method's binding (and the in-place
 * method's absence) is assumed, checked again where the call is made. A failed guard teaches the
 * instruction to stay generic.
 */
final class OperatorCalls {
    private OperatorCalls() {
    }

    /** {@code BINARY_OP arg} on the top two values as a direct method call, or null (nothing emitted). */
    static AVal binary(Specializer s, int arg) {
        if (!s.typed || !(s.ctx instanceof JitRuntime)) {
            return null;
        }
        OperandProfile p = OperandProfile.at(s.co.caches(), s.pc);
        if (p == null || !p.monomorphic()) {
            return null;
        }
        AVal x = s.peek(2);
        AVal y = s.peek(1);
        BinaryOp op = BinaryOp.of(arg & 15);
        boolean inplace = (arg & Opcode.INPLACE) != 0;
        PyType owner;
        String name;
        boolean reflected;
        if (plain(p.left) && (p.right == p.left || number(p.right))) {
            owner = p.left;
            name = op.dunder;
            reflected = false;
        } else if (number(p.left) && plain(p.right)) {
            owner = p.right;
            name = op.rdunder;
            reflected = true;
        } else {
            return null;
        }
        if (!fits(x, p.left) || !fits(y, p.right) || !(owner.lookup(name) instanceof PyFunction f)) {
            return null;
        }
        boolean needsAbsence = inplace && !reflected;
        if (needsAbsence && owner.lookup(op.idunder) != null) {
            return null;
        }
        NamespaceWatch w = NamespaceWatch.of(owner);
        Assumption bound = w == null ? null : w.assume(name);
        Assumption absent = needsAbsence && bound != null ? w.assume(op.idunder) : null;
        if (bound == null || needsAbsence && absent == null) {
            return null;
        }
        s.tool.constants.assumed.add(bound);
        LirValue ownerRef = s.refConst("class " + owner.name(), owner);
        AVal self = reflected ? y : x;
        AVal other = reflected ? x : y;
        // the receiver's guard checks the binding too; an operand of the other class is checked alone
        s.tool.guard(s.b.call(s.helpers.target("operandHolds"), null, s.value(self), ownerRef,
                s.refConst("assumption", bound)));
        if (other instanceof Run r) {
            PyType t = reflected ? p.left : p.right;
            s.tool.guard(s.b.call(s.helpers.target("exactlyOf"), null, r.value(), s.refConst("class " + t.name(), t)));
        }
        if (absent != null) {
            s.tool.constants.assumed.add(absent);
            s.tool.guard(s.b.call(s.helpers.target("attributeHolds"), null, s.refConst("assumption", absent)));
        }
        AVal r = CallSites.typedCall(s, f, new AVal[] {self, other});
        if (r != null) {
            s.counted("operator frameless");
        } else {
            s.counted("operator direct");
            LirValue[] args = {s.value(self), s.value(other)};
            r = new Run(CallSites.callKnown(s, f, s.refConst("function " + f.qualname, f), args), false);
        }
        s.notes.add("  " + s.pc + " BINARY_OP (line " + s.co.lineOf(s.pc) + "): " + owner.name() + "." + name);
        if (r instanceof Run run) {
            return new Run(s.call("operatorResult", run.value(), s.value(x), s.value(y), s.i64(arg)), false);
        }
        return r;
    }

    /**
     * Whether the operator at the current instruction met instances of classes other than
     * numbers on operands of unknown kind: guessing they are numbers would only fail.
     */
    static boolean metInstances(Specializer s) {
        OperandProfile p = OperandProfile.at(s.co.caches(), s.pc);
        if (p == null || !(s.peek(2) instanceof Run a && a.kind() == PyKind.OBJECT)
                || !(s.peek(1) instanceof Run b && b.kind() == PyKind.OBJECT)) {
            return false;
        }
        return !p.monomorphic() ? false : p.left.heap || p.right.heap;
    }

    /** A class whose instances are plain objects: defined in Python, no built-in base but object. */
    private static boolean plain(PyType t) {
        return t.heap && t.layout == PyType.Layout.OBJECT && t.builtinBase == null;
    }

    private static boolean number(PyType t) {
        return t == PyInt.TYPE || t == PyFloat.TYPE;
    }

    /** Whether the abstract value can be the profiled class's operand (run-time values are guarded). */
    private static boolean fits(AVal v, PyType t) {
        return switch (v) {
            case Run r -> r.kind() == PyKind.OBJECT || r.kind() == PyKind.INT && t == PyInt.TYPE
                    || r.kind() == PyKind.FLOAT && t == PyFloat.TYPE;
            case Unboxed u -> u.kind() == PyKind.INT && t == PyInt.TYPE || u.kind() == PyKind.FLOAT && t == PyFloat.TYPE;
            case Const c -> c.value().type() == t;
            default -> false;
        };
    }
}
