package org.jpsyco.frontend.python.jit.spi;

import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;

/**
 * The narrow tool a strategy emits specialized code with, valid during one hook call. Every
 * exit it emits ({@link #guard}, {@link #checked}, a failed {@link #promote}) leaves at the start
 * of the instruction being specialized, so the interpreter re-runs that instruction generically:
 * a hook must therefore decide everything before it commits anything the instruction's generic
 * form would repeat (hooks only compute values; the specializer pops and pushes).
 */
public interface SpecializerTool {
    /**
     * Type promotion: makes {@code v}'s kind known at run time. The specializer guards the kind
     * its profile saw at this instruction, else {@code guess}, and returns the value with that
     * kind (unboxed when numeric); a failed guard leaves and teaches the profile. Returns
     * {@code v} itself (kind {@link PyKind#OBJECT}) where the site is megamorphic or {@code v}
     * cannot be promoted. {@code guess} {@code OBJECT} asks for the profile's answer only.
     */
    SValue promote(SValue v, PyKind guess);

    /** The numeric kind this code's profile suggests for unknown operands: INT, or FLOAT once floats were seen. */
    PyKind numericGuess();

    /** An INT or BOOL value as i64. */
    LirValue i64(SValue v);

    /** An INT, BOOL or FLOAT value as f64. */
    LirValue f64(SValue v);

    /** A BOOL value as i1. */
    LirValue i1(SValue v);

    /** Any value as a reference (boxing an unboxed one). */
    LirValue ref(SValue v);

    SValue ofI64(LirValue v);

    SValue ofF64(LirValue v);

    SValue ofI1(LirValue v);

    /** A reference of a known kind ({@link PyKind#OBJECT} for none). */
    SValue ofRef(LirValue v, PyKind kind);

    /** The compile-time constant {@code value} (a Python object the strategy got from {@link SValue#constant()}). */
    SValue ofConstant(Object value);

    /** The constant {@code None}. */
    SValue none();

    LirValue constI64(long v);

    LirValue constI1(boolean v);

    /**
     * The object {@code v} is expected to be (a builtin function or type a global or module
     * attribute named when the code was specialized) as a compile-time constant, behind an
     * identity guard that leaves when it was rebound; {@code v} itself when it is already a
     * constant; null when nothing is expected.
     */
    SValue expectConstant(SValue v);

    /**
     * The kind whose values are exactly the instances of {@code type} (a type object got from
     * {@link SValue#constant()}): {@link PyKind#INT} for {@code int}, ... ; null for any other
     * object (including {@code object} and user classes).
     */
    PyKind kindOfType(Object type);

    LirValue constF64(double v);

    /** A pure operation. */
    LirValue op(LirOp op, LirValue... operands);

    /** An operation flagged as a guard (overflow-checked arithmetic, division, conversions), leaving at the instruction. */
    LirValue checked(LirOp op, LirValue... operands);

    /** Leaves at the instruction unless {@code condition} holds. */
    void guard(LirValue condition);

    /** Calls a typed runtime helper of the specializer by name; it may raise (leaving at the instruction). */
    LirValue helper(String name, LirValue... args);
}
