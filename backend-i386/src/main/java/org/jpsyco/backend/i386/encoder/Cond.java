package org.jpsyco.backend.i386.encoder;

/**
 * The sixteen condition codes in hardware order: the code is added to the last opcode byte of
 * {@code setcc}, {@code cmovcc} and {@code jcc}. Names are GNU {@code as} suffixes.
 */
public enum Cond implements Operand {
    O("o"), NO("no"), B("b"), AE("ae"), E("e"), NE("ne"), BE("be"), A("a"),
    S("s"), NS("ns"), P("p"), NP("np"), L("l"), GE("ge"), LE("le"), G("g");

    private final String suffix;

    Cond(String suffix) {
        this.suffix = suffix;
    }

    /** The 4-bit condition code. */
    public int code() {
        return ordinal();
    }

    /** The condition that holds exactly when this one does not (flips the low bit). */
    public Cond negate() {
        return values()[ordinal() ^ 1];
    }

    public String suffix() {
        return suffix;
    }
}
