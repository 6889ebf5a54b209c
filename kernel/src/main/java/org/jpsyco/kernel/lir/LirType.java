package org.jpsyco.kernel.lir;

/** The machine types of LIR values. Printed and parsed by their lower-case name. */
public enum LirType {
    /** A signed 64-bit integer. */
    I64,
    /** An IEEE 754 double. */
    F64,
    /** A boolean (a comparison result). */
    I1,
    /** A reference to a front-end object; opaque to the kernel. */
    REF;

    /** The printed name: {@code i64}, {@code f64}, {@code i1}, {@code ref}. */
    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type printed as {@code text}, or an exception naming it. */
    public static LirType parse(String text) {
        for (LirType t : values()) {
            if (t.text().equals(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown LIR type: " + text);
    }
}
