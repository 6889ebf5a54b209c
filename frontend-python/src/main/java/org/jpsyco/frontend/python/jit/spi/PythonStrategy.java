package org.jpsyco.frontend.python.jit.spi;

import java.util.List;

/**
 * A specialization strategy for Python: meta-implementations of the operations that benefit,
 * consulted by the specializer in policy order. Each hook returns the operation's result or
 * null to decline; when every strategy declines the specializer emits the generic operation,
 * which is correct on its own. A strategy bundle registers its component as a kernel
 * {@link org.jpsyco.kernel.spi.Strategy} service that also implements this interface.
 *
 * <p>Hooks receive the operands as they are before the instruction (nothing popped yet) and
 * must follow {@link SpecializerTool}'s rule: no side effect before a point that may leave.
 */
public interface PythonStrategy {
    /** The strategy's name, as {@code --strategies} and statistics spell it. */
    String name();

    /**
     * Whether ints, floats and bools may be held unboxed between operations (constants unfixed
     * at merge points into i64/f64, entry locals guarded and unboxed): only worth it when some
     * strategy computes on unboxed values.
     */
    default boolean unboxesNumbers() {
        return false;
    }

    /** {@code x op y} ({@code BINARY_OP}, augmented assignment included). */
    default SValue binaryOp(SpecializerTool t, Operator op, SValue x, SValue y) {
        return null;
    }

    /** {@code -x}. */
    default SValue negative(SpecializerTool t, SValue x) {
        return null;
    }

    /** {@code x op y} ({@code COMPARE_OP}); an I1 result feeds branches directly. */
    default SValue compare(SpecializerTool t, Comparison op, SValue x, SValue y) {
        return null;
    }

    /** The truth of {@code x} as an I1 value (conditional jumps, {@code not}). */
    default SValue truth(SpecializerTool t, SValue x) {
        return null;
    }

    /** {@code container[key]}. */
    default SValue subscript(SpecializerTool t, SValue container, SValue key) {
        return null;
    }

    /**
     * {@code container[start:stop]} ({@code step} null) or {@code container[start:stop:step]}: a
     * {@code BUILD_SLICE} whose slice object goes straight into {@code BINARY_SUBSCR}, so the slice
     * need not be built. An omitted bound is the constant None.
     */
    default SValue slice(SpecializerTool t, SValue container, SValue start, SValue stop, SValue step) {
        return null;
    }

    /**
     * {@code container[key] = value} ({@code STORE_SUBSCR}): returns any non-null value (for
     * example {@link SpecializerTool#none()}) once the store is emitted, null to decline.
     */
    default SValue storeSubscript(SpecializerTool t, SValue container, SValue key, SValue value) {
        return null;
    }

    /** {@code item in container} ({@code CONTAINS_OP}; the specializer negates it for {@code not in}) as an I1 value. */
    default SValue contains(SpecializerTool t, SValue item, SValue container) {
        return null;
    }

    /**
     * Whether {@link #callBuiltin} may specialize calls of this builtin ({@code "len"},
     * {@code "abs"}, {@code "math.sqrt"}, ...); the specializer then guards the callee's identity.
     */
    default boolean knowsBuiltin(String name) {
        return false;
    }

    /** A call of the builtin {@code name} with positional arguments. */
    default SValue callBuiltin(SpecializerTool t, String name, List<SValue> args) {
        return null;
    }

    /** Whether {@link #callMethod} may specialize {@code name} called on a receiver of this kind. */
    default boolean knowsMethod(PyKind receiver, String name) {
        return false;
    }

    /**
     * A call of method {@code name} on {@code receiver} ({@code LOAD_ATTR} then {@code CALL}),
     * for example {@code list.append}; the receiver's kind is known.
     */
    default SValue callMethod(SpecializerTool t, SValue receiver, String name, List<SValue> args) {
        return null;
    }

    /**
     * {@code LOAD_GLOBAL name}: the global (or builtin) as a compile-time constant
     * ({@link SpecializerTool#assumeGlobal}), or null for the generic load.
     */
    default SValue loadGlobal(SpecializerTool t, String name) {
        return null;
    }

    /**
     * {@code owner.name} ({@code LOAD_ATTR}) resolved at compile time, for example an attribute of
     * a constant module or class ({@link SpecializerTool#assumeAttribute}); null for the generic load.
     */
    default SValue loadAttribute(SpecializerTool t, SValue owner, String name) {
        return null;
    }

    /** {@code (items...)} ({@code BUILD_TUPLE}), for example folded when every item is a constant. */
    default SValue buildTuple(SpecializerTool t, List<SValue> items) {
        return null;
    }

    /**
     * {@code owner.name = value} ({@code STORE_ATTR}): true when the strategy emitted the whole
     * store. Since 1.1.
     */
    default boolean storeAttr(SpecializerTool t, SValue owner, String name, SValue value) {
        return false;
    }

    /**
     * Whether a tuple built and unpacked at once ({@code a, b = b, a + b}) may stay virtual:
     * never allocated, its items (unboxed numbers included) moved straight to their targets.
     * Since 1.1.
     */
    default boolean virtualizesTuples() {
        return false;
    }

    /**
     * {@code UNPACK_SEQUENCE n} of {@code seq} (not a virtual tuple): its {@code n} items, first
     * item first, or null to decline. Since 1.1.
     */
    default List<SValue> unpack(SpecializerTool t, SValue seq, int n) {
        return null;
    }

    /**
     * Whether {@code for x in seq} over a list or tuple may step the sequence's own iterator
     * directly (by index, reading the live length each time) rather than through the iterator protocol.
     */
    default boolean countsSequences() {
        return false;
    }

    /** Whether {@code for i in range(...)} may become a counted loop over i64. */
    default boolean countsRanges() {
        return false;
    }
}
