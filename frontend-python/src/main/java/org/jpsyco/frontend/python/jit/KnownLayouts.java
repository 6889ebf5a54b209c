package org.jpsyco.frontend.python.jit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jpsyco.frontend.python.jit.spi.InstanceLayout;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;

/**
 * The instance layouts a version already guarded, so that {@code self.x}, {@code self.y} and
 * {@code self.x = ...} in a row check {@code self}'s class, class version and map once.
 *
 * <p>A layout guard on a run-time value stays true for as long as no Python code can run: an
 * instance's map changes only when an attribute is added or deleted or its {@code __dict__} is
 * taken, and a class's version only when its namespace changes, all of which take Python code
 * (or a helper that may run it), and other threads only run while this one gives the lock up,
 * which it only does in calls and at safepoints. So a fact holds from the guard to the end of
 * its block, up to the first instruction that is not known to be harmless: a call of any
 * helper outside {@link #HARMLESS} or of another version, a safepoint, a promotion. Facts are
 * kept per block: a merge point or a branch starts a new block, where nothing is known.
 *
 * <p>The same holds for a {@code __slots__} member found set (or just stored): only a
 * {@code del}, which is Python code, unsets it.
 *
 * <p>The check is a scan of what was emitted since the fact was last confirmed, so each
 * instruction is looked at once per known value.
 */
final class KnownLayouts {
    /**
     * Helpers that neither run Python code, nor change an instance's map or a class's version,
     * nor give the interpreter lock up: attribute slot access of guarded instances, kind tests,
     * boxing, and the arithmetic and container reads of typed code.
     */
    private static final Set<String> HARMLESS = Set.of(
            "hasLayout", "hasClass", "hasOneOfLayouts", "inheritsMethod", "hasMember", "memberValue", "instanceValue", "setInstanceValue",
            "holdsFloat", "instanceFloat", "setInstanceFloat", "instanceFloatBox",
            "setMemberValue", "isTupleOfSize", "tupleItemAt",
            "isInt", "isFloat", "isBool", "isStr", "isList", "isTuple", "isDict", "isSet", "isNone",
            "unboxInt", "unboxFloat", "boxInt", "boxFloat", "boxBool",
            "floorDivInt", "modInt", "shlFits", "shrInt", "trueDivInt", "absInt", "minInt", "maxInt",
            "minFloat", "maxFloat", "floorDivFloat", "modFloat", "divFloat",
            "floatPowDefined", "floatPowValue", "floatPowInRange",
            "lenStr", "lenList", "lenTuple", "lenSet", "listItem", "tupleItem");

    /** What is known of one value: its layout, valid in {@code block} up to {@code checked}. */
    private static final class Fact {
        final InstanceLayout layout;
        final int block;
        int checked;

        Fact(InstanceLayout layout, int block, int checked) {
            this.layout = layout;
            this.block = block;
            this.checked = checked;
        }
    }

    /** A value's layout ({@code member} -1), or that its {@code __slots__} member {@code member} is set. */
    private record Key(LirValue owner, int member) {
    }

    private final Map<Key, Fact> facts = new HashMap<>();

    /** Whether {@code owner} is known to have {@code layout} at the builder's current position. */
    boolean known(LirBuilder b, LirValue owner, InstanceLayout layout) {
        return holds(b, new Key(owner, -1), layout);
    }

    /** Records that a guard just emitted checked that {@code owner} has {@code layout}. */
    void learn(LirBuilder b, LirValue owner, InstanceLayout layout) {
        remember(b, new Key(owner, -1), layout);
    }

    /** Whether {@code __slots__} member {@code index} of {@code owner} is known to be set. */
    boolean knownMember(LirBuilder b, LirValue owner, int index) {
        return holds(b, new Key(owner, index), null);
    }

    /** Records that {@code __slots__} member {@code index} of {@code owner} was just checked or made set. */
    void learnMember(LirBuilder b, LirValue owner, int index) {
        remember(b, new Key(owner, index), null);
    }

    private boolean holds(LirBuilder b, Key key, InstanceLayout layout) {
        Fact f = facts.get(key);
        if (f == null) {
            return false;
        }
        int block = b.currentBlock();
        if (f.block != block || layout != null && !same(f.layout, layout)) {
            return false;
        }
        int end = b.blockSize(block);
        for (int i = f.checked; i < end; i++) {
            if (!harmless(b.instruction(block, i))) {
                facts.remove(key);
                return false;
            }
        }
        f.checked = end;
        return true;
    }

    private void remember(LirBuilder b, Key key, InstanceLayout layout) {
        int block = b.currentBlock();
        facts.put(key, new Fact(layout, block, b.blockSize(block)));
    }

    private static boolean same(InstanceLayout a, InstanceLayout b) {
        if (a.map() instanceof ShapeHelpers.Layouts ls) {
            return ls.equals(b.map());
        }
        return a.type() == b.type() && a.version() == b.version() && a.map() == b.map();
    }

    private static boolean harmless(Instruction i) {
        LirOp op = i.op();
        if (op == LirOp.CALL_HELPER) {
            return HARMLESS.contains(((CallTarget.Helper) i.payload()).symbol());
        }
        return !op.is(LirOp.Flag.CALL) && op != LirOp.SAFEPOINT && op != LirOp.PROMOTE;
    }
}
