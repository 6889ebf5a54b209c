package org.jpsyco.strategy.types;

import java.util.List;

import org.jpsyco.frontend.python.jit.spi.Comparison;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.jit.spi.Rep;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.jit.spi.SpecializerTool;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;

/**
 * The types strategy on strs, lists, tuples and dicts: concatenation, ordering and {@code in} of
 * strs; slicing of strs, lists and tuples; {@code in} on lists and tuples; dict get, set,
 * {@code in} and {@code get()} (unboxed int keys as i64, any other key by reference through the
 * dict's own lookup); item stores into lists. Kinds are exact
 * (a subclass of any of these is an {@code object} to the specializer, so it takes the generic
 * path); unknown operands are promoted on what the profile saw, with a guess where the other
 * operand makes one likely (an int index suggests a list, a str key a dict).
 *
 * <p>Every fast path calls a runtime helper that does the common case directly and the rest
 * (out-of-range indexes, missing keys, odd slices) as the runtime's generic operation does, so
 * errors are CPython's, raised from the instruction. Dict helpers use the dict's own lookup: keys
 * hash and compare as anywhere else, and a dict mutated while a compiled loop runs is read live.
 */
final class ContainerOps {
    private ContainerOps() {
    }

    /** An int that fits 64 bits, in any representation (unboxed, constant, or its box: {@code t.i64} reads each). */
    static boolean isInt(SValue v) {
        return v.kind() == PyKind.INT;
    }

    /** An int or a bool as i64 (a bool index or slice bound is 0 or 1 in Python). */
    private static boolean isIndex(SValue v) {
        return isInt(v) || v.kind() == PyKind.BOOL;
    }

    /** {@code x + y} on two strs; null when either is not (after promotion). */
    static SValue concat(SpecializerTool t, SValue x, SValue y) {
        x = t.promote(x, PyKind.STR);
        y = t.promote(y, PyKind.STR);
        if (x.kind() != PyKind.STR || y.kind() != PyKind.STR) {
            return null;
        }
        return t.ofRef(t.helper("concatStr", t.ref(x), t.ref(y)), PyKind.STR);
    }

    /** A comparison of two strs: equality by value, ordering by code point. */
    static SValue compareStr(SpecializerTool t, Comparison op, SValue x, SValue y) {
        if (op == Comparison.EQ || op == Comparison.NE) {
            LirValue eq = t.helper("strEq", t.ref(x), t.ref(y));
            return t.ofI1(op == Comparison.EQ ? eq : t.op(LirOp.NOT_I1, eq));
        }
        LirValue c = t.helper("compareStr", t.ref(x), t.ref(y));
        LirOp test = switch (op) {
            case LT -> LirOp.LT_I64;
            case LE -> LirOp.LE_I64;
            case GT -> LirOp.GT_I64;
            default -> LirOp.GE_I64;
        };
        return t.ofI1(t.op(test, c, t.constI64(0)));
    }

    /**
     * {@code d[k]} for a dict. An unboxed int key is passed as i64; any other key goes by
     * reference through the dict's own lookup, which hashes and compares it exactly as the
     * generic path would (an exact dict has no {@code __missing__}; an unhashable key raises the
     * same TypeError).
     */
    static SValue dictItem(SpecializerTool t, SValue d, SValue key) {
        key = t.promote(key, PyKind.OBJECT);
        if (isInt(key)) {
            return t.ofRef(t.helper("dictItemInt", t.ref(d), t.i64(key)), PyKind.OBJECT);
        }
        return t.ofRef(t.helper("dictItem", t.ref(d), t.ref(key)), PyKind.OBJECT);
    }

    /** {@code container[key] = value} for lists (int index) and dicts (str or int key). */
    static SValue storeSubscript(SpecializerTool t, SValue container, SValue key, SValue value) {
        if (container.kind() == PyKind.OBJECT) {
            PyKind guess = key.kind() == PyKind.INT ? PyKind.LIST : key.kind() == PyKind.STR ? PyKind.DICT : PyKind.OBJECT;
            container = t.promote(container, guess);
        }
        if (container.kind() == PyKind.LIST) {
            key = t.promote(key, PyKind.INT);
            if (!isIndex(key)) {
                return null;
            }
            listStore(t, container, t.i64(key), value);
            return t.none();
        }
        if (container.kind() != PyKind.DICT) {
            return null;
        }
        key = t.promote(key, PyKind.OBJECT);
        if (isInt(key)) {
            t.helper("dictSetItemInt", t.ref(container), t.i64(key), t.ref(value));
        } else {
            t.helper("dictSetItem", t.ref(container), t.ref(key), t.ref(value));
        }
        return t.none();
    }

    /**
     * {@code list[i] = value}. A number computed unboxed goes to the list unboxed: a list of that
     * number's storage kind keeps it without a box (it has no identity yet; a box is made on the
     * first boxed read). Constants and references keep their identity, so they go by reference.
     */
    private static void listStore(SpecializerTool t, SValue list, LirValue index, SValue value) {
        if (value.rep() == Rep.F64 && !value.isConstant()) {
            t.helper("setListItemF64", t.ref(list), index, t.f64(value));
        } else if (value.rep() == Rep.I64 && value.kind() == PyKind.INT && !value.isConstant()) {
            t.helper("setListItemI64", t.ref(list), index, t.i64(value));
        } else {
            t.helper("setListItem", t.ref(list), index, t.ref(value));
        }
    }

    /** {@code list.append(v)}: an unboxed number appended unboxed, as {@link #listStore} stores it. */
    static SValue append(SpecializerTool t, SValue list, SValue value) {
        if (value.rep() == Rep.F64 && !value.isConstant()) {
            t.helper("appendToListF64", t.ref(list), t.f64(value));
        } else if (value.rep() == Rep.I64 && value.kind() == PyKind.INT && !value.isConstant()) {
            t.helper("appendToListI64", t.ref(list), t.i64(value));
        } else {
            t.helper("appendToList", t.ref(list), t.ref(value));
        }
        return t.none();
    }

    /** {@code list.pop()} and {@code list.pop(i)} with an int index; the helper raises the method's IndexErrors. */
    static SValue listPop(SpecializerTool t, SValue list, List<SValue> args) {
        if (args.size() > 1) {
            return null;
        }
        SValue i = args.isEmpty() ? null : t.promote(args.get(0), PyKind.INT);
        if (i != null && !isIndex(i)) {
            return null;
        }
        return t.ofRef(t.helper("listPop", t.ref(list), i == null ? t.constI64(-1) : t.i64(i)), PyKind.OBJECT);
    }

    /**
     * {@code s.add(x)}, {@code s.discard(x)}, {@code s.remove(x)} on an exact set: the set's own
     * table hashes and compares as the built-in methods do (an unhashable item raises their
     * TypeError, a missing one {@code remove}'s KeyError).
     */
    static SValue setMethod(SpecializerTool t, SValue set, String name, List<SValue> args) {
        if (args.size() != 1) {
            return null;
        }
        String helper = switch (name) {
            case "add" -> "setAdd";
            case "discard" -> "setDiscard";
            case "remove" -> "setRemove";
            default -> null;
        };
        if (helper == null) {
            return null;
        }
        t.helper(helper, t.ref(set), t.ref(args.get(0)));
        return t.none();
    }

    /** {@code item in container} for strs, lists, tuples, dicts and sets. */
    static SValue contains(SpecializerTool t, SValue item, SValue container) {
        // a str item suggests a str (a substring test), an int a set (membership of visited or used values)
        container = t.promote(container, item.kind() == PyKind.STR ? PyKind.STR : isInt(item) ? PyKind.SET : PyKind.OBJECT);
        item = t.promote(item, container.kind() == PyKind.STR ? PyKind.STR : PyKind.OBJECT);
        switch (container.kind()) {
            case STR -> {
                // a non-str operand raises TypeError: the generic path says so
                return item.kind() == PyKind.STR ? t.ofI1(t.helper("strContains", t.ref(container), t.ref(item))) : null;
            }
            case SET -> {
                return isInt(item) ? t.ofI1(t.helper("setContainsInt", t.ref(container), t.i64(item)))
                        : t.ofI1(t.helper("setContains", t.ref(container), t.ref(item)));
            }
            case DICT -> {
                return isInt(item) ? t.ofI1(t.helper("dictContainsInt", t.ref(container), t.i64(item)))
                        : t.ofI1(t.helper("dictContains", t.ref(container), t.ref(item)));
            }
            case LIST, TUPLE -> {
                if (container.kind() == PyKind.LIST && isInt(item)) {
                    return t.ofI1(t.helper("listContainsInt", t.ref(container), t.i64(item)));
                }
                return t.ofI1(t.helper("seqContains", t.ref(container), t.ref(item)));
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * {@code seq[start:stop]} and {@code seq[start:stop:step]} on a str, list or tuple with int (or
     * omitted) bounds and step. Without a step the helper slices directly, Python's clamping
     * included; with one, the runtime's slicing does it. Nothing here raises: a zero step leaves
     * (the interpreter raises ValueError from the subscript, with its traceback position), and
     * other bounds ({@code __index__} objects, wrong types) decline to the generic path.
     */
    static SValue slice(SpecializerTool t, SValue seq, SValue start, SValue stop, SValue step) {
        seq = t.promote(seq, PyKind.OBJECT);
        PyKind k = seq.kind();
        if (k != PyKind.STR && k != PyKind.LIST && k != PyKind.TUPLE) {
            return null;
        }
        SValue a = index(t, start);
        SValue b = index(t, stop);
        SValue c = step == null ? null : index(t, step);
        if (a == null || b == null || step != null && c == null) {
            return null;
        }
        if (c == null || c.kind() == PyKind.NONE) {
            String helper = k == PyKind.STR ? "sliceStr" : k == PyKind.LIST ? "sliceList" : "sliceTuple";
            return t.ofRef(t.helper(helper, t.ref(seq), bound(t, a, 0), bound(t, b, Long.MAX_VALUE)), k);
        }
        t.guard(t.op(LirOp.NE_I64, t.i64(c), t.constI64(0)));
        return t.ofRef(t.helper("sliceGeneric", t.ref(seq), t.ref(a), t.ref(b), t.ref(c)), k);
    }

    /** A slice operand as None or an int (promoted); null for anything else. */
    private static SValue index(SpecializerTool t, SValue v) {
        if (v.kind() == PyKind.NONE) {
            return v;
        }
        v = t.promote(v, PyKind.INT);
        return isIndex(v) ? v : null;
    }

    /** A step-1 slice bound as i64: {@code omitted} for None (0, or past any end). */
    private static LirValue bound(SpecializerTool t, SValue v, long omitted) {
        return v.kind() == PyKind.NONE ? t.constI64(omitted) : t.i64(v);
    }

    /** {@code d.get(k)} and {@code d.get(k, default)}, keys as {@link #dictItem} takes them. */
    static SValue dictGet(SpecializerTool t, SValue d, List<SValue> args) {
        if (args.isEmpty() || args.size() > 2) {
            return null;
        }
        SValue key = t.promote(args.get(0), PyKind.OBJECT);
        LirValue otherwise = t.ref(args.size() == 2 ? args.get(1) : t.none());
        if (isInt(key)) {
            return t.ofRef(t.helper("dictGetInt", t.ref(d), t.i64(key), otherwise), PyKind.OBJECT);
        }
        return t.ofRef(t.helper("dictGet", t.ref(d), t.ref(key), otherwise), PyKind.OBJECT);
    }

    /**
     * {@code d.pop(k)} and {@code d.pop(k, default)}, keys as {@link #dictItem} takes them; without
     * a default a missing key raises KeyError from the helper.
     */
    static SValue dictPop(SpecializerTool t, SValue d, List<SValue> args) {
        if (args.isEmpty() || args.size() > 2) {
            return null;
        }
        SValue key = t.promote(args.get(0), PyKind.OBJECT);
        boolean intKey = isInt(key);
        LirValue k = intKey ? t.i64(key) : t.ref(key);
        if (args.size() == 1) {
            return t.ofRef(t.helper(intKey ? "dictPopIntOrRaise" : "dictPopOrRaise", t.ref(d), k), PyKind.OBJECT);
        }
        return t.ofRef(t.helper(intKey ? "dictPopInt" : "dictPop", t.ref(d), k, t.ref(args.get(1))), PyKind.OBJECT);
    }
}
