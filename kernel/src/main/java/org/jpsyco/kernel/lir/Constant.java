package org.jpsyco.kernel.lir;

import java.util.Objects;

/**
 * A compile-time constant of one LIR type. Reference constants are opaque to the kernel: a
 * symbolic name (what the printer shows and the parser reads back) and the front-end object it
 * stands for, which backends load from their constant pool.
 */
public sealed interface Constant extends Payload {
    LirType type();

    /** The value alone as printed after {@code const_*}: {@code 7}, {@code 2.5}, {@code true}, {@code "None"}. */
    String text();

    /** The value with its type, as printed in deopt descriptors and promotion cases: {@code i64:7}. */
    default String typed() {
        return type().text() + ":" + text();
    }

    static Constant of(long value) {
        return new I64(value);
    }

    static Constant of(double value) {
        return new F64(value);
    }

    static Constant of(boolean value) {
        return new I1(value);
    }

    record I64(long value) implements Constant {
        public LirType type() {
            return LirType.I64;
        }

        public String text() {
            return Long.toString(value);
        }
    }

    /** Equality is bitwise, so NaN equals NaN and 0.0 differs from -0.0, as a specializer needs. */
    record F64(double value) implements Constant {
        public LirType type() {
            return LirType.F64;
        }

        public String text() {
            return Double.toString(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof F64 f && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(value);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Double.doubleToRawLongBits(value));
        }
    }

    record I1(boolean value) implements Constant {
        public LirType type() {
            return LirType.I1;
        }

        public String text() {
            return Boolean.toString(value);
        }
    }

    /**
     * A reference constant: {@code name} is its stable symbolic form; {@code value} is the object
     * (the parser uses the name itself). Equality is by name and object identity.
     */
    record Ref(String name, Object value) implements Constant {
        public Ref {
            Objects.requireNonNull(name, "name");
            if (name.indexOf('"') >= 0 || name.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("reference constant names may not contain quotes or newlines: " + name);
            }
        }

        public LirType type() {
            return LirType.REF;
        }

        public String text() {
            return '"' + name + '"';
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && r.name.equals(name)
                    && (r.value == value || (r.value instanceof String s && s.equals(value)));
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }
}
