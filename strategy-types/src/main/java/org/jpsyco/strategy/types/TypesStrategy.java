package org.jpsyco.strategy.types;

import java.util.List;
import java.util.Set;

import org.jpsyco.frontend.python.jit.spi.Comparison;
import org.jpsyco.frontend.python.jit.spi.Operator;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.jit.spi.PythonStrategy;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.jit.spi.SpecializerTool;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.spi.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * The types strategy: ints on unboxed i64 (overflow leaves, and the interpreter continues with
 * bignums), floats on unboxed f64, bools as i1 feeding branches, {@code len}/{@code abs}/
 * {@code min}/{@code max}/{@code isinstance} on known kinds, list/tuple/str indexing by an int,
 * {@code list.append} and {@code list.pop}, exact sets ({@code in}, {@code add}, {@code discard},
 * {@code remove}, {@code len}, truth, {@code set()}), {@code math} functions on f64
 * ({@link MathOps}), counted {@code range} loops, and the str, list, tuple, dict and set
 * operations of {@link ContainerOps}.
 * Operands of unknown kind are promoted (guarded on the kind their site saw, or on a guess).
 *
 * <p>Each fast path is written next to the reason it is exact: where Python's semantics differ
 * from the machine's (floor division, true division of large ints, shifts, zero divisors,
 * comparisons of ints with floats) the code either guards and leaves, calls a helper that does
 * what Python does, or declines.
 */
@Component(service = Strategy.class)
public final class TypesStrategy implements Strategy, PythonStrategy {
    private static final Set<String> BUILTINS = Set.of("len", "abs", "min", "max", "isinstance", "set");
    private static final Set<String> SET_METHODS = Set.of("add", "discard", "remove");

    static {
        // The helper classes load with the strategy, not at their first use: an instance still
        // consulted while its bundle is being stopped or updated cannot load classes any more.
        if (StrOps.METHODS.isEmpty() || !MathOps.knows("math.sqrt") || ContainerOps.class.getName().isEmpty()) {
            throw new ExceptionInInitializerError("types strategy helpers");
        }
    }

    @Override
    public String name() {
        return "types";
    }

    @Override
    public boolean unboxesNumbers() {
        return true;
    }

    @Override
    public boolean countsRanges() {
        return true;
    }

    @Override
    public boolean countsSequences() {
        return true;
    }

    /**
     * Promotes an unknown operand to a number, guessing from the other operand when it is a
     * number, else (only where numbers are likely: arithmetic) from the code's profile.
     */
    private static SValue number(SpecializerTool t, SValue v, SValue other, boolean likely) {
        if (v.kind() != PyKind.OBJECT) {
            return v;
        }
        PyKind guess = other.kind() == PyKind.FLOAT ? PyKind.FLOAT : other.kind() == PyKind.INT ? PyKind.INT
                : likely ? t.numericGuess() : PyKind.OBJECT;
        return t.promote(v, guess);
    }

    private static SValue number(SpecializerTool t, SValue v, SValue other) {
        return number(t, v, other, false);
    }

    /**
     * An int that fits 64 bits: unboxed, a constant, or the box of an unboxed one (a number passed
     * to a call or stored keeps its box from then on, and stays an int: {@link SpecializerTool#i64}
     * reads its payload).
     */
    private static boolean isInt(SValue v) {
        return ContainerOps.isInt(v);
    }

    /** An exact float: unboxed, a constant, or the box of an unboxed one. */
    private static boolean isFloat(SValue v) {
        return v.kind() == PyKind.FLOAT;
    }

    @Override
    public SValue binaryOp(SpecializerTool t, Operator op, SValue x, SValue y) {
        if (op == Operator.POW) {
            return floatPow(t, x, y);
        }
        if (op == Operator.MATMUL) {
            return null;
        }
        if (op == Operator.ADD && (x.kind() == PyKind.STR || y.kind() == PyKind.STR)) {
            return ContainerOps.concat(t, x, y);
        }
        boolean arithmetic = op == Operator.ADD || op == Operator.SUB || op == Operator.MUL || op == Operator.TRUEDIV;
        x = number(t, x, y, arithmetic);
        y = number(t, y, x, arithmetic);
        if (isInt(x) && isInt(y)) {
            return intOp(t, op, t.i64(x), t.i64(y));
        }
        if (op == Operator.ADD && x.kind() == PyKind.STR && y.kind() == PyKind.STR) {
            return ContainerOps.concat(t, x, y);
        }
        if ((isFloat(x) || isInt(x)) && (isFloat(y) || isInt(y))) {
            return floatOp(t, op, t.f64(x), t.f64(y));
        }
        return null;
    }

    /**
     * {@code x ** y} with a float operand (an int ** int stays generic: its result may be an int,
     * a bignum or a float). The same {@code Math.pow} as the interpreter's float power, behind
     * guards for what it would not return normally (a complex result, a zero divisor, an
     * overflow): those leave, and the interpreter answers or raises as Python does.
     */
    private static SValue floatPow(SpecializerTool t, SValue x, SValue y) {
        x = number(t, x, y);
        y = number(t, y, x);
        if (!(isFloat(x) || isFloat(y)) || !(isFloat(x) || isInt(x)) || !(isFloat(y) || isInt(y))) {
            return null;
        }
        LirValue a = t.f64(x);
        LirValue b = t.f64(y);
        t.guard(t.helper("floatPowDefined", a, b));
        LirValue r = t.helper("floatPowValue", a, b);
        t.guard(t.helper("floatPowInRange", a, b, r));
        return t.ofF64(r);
    }

    private static SValue intOp(SpecializerTool t, Operator op, LirValue a, LirValue b) {
        return switch (op) {
            case ADD -> t.ofI64(t.checked(LirOp.ADD_I64_OVF, a, b));
            case SUB -> t.ofI64(t.checked(LirOp.SUB_I64_OVF, a, b));
            case MUL -> t.ofI64(t.checked(LirOp.MUL_I64_OVF, a, b));
            case FLOORDIV -> {
                // a zero divisor raises and MIN // -1 overflows: both leave for the interpreter
                t.guard(t.op(LirOp.NE_I64, b, t.constI64(0)));
                t.guard(t.op(LirOp.OR_I1, t.op(LirOp.NE_I64, b, t.constI64(-1)),
                        t.op(LirOp.NE_I64, a, t.constI64(Long.MIN_VALUE))));
                yield t.ofI64(t.helper("floorDivInt", a, b));
            }
            case MOD -> {
                t.guard(t.op(LirOp.NE_I64, b, t.constI64(0)));
                yield t.ofI64(t.helper("modInt", a, b));
            }
            case TRUEDIV -> {
                t.guard(t.op(LirOp.NE_I64, b, t.constI64(0)));
                yield t.ofF64(t.helper("trueDivInt", a, b));
            }
            case LSHIFT -> {
                t.guard(t.helper("shlFits", a, b));
                yield t.ofI64(t.op(LirOp.SHL_I64, a, b));
            }
            case RSHIFT -> {
                t.guard(t.op(LirOp.GE_I64, b, t.constI64(0)));
                yield t.ofI64(t.helper("shrInt", a, b));
            }
            case AND -> t.ofI64(t.op(LirOp.AND_I64, a, b));
            case OR -> t.ofI64(t.op(LirOp.OR_I64, a, b));
            case XOR -> t.ofI64(t.op(LirOp.XOR_I64, a, b));
            default -> null;
        };
    }

    private static SValue floatOp(SpecializerTool t, Operator op, LirValue a, LirValue b) {
        return switch (op) {
            case ADD -> t.ofF64(t.op(LirOp.ADD_F64, a, b));
            case SUB -> t.ofF64(t.op(LirOp.SUB_F64, a, b));
            case MUL -> t.ofF64(t.op(LirOp.MUL_F64, a, b));
            case TRUEDIV -> {
                // ZeroDivisionError: the interpreter raises it, with its message
                t.guard(t.op(LirOp.NE_F64, b, t.constF64(0.0)));
                yield t.ofF64(t.op(LirOp.DIV_F64, a, b));
            }
            case FLOORDIV -> {
                t.guard(t.op(LirOp.NE_F64, b, t.constF64(0.0)));
                yield t.ofF64(t.helper("floorDivFloat", a, b));
            }
            case MOD -> {
                t.guard(t.op(LirOp.NE_F64, b, t.constF64(0.0)));
                yield t.ofF64(t.helper("modFloat", a, b));
            }
            default -> null;
        };
    }

    @Override
    public SValue negative(SpecializerTool t, SValue x) {
        x = t.promote(x, t.numericGuess());
        if (isInt(x)) {
            return t.ofI64(t.checked(LirOp.NEG_I64_OVF, t.i64(x)));
        }
        if (isFloat(x)) {
            return t.ofF64(t.op(LirOp.NEG_F64, t.f64(x)));
        }
        return null;
    }

    @Override
    public SValue compare(SpecializerTool t, Comparison op, SValue x, SValue y) {
        // beside a str (a literal, most often) an unknown operand is guessed to be a str
        x = x.kind() == PyKind.OBJECT && y.kind() == PyKind.STR ? t.promote(x, PyKind.STR) : x;
        y = y.kind() == PyKind.OBJECT && x.kind() == PyKind.STR ? t.promote(y, PyKind.STR) : y;
        x = number(t, x, y);
        y = number(t, y, x);
        if (isInt(x) && isInt(y)) {
            return t.ofI1(t.op(switch (op) {
                case LT -> LirOp.LT_I64;
                case LE -> LirOp.LE_I64;
                case EQ -> LirOp.EQ_I64;
                case NE -> LirOp.NE_I64;
                case GT -> LirOp.GT_I64;
                case GE -> LirOp.GE_I64;
            }, t.i64(x), t.i64(y)));
        }
        // an int beside a float compares exactly in Python, not after rounding: only float with float here
        if (isFloat(x) && isFloat(y)) {
            return t.ofI1(t.op(switch (op) {
                case LT -> LirOp.LT_F64;
                case LE -> LirOp.LE_F64;
                case EQ -> LirOp.EQ_F64;
                case NE -> LirOp.NE_F64;
                case GT -> LirOp.GT_F64;
                case GE -> LirOp.GE_F64;
            }, t.f64(x), t.f64(y)));
        }
        if (x.kind() == PyKind.STR && y.kind() == PyKind.STR) {
            return ContainerOps.compareStr(t, op, x, y);
        }
        return null;
    }

    @Override
    public SValue truth(SpecializerTool t, SValue x) {
        switch (x.kind()) {
            case INT -> {
                return isInt(x) ? t.ofI1(t.op(LirOp.NE_I64, t.i64(x), t.constI64(0))) : null;
            }
            case FLOAT -> {
                return isFloat(x) ? t.ofI1(t.op(LirOp.NE_F64, t.f64(x), t.constF64(0.0))) : null;
            }
            case LIST -> {
                return t.ofI1(t.op(LirOp.NE_I64, t.helper("lenList", t.ref(x)), t.constI64(0)));
            }
            case SET -> {
                return t.ofI1(t.op(LirOp.NE_I64, t.helper("lenSet", t.ref(x)), t.constI64(0)));
            }
            case STR -> {
                return t.ofI1(t.op(LirOp.NE_I64, t.helper("lenStr", t.ref(x)), t.constI64(0)));
            }
            case NONE -> {
                return t.ofI1(t.op(LirOp.NE_I64, t.constI64(0), t.constI64(0)));
            }
            default -> {
                return null;
            }
        }
    }

    @Override
    public SValue subscript(SpecializerTool t, SValue container, SValue key) {
        if (container.kind() == PyKind.OBJECT && key.kind() == PyKind.OBJECT) {
            // text[pos], items[i], d[k] with both unknown: an int index is guessed (a miss teaches the kind)
            key = t.promote(key, PyKind.INT);
        }
        if (container.kind() == PyKind.OBJECT) {
            container = t.promote(container, key.kind() == PyKind.INT ? PyKind.LIST
                    : key.kind() == PyKind.STR ? PyKind.DICT : PyKind.OBJECT);
        }
        if (container.kind() == PyKind.DICT) {
            return ContainerOps.dictItem(t, container, key);
        }
        String helper = switch (container.kind()) {
            case LIST -> "listItem";
            case TUPLE -> "tupleItem";
            case STR -> "strItem";
            default -> null;
        };
        if (helper == null) {
            return null;
        }
        key = t.promote(key, PyKind.INT);
        if (!isInt(key)) {
            return null;
        }
        if (container.kind() == PyKind.STR) {
            return StrOps.item(t, container, key);
        }
        return t.ofRef(t.helper(helper, t.ref(container), t.i64(key)), container.kind() == PyKind.STR ? PyKind.STR : PyKind.OBJECT);
    }

    @Override
    public SValue slice(SpecializerTool t, SValue container, SValue start, SValue stop, SValue step) {
        return ContainerOps.slice(t, container, start, stop, step);
    }

    @Override
    public SValue storeSubscript(SpecializerTool t, SValue container, SValue key, SValue value) {
        return ContainerOps.storeSubscript(t, container, key, value);
    }

    @Override
    public SValue contains(SpecializerTool t, SValue item, SValue container) {
        return ContainerOps.contains(t, item, container);
    }

    @Override
    public boolean knowsBuiltin(String name) {
        return BUILTINS.contains(name) || MathOps.knows(name);
    }

    @Override
    public SValue callBuiltin(SpecializerTool t, String name, List<SValue> args) {
        return switch (name) {
            case "len" -> args.size() != 1 ? null : len(t, args.get(0));
            case "abs" -> args.size() != 1 ? null : abs(t, args.get(0));
            case "min", "max" -> args.size() != 2 ? null : minMax(t, name.equals("min"), args.get(0), args.get(1));
            case "isinstance" -> args.size() != 2 ? null : isInstance(t, args.get(0), args.get(1));
            // an empty set, known to be one (its methods and membership then need no guard)
            case "set" -> args.isEmpty() ? t.ofRef(t.helper("newSet"), PyKind.SET) : null;
            default -> MathOps.knows(name) ? MathOps.call(t, name, args) : null;
        };
    }

    /**
     * {@code isinstance(x, T)} with {@code T} a built-in type named by a global (guarded on its
     * identity) and {@code x} of a known kind: every kind is an exact built-in type, and among
     * them only bool is a subclass of another (int), so the answer is known at compile time.
     */
    private static SValue isInstance(SpecializerTool t, SValue x, SValue cls) {
        SValue type = t.expectConstant(cls);
        PyKind of = type == null ? null : t.kindOfType(type.constant());
        if (of == null) {
            return null;
        }
        x = t.promote(x, PyKind.OBJECT);
        if (x.kind() == PyKind.OBJECT || x.kind() == PyKind.RANGE_ITERATOR) {
            return null;
        }
        return t.ofI1(t.constI1(x.kind() == of || x.kind() == PyKind.BOOL && of == PyKind.INT));
    }

    private static SValue len(SpecializerTool t, SValue x) {
        String helper = switch (x.kind()) {
            case LIST -> "lenList";
            case STR -> "lenStr";
            case TUPLE -> "lenTuple";
            case DICT -> "lenDict";
            case SET -> "lenSet";
            default -> null;
        };
        return helper == null ? null : t.ofI64(t.helper(helper, t.ref(x)));
    }

    private static SValue abs(SpecializerTool t, SValue x) {
        x = t.promote(x, t.numericGuess());
        if (isInt(x)) {
            LirValue a = t.i64(x);
            t.guard(t.op(LirOp.NE_I64, a, t.constI64(Long.MIN_VALUE)));
            return t.ofI64(t.helper("absInt", a));
        }
        if (isFloat(x)) {
            return t.ofF64(t.op(LirOp.ABS_F64, t.f64(x)));
        }
        return null;
    }

    private static SValue minMax(SpecializerTool t, boolean min, SValue x, SValue y) {
        x = number(t, x, y);
        y = number(t, y, x);
        if (isInt(x) && isInt(y)) {
            return t.ofI64(t.helper(min ? "minInt" : "maxInt", t.i64(x), t.i64(y)));
        }
        if (isFloat(x) && isFloat(y)) {
            return t.ofF64(t.helper(min ? "minFloat" : "maxFloat", t.f64(x), t.f64(y)));
        }
        return null;
    }

    @Override
    public boolean knowsMethod(PyKind receiver, String name) {
        return receiver == PyKind.LIST && (name.equals("append") || name.equals("pop")) || receiver == PyKind.SET && SET_METHODS.contains(name) || receiver == PyKind.DICT && (name.equals("get") || name.equals("pop"))
                || receiver == PyKind.STR && StrOps.METHODS.contains(name);
    }

    @Override
    public SValue callMethod(SpecializerTool t, SValue receiver, String name, List<SValue> args) {
        if (receiver.kind() == PyKind.LIST && name.equals("append") && args.size() == 1) {
            return ContainerOps.append(t, receiver, args.get(0));
        }
        if (receiver.kind() == PyKind.LIST && name.equals("pop")) {
            return ContainerOps.listPop(t, receiver, args);
        }
        if (receiver.kind() == PyKind.SET) {
            return ContainerOps.setMethod(t, receiver, name, args);
        }
        if (receiver.kind() == PyKind.DICT && name.equals("get")) {
            return ContainerOps.dictGet(t, receiver, args);
        }
        if (receiver.kind() == PyKind.DICT && name.equals("pop")) {
            return ContainerOps.dictPop(t, receiver, args);
        }
        if (receiver.kind() == PyKind.STR) {
            return StrOps.call(t, receiver, name, args);
        }
        return null;
    }
}
