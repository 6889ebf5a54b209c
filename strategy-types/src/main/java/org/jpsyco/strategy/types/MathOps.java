package org.jpsyco.strategy.types;

import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.jit.spi.SpecializerTool;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;

/**
 * {@code math} functions on unboxed doubles. Each calls a helper computing exactly what the
 * {@code math} module computes (the same function, the same domain and range checks, the same
 * errors); {@code sqrt} and {@code fabs} are single LIR operations. {@code floor} and
 * {@code ceil} give ints: an int argument is its own answer, a float whose result would not fit
 * 64 bits (or NaN, or an infinity) leaves for the interpreter.
 */
final class MathOps {
    private MathOps() {
    }

    /** One-argument functions by builtin name, with their helper. */
    private static final Map<String, String> UNARY = Map.of("math.sin", "mathSin", "math.cos", "mathCos",
            "math.tan", "mathTan", "math.atan", "mathAtan", "math.exp", "mathExp", "math.log", "mathLog");

    /** Two-argument functions. */
    private static final Map<String, String> BINARY = Map.of("math.pow", "mathPow", "math.atan2", "mathAtan2",
            "math.hypot", "mathHypot");

    static boolean knows(String name) {
        return UNARY.containsKey(name) || BINARY.containsKey(name) || name.equals("math.sqrt")
                || name.equals("math.fabs") || name.equals("math.floor") || name.equals("math.ceil");
    }

    private static boolean isNumber(SValue v) {
        // a boxed int or float (kept once it was passed or stored) is read through its box
        return v.kind() == PyKind.FLOAT || v.kind() == PyKind.INT || v.kind() == PyKind.BOOL;
    }

    static SValue call(SpecializerTool t, String name, List<SValue> args) {
        String unary = UNARY.get(name);
        String binary = BINARY.get(name);
        if (args.size() != (binary != null ? 2 : 1)) {
            return null;
        }
        SValue x = t.promote(args.get(0), PyKind.FLOAT);
        if (!isNumber(x)) {
            return null;
        }
        if (binary != null) {
            SValue y = t.promote(args.get(1), PyKind.FLOAT);
            return isNumber(y) ? t.ofF64(t.helper(binary, t.f64(x), t.f64(y))) : null;
        }
        if (unary != null) {
            return t.ofF64(t.helper(unary, t.f64(x)));
        }
        return switch (name) {
            case "math.fabs" -> t.ofF64(t.op(LirOp.ABS_F64, t.f64(x)));
            case "math.sqrt" -> {
                LirValue f = t.f64(x);
                // a negative argument (or NaN) leaves: the interpreter raises or answers as Python does
                t.guard(t.op(LirOp.GE_F64, f, t.constF64(0.0)));
                yield t.ofF64(t.op(LirOp.SQRT_F64, f));
            }
            case "math.floor", "math.ceil" -> {
                if (x.kind() != PyKind.FLOAT) {
                    yield t.ofI64(t.i64(x)); // an int (or a bool, as an int) is its own floor
                }
                LirValue f = t.f64(x);
                t.guard(t.helper("fitsLong", f));
                yield t.ofI64(t.helper(name.equals("math.floor") ? "mathFloor" : "mathCeil", f));
            }
            default -> null;
        };
    }
}
