package org.jpsyco.frontend.python.jit.spi;

import java.util.List;

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

    /**
     * What the current attribute instruction's inline cache last met (the interpreter ran it
     * before), or null: nothing seen, or nothing a strategy may rely on. Since 1.1.
     */
    InstanceLayout seenLayout();

    /**
     * Leaves at the instruction unless {@code owner} is an instance of exactly
     * {@code layout.type()}, the class is still at {@code layout.version()}, and the instance's
     * map is {@code layout.map()} (for a {@code __slots__} member: any map). Since 1.1.
     */
    void guardLayout(SValue owner, InstanceLayout layout);

    /**
     * For a load of a name an instance whose layout was guarded lacks ({@code layout.index()}
     * -1): what its class gives, when that needs no code at run time: a plain class attribute
     * (no {@code __get__}) as a constant, a function as a virtual bound method when the
     * instruction's result is called at once (the call then passes the instance directly, no
     * method object built); null otherwise. Since 1.1.
     */
    SValue classAttribute(SValue owner, InstanceLayout layout);

    /**
     * The attribute at {@code layout.index()} of an instance whose layout was guarded (for a
     * {@code __slots__} member, leaving when the member is unset). Since 1.1.
     */
    SValue loadSlot(SValue owner, InstanceLayout layout);

    /**
     * Stores {@code value} into an instance whose layout was guarded: at {@code layout.index()}
     * (of the map, or the {@code __slots__} member), or as the added attribute when
     * {@code layout.transition()} is not null. Since 1.1.
     */
    void storeSlot(SValue owner, InstanceLayout layout, SValue value);

    /** Calls a typed runtime helper of the specializer by name; it may raise (leaving at the instruction). */
    LirValue helper(String name, LirValue... args);

    // ---- compile-time constants (namespace and class version tags)

    /**
     * The global {@code name} of the code being specialized (else the builtin) as a compile-time
     * constant: the binding it has now, assumed to stay. Every version made with it depends on the
     * assumption (rebinding, deleting or shadowing the name invalidates them), and each load checks
     * it, leaving at the instruction once it broke. Null when the name is unbound, when its
     * binding already changed under compiled code too often, or when no namespace is known.
     */
    SValue assumeGlobal(String name);

    /**
     * {@code owner.name} at compile time when {@code owner} is a constant module (its binding
     * assumed as a global's) or a constant class (resolved along its MRO, assumed against its
     * version tag) and the attribute is a plain value or function; null otherwise.
     */
    SValue assumeAttribute(SValue owner, String name);

    /**
     * {@code receiver.name} called at once (from {@link PythonStrategy#loadAttribute}), resolved at
     * compile time when the load site met instances of one class only: a virtual bound method of
     * the function the class holds for the name, guarded on the receiver's class and on its instance
     * dict not shadowing the name, the class's binding of the name assumed; the call then calls
     * the function directly. Null otherwise.
     */
    SValue resolveMethod(SValue receiver, String name);

    /**
     * {@code x op y} computed now when both are constants of immutable built-in types (int, float,
     * bool, str, tuple), with Python's exact semantics; null when it would raise or its result would
     * be large (CPython's folding limits), so the operation stays for run time.
     */
    SValue foldBinary(Operator op, SValue x, SValue y);

    /** {@code x op y} computed now on constants of immutable built-in types; null otherwise. */
    SValue foldCompare(Comparison op, SValue x, SValue y);

    /** The truth of a constant of an immutable built-in type (or None) as a constant bool; null otherwise. */
    SValue foldTruth(SValue x);

    /** {@code len(x)} of a constant str or tuple as a constant int; null otherwise. */
    SValue foldLen(SValue x);

    /** The tuple of constant items of immutable built-in types as a constant; null otherwise. */
    SValue foldTuple(List<SValue> items);
}
