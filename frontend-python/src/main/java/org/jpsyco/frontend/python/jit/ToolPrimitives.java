package org.jpsyco.frontend.python.jit;

import java.util.IdentityHashMap;
import java.util.List;

import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.jit.AVal.Const;
import org.jpsyco.frontend.python.jit.AVal.Run;
import org.jpsyco.frontend.python.jit.AVal.Unboxed;
import org.jpsyco.frontend.python.jit.AVal.VMethod;
import org.jpsyco.frontend.python.jit.spi.Comparison;
import org.jpsyco.frontend.python.jit.spi.InstanceLayout;
import org.jpsyco.frontend.python.jit.spi.Operator;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.jit.spi.SpecializerTool;
import org.jpsyco.frontend.python.objects.AttrCache;
import org.jpsyco.frontend.python.objects.InstanceMap;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;

/**
 * The emitting primitives the strategies use ({@link SpecializerTool}): unboxing and boxing of
 * values, guards and checked operations counted for the strategy being consulted, instance
 * layout guards (once per object per block, {@link KnownLayouts}) and slot access, and the
 * compile-time constant services ({@link Constants}). {@link Tool} adds the consulting of
 * strategies per instruction and the specializer's own typed knowledge.
 */
abstract class ToolPrimitives implements SpecializerTool {
    final Specializer s;
    /** The strategy being consulted (its guards and promotions are counted for it), or null. */
    StrategyBinding current;
    /** Compile-time constants: assumed names and folding. */
    final Constants constants;
    /** Layouts already guarded in the block being emitted. */
    final KnownLayouts layouts = new KnownLayouts();

    ToolPrimitives(Specializer s) {
        this.s = s;
        this.constants = new Constants(s, (Tool) this);
    }

    /** Counts {@code which} guards for the strategy being consulted. */
    abstract void count(int which);

    /** Whether the value loaded at the current instruction is called by the next one at once. */
    abstract boolean calledAtOnce();

    /** A run-time reference of a known kind (as the specializer tracks kinds). */
    abstract AVal kinded(LirValue v, PyKind kind);

    /** Guards that the value in descriptor slot {@code slot} is of kind {@code k}, and returns it as such. */
    abstract AVal guardKind(Run r, int slot, PyKind k);

    @Override
    public SValue promote(SValue v, PyKind guess) {
        if (!(v instanceof Run r) || r.kind() != PyKind.OBJECT || !s.typed) {
            return v;
        }
        int slot = s.slotOf(r);
        if (slot < 0) {
            return v;
        }
        PyKind k = s.profile.at(s.pc, slot);
        if (k == null) {
            if (guess == PyKind.OBJECT || !s.profile.guessing()
                    || (guess == PyKind.INT || guess == PyKind.FLOAT) && !s.profile.guessingNumbers()) {
                return v;
            }
            k = guess;
        }
        return k == PyKind.OBJECT ? v : guardKind(r, slot, k);
    }

    @Override
    public PyKind numericGuess() {
        return s.profile.floats ? PyKind.FLOAT : PyKind.INT;
    }

    @Override
    public LirValue i64(SValue v) {
        return switch ((AVal) v) {
            case Unboxed u when u.kind() == PyKind.INT -> u.value();
            case Unboxed u when u.kind() == PyKind.BOOL -> s.b.op(LirOp.I1_TO_I64, u.value());
            case Const c when c.value() instanceof PyInt i && !i.isBig() -> s.b.constI64(i.value);
            case Run r when r.kind() == PyKind.INT -> s.b.call(s.helpers.target("unboxInt"), null, r.value());
            default -> throw new IllegalArgumentException("not an unboxable int: " + v);
        };
    }

    @Override
    public LirValue f64(SValue v) {
        return switch ((AVal) v) {
            case Unboxed u when u.kind() == PyKind.FLOAT -> u.value();
            case Const c when c.value() instanceof PyFloat f -> s.b.constF64(f.value);
            case Run r when r.kind() == PyKind.FLOAT -> s.b.call(s.helpers.target("unboxFloat"), null, r.value());
            default -> s.b.op(LirOp.I64_TO_F64, i64(v));
        };
    }

    @Override
    public LirValue i1(SValue v) {
        return switch ((AVal) v) {
            case Unboxed u when u.kind() == PyKind.BOOL -> u.value();
            case Const c when c.value() == PyBool.TRUE || c.value() == PyBool.FALSE -> s.b.constI1(c.value() == PyBool.TRUE);
            default -> throw new IllegalArgumentException("not an unboxable bool: " + v);
        };
    }

    @Override
    public LirValue ref(SValue v) {
        return s.value((AVal) v);
    }

    @Override
    public SValue ofI64(LirValue v) {
        return new Unboxed(v, PyKind.INT);
    }

    @Override
    public SValue ofF64(LirValue v) {
        return new Unboxed(v, PyKind.FLOAT);
    }

    @Override
    public SValue ofI1(LirValue v) {
        return new Unboxed(v, PyKind.BOOL);
    }

    @Override
    public SValue ofRef(LirValue v, PyKind kind) {
        return kinded(v, kind);
    }

    @Override
    public SValue ofConstant(Object value) {
        return Specializer.constOf((PyObject) value, "k:");
    }

    @Override
    public SValue none() {
        return new Const(PySingleton.NONE, "None");
    }

    @Override
    public LirValue constI64(long v) {
        return s.b.constI64(v);
    }

    @Override
    public LirValue constI1(boolean v) {
        return s.b.constI1(v);
    }

    @Override
    public SValue expectConstant(SValue v) {
        if (v instanceof Const) {
            return v;
        }
        if (!(v instanceof Run r) || !(r.hint() instanceof PyObject expected)) {
            return null;
        }
        DeoptDescriptor d = s.describe(new ExitSite(r.hintName() + " rebound", -1, null,
                current == null ? null : current.name()));
        s.b.guard(LirOp.GUARD_TRUE, d, s.b.op(LirOp.EQ_REF, r.value(), s.refConst("hint:" + r.hintName(), expected)));
        count(1);
        return new Const(expected, "hint:" + r.hintName());
    }

    @Override
    public PyKind kindOfType(Object type) {
        for (PyKind k : PyKind.values()) {
            if (k != PyKind.OBJECT && TypedHelpers.typeOf(k) == type) {
                return k;
            }
        }
        return null;
    }

    @Override
    public LirValue constF64(double v) {
        return s.b.constF64(v);
    }

    @Override
    public LirValue op(LirOp op, LirValue... operands) {
        return s.b.op(op, operands);
    }

    @Override
    public LirValue checked(LirOp op, LirValue... operands) {
        count(1);
        return s.b.op(op, s.describe(ExitSite.operation("checked " + op.text(), current == null ? null : current.name())), operands);
    }

    @Override
    public void guard(LirValue condition) {
        count(1);
        s.b.guard(LirOp.GUARD_TRUE, s.describe(ExitSite.operation("guard", current == null ? null : current.name())), condition);
    }

    @Override
    public InstanceLayout seenLayout() {
        Object slot = s.co.caches()[s.pc];
        Object[] l = AttrCache.seenLayout(slot);
        if (l != null) {
            return new InstanceLayout(l[0], (Long) l[1], l[2], (Integer) l[3], l[4], l[5]);
        }
        // a site that met several classes with the name at one index: the layout is "one of these"
        Object[] p = AttrCache.seenLayouts(slot);
        if (p == null) {
            // a method several classes inherit from one base: "one of these", lacking the name
            Object[] m = AttrCache.seenMethodLayouts(slot);
            if (m == null) {
                return null;
            }
            ShapeHelpers.Layouts ls = new ShapeHelpers.Layouts((PyType[]) m[0], (long[]) m[1], (InstanceMap[]) m[2]);
            return new InstanceLayout(ls, 0, ls, -1, null, m[3]);
        }
        ShapeHelpers.Layouts ls = new ShapeHelpers.Layouts((PyType[]) p[0], (long[]) p[1], (InstanceMap[]) p[2]);
        return new InstanceLayout(ls, 0, ls, (Integer) p[3], null, null);
    }

    @Override
    public void guardLayout(SValue owner, InstanceLayout layout) {
        LirValue o = ref(owner);
        if (layouts.known(s.b, o, layout)) {
            return;
        }
        if (layout.map() instanceof ShapeHelpers.Layouts ls) {
            guard(s.b.call(s.helpers.target("hasOneOfLayouts"), null, o, s.refConst(ls.toString(), ls)));
        } else if (layout.map() == null) {
            guard(s.b.call(s.helpers.target("hasClass"), null, o, s.refConst("class", layout.type()),
                    s.b.constI64(layout.version())));
        } else {
            guard(s.b.call(s.helpers.target("hasLayout"), null, o, s.refConst("class", layout.type()),
                    s.b.constI64(layout.version()), s.refConst(String.valueOf(layout.map()), layout.map())));
        }
        layouts.learn(s.b, o, layout);
    }

    @Override
    public SValue classAttribute(SValue owner, InstanceLayout layout) {
        Object a = layout.classAttribute();
        if (layout.index() >= 0 || !(a instanceof PyObject attr)) {
            return null;
        }
        if (attr instanceof PyFunction) {
            int nameIndex = Opcode.argOf(s.co.code[s.pc]);
            return calledAtOnce() ? new VMethod((AVal) owner, s.co.names[nameIndex], nameIndex, attr) : null;
        }
        // immutable values of built-in types only: they have no __get__, and the version guard keeps them current
        return switch (TypedHelpers.kindOf(attr)) {
            case INT, FLOAT, BOOL, STR, TUPLE, NONE -> Specializer.constOf(attr, "k:");
            default -> null;
        };
    }

    @Override
    public SValue loadSlot(SValue owner, InstanceLayout layout) {
        LirValue o = ref(owner);
        LirValue i = s.b.constI64(layout.index());
        if (layout.map() == null) {
            // an unset member leaves: the interpreter raises the AttributeError
            if (!layouts.knownMember(s.b, o, layout.index())) {
                guard(s.b.call(s.helpers.target("hasMember"), null, o, i));
                layouts.learnMember(s.b, o, layout.index());
            }
            return new Run(s.b.call(s.helpers.target("memberValue"), null, o, i), false);
        }
        if (layout.map() instanceof InstanceMap m && m.onlyFloatsAt(layout.index()) && s.typed) {
            // a slot that only ever held floats is read unboxed; the box is made only if the value escapes
            guard(s.b.call(s.helpers.target("holdsFloat"), null, o, i));
            Unboxed u = new Unboxed(s.b.call(s.helpers.target("instanceFloat"), null, o, i), PyKind.FLOAT);
            slotOrigins.put(u, new LirValue[] {o, i});
            return u;
        }
        return new Run(s.b.call(s.helpers.target("instanceValue"), null, o, i), false);
    }

    /** Floats read unboxed from instance slots, with the instance and index they came from (block-local values). */
    private final IdentityHashMap<Unboxed, LirValue[]> slotOrigins = new IdentityHashMap<>();

    /**
     * The object of an unboxed float that escapes: a float read from an instance slot gets the
     * slot's own box while the slot still holds it, so {@code o.x is o.x} stays true; any other
     * float a new box.
     */
    LirValue boxFloat(Unboxed u) {
        LirValue[] origin = slotOrigins.get(u);
        if (origin != null) {
            return s.b.call(s.helpers.target("instanceFloatBox"), null, origin[0], origin[1], u.value());
        }
        return s.b.call(s.helpers.target("boxFloat"), null, u.value());
    }

    @Override
    public void storeSlot(SValue owner, InstanceLayout layout, SValue value) {
        LirValue o = ref(owner);
        if (layout.map() instanceof InstanceMap && layout.transition() == null && value instanceof Unboxed u
                && u.kind() == PyKind.FLOAT) {
            // stored unboxed: no float object is made for the attribute
            s.b.call(s.helpers.target("setInstanceFloat"), null, o, s.b.constI64(layout.index()), u.value());
            return;
        }
        LirValue v = ref(value);
        if (layout.map() == null) {
            s.b.call(s.helpers.target("setMemberValue"), null, o, s.b.constI64(layout.index()), v);
            layouts.learnMember(s.b, o, layout.index());
        } else if (layout.transition() == null) {
            s.b.call(s.helpers.target("setInstanceValue"), null, o, s.b.constI64(layout.index()), v);
        } else {
            s.b.call(s.helpers.target("addInstanceValue"), null, o,
                    s.refConst(String.valueOf(layout.transition()), layout.transition()), v);
        }
    }

    @Override
    public LirValue helper(String name, LirValue... args) {
        return s.b.call(s.helpers.target(name), s.here, args);
    }

    @Override
    public SValue assumeGlobal(String name) {
        return constants.assumeGlobal(name);
    }

    @Override
    public SValue assumeAttribute(SValue owner, String name) {
        return constants.assumeAttribute(owner, name);
    }

    @Override
    public SValue resolveMethod(SValue receiver, String name) {
        int nameIndex = Opcode.argOf(s.co.code[s.pc]);
        if (Opcode.of(s.co.code[s.pc]) != Opcode.LOAD_ATTR || !s.co.names[nameIndex].equals(name) || !calledAtOnce()) {
            return null;
        }
        return constants.resolveMethod(receiver, nameIndex);
    }

    @Override
    public SValue foldBinary(Operator op, SValue x, SValue y) {
        return constants.foldBinary(op, x, y);
    }

    @Override
    public SValue foldCompare(Comparison op, SValue x, SValue y) {
        return constants.foldCompare(op, x, y);
    }

    @Override
    public SValue foldTruth(SValue x) {
        return constants.foldTruth(x);
    }

    @Override
    public SValue foldLen(SValue x) {
        return constants.foldLen(x);
    }

    @Override
    public SValue foldTuple(List<SValue> items) {
        return constants.foldTuple(items);
    }
}
