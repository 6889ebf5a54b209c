package org.jpsyco.frontend.python.jit;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.jit.AVal.Const;
import org.jpsyco.frontend.python.jit.AVal.Run;
import org.jpsyco.frontend.python.jit.AVal.Unboxed;
import org.jpsyco.frontend.python.jit.AVal.VMethod;
import org.jpsyco.frontend.python.jit.AVal.VRange;
import org.jpsyco.frontend.python.jit.AVal.VRangeIter;
import org.jpsyco.frontend.python.jit.AVal.VTuple;
import org.jpsyco.frontend.python.jit.spi.Comparison;
import org.jpsyco.frontend.python.jit.spi.Operator;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.jit.spi.PythonStrategy;
import org.jpsyco.frontend.python.jit.spi.SValue;
import org.jpsyco.frontend.python.jit.spi.SpecializerTool;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;

/**
 * The strategies' side of the specializer: consults the active {@link PythonStrategy}s, in policy
 * order, for the instructions that benefit, and is the {@link SpecializerTool} they emit with.
 * Also where the specializer's own typed knowledge lives: type promotion (guards on the kind a
 * profile saw or a strategy guessed), kinds at entry, compile-time hints for globals and module
 * attributes (behind identity guards), and counted loops over {@code range}.
 *
 * <p>Protocol of {@link #specialize}: called with the instruction's operands still on the
 * abstract stack; returns false (nothing popped, maybe a guard emitted) when the generic
 * meta-implementation must run, or true after doing the whole instruction, with
 * {@link #continues()} telling whether the block goes on.
 */
final class Tool extends ToolPrimitives {
    private final List<StrategyBinding> strategies;
    private final PolyMethods poly;
    private boolean ended;

    Tool(Specializer s, List<StrategyBinding> strategies) {
        super(s);
        this.strategies = strategies;
        this.poly = new PolyMethods(s);
    }

    boolean continues() {
        return !ended;
    }

    // ---- the instructions that consult strategies

    boolean specialize(Opcode op, int arg) {
        ended = false;
        if (strategies.isEmpty()) {
            return false;
        }
        if (s.profile.generic(s.pc)) {
            // a guard failed here before; a polymorphic method call has none, so it still applies
            return op == Opcode.LOAD_ATTR && calledAtOnce() && replaceTop(1, poly.load(arg))
                    || op == Opcode.CALL && poly.call(s.peek(arg + 1), arg);
        }
        return switch (op) {
            case BINARY_OP -> replaceTop(2, OperatorCalls.binary(s, arg)) || !OperatorCalls.metInstances(s)
                    && replaceTop(2, consult(op, st -> st.binaryOp(this, Operator.of(arg & 15), s.peek(2), s.peek(1))));
            // operands profiled as instances of user classes: guessing numbers would only fail
            case COMPARE_OP -> !OperatorCalls.metInstances(s)
                    && replaceTop(2, consult(op, st -> st.compare(this, Comparison.of(arg), s.peek(2), s.peek(1))));
            case UNARY_NEGATIVE -> replaceTop(1, consult(op, st -> st.negative(this, s.peek(1))));
            case UNARY_NOT -> {
                LirValue t = truth(s.peek(1));
                yield t != null && replaceTop(1, new Unboxed(s.b.op(LirOp.NOT_I1, t), PyKind.BOOL));
            }
            case BINARY_SUBSCR -> replaceTop(2, consult(op, st -> st.subscript(this, s.peek(2), s.peek(1))));
            case BUILD_SLICE -> slice(arg);
            case STORE_SUBSCR -> {
                if (consult(op, st -> st.storeSubscript(this, s.peek(2), s.peek(1), s.peek(3))) == null) {
                    yield false;
                }
                s.pop();
                s.pop();
                s.pop();
                yield true;
            }
            case CONTAINS_OP -> {
                AVal r = consult(op, st -> st.contains(this, s.peek(2), s.peek(1)));
                yield r != null && replaceTop(2, arg == 0 ? r : new Unboxed(s.b.op(LirOp.NOT_I1, i1(r)), PyKind.BOOL));
            }
            case IS_OP -> {
                // an identity test as an i1 a branch takes as it is (no bool object, no truth call)
                LirValue same = s.b.op(LirOp.EQ_REF, s.value(s.peek(2)), s.value(s.peek(1)));
                yield replaceTop(2, new Unboxed(arg == 0 ? same : s.b.op(LirOp.NOT_I1, same), PyKind.BOOL));
            }
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> conditionalJump(op == Opcode.POP_JUMP_IF_TRUE, arg);
            case CALL -> call(arg);
            case LOAD_ATTR -> method(arg)
                    || replaceTop(1, consult(op, st -> st.loadAttribute(this, s.peek(1), s.co.names[arg])))
                    || calledAtOnce() && replaceTop(1, poly.load(arg));
            case STORE_ATTR -> storeAttr(arg);
            case LOAD_GLOBAL -> replaceTop(0, consult(op, st -> st.loadGlobal(this, s.co.names[arg])));
            // module-level code, whose locals are its globals, loads names as globals
            case LOAD_NAME -> s.seen != null && s.seen.locals == s.seen.globals
                    && replaceTop(0, consult(op, st -> st.loadGlobal(this, s.co.names[arg])));
            case GET_ITER -> rangeIter() || sequenceIter();
            case BUILD_TUPLE -> virtualTuple(arg) || replaceTop(arg, consult(op, st -> st.buildTuple(this, top(arg))));
            case UNPACK_SEQUENCE -> unpackVirtual(arg);
            case FOR_ITER -> counted(arg);
            default -> false;
        };
    }

    /** The top {@code n} values of the stack, bottom first, not popped. */
    private List<SValue> top(int n) {
        List<SValue> xs = new ArrayList<>(n);
        for (int i = n; i >= 1; i--) {
            xs.add(s.peek(i));
        }
        return xs;
    }

    private interface Hook {
        SValue apply(PythonStrategy st);
    }

    private AVal consult(Opcode op, Hook hook) {
        for (StrategyBinding sb : strategies) {
            current = sb;
            SValue r = hook.apply(sb.strategy());
            if (r != null) {
                took(sb, op.name());
                current = null;
                return (AVal) r;
            }
        }
        current = null;
        return null;
    }

    private void took(StrategyBinding sb, String what) {
        s.used.add(sb);
        s.counts.computeIfAbsent(sb.name(), n -> new long[3])[0]++;
        s.notes.add("  " + s.pc + " " + what + " (line " + s.co.lineOf(s.pc) + "): " + sb.name());
    }

    @Override
    void count(int which) {
        if (current != null) {
            s.used.add(current);
            s.counts.computeIfAbsent(current.name(), n -> new long[3])[which]++;
        }
    }

    private boolean replaceTop(int n, AVal result) {
        if (result == null) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            s.pop();
        }
        s.push(result);
        return true;
    }

    /**
     * {@code BUILD_SLICE} immediately subscripted: both instructions at once, the slice never
     * built. Exits inside leave at the {@code BUILD_SLICE}, whose operands are still on the frame.
     */
    private boolean slice(int argc) {
        int next = s.pc + 1;
        if (next >= s.co.code.length || Opcode.of(s.co.code[next]) != Opcode.BINARY_SUBSCR || s.isLeader(next)) {
            return false;
        }
        SValue container = s.peek(argc + 1);
        SValue start = s.peek(argc);
        SValue stop = s.peek(argc - 1);
        SValue step = argc == 3 ? s.peek(1) : null;
        AVal r = consult(Opcode.BUILD_SLICE, st -> st.slice(this, container, start, stop, step));
        if (r == null) {
            return false;
        }
        replaceTop(argc + 1, r);
        s.pc = next; // the specializer's loop steps past the BINARY_SUBSCR
        return true;
    }

    /** The truth of {@code v} as an i1, when it is known without a generic call. */
    private LirValue truth(AVal v) {
        if (v instanceof Unboxed u && u.kind() == PyKind.BOOL) {
            return u.value();
        }
        AVal r = consult(Opcode.POP_JUMP_IF_TRUE, st -> st.truth(this, v));
        return r == null ? null : i1(r);
    }

    private boolean conditionalJump(boolean jumpIfTrue, int to) {
        AVal v = s.peek(1);
        if (s.typed && v instanceof Const c && (c.value() instanceof PyInt || c.value() == PySingleton.NONE)) {
            boolean t = c.value() instanceof PyInt i && (i.isBig() || i.value != 0);
            s.pop();
            s.b.jump(s.target(t == jumpIfTrue ? to : s.pc + 1));
            ended = true;
            return true;
        }
        if (v instanceof Const) {
            // a constant's truth folded by a strategy: only the branch taken is specialized
            AVal r = consult(Opcode.POP_JUMP_IF_TRUE, st -> st.truth(this, v));
            if (r instanceof Const c && (c.value() == PyBool.TRUE || c.value() == PyBool.FALSE)) {
                s.pop();
                s.b.jump(s.target((c.value() == PyBool.TRUE) == jumpIfTrue ? to : s.pc + 1));
                ended = true;
                return true;
            }
            if (r != null) {
                s.pop();
                s.branch(i1(r), jumpIfTrue, to);
                ended = true;
                return true;
            }
            return false;
        }
        LirValue t = truth(v);
        if (t == null) {
            return false;
        }
        s.pop();
        s.branch(t, jumpIfTrue, to);
        ended = true;
        return true;
    }

    // ---- calls of known builtins and methods, counted ranges

    private boolean call(int argc) {
        AVal fn = s.peek(argc + 1);
        List<SValue> args = new ArrayList<>(argc);
        for (int i = argc; i >= 1; i--) {
            args.add(s.peek(i));
        }
        if (fn instanceof VMethod m && m.function() instanceof PyFunction f && argc + 4 <= HelperTable.MAX_ARITY) {
            // function(receiver, *args): what calling the bound method does, without building it
            AVal typed = CallSites.typedMethodCall(s, f, m.receiver(), argc);
            if (typed != null) {
                return replaceTop(argc + 1, typed);
            }
            LirValue[] all = new LirValue[argc + 1];
            all[0] = s.value(m.receiver());
            for (int i = 0; i < argc; i++) {
                all[1 + i] = s.value((AVal) args.get(i));
            }
            LirValue call = CallSites.callKnown(s, f, s.refConst("function " + f.qualname, f), all);
            return replaceTop(argc + 1, new Run(call, false));
        }
        if (poly.call(fn, argc)) {
            return true;
        }
        if (fn instanceof VMethod m) {
            return replaceTop(argc + 1, consult(Opcode.CALL, st -> st.callMethod(this, m.receiver(), m.name(), args)));
        }
        // a constant callee (its binding assumed) needs no guard; a hinted one is guarded on its identity
        String name = fn instanceof Const c ? constants.builtinName(c) : fn instanceof Run r ? r.hintName() : null;
        if (name == null) {
            return false;
        }
        StrategyBinding knows = null;
        for (StrategyBinding sb : strategies) {
            if (sb.strategy().knowsBuiltin(name) || name.equals("range") && sb.strategy().countsRanges()) {
                knows = sb;
                break;
            }
        }
        if (knows == null) {
            return false;
        }
        if (fn instanceof Run r) {
            // promote the callee: code specialized to the builtin seen at compile time, leaving if it was rebound
            DeoptDescriptor d = s.describe(new ExitSite("callee " + name + " rebound", -1, null, knows.name()));
            LirValue same = s.b.op(LirOp.EQ_REF, r.value(), s.refConst("builtin:" + name, r.hint()));
            s.b.guard(LirOp.GUARD_TRUE, d, same);
            s.counts.computeIfAbsent(knows.name(), n -> new long[3])[1]++;
        }
        if (name.equals("range") && knows.strategy().countsRanges()) {
            current = knows;
            AVal range = range(args);
            current = null;
            if (range != null) {
                took(knows, "CALL range");
                return replaceTop(argc + 1, range);
            }
            return false;
        }
        AVal res = consult(Opcode.CALL, st -> st.knowsBuiltin(name) ? st.callBuiltin(this, name, args) : null);
        return replaceTop(argc + 1, res);
    }

    /** {@code range(...)} with int bounds and a constant non-zero step, as a virtual range; null otherwise. */
    private AVal range(List<SValue> args) {
        if (args.isEmpty() || args.size() > 3) {
            return null;
        }
        AVal step = Specializer.constOf(PyInt.of(1), "k:");
        if (args.size() == 3) {
            if (!(args.get(2) instanceof Const c && TypedHelpers.isInt(c.value()) && ((PyInt) c.value()).value != 0)) {
                return null;
            }
            step = c;
        }
        AVal start = args.size() == 1 ? Specializer.constOf(PyInt.of(0), "k:") : intArg(args.get(0));
        AVal stop = intArg(args.get(args.size() == 1 ? 0 : 1));
        if (start == null || stop == null) {
            return null;
        }
        return new VRange(start, stop, step);
    }

    private AVal intArg(SValue v) {
        AVal a = (AVal) promote(v, PyKind.INT);
        return a.kind() == PyKind.INT ? a : null;
    }

    private boolean rangeIter() {
        if (!(s.peek(1) instanceof VRange r)) {
            return false;
        }
        long step = ((PyInt) ((Const) r.step()).value()).value;
        return replaceTop(1, new VRangeIter(i64(r.start()), i64(r.stop()), s.b.constI64(step), step > 0));
    }

    /**
     * {@code iter(seq)} of a list or tuple: the runtime's own iterator, known by kind, so that
     * {@code FOR_ITER} steps it directly (by index, the list's live length read at each step)
     * instead of through the iterator protocol. The iterator is a real object: exits and merge
     * points need nothing special, and a shared one stays shared.
     */
    private boolean sequenceIter() {
        AVal seq = s.peek(1);
        if (seq.kind() != PyKind.LIST && seq.kind() != PyKind.TUPLE) {
            return false;
        }
        StrategyBinding counts = sequenceCounter();
        if (counts == null) {
            return false;
        }
        LirValue it = s.call("getIter", s.value(seq));
        took(counts, "GET_ITER " + seq.kind().text());
        return replaceTop(1, new Run(it, PyKind.SEQUENCE_ITERATOR));
    }

    private StrategyBinding sequenceCounter() {
        for (StrategyBinding sb : strategies) {
            if (sb.strategy().countsSequences()) {
                return sb;
            }
        }
        return null;
    }

    /**
     * At an on-stack-replacement entry: a running range iterator the frame loops over is guarded
     * on its class, and the loop then steps it with typed helpers (no int objects built). The
     * iterator itself is stepped, never a copy of its position: it may be shared.
     */
    void iteratorAtEntry(Run r, int slot, PyObject actual) {
        if (s.profile.at(s.pc, slot) != null) {
            return;
        }
        StrategyBinding counts = TypedHelpers.isSequenceIterator(actual) ? sequenceCounter() : null;
        if (counts != null) {
            current = counts;
            guardKind(r, slot, PyKind.SEQUENCE_ITERATOR);
            current = null;
            return;
        }
        if (!TypedHelpers.isRangeIterator(actual)) {
            return;
        }
        for (StrategyBinding sb : strategies) {
            if (sb.strategy().countsRanges()) {
                current = sb;
                DeoptDescriptor d = s.describe(new ExitSite("type guard: range_iterator expected", slot, PyKind.OBJECT,
                        sb.name()));
                s.b.guard(LirOp.GUARD_TRUE, d, s.b.call(s.helpers.target("isRangeIterator"), null, r.value()));
                s.replace(r, new Run(r.value(), false, PyKind.RANGE_ITERATOR, null, null));
                count(2);
                current = null;
                return;
            }
        }
    }

    private boolean counted(int exhaustedAt) {
        if (s.peek(1) instanceof Run r && r.kind() == PyKind.SEQUENCE_ITERATOR) {
            LirValue next = s.b.call(s.helpers.target("sequenceIteratorNext"), null, r.value());
            LirValue done = s.b.op(LirOp.IS_NULL, next);
            List<AVal> saved = new ArrayList<>(s.stack);
            s.pop();
            Target exhausted = s.target(exhaustedAt);
            s.stack = saved;
            s.push(new Run(next, PyKind.OBJECT));
            Target body = s.target(s.pc + 1);
            s.b.branch(done, exhausted, body);
            ended = true;
            return true;
        }
        if (s.peek(1) instanceof Run r && r.kind() == PyKind.RANGE_ITERATOR) {
            LirValue more = s.b.call(s.helpers.target("rangeIteratorHasNext"), null, r.value());
            LirValue value = s.b.call(s.helpers.target("rangeIteratorAdvance"), null, r.value());
            List<AVal> saved = new ArrayList<>(s.stack);
            s.pop();
            Target exhausted = s.target(exhaustedAt);
            s.stack = saved;
            s.push(new Unboxed(value, PyKind.INT));
            Target body = s.target(s.pc + 1);
            s.b.branch(more, body, exhausted);
            ended = true;
            return true;
        }
        if (!(s.peek(1) instanceof VRangeIter it)) {
            return false;
        }
        LirValue more = s.b.op(it.up() ? LirOp.LT_I64 : LirOp.GT_I64, it.cur(), it.stop());
        LirValue next = s.b.op(LirOp.ADD_I64_OVF, s.describe("range overflow"), it.cur(), it.step());
        List<AVal> saved = new ArrayList<>(s.stack);
        s.pop();
        Target exhausted = s.target(exhaustedAt);
        s.stack = saved;
        s.pop();
        s.push(new VRangeIter(next, it.stop(), it.step(), it.up()));
        s.push(new Unboxed(it.cur(), PyKind.INT));
        Target body = s.target(s.pc + 1);
        s.b.branch(more, body, exhausted);
        ended = true;
        return true;
    }

    /**
     * Whether the result of the current {@code LOAD_ATTR} is called at once, after loads of its
     * arguments only: locals, constants and attributes of locals ({@code packet.append_to(self.work)}).
     * An attribute load in between may run Python code (a property); the call still goes to the
     * method looked up before it ran, as in CPython.
     */
    @Override
    boolean calledAtOnce() {
        int k = 0;
        int at = s.pc + 1;
        while (at < s.co.code.length) {
            Opcode o = Opcode.of(s.co.code[at]);
            if (o == Opcode.CALL) {
                break;
            }
            if (s.leader(at)) {
                return false;
            }
            if (o == Opcode.LOAD_ATTR && at > s.pc + 1 && Opcode.of(s.co.code[at - 1]) == Opcode.LOAD_FAST) {
                at++; // replaces the local it follows: no more arguments
                continue;
            }
            if (o != Opcode.LOAD_FAST && o != Opcode.LOAD_CONST) {
                return false;
            }
            k++;
            at++;
        }
        return at < s.co.code.length && !s.leader(at) && Opcode.argOf(s.co.code[at]) == k;
    }

    /**
     * Whether the method loaded here is the callee of a later {@code CALL} of the same straight
     * line, its arguments being any expression ({@code todo.append(c.output())}): no leader in
     * between, and nothing pops the method before that call. Only for methods of built-in kinds,
     * which the argument code cannot rebind (the method is bound before the arguments are
     * evaluated, and an exit in between looks it up again).
     */
    private boolean calledAfterArguments() {
        int[] depth = s.flow.depth;
        int method = depth[s.pc] - 1; // the receiver's slot, where the method goes
        for (int at = s.pc + 1; at < s.co.code.length && at < s.pc + 64; at++) {
            if (s.leader(at)) {
                return false;
            }
            int instr = s.co.code[at];
            int arg = Opcode.argOf(instr);
            // the lowest slot the instruction pops: it must lie above the method's
            int lowest = switch (Opcode.of(instr)) {
                case LOAD_FAST, LOAD_CONST, LOAD_GLOBAL, LOAD_DEREF -> depth[at];
                case LOAD_ATTR, UNARY_NOT, UNARY_NEGATIVE -> depth[at] - 1;
                case BINARY_OP, BINARY_SUBSCR, COMPARE_OP, IS_OP, CONTAINS_OP -> depth[at] - 2;
                case BUILD_TUPLE, BUILD_LIST -> depth[at] - arg;
                case CALL -> depth[at] - arg - 1;
                default -> -1;
            };
            if (Opcode.of(instr) == Opcode.CALL && lowest == method) {
                return true;
            }
            if (lowest <= method) {
                return false;
            }
        }
        return false;
    }

    /** {@code receiver.name} immediately called: a virtual bound method when a strategy knows the method. */
    private boolean method(int nameIndex) {
        AVal owner = s.peek(1);
        String name = s.co.names[nameIndex];
        PyKind guess = owner instanceof Run r && r.kind() == PyKind.OBJECT ? receiverGuess(name) : null;
        StrategyBinding strs = guess == null ? null : knowing(guess, name);
        if (strs != null && calledAtOnce() && (guess == PyKind.STR || seenLayout() == null)) {
            // text.split(), line.strip(), sep.join(...): an unknown receiver of a str method is guessed to be a
            // str; seen.add(x), items.append(x) a set or a list unless the site met instances of a class
            current = strs;
            owner = (AVal) promote(owner, guess);
            current = null;
        }
        if (owner.kind() == PyKind.OBJECT || !(owner instanceof Run || owner instanceof Const)) {
            return false;
        }
        boolean known = false;
        for (StrategyBinding sb : strategies) {
            known |= sb.strategy().knowsMethod(owner.kind(), name);
        }
        if (!known || !calledAtOnce() && !calledAfterArguments()) {
            return false;
        }
        return replaceTop(1, new VMethod(owner, name, nameIndex, null));
    }

    /** The kind an unknown receiver of method {@code name} is guessed to have. */
    private static PyKind receiverGuess(String name) {
        return switch (name) {
            case "add", "discard", "remove" -> PyKind.SET;
            case "append" -> PyKind.LIST;
            default -> PyKind.STR;
        };
    }

    /** The strategy that knows method {@code name} of {@code kind}, or null. */
    private StrategyBinding knowing(PyKind kind, String name) {
        for (StrategyBinding sb : strategies) {
            if (sb.strategy().knowsMethod(kind, name)) {
                return sb;
            }
        }
        return null;
    }

    /** Items a virtual tuple may have. */
    private static final int MAX_VIRTUAL_ITEMS = 8;

    /**
     * {@code BUILD_TUPLE n} directly followed by {@code UNPACK_SEQUENCE n} (not a merge point):
     * a virtual tuple, when a strategy virtualizes tuples. Nothing runs between the two
     * instructions but a possible exit, which builds the tuple from the description.
     */
    private boolean virtualTuple(int n) {
        int next = s.pc + 1;
        if (n < 1 || n > MAX_VIRTUAL_ITEMS || next >= s.co.code.length || s.leader(next)
                || Opcode.of(s.co.code[next]) != Opcode.UNPACK_SEQUENCE || Opcode.argOf(s.co.code[next]) != n) {
            return false;
        }
        for (StrategyBinding sb : strategies) {
            if (sb.strategy().virtualizesTuples()) {
                List<AVal> items = new ArrayList<>(n);
                for (int i = n; i >= 1; i--) {
                    items.add(s.peek(i));
                }
                took(sb, "BUILD_TUPLE virtual");
                return replaceTop(n, new VTuple(List.copyOf(items)));
            }
        }
        return false;
    }

    /** {@code UNPACK_SEQUENCE n} of a virtual tuple of n items: its items, first on top. */
    private boolean unpackVirtual(int n) {
        if (!(s.peek(1) instanceof VTuple t) || t.items().size() != n) {
            return unpack(n);
        }
        s.pop();
        for (int i = n - 1; i >= 0; i--) {
            s.push(t.items().get(i));
        }
        return true;
    }

    /** {@code UNPACK_SEQUENCE n} as a strategy specializes it, else false. */
    private boolean unpack(int n) {
        AVal seq = s.peek(1);
        for (StrategyBinding sb : strategies) {
            current = sb;
            List<SValue> items = sb.strategy().unpack(this, seq, n);
            current = null;
            if (items != null) {
                took(sb, Opcode.UNPACK_SEQUENCE.name());
                s.pop();
                for (int i = n - 1; i >= 0; i--) {
                    s.push((AVal) items.get(i));
                }
                return true;
            }
        }
        return false;
    }

    /** {@code owner.name = value} as a strategy specializes it, else false (nothing emitted but guards). */
    private boolean storeAttr(int nameIndex) {
        String name = s.co.names[nameIndex];
        AVal owner = s.peek(1);
        AVal value = s.peek(2);
        for (StrategyBinding sb : strategies) {
            current = sb;
            boolean done = sb.strategy().storeAttr(this, owner, name, value);
            current = null;
            if (done) {
                took(sb, Opcode.STORE_ATTR.name());
                s.pop();
                s.pop();
                return true;
            }
        }
        return false;
    }

    // ---- hints and kinds of values the generic path produced

    /** A global's value, with what the name held at compile time as a hint (builtins and modules only). */
    AVal global(LirValue v, int nameIndex) {
        if (!s.typed || s.seen == null) {
            return new Run(v, false);
        }
        String name = s.co.names[nameIndex];
        PyObject g = s.seen.globals.getStr(name);
        if (g == null) {
            PyObject bi = s.seen.builtins == null ? null : s.seen.builtins.getStr(name);
            if (bi instanceof PyBuiltinFunction || bi instanceof PyType) {
                return new Run(v, false, PyKind.OBJECT, bi, name);
            }
        } else if (g instanceof PyModule m) {
            return new Run(v, false, PyKind.OBJECT, m, "module " + m.name);
        }
        return new Run(v, false);
    }

    /** A module attribute's value, hinted with what the module held at compile time. */
    AVal attribute(AVal owner, LirValue v, int nameIndex) {
        if (owner instanceof Run r && r.hint() instanceof PyModule m) {
            String name = s.co.names[nameIndex];
            PyObject a = m.dict().getStr(name);
            if (a instanceof PyBuiltinFunction) {
                return new Run(v, false, PyKind.OBJECT, a, m.name + "." + name);
            }
        }
        return new Run(v, false);
    }

    @Override
    AVal kinded(LirValue v, PyKind kind) {
        return new Run(v, false, s.typed ? kind : PyKind.OBJECT, null, null);
    }

    /** At entry: guards the kind of a local the triggering frame shows (or the profile learned). */
    void promoteAtEntry(Run r, int slot, PyObject actual) {
        PyKind learned = s.profile.at(s.pc, slot);
        PyKind k = learned != null ? learned : TypedHelpers.kindOf(actual);
        if (k == PyKind.OBJECT || k == PyKind.NONE) {
            return;
        }
        guardKind(r, slot, k);
    }

    @Override
    AVal guardKind(Run r, int slot, PyKind k) {
        DeoptDescriptor d = s.describe(new ExitSite("type guard: " + k.text() + " expected", slot, k,
                current == null ? null : current.name()));
        String test = switch (k) {
            case INT -> "isInt";
            case FLOAT -> "isFloat";
            case BOOL -> "isBool";
            case STR -> "isStr";
            case LIST -> "isList";
            case TUPLE -> "isTuple";
            case DICT -> "isDict";
            case SET -> "isSet";
            case NONE -> "isNone";
            case RANGE_ITERATOR -> "isRangeIterator";
            case SEQUENCE_ITERATOR -> "isSequenceIterator";
            case OBJECT -> throw new IllegalArgumentException("no guard for object");
        };
        s.b.guard(LirOp.GUARD_TRUE, d, s.b.call(s.helpers.target(test), null, r.value()));
        AVal now = switch (k) {
            case INT -> new Unboxed(s.b.call(s.helpers.target("unboxInt"), null, r.value()), PyKind.INT);
            case FLOAT -> new Unboxed(s.b.call(s.helpers.target("unboxFloat"), null, r.value()), PyKind.FLOAT);
            case BOOL -> new Unboxed(s.b.op(LirOp.EQ_REF, r.value(), s.refConst("True", PyBool.TRUE)), PyKind.BOOL);
            default -> new Run(r.value(), false, k, null, null);
        };
        s.replace(r, now);
        count(2);
        return now;
    }
}
