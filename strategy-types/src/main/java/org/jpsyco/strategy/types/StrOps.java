package org.jpsyco.strategy.types;

import java.util.List;
import java.util.Set;

import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.jit.spi.Rep;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.jit.spi.SpecializerTool;

/**
 * The types strategy on strs beyond {@link ContainerOps}' operators: {@code s[i]} and the common
 * methods ({@code join}, {@code split}, {@code strip}/{@code lstrip}/{@code rstrip},
 * {@code lower}, {@code upper}, {@code startswith}, {@code endswith}, {@code find},
 * {@code replace}) called on an exact str, with their arguments promoted to strs (and ints where
 * a method takes a position). Each calls a helper that runs the method's own code without the
 * attribute lookup, the bound method and the argument array; an argument of another kind
 * declines, and the method itself then raises what CPython raises.
 */
final class StrOps {
    private StrOps() {
    }

    static final Set<String> METHODS = Set.of("join", "split", "strip", "lstrip", "rstrip", "lower", "upper",
            "startswith", "endswith", "find", "replace");

    /** {@code s[i]} with an int index. */
    static SValue item(SpecializerTool t, SValue s, SValue i) {
        return t.ofRef(t.helper("strCharAt", t.ref(s), t.i64(i)), PyKind.STR);
    }

    /** An argument as a str (promoted), or null when it is not one. */
    private static SValue str(SpecializerTool t, SValue v) {
        v = t.promote(v, PyKind.STR);
        return v.kind() == PyKind.STR ? v : null;
    }

    private static boolean isInt(SValue v) {
        return v.kind() == PyKind.INT && (v.rep() == Rep.I64 || v.isConstant());
    }

    static SValue call(SpecializerTool t, SValue s, String name, List<SValue> args) {
        int n = args.size();
        switch (name) {
            case "join" -> {
                return n != 1 ? null : t.ofRef(t.helper("strJoin", t.ref(s), t.ref(args.get(0))), PyKind.STR);
            }
            case "lower", "upper" -> {
                return n != 0 ? null : t.ofRef(t.helper(name.equals("lower") ? "strLower" : "strUpper", t.ref(s)),
                        PyKind.STR);
            }
            case "split" -> {
                if (n == 0) {
                    return t.ofRef(t.helper("strSplit", t.ref(s)), PyKind.LIST);
                }
                SValue sep = n == 1 ? str(t, args.get(0)) : null;
                return sep == null ? null : t.ofRef(t.helper("strSplitSep", t.ref(s), t.ref(sep)), PyKind.LIST);
            }
            case "strip", "lstrip", "rstrip" -> {
                long how = name.equals("strip") ? 3 : name.equals("lstrip") ? 1 : 2;
                if (n == 0) {
                    return t.ofRef(t.helper("strStrip", t.ref(s), t.constI64(how)), PyKind.STR);
                }
                SValue chars = n == 1 ? str(t, args.get(0)) : null;
                return chars == null ? null
                        : t.ofRef(t.helper("strStripChars", t.ref(s), t.ref(chars), t.constI64(how)), PyKind.STR);
            }
            case "startswith", "endswith" -> {
                SValue p = n >= 1 && n <= 2 ? str(t, args.get(0)) : null;
                if (p == null) {
                    return null;
                }
                if (n == 1) {
                    String h = name.equals("startswith") ? "strStartsWith" : "strEndsWith";
                    return t.ofI1(t.helper(h, t.ref(s), t.ref(p)));
                }
                SValue at = t.promote(args.get(1), PyKind.INT);
                if (!name.equals("startswith") || !isInt(at)) {
                    return null;
                }
                return t.ofI1(t.helper("strStartsWithAt", t.ref(s), t.ref(p), t.i64(at)));
            }
            case "find" -> {
                SValue sub = n >= 1 && n <= 2 ? str(t, args.get(0)) : null;
                if (sub == null) {
                    return null;
                }
                if (n == 1) {
                    return t.ofI64(t.helper("strFind", t.ref(s), t.ref(sub)));
                }
                SValue at = t.promote(args.get(1), PyKind.INT);
                return isInt(at) ? t.ofI64(t.helper("strFindFrom", t.ref(s), t.ref(sub), t.i64(at))) : null;
            }
            case "replace" -> {
                if (n != 2) {
                    return null;
                }
                SValue a = str(t, args.get(0));
                SValue b = a == null ? null : str(t, args.get(1));
                return b == null ? null : t.ofRef(t.helper("strReplace", t.ref(s), t.ref(a), t.ref(b)), PyKind.STR);
            }
            default -> {
                return null;
            }
        }
    }
}
