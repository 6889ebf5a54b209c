package org.jpsyco.frontend.python.objects;

/** Binary operators with their symbols and special method names (normal, reflected, in-place). */
public enum BinaryOp {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"), MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"),
    AND("&", "and"), OR("|", "or"), XOR("^", "xor");

    public final String symbol;
    public final String dunder;
    public final String rdunder;
    public final String idunder;

    BinaryOp(String symbol, String base) {
        this.symbol = symbol;
        this.dunder = "__" + base + "__";
        this.rdunder = "__r" + base + "__";
        this.idunder = "__i" + base + "__";
    }

    private static final BinaryOp[] VALUES = values();

    public static BinaryOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
