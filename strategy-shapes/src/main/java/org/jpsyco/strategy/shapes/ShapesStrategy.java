package org.jpsyco.strategy.shapes;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.jit.spi.InstanceLayout;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.jit.spi.PythonStrategy;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.jit.spi.SpecializerTool;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.spi.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * The shapes strategy: attribute loads and stores on instances of classes defined in Python
 * compile to one layout guard and a fixed slot access, using instance maps (hidden classes);
 * tuples built and unpacked at once ({@code a, b = b, a + b}) stay virtual, so their items
 * (unboxed numbers included) never become objects.
 *
 * <p>Why it is exact: the layout a site specializes to comes from the interpreter's inline
 * cache of that instruction, which only holds an entry when the class lets the instance's own
 * attribute answer for the name (no property, data descriptor or {@code __getattribute__} of its
 * own). The guard checks the instance's class by identity, the class's version (any change to
 * the class or its bases bumps it, so a property added later fails the guard) and the instance's
 * map (so the attribute is present, at that index, or absent, so the class attribute answers: a
 * method called at once receives the instance directly). An instance that moved to dict mode has no
 * map and fails the guard too. A failed guard leaves for the interpreter, which runs the
 * instruction generically, and the site stays generic when the code is compiled again.
 *
 * <p>A site that met several classes (subclasses sharing an {@code __init__} that sets the
 * attributes in one order) specializes the same way when every class's entry finds the name at
 * one index: the guard then checks that the instance has one of those classes, at its version,
 * with that class's map. A version guards each object once until something may change it, so
 * {@code self.x}, {@code self.y}, {@code self.x = ...} in a row check {@code self} once.
 */
@Component(service = Strategy.class)
public final class ShapesStrategy implements Strategy, PythonStrategy {
    @Override
    public String name() {
        return "shapes";
    }

    @Override
    public boolean virtualizesTuples() {
        return true;
    }

    /** Items an unpacked tuple may have for the guarded form. */
    private static final int MAX_UNPACK = 8;

    /**
     * Unpacking a run-time value ({@code for a, b in pairs}, {@code x, y = point}): guarded to be
     * an exact tuple of the right size, its items are read in place, without the interpreter's
     * item array. Anything else (a list, a generator, a wrong size that raises) fails the guard
     * and the instruction runs generically, then stays generic.
     */
    @Override
    public List<SValue> unpack(SpecializerTool t, SValue seq, int n) {
        if (n < 1 || n > MAX_UNPACK || seq.isConstant() || seq.kind() != PyKind.OBJECT && seq.kind() != PyKind.TUPLE) {
            return null;
        }
        LirValue tuple = t.ref(seq);
        t.guard(t.helper("isTupleOfSize", tuple, t.constI64(n)));
        List<SValue> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(t.ofRef(t.helper("tupleItemAt", tuple, t.constI64(i)), PyKind.OBJECT));
        }
        return items;
    }

    /** A layout an instance attribute access may specialize to, or null. */
    private static InstanceLayout layoutFor(SpecializerTool t, SValue owner) {
        if (owner.kind() != PyKind.OBJECT || owner.isConstant()) {
            return null;
        }
        return t.seenLayout();
    }

    @Override
    public SValue loadAttribute(SpecializerTool t, SValue owner, String name) {
        InstanceLayout l = layoutFor(t, owner);
        if (l == null || l.transition() != null) {
            return null;
        }
        if (l.index() < 0 && l.map() != null) {
            // the instance lacks the name: a plain class attribute or a method called at once
            SValue v = t.classAttribute(owner, l);
            if (v != null) {
                t.guardLayout(owner, l);
            }
            return v;
        }
        t.guardLayout(owner, l);
        return t.loadSlot(owner, l);
    }

    @Override
    public boolean storeAttr(SpecializerTool t, SValue owner, String name, SValue value) {
        InstanceLayout l = layoutFor(t, owner);
        if (l == null) {
            return false;
        }
        t.guardLayout(owner, l);
        t.storeSlot(owner, l, value);
        return true;
    }
}
