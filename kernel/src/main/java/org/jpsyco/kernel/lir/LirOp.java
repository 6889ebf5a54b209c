package org.jpsyco.kernel.lir;

import static org.jpsyco.kernel.lir.LirOp.Flag.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The LIR instruction set: one line per operation with its signature, its payload class and its
 * flags. Everything that classifies operations (printer, parser, verifier, optimizers, backends)
 * reads this table; nobody switches over opcodes to learn what they are.
 *
 * <p>Signatures read {@code "operand types -> result"}: {@code i64 i64 -> i64}; {@code any}
 * is an operand or result typed by the instruction's payload (a call's target, a promotion's
 * cases); {@code any*} is a variadic tail; {@code -> any?} is an optional result; no arrow means
 * no result.
 *
 * <p>Deopt descriptors: an operation flagged {@link Flag#GUARD} must carry one (it is how the
 * operation leaves when its condition fails); one flagged {@link Flag#CAN_RAISE} may carry one
 * (a raised exception then leaves to the interpreter at that state, otherwise it propagates out
 * of the compiled unit); any other operation carries none.
 *
 * <p>Integer semantics are Java's (two's complement, shift counts taken modulo 64, truncating
 * division); the {@code _ovf} forms exit instead of wrapping, {@code div_i64}/{@code rem_i64}
 * exit on a zero divisor. Float semantics are IEEE 754 (Java's {@code double}).
 */
public enum LirOp {
    // constants
    CONST_I64("-> i64", Constant.I64.class, PURE, CONST),
    CONST_F64("-> f64", Constant.F64.class, PURE, CONST),
    CONST_I1("-> i1", Constant.I1.class, PURE, CONST),
    CONST_REF("-> ref", Constant.Ref.class, PURE, CONST),
    // i64 arithmetic, wrapping
    ADD_I64("i64 i64 -> i64", null, PURE, COMMUTATIVE),
    SUB_I64("i64 i64 -> i64", null, PURE),
    MUL_I64("i64 i64 -> i64", null, PURE, COMMUTATIVE),
    // i64 arithmetic, exiting on overflow
    ADD_I64_OVF("i64 i64 -> i64", null, GUARD, COMMUTATIVE),
    SUB_I64_OVF("i64 i64 -> i64", null, GUARD),
    MUL_I64_OVF("i64 i64 -> i64", null, GUARD, COMMUTATIVE),
    NEG_I64_OVF("i64 -> i64", null, GUARD),
    // truncating division and remainder, exiting on a zero divisor
    DIV_I64("i64 i64 -> i64", null, GUARD),
    REM_I64("i64 i64 -> i64", null, GUARD),
    // shifts (count modulo 64) and bit operations
    SHL_I64("i64 i64 -> i64", null, PURE),
    SHR_I64("i64 i64 -> i64", null, PURE),
    USHR_I64("i64 i64 -> i64", null, PURE),
    AND_I64("i64 i64 -> i64", null, PURE, COMMUTATIVE),
    OR_I64("i64 i64 -> i64", null, PURE, COMMUTATIVE),
    XOR_I64("i64 i64 -> i64", null, PURE, COMMUTATIVE),
    NOT_I64("i64 -> i64", null, PURE),
    // i64 comparisons
    EQ_I64("i64 i64 -> i1", null, PURE, COMMUTATIVE, COMPARE),
    NE_I64("i64 i64 -> i1", null, PURE, COMMUTATIVE, COMPARE),
    LT_I64("i64 i64 -> i1", null, PURE, COMPARE),
    LE_I64("i64 i64 -> i1", null, PURE, COMPARE),
    GT_I64("i64 i64 -> i1", null, PURE, COMPARE),
    GE_I64("i64 i64 -> i1", null, PURE, COMPARE),
    // f64 arithmetic
    ADD_F64("f64 f64 -> f64", null, PURE, COMMUTATIVE),
    SUB_F64("f64 f64 -> f64", null, PURE),
    MUL_F64("f64 f64 -> f64", null, PURE, COMMUTATIVE),
    DIV_F64("f64 f64 -> f64", null, PURE),
    NEG_F64("f64 -> f64", null, PURE),
    ABS_F64("f64 -> f64", null, PURE),
    SQRT_F64("f64 -> f64", null, PURE),
    // f64 comparisons (false on NaN, except ne)
    EQ_F64("f64 f64 -> i1", null, PURE, COMMUTATIVE, COMPARE),
    NE_F64("f64 f64 -> i1", null, PURE, COMMUTATIVE, COMPARE),
    LT_F64("f64 f64 -> i1", null, PURE, COMPARE),
    LE_F64("f64 f64 -> i1", null, PURE, COMPARE),
    GT_F64("f64 f64 -> i1", null, PURE, COMPARE),
    GE_F64("f64 f64 -> i1", null, PURE, COMPARE),
    // conversions: exact widening; truncation exiting on NaN, infinities and out-of-range values
    I64_TO_F64("i64 -> f64", null, PURE),
    F64_TO_I64("f64 -> i64", null, GUARD),
    // booleans
    NOT_I1("i1 -> i1", null, PURE),
    AND_I1("i1 i1 -> i1", null, PURE, COMMUTATIVE),
    OR_I1("i1 i1 -> i1", null, PURE, COMMUTATIVE),
    I1_TO_I64("i1 -> i64", null, PURE),
    // references (identity)
    EQ_REF("ref ref -> i1", null, PURE, COMMUTATIVE, COMPARE),
    NE_REF("ref ref -> i1", null, PURE, COMMUTATIVE, COMPARE),
    IS_NULL("ref -> i1", null, PURE),
    // guards: leave through the deopt descriptor when the condition fails or when asked to
    GUARD_TRUE("i1", null, GUARD),
    GUARD_FALSE("i1", null, GUARD),
    SAFEPOINT("", null, GUARD),
    // control
    JUMP("", Targets.class, TERMINATOR, CONTROL),
    BRANCH("i1", Targets.class, TERMINATOR, CONTROL),
    PROMOTE("any", PromotionSwitch.class, TERMINATOR, CONTROL, GUARD),
    EXIT("", null, TERMINATOR, GUARD),
    RETURN("any", null, TERMINATOR),
    RETURN_VOID("", null, TERMINATOR),
    // calls
    CALL_VERSION("any* -> any?", CallTarget.Version.class, CALL, CAN_RAISE),
    CALL_HELPER("any* -> any?", CallTarget.Helper.class, CALL, CAN_RAISE),
    // primitive arrays (index in bounds: the front end guards it)
    ARRAY_LENGTH("ref -> i64", null, READS),
    LOAD_I64_ELEM("ref i64 -> i64", null, READS),
    LOAD_F64_ELEM("ref i64 -> f64", null, READS),
    STORE_I64_ELEM("ref i64 i64", null, WRITES),
    STORE_F64_ELEM("ref i64 f64", null, WRITES),
    // fields of front-end objects, by opaque descriptor
    LOAD_FIELD_I64("ref -> i64", FieldDescriptor.class, READS),
    LOAD_FIELD_F64("ref -> f64", FieldDescriptor.class, READS),
    LOAD_FIELD_REF("ref -> ref", FieldDescriptor.class, READS),
    STORE_FIELD_I64("ref i64", FieldDescriptor.class, WRITES),
    STORE_FIELD_F64("ref f64", FieldDescriptor.class, WRITES),
    STORE_FIELD_REF("ref ref", FieldDescriptor.class, WRITES);

    /** What an operation is, for everyone who must classify it. */
    public enum Flag {
        /** No side effect, never exits: may be folded, shared, moved or dropped when unused. */
        PURE,
        /** Operands may be swapped. */
        COMMUTATIVE,
        /** Defines a constant (its payload). */
        CONST,
        /** Produces an i1 from a comparison; backends may fuse it with the branch or guard using it. */
        COMPARE,
        /** May leave compiled code through its (required) deopt descriptor. */
        GUARD,
        /** May throw a front-end exception. */
        CAN_RAISE,
        /** Ends its block. */
        TERMINATOR,
        /** Transfers control to blocks of the same function (jumps, branches, promotion switches). */
        CONTROL,
        /** Calls compiled code or a runtime helper. */
        CALL,
        /** Reads memory that stores may change. */
        READS,
        /** Writes memory. */
        WRITES
    }

    private final String signature;
    private final List<LirType> operands; // null entries: typed by the instruction
    private final boolean variadic;
    private final boolean hasResult;
    private final LirType result; // null with hasResult: typed by the instruction
    private final boolean resultOptional;
    private final Class<? extends Payload> payload;
    private final Set<Flag> flags;

    LirOp(String signature, Class<? extends Payload> payload, Flag... flags) {
        this.signature = signature;
        String[] sides = signature.split("->", -1);
        List<LirType> ops = new ArrayList<>();
        boolean var = false;
        for (String word : sides[0].trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.endsWith("*")) {
                var = true;
                word = word.substring(0, word.length() - 1);
            }
            ops.add(word.equals("any") ? null : LirType.parse(word));
        }
        if (var) {
            ops.remove(ops.size() - 1);
        }
        this.operands = java.util.Collections.unmodifiableList(ops);
        this.variadic = var;
        if (sides.length == 1) {
            hasResult = false;
            result = null;
            resultOptional = false;
        } else {
            String r = sides[1].trim();
            hasResult = true;
            resultOptional = r.endsWith("?");
            r = resultOptional ? r.substring(0, r.length() - 1) : r;
            result = r.equals("any") ? null : LirType.parse(r);
        }
        this.payload = payload;
        this.flags = flags.length == 0 ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.of(flags[0], flags));
    }

    /** The printed name: {@code add_i64_ovf}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The operation printed as {@code text}, or null. */
    public static LirOp byText(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The signature as the table writes it: {@code "i64 i64 -> i64"}. */
    public String signature() {
        return signature;
    }

    /** One line of the table, for dumps and the golden op listing: name, signature, payload, flags. */
    public String describe() {
        return String.format("%-16s %-14s %-19s %s", text(), signature.isEmpty() ? "-" : signature,
                payload == null ? "-" : payload.getName().substring(payload.getPackageName().length() + 1).replace('$', '.'), flags.isEmpty() ? "-"
                        : String.join(" ", flags.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).sorted().toList()));
    }

    /** The fixed operand types; a null entry is typed by the instruction. Calls add a variadic tail. */
    public List<LirType> operands() {
        return operands;
    }

    /** Whether operands beyond {@link #operands()} may follow (typed by the call target). */
    public boolean variadic() {
        return variadic;
    }

    /** Whether the operation may define a value. */
    public boolean hasResult() {
        return hasResult;
    }

    /** The result type, or null when the instruction's payload gives it (or there is none). */
    public LirType result() {
        return result;
    }

    /** Whether the result may be absent (calls to void targets). */
    public boolean resultOptional() {
        return resultOptional;
    }

    /** The payload class this operation requires, or null for none. */
    public Class<? extends Payload> payload() {
        return payload;
    }

    public Set<Flag> flags() {
        return flags;
    }

    public boolean is(Flag flag) {
        return flags.contains(flag);
    }

    /** Whether a deopt descriptor is required ({@link Flag#GUARD}). */
    public boolean requiresDeopt() {
        return is(GUARD);
    }

    /** Whether a deopt descriptor is allowed (required, or optional for {@link Flag#CAN_RAISE}). */
    public boolean allowsDeopt() {
        return is(GUARD) || is(CAN_RAISE);
    }
}
