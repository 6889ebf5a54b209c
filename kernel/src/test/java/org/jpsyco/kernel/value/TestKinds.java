package org.jpsyco.kernel.value;

import java.util.List;

import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;

/** Kinds and virtual descriptors as a strategy would declare them, for the tests of this package. */
final class TestKinds {
    private TestKinds() {
    }

    /** An exact type, compared by equality. */
    record TypeKind(String type) implements Kind {
        static final Key<TypeKind> KEY = new Key<>("type", TypeKind.class);

        public Key<?> key() {
            return KEY;
        }
    }

    /** A lower bound: a version made for {@code min} accepts values known to be at least {@code min}. */
    record AtLeast(long min) implements Kind {
        static final Key<AtLeast> KEY = new Key<>("atLeast", AtLeast.class);

        public Key<?> key() {
            return KEY;
        }

        @Override
        public boolean admits(Kind live) {
            return live instanceof AtLeast a && a.min >= min;
        }
    }

    /** A virtual object whose fields are all i64 or ref values; built by a helper call. */
    record Box(String name, boolean mutable, int arity) implements VirtualDescriptor {
        public LirValue materialize(LirBuilder b, List<LirValue> fields) {
            return b.call(new CallTarget.Helper("new_" + name, fields.stream().map(LirValue::type).toList(), LirType.REF), null,
                    fields.toArray(LirValue[]::new));
        }

        @Override
        public Constant build(List<Constant> fields) {
            return mutable ? null : new Constant.Ref(name + fields.stream().map(c -> c instanceof Constant.Ref r ? r.name() : c.text()).toList(), fields);
        }
    }

    static Virtual box(String name, AbstractValue... fields) {
        return new Virtual(new Box(name, false, fields.length), List.of(fields));
    }

    static Virtual mutableBox(String name, AbstractValue... fields) {
        return new Virtual(new Box(name, true, fields.length), List.of(fields));
    }
}
