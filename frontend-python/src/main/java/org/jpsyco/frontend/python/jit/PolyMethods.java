package org.jpsyco.frontend.python.jit;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.jit.AVal.Run;
import org.jpsyco.frontend.python.jit.AVal.Unboxed;
import org.jpsyco.frontend.python.jit.AVal.VMethod;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.objects.AttrCache;
import org.jpsyco.frontend.python.objects.InstanceMap;
import org.jpsyco.frontend.python.objects.PyDescriptors;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;

/**
 * Polymorphic method calls: {@code receiver.name(args)} at a site whose inline cache met several
 * classes, each resolving the name to a Python function of its own (an overridden method:
 * {@code c.execute()} where {@code c} is one of a few constraint classes, {@code task.step(p)}
 * over task subclasses).
 *
 * <p>The load leaves a virtual bound method (nothing is built); the call becomes a small inline
 * cache in the caller's code: one test per class the site met (the receiver is exactly that
 * class, the class still at the version it had, the instance not shadowing the name), each
 * entering that class's function directly (frameless and typed when it can be, else through a
 * direct call site), and past the last test the generic way (the bound method loaded, then
 * called), which is always correct. No assumption is taken: a class that changes, or a receiver
 * of a class never met, only takes the generic way, so no caller is invalidated and no site
 * deoptimizes over and over.
 */
final class PolyMethods {
    /** The most classes one site dispatches on in compiled code (an {@link AttrCache} keeps as many). */
    static final int MAX_CLASSES = 8;

    /** The classes a site met, each with its map and the function it resolves the name to. */
    private record Table(PyType[] types, long[] versions, InstanceMap[] maps, PyObject[] methods) {
    }

    private final Specializer s;
    /** The virtual bound methods this specializer made at polymorphic sites, with their tables. */
    private final Map<VMethod, Table> tables = new IdentityHashMap<>();

    PolyMethods(Specializer s) {
        this.s = s;
    }

    /**
     * {@code LOAD_ATTR name} (method form, called at once) on a receiver of unknown class: a
     * virtual bound method when the site's cache says which functions its classes resolve the
     * name to; null otherwise (nothing emitted).
     */
    VMethod load(int nameIndex) {
        if (!(s.peek(1) instanceof Run r) || r.kind() != PyKind.OBJECT || !(s.ctx instanceof JitRuntime)) {
            return null;
        }
        String name = s.co.names[nameIndex];
        if (name.startsWith("__")) {
            return null;
        }
        // the class is tested at the call: only plain loads may run between (an argument's
        // attribute load could run code rebinding the method after Python looked it up)
        for (int at = s.pc + 1; Opcode.of(s.co.code[at]) != Opcode.CALL; at++) {
            Opcode o = Opcode.of(s.co.code[at]);
            if (o != Opcode.LOAD_FAST && o != Opcode.LOAD_CONST) {
                return null;
            }
        }
        Object[] seen = AttrCache.seenMethods(s.co.caches()[s.pc]);
        if (seen == null || ((PyType[]) seen[0]).length > MAX_CLASSES) {
            s.notes.add("  " + s.pc + " LOAD_ATTR (line " + s.co.lineOf(s.pc) + "): method " + name + " not dispatched: "
                    + AttrCache.describe(s.co.caches()[s.pc]));
            return null;
        }
        PyObject[] fs = (PyObject[]) seen[3];
        VMethod m = new VMethod(r, name, nameIndex, null);
        tables.put(m, new Table((PyType[]) seen[0], (long[]) seen[1], (InstanceMap[]) seen[2], fs));
        return m;
    }

    /**
     * {@code CALL argc} of a virtual bound method {@link #load} made: the dispatch, with the
     * arguments and the method popped and the result pushed; false (nothing emitted) for any
     * other callee.
     */
    boolean call(AVal fn, int argc) {
        if (!(fn instanceof VMethod m) || !tables.containsKey(m) || argc + 1 > CallSites.MAX_FIXED) {
            return false;
        }
        Table t = tables.get(m);
        AVal[] args = new AVal[argc];
        for (int i = 0; i < argc; i++) {
            args[i] = s.peek(argc - i);
        }
        LirValue receiver = s.value(m.receiver());
        LirValue name = s.nameConst(m.nameIndex());
        int merge = s.b.newBlock(LirType.REF);
        for (int k = 0; k < t.types.length; k++) {
            LirValue test = s.b.call(s.helpers.target("inheritsMethod"), null, receiver,
                    s.refConst("class " + t.types[k].name(), t.types[k]), s.i64(t.versions[k]),
                    s.refConst(String.valueOf(t.maps[k]), t.maps[k] == null ? Boolean.FALSE : t.maps[k]), name);
            int hit = s.b.newBlock();
            int next = s.b.newBlock();
            s.b.branch(test, Target.to(hit), Target.to(next));
            s.b.switchTo(hit);
            s.b.jump(Target.to(merge, direct(t.methods[k], m.receiver(), receiver, args)));
            s.b.switchTo(next);
        }
        // a class not met, a changed class, a shadowing instance attribute: the generic way
        LirValue bound = s.b.call(s.helpers.target("loadAttr"), s.here, receiver, name, s.caches(), s.i64(s.pc));
        LirValue[] ops = new LirValue[argc + 3];
        ops[0] = s.frame;
        ops[1] = s.i64(s.pc);
        ops[2] = bound;
        for (int i = 0; i < argc; i++) {
            ops[3 + i] = ref(args[i]);
        }
        LirValue generic = s.b.call(s.helpers.target("call" + argc), s.here, ops);
        s.b.jump(Target.to(merge, generic));
        s.b.switchTo(merge);
        s.counted("method polymorphic");
        s.notes.add("  " + s.pc + " CALL (line " + s.co.lineOf(s.pc) + "): polymorphic " + m.name() + " over "
                + t.types.length + " classes");
        for (int i = 0; i <= argc; i++) {
            s.pop();
        }
        s.push(new Run(s.b.params(merge).get(0), false));
        return true;
    }

    /**
     * The call of {@code method} in a branch where the receiver's class is known: a function with
     * the receiver first, a static method's function with the arguments alone; the result as a
     * reference.
     */
    private LirValue direct(PyObject method, AVal receiverVal, LirValue receiver, AVal[] args) {
        boolean bound = method instanceof PyFunction;
        PyFunction f = bound ? (PyFunction) method : (PyFunction) ((PyDescriptors.StaticMethod) method).function;
        int skip = bound ? 0 : 1;
        AVal[] all = new AVal[args.length + 1 - skip];
        if (bound) {
            all[0] = receiverVal;
        }
        System.arraycopy(args, 0, all, 1 - skip, args.length);
        AVal typed = CallSites.typedCall(s, f, all);
        if (typed != null) {
            s.counted("method frameless");
            return ref(typed);
        }
        s.counted("method direct");
        LirValue[] ops = new LirValue[all.length];
        for (int i = 0; i < all.length; i++) {
            ops[i] = bound && i == 0 ? receiver : ref(all[i]);
        }
        return CallSites.callKnown(s, f, s.refConst("function " + f.qualname, f), ops);
    }

    /**
     * A value as a reference, emitted in the current branch without changing the abstract frame:
     * an unboxed number gets a box of its own here (the specializer's own boxing would make every
     * slot holding the number hold this box, which does not dominate the other branches).
     */
    private LirValue ref(AVal v) {
        if (v instanceof Unboxed u) {
            return switch (u.value().type()) {
                case I64 -> s.b.call(s.helpers.target("boxInt"), null, u.value());
                case F64 -> s.b.call(s.helpers.target("boxFloat"), null, u.value());
                default -> s.b.call(s.helpers.target("boxBool"), null, u.value());
            };
        }
        return s.value(v);
    }
}
