package org.jpsyco.frontend.python.jit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.jit.AVal.Const;
import org.jpsyco.frontend.python.jit.AVal.Run;
import org.jpsyco.frontend.python.jit.AVal.VMethod;
import org.jpsyco.frontend.python.jit.spi.Comparison;
import org.jpsyco.frontend.python.jit.spi.Operator;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.objects.AttrCache;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.lir.LirValue;

/**
 * The specializer's side of compile-time constants ({@link Tool} delegates to it): globals,
 * builtins and attributes of constant modules and classes made constants under namespace version
 * tags ({@link NamespaceWatch}), each load guarded by a check of its assumptions; and folding of
 * pure operations on constants of immutable built-in types, which runs the runtime's own
 * operation now and keeps it for run time when it raises or would build something large.
 */
final class Constants {
    /** CPython's folding limits: results past these stay run-time operations. */
    static final int MAX_INT_BITS = 128;
    static final int MAX_STR_SIZE = 4096;
    static final int MAX_COLLECTION_SIZE = 256;

    private final Specializer s;
    private final Tool tool;
    /** The assumptions the version being made depends on. */
    final List<Assumption> assumed = new ArrayList<>();
    /** Builtins made constants, by identity, with the name strategies know them by ({@code len}, {@code math.sqrt}). */
    private final Map<Object, String> builtinNames = new IdentityHashMap<>();
    /** The global names this code object binds or deletes itself; made on first use. */
    private java.util.Set<String> storedNames;

    Constants(Specializer s, Tool tool) {
        this.s = s;
        this.tool = tool;
    }

    /** The name strategies know a constant builtin callee by, or null. */
    String builtinName(Const c) {
        return builtinNames.get(c.value());
    }

    private void named(PyObject v, String name) {
        if (v instanceof PyBuiltinFunction || v instanceof PyType) {
            builtinNames.putIfAbsent(v, name);
        }
    }

    // ---- globals, builtins, attributes

    SValue assumeGlobal(String name) {
        if (s.seen == null || s.seen.globals == null || storesName(name)) {
            return null;
        }
        // LOAD_NAME (module-level code): the frame's locals must be its globals, as at compile time
        String suffix = Opcode.of(s.co.code[s.pc]) == Opcode.LOAD_NAME ? "AsName" : "";
        if (!suffix.isEmpty() && s.seen.locals != s.seen.globals) {
            return null;
        }
        PyDict g = s.seen.globals;
        PyStr key = new PyStr(name);
        PyObject v = g.get(key);
        NamespaceWatch gw = NamespaceWatch.of(g, "global");
        if (gw == null) {
            return null;
        }
        if (v != null) {
            Assumption a = gw.assume(name);
            if (a == null) {
                return null;
            }
            assumed.add(a);
            if (!namespaceSwitched(List.of(a), "globalsAre" + suffix, s.refConst("globals", g))) {
                tool.guard(s.b.call(s.helpers.target("globalHolds" + suffix), null, s.frame, s.refConst("globals", g),
                        s.refConst("assumption", a)));
            }
            named(v, name);
            return new Const(v, "g:" + name);
        }
        PyDict b = s.seen.builtins;
        v = b == null ? null : b.get(key);
        NamespaceWatch bw = b == null ? null : NamespaceWatch.of(b, "builtin");
        if (v == null || bw == null) {
            return null;
        }
        Assumption absent = gw.assume(name);
        Assumption bound = bw.assume(name);
        if (absent == null || bound == null) {
            return null;
        }
        assumed.add(absent);
        assumed.add(bound);
        if (namespaceSwitched(List.of(absent, bound), "namespacesAre" + suffix, s.refConst("globals", g),
                s.refConst("builtins", b))) {
            named(v, name);
            return new Const(v, "b:" + name);
        }
        tool.guard(s.b.call(s.helpers.target("builtinHolds" + suffix), null, s.frame, s.refConst("globals", g),
                s.refConst("builtins", b), s.refConst("assumption", absent), s.refConst("assumption", bound)));
        named(v, name);
        return new Const(v, "b:" + name);
    }

    /**
     * Guards that the namespace assumptions {@code as} stand with switch points
     * ({@link AssumptionSwitches}), the frame running with the namespaces assumed: {@code
     * frameTest} on the frame and {@code namespaces} tests that, except in a frameless typed
     * version, whose frame is its template, which always runs with them. False without a runtime
     * to hold the switch points.
     */
    private boolean namespaceSwitched(List<Assumption> as, String frameTest, LirValue... namespaces) {
        if (s.typedKinds != null) {
            return switched(as.toArray(new Assumption[0]));
        }
        AssumptionSwitches sw = s.switches();
        if (sw == null) {
            return false;
        }
        LirValue[] ops = new LirValue[namespaces.length + 2];
        ops[0] = s.frame;
        System.arraycopy(namespaces, 0, ops, 1, namespaces.length);
        ops[ops.length - 1] = s.refConst("assumption", as.get(0));
        tool.guard(s.b.call(sw.target(as, frameTest), null, ops));
        return true;
    }

    /**
     * Depends on the class or module bindings {@code as} and checks them here: code run since the
     * last check (a store into the class, a call) may have broken them, and the version's
     * invalidation only stops running activations at their next safepoint.
     */
    void guardHolds(Assumption... as) {
        for (Assumption a : as) {
            assumed.add(a);
        }
        if (!switched(as)) {
            for (Assumption a : as) {
                tool.guard(s.b.call(s.helpers.target("attributeHolds"), null, s.refConst("assumption", a)));
            }
        }
    }

    /** Guards that every assumption of {@code as} stands with a switch point; false without a runtime to hold it. */
    private boolean switched(Assumption... as) {
        AssumptionSwitches sw = s.switches();
        if (sw == null) {
            return false;
        }
        tool.guard(s.b.call(sw.target(List.of(as)), null, s.refConst("assumption", as[0])));
        return true;
    }

    /**
     * Whether this code object itself binds or deletes the global {@code name} from its entry on
     * (a counter, a loop variable of module-level code entered at a loop head; the definitions
     * before that loop do not count): such a name is a variable, and assuming it would only cost
     * recompilations.
     */
    private boolean storesName(String name) {
        if (storedNames == null) {
            storedNames = new java.util.HashSet<>();
            for (int pc = s.entryPc; pc < s.co.code.length; pc++) {
                int instr = s.co.code[pc];
                Opcode op = Opcode.of(instr);
                if (op == Opcode.STORE_GLOBAL || op == Opcode.DELETE_GLOBAL || op == Opcode.STORE_NAME
                        || op == Opcode.DELETE_NAME) {
                    storedNames.add(s.co.names[Opcode.argOf(instr)]);
                }
            }
        }
        return storedNames.contains(name);
    }

    SValue assumeAttribute(SValue owner, String name) {
        if (!(owner instanceof Const c) || name.startsWith("__")) {
            return null;
        }
        PyObject v;
        Assumption a;
        String label;
        if (c.value() instanceof PyModule m) {
            v = m.dict().getStr(name);
            NamespaceWatch w = v == null ? null : NamespaceWatch.of(m.dict(), "module " + m.name);
            a = w == null ? null : w.assume(name);
            label = m.name + "." + name;
        } else if (c.value() instanceof PyType t && t.heap && t.type() == PyType.TYPE) {
            // a class of metaclass type: nothing intercepts the lookup along its MRO
            v = t.lookup(name);
            if (!(v instanceof PyFunction || pure(v))) {
                return null; // descriptors (staticmethod, classmethod, property) bind: left to run time
            }
            NamespaceWatch w = NamespaceWatch.of(t);
            a = w == null ? null : w.assume(name);
            label = t.name() + "." + name;
        } else {
            return null;
        }
        if (v == null || a == null) {
            return null;
        }
        guardHolds(a);
        named(v, label);
        return new Const(v, "a:" + label);
    }

    /**
     * {@code receiver.name} about to be called, where the load site's inline cache met one class
     * only: the function the class's MRO holds for the name, as a virtual bound method, behind a
     * guard that the receiver is of that class and its instance dict lacks the name (which would
     * shadow the function), the binding of the name (and of {@code __getattribute__}) in the
     * class assumed.
     */
    SValue resolveMethod(SValue receiver, int nameIndex) {
        if (!(receiver instanceof Run r) || r.kind() != PyKind.OBJECT) {
            return null;
        }
        PyType t = AttrCache.monomorphic(s.co.caches()[s.pc]);
        if (t == null || !t.heap || t.lookup("__getattribute__") != PyType.OBJECT.lookup("__getattribute__")) {
            return null;
        }
        String name = s.co.names[nameIndex];
        if (!(t.lookup(name) instanceof PyFunction f) || name.startsWith("__")) {
            return null;
        }
        NamespaceWatch w = NamespaceWatch.of(t);
        Assumption a = w == null ? null : w.assume(name);
        Assumption g = w == null ? null : w.assume("__getattribute__");
        if (a == null || g == null) {
            return null;
        }
        assumed.add(a);
        assumed.add(g);
        tool.guard(s.b.call(s.helpers.target("methodHolds"), null, r.value(), s.refConst("class " + t.name(), t),
                s.refConst("assumption", a), s.nameConst(nameIndex)));
        return new VMethod(r, name, nameIndex, f);
    }

    // ---- folding

    /** Whether {@code v} is an object of an immutable built-in type whose operations run no Python code. */
    static boolean pure(Object v) {
        if (v == null) {
            return false;
        }
        Class<?> k = v.getClass();
        if (v == PySingleton.NONE || k == PyBool.class) {
            return true;
        }
        if (k == PyInt.class) {
            return ((PyInt) v).isPlain();
        }
        if (k == PyFloat.class) {
            return ((PyFloat) v).isExact();
        }
        if (k == PyStr.class) {
            return ((PyStr) v).type() == PyStr.TYPE;
        }
        if (k == PyTuple.class && ((PyTuple) v).type() == PyTuple.TYPE) {
            for (PyObject x : ((PyTuple) v).items) {
                if (!pure(x)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static PyObject constant(SValue v) {
        return v instanceof Const c && pure(c.value()) ? c.value() : null;
    }

    SValue foldBinary(Operator op, SValue x, SValue y) {
        PyObject a = constant(x);
        PyObject b = constant(y);
        if (a == null || b == null || op == Operator.MATMUL || !smallEnough(op, a, b)) {
            return null;
        }
        try {
            return result((PyObject) JitHelpers.binaryOp(a, b, op.ordinal()));
        } catch (RuntimeException e) {
            return null; // it raises at run time, with its traceback
        }
    }

    /** Refuses before computing what could take long or build something large. */
    private static boolean smallEnough(Operator op, PyObject a, PyObject b) {
        switch (op) {
            case POW -> {
                if (a instanceof PyInt i && b instanceof PyInt j && !(a instanceof PyBool && b instanceof PyBool)) {
                    if (j.isBig() || j.value < 0) {
                        return !j.isBig();
                    }
                    long bits = i.isBig() ? i.toBig().bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs(i.value));
                    return bits * j.value <= MAX_INT_BITS;
                }
                return true;
            }
            case LSHIFT -> {
                return b instanceof PyInt j && !j.isBig() && j.value <= MAX_INT_BITS;
            }
            case MUL -> {
                return repeatSize(a, b) <= MAX_STR_SIZE && repeatSize(b, a) <= MAX_STR_SIZE;
            }
            default -> {
                return true;
            }
        }
    }

    /** The size {@code seq * n} would have (0 when {@code seq} is no sequence or {@code n} no int). */
    private static long repeatSize(PyObject seq, PyObject n) {
        long len = seq instanceof PyStr str ? str.value().length() : seq instanceof PyTuple t ? t.size() : 0;
        if (len == 0 || !(n instanceof PyInt i)) {
            return 0;
        }
        return i.isBig() ? Long.MAX_VALUE : len * Math.max(0, Math.min(i.value, Integer.MAX_VALUE));
    }

    /** A folded result as a constant, unless it is large. */
    private static SValue result(PyObject r) {
        if (r instanceof PyInt i && i.isBig() && i.toBig().bitLength() > MAX_INT_BITS) {
            return null;
        }
        if (r instanceof PyStr str && str.value().length() > MAX_STR_SIZE) {
            return null;
        }
        if (r instanceof PyTuple t && t.size() > MAX_COLLECTION_SIZE) {
            return null;
        }
        return pure(r) ? Specializer.constOf(r, "k:") : null;
    }

    SValue foldCompare(Comparison op, SValue x, SValue y) {
        PyObject a = constant(x);
        PyObject b = constant(y);
        if (a == null || b == null) {
            return null;
        }
        try {
            return result((PyObject) JitHelpers.compareOp(a, b, op.ordinal()));
        } catch (RuntimeException e) {
            return null; // it raises at run time
        }
    }

    SValue foldTruth(SValue x) {
        PyObject a = constant(x);
        return a == null ? null : new Const(PyBool.of(JitHelpers.isTrue(a)), "k:bool");
    }

    SValue foldLen(SValue x) {
        PyObject a = constant(x);
        if (a instanceof PyStr str) {
            return Specializer.constOf(PyInt.of(str.length()), "k:");
        }
        if (a instanceof PyTuple t) {
            return Specializer.constOf(PyInt.of(t.size()), "k:");
        }
        return null;
    }

    SValue foldTuple(List<SValue> items) {
        if (items.size() > MAX_COLLECTION_SIZE) {
            return null;
        }
        PyObject[] xs = new PyObject[items.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = constant(items.get(i));
            if (xs[i] == null) {
                return null;
            }
        }
        return Specializer.constOf(PyTuple.of(xs), "k:");
    }
}
