package org.jpsyco.frontend.python.jit;

import java.util.List;

import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.jit.AVal.Const;
import org.jpsyco.frontend.python.jit.AVal.Run;
import org.jpsyco.frontend.python.jit.AVal.Unboxed;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;

/**
 * What frameless typed versions return ({@link TypedVersions}): an i64 ({@code i}), an f64
 * ({@code f}) or a reference ({@code r}), the same kind at every return of the version so
 * callers get the number unboxed.
 *
 * <p>Deciding, before any caller is linked to it ({@link TypedVersions#ensure}). A typed version
 * is first specialized returning an i64, its own recursive calls included (so {@code tak(tak(..),
 * ..)} passes their results unboxed); when a return held something else, it is specialized again
 * for the one kind its returns held (an f64 kept only if the returns then all hold floats), else
 * returning references.
 *
 * <p>Other kinds, later. A return that meets something else (a bignum after an overflow, an int
 * where floats were seen) is not an error: the value travels to the caller as a
 * {@link Result}, thrown through the call site into the caller's unit, whose raise handler
 * ({@link JitRuntime#onRaise}) puts it on the caller's value stack in place of the call and lets
 * the interpreter continue the caller after the call instruction ({@link #pushResult}).
 */
final class TypedReturns {
    /** The note of a typed specialization naming the kind its returns decided. */
    static final String NOTE = "typed returns: ";

    private TypedReturns() {
    }

    /** A typed version's result of another kind than its callers take, on its way to the caller's raise handler. */
    static final class Result extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PyObject value;

        Result(PyObject value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /** Emits a typed version's {@code RETURN_VALUE} of {@code v}, as the version's return kind says. */
    static void emit(Specializer s, AVal v) {
        s.typedReturnsSeen.append(kindOf(v));
        LirValue r = switch (s.typedReturn) {
            case 'i' -> v instanceof Unboxed u && u.value().type() == LirType.I64 ? u.value()
                    : v instanceof Const c && TypedHelpers.isInt(c.value()) ? s.b.constI64(((PyInt) c.value()).value)
                    : s.b.call(s.helpers.target("resultAsLong"), null, s.value(v));
            case 'f' -> v instanceof Unboxed u && u.value().type() == LirType.F64 ? u.value()
                    : v instanceof Const c && TypedHelpers.isFloat(c.value()) ? s.b.constF64(((PyFloat) c.value()).value)
                    : s.b.call(s.helpers.target("resultAsFloat"), null, s.value(v));
            default -> s.value(v);
        };
        s.b.ret(r);
    }

    private static char kindOf(AVal v) {
        return switch (v) {
            case Unboxed u when u.value().type() == LirType.I64 -> 'i';
            case Unboxed u when u.value().type() == LirType.F64 -> 'f';
            case Run r when r.kind() == PyKind.INT -> 'i';
            case Run r when r.kind() == PyKind.FLOAT -> 'f';
            case Const c when TypedHelpers.isInt(c.value()) -> 'i';
            case Const c when TypedHelpers.isFloat(c.value()) -> 'f';
            default -> 'r';
        };
    }

    /** The kind the returns a specialization met decide: one number kind throughout, else references. */
    static char decided(CharSequence seen) {
        if (seen.isEmpty()) {
            return 'r';
        }
        char k = seen.charAt(0);
        for (int i = 1; i < seen.length(); i++) {
            if (seen.charAt(i) != k) {
                return 'r';
            }
        }
        return k;
    }

    /** The decided kind a specialization's notes name. */
    static char decided(List<String> notes) {
        for (String n : notes) {
            if (n.startsWith(NOTE)) {
                return n.charAt(NOTE.length());
            }
        }
        return 'r';
    }

    /** {@code r} as an i64 for a caller that takes one, else it goes to the caller as a {@link Result}. */
    static long asLong(Object r) {
        if (TypedHelpers.isInt(r)) {
            return ((PyInt) r).value;
        }
        throw new Result((PyObject) r);
    }

    /** {@code r} as an f64 for a caller that takes one, else it goes to the caller as a {@link Result}. */
    static double asFloat(Object r) {
        if (TypedHelpers.isFloat(r)) {
            return ((PyFloat) r).value;
        }
        throw new Result((PyObject) r);
    }

    /**
     * The caller's frame, restored at its {@code CALL}, as it is after the call returned
     * {@code value}: the callee and arguments popped, the value pushed, the next instruction next.
     */
    static void pushResult(Frame f, int callPc, PyObject value) {
        int argc = Opcode.argOf(f.code.code[callPc]);
        for (int i = 0; i <= argc; i++) {
            f.stack[--f.sp] = null;
        }
        f.stack[f.sp++] = value;
        f.pc = callPc + 1;
    }
}
