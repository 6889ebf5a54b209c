package org.jpsyco.frontend.python.jit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.LirVerifyException;
import org.jpsyco.kernel.lir.Target;

/**
 * The specializer's generic path: abstract interpretation of one code object's bytecode, from a
 * given entry instruction, emitting LIR in which every operation is a call to its runtime helper
 * ({@link JitHelpers}).
 *
 * <p>Protocol. The unit takes one argument, the activation's interpreter {@code Frame}, and
 * returns the activation's result (a reference). Its entry block reads the fast locals and the
 * value stack out of the frame (so one compiled unit serves a function's first call and, for a
 * loop head, on-stack replacement of a running frame) and jumps to the block of the entry
 * instruction. Each bytecode basic block reached from there becomes one LIR block whose
 * parameters are the fast locals then the value stack (all references); jumps pass the current
 * abstract values, so loop heads and joins are merge points with block parameters.
 *
 * <p>Abstract values are run-time LIR values (maybe unbound, for locals the flow analysis cannot
 * prove bound), compile-time constants (from {@code LOAD_CONST}, materialized only when a helper
 * takes them) or the unbound marker (after {@code DELETE_FAST}).
 *
 * <p>Leaving. Every helper call carries a deopt descriptor for the state at the start of its
 * instruction: slot 0 is the frame, then the locals, then the stack. A raised exception leaves
 * there and the interpreter handles it at that instruction; loop heads poll a safepoint with the
 * same kind of descriptor. Compiled code therefore has no exception handlers of its own, and
 * handler code (reached only through exceptions) is never compiled.
 *
 * <p>What it cannot compile it declines, with a reason, for the whole code object.
 */
final class Specializer {
    /** Code objects with more instructions than this decline: their unit could outgrow a JVM method. */
    static final int MAX_INSTRUCTIONS = 2500;

    /**
     * Builtins that read the calling frame's fast locals, which compiled code keeps in its own
     * values: a function naming one stays interpreted.
     */
    private static final java.util.Set<String> FRAME_READERS = java.util.Set.of("locals", "vars", "dir", "eval", "exec",
            "_getframe");

    /** The outcome: a verified function, or why the code object declined. */
    record Result(LirFunction function, String declined, Map<DeoptDescriptor, String> sites) {
    }

    /** A value of the abstract frame. */
    sealed interface AVal {
    }

    /** A run-time value; {@code maybeUnbound} for a local that may be null. */
    record Run(LirValue value, boolean maybeUnbound) implements AVal {
    }

    /** A compile-time constant. */
    record Const(PyObject value, String name) implements AVal {
    }

    /** The unbound marker. */
    record Unbound() implements AVal {
    }

    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline(String reason) {
            super(reason, null, false, false);
        }
    }

    private final CodeObject co;
    private final int entryPc;
    private final Object ctx;
    private final boolean stress;
    private final FlowAnalysis flow;
    private final BitSet leaders = new BitSet();
    private final LirBuilder b;
    private final HelperTable helpers = HelperTable.get();
    private final Map<Integer, Integer> blocks = new HashMap<>();
    private final Deque<Integer> work = new ArrayDeque<>();
    private final Map<DeoptDescriptor, String> sites = new IdentityHashMap<>();
    private final int nlocals;
    private LirValue frame;
    private AVal[] locals;
    private List<AVal> stack;
    /** The instruction being specialized and the descriptor of its start state. */
    private int pc;
    private DeoptDescriptor here;

    private Specializer(CodeObject co, int entryPc, Object ctx, boolean stress, FlowAnalysis flow) {
        this.co = co;
        this.entryPc = entryPc;
        this.ctx = ctx;
        this.stress = stress;
        this.flow = flow;
        this.nlocals = co.varnames.length;
        this.b = new LirBuilder(co.qualname + (entryPc == 0 ? "" : "@" + entryPc));
    }

    /** Specializes {@code co} with its entry at instruction {@code entryPc} (0: the function's entry). */
    static Result specialize(CodeObject co, int entryPc, Object ctx, boolean stress) {
        if (co.code.length > MAX_INSTRUCTIONS) {
            return declined("too large: " + co.code.length + " instructions (at most " + MAX_INSTRUCTIONS + ")");
        }
        if (co.varnames.length > 0) {
            for (String n : co.names) {
                if (FRAME_READERS.contains(n)) {
                    return declined("reads its own frame with " + n + "(): its fast locals live in compiled code");
                }
            }
        }
        FlowAnalysis flow;
        try {
            flow = FlowAnalysis.of(co);
        } catch (IllegalStateException e) {
            return declined("inconsistent bytecode: " + e.getMessage());
        }
        if (entryPc < 0 || entryPc >= co.code.length || flow.depth[entryPc] < 0) {
            return declined("entry " + entryPc + " is not reachable");
        }
        Specializer s = new Specializer(co, entryPc, ctx, stress, flow);
        try {
            s.run();
            return new Result(s.b.build(), null, s.sites);
        } catch (Decline d) {
            return declined(d.getMessage());
        } catch (LirVerifyException e) {
            return declined("LIR does not verify: " + e.getMessage());
        }
    }

    private static Result declined(String why) {
        return new Result(null, why, Map.of());
    }

    private void run() {
        findLeaders();
        frame = b.param(0, LirType.REF);
        List<LirValue> args = new ArrayList<>();
        for (int i = 0; i < nlocals; i++) {
            args.add(b.call(helpers.target("local"), null, frame, b.constI64(i)));
        }
        for (int j = 0; j < flow.depth[entryPc]; j++) {
            args.add(b.call(helpers.target("stackItem"), null, frame, b.constI64(j)));
        }
        b.jump(new Target(blockFor(entryPc), args));
        while (!work.isEmpty()) {
            emitBlock(work.pop());
        }
    }

    /** Block boundaries of the normal flow: the entry, jump targets, and what follows a branch. */
    private void findLeaders() {
        leaders.set(entryPc);
        for (int i = 0; i < co.code.length; i++) {
            if (flow.depth[i] < 0) {
                continue;
            }
            Opcode op = Opcode.of(co.code[i]);
            if (op.has(Opcode.Flag.JUMPS)) {
                leaders.set(Opcode.argOf(co.code[i]));
                if (i + 1 < co.code.length) {
                    leaders.set(i + 1);
                }
            }
        }
    }

    private int blockFor(int target) {
        Integer id = blocks.get(target);
        if (id == null) {
            if (flow.depth[target] < 0) {
                throw new Decline("jump to unreachable instruction " + target);
            }
            id = b.newBlock();
            for (int i = 0; i < nlocals + flow.depth[target]; i++) {
                b.param(id, LirType.REF);
            }
            blocks.put(target, id);
            work.push(target);
        }
        return id;
    }

    private void emitBlock(int start) {
        int id = blocks.get(start);
        b.switchTo(id);
        List<LirValue> params = b.params(id);
        locals = new AVal[nlocals];
        BitSet bound = flow.bound[start];
        for (int i = 0; i < nlocals; i++) {
            locals[i] = new Run(params.get(i), !bound.get(i));
        }
        stack = new ArrayList<>();
        for (int j = nlocals; j < params.size(); j++) {
            stack.add(new Run(params.get(j), false));
        }
        pc = start;
        if (flow.loopHeads.get(start)) {
            here = describe("safepoint");
            b.guard(LirOp.SAFEPOINT, here);
        }
        while (true) {
            here = describe(null);
            if (stress && Opcode.of(co.code[pc]).has(Opcode.Flag.CAN_RAISE)) {
                LirValue leave = b.call(helpers.target("stressExit"), null, refConst("ctx", ctx));
                DeoptDescriptor d = describe("stress");
                b.guard(LirOp.GUARD_FALSE, d, leave);
            }
            if (!instruction()) {
                return;
            }
            pc++;
            if (pc >= co.code.length) {
                throw new Decline("control runs off the end of the code");
            }
            if (leaders.get(pc)) {
                b.jump(target(pc));
                return;
            }
        }
    }

    /** The frame state at the start of the current instruction, recorded with a reason when it is an exit. */
    private DeoptDescriptor describe(String exitReason) {
        List<DeoptDescriptor.Recovery> slots = new ArrayList<>(1 + nlocals + stack.size());
        slots.add(new DeoptDescriptor.Live(frame));
        for (AVal v : locals) {
            slots.add(recovery(v));
        }
        for (AVal v : stack) {
            slots.add(recovery(v));
        }
        DeoptDescriptor d = new DeoptDescriptor(pc, slots, List.of());
        sites.put(d, exitReason == null ? "raise" : exitReason);
        return d;
    }

    private static DeoptDescriptor.Recovery recovery(AVal v) {
        return switch (v) {
            case Run r -> new DeoptDescriptor.Live(r.value());
            case Const c -> new DeoptDescriptor.Known(new Constant.Ref(c.name(), c.value()));
            case Unbound u -> new DeoptDescriptor.Dead();
        };
    }

    /** A transfer to the block of instruction {@code to}, passing the current state. */
    private Target target(int to) {
        int id = blockFor(to);
        if (flow.depth[to] != stack.size()) {
            throw new Decline("stack depth " + stack.size() + " at the jump from " + pc + " to " + to + ", expected "
                    + flow.depth[to]);
        }
        List<LirValue> args = new ArrayList<>(nlocals + stack.size());
        for (AVal v : locals) {
            args.add(value(v));
        }
        for (AVal v : stack) {
            args.add(value(v));
        }
        return new Target(id, args);
    }

    // ---- values

    private LirValue value(AVal v) {
        return switch (v) {
            case Run r -> r.value();
            case Const c -> b.constant(new Constant.Ref(c.name(), c.value()));
            case Unbound u -> b.call(helpers.target("unbound"), null);
        };
    }

    /** The code's inline caches, shared with the interpreter (one slot per instruction). */
    private LirValue caches() {
        return refConst("caches", co.caches());
    }

    private LirValue refConst(String name, Object value) {
        return b.constant(new Constant.Ref(name, value));
    }

    private LirValue i64(long v) {
        return b.constI64(v);
    }

    private LirValue nameConst(int i) {
        return refConst("name:" + co.names[i], co.nameStrs[i]);
    }

    private Const constant(int i) {
        PyObject v = co.consts[i];
        String text = v instanceof CodeObject c ? "<code " + c.qualname + ">" : v.toString();
        StringBuilder sb = new StringBuilder("c").append(i).append(':');
        for (int k = 0; k < Math.min(text.length(), 24); k++) {
            char ch = text.charAt(k);
            sb.append(ch == '"' || ch == '\\' || ch < ' ' ? '?' : ch);
        }
        return new Const(v, sb.toString());
    }

    private AVal pop() {
        return stack.remove(stack.size() - 1);
    }

    private LirValue popValue() {
        return value(pop());
    }

    private void push(LirValue v) {
        stack.add(new Run(v, false));
    }

    private AVal peek(int n) {
        return stack.get(stack.size() - n);
    }

    /** The top {@code n} values, bottom first, popped. */
    private LirValue[] popValues(int n) {
        if (n > HelperTable.MAX_ARITY) {
            throw new Decline(Opcode.of(co.code[pc]) + " with " + n + " operands (at most " + HelperTable.MAX_ARITY + ")");
        }
        LirValue[] r = new LirValue[n];
        for (int i = n - 1; i >= 0; i--) {
            r[i] = popValue();
        }
        return r;
    }

    /** Calls a helper that may raise (leaving at the current instruction's start state). */
    private LirValue call(String helper, LirValue... args) {
        return b.call(helpers.target(helper), here, args);
    }

    private LirValue callN(String helper, int n, LirValue... args) {
        return b.call(helpers.target(helper, n), here, args);
    }

    private static LirValue[] concat(LirValue[] a, LirValue... more) {
        LirValue[] r = new LirValue[a.length + more.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(more, 0, r, a.length, more.length);
        return r;
    }

    private static LirValue[] prepend(LirValue[] rest, LirValue... first) {
        return concat(first, rest);
    }

    // ---- the meta-implementations

    /** Specializes the instruction at {@link #pc}; false when it ended the block. */
    private boolean instruction() {
        int instr = co.code[pc];
        Opcode op = Opcode.of(instr);
        int arg = Opcode.argOf(instr);
        switch (op) {
            case NOP -> {
            }
            case POP_TOP -> pop();
            case COPY -> stack.add(peek(arg));
            case SWAP -> {
                int top = stack.size() - 1;
                AVal t = stack.get(top);
                stack.set(top, stack.get(stack.size() - arg));
                stack.set(stack.size() - arg, t);
            }
            case LOAD_CONST -> stack.add(constant(arg));
            case LOAD_FAST -> stack.add(checkedLocal(arg));
            case STORE_FAST -> locals[arg] = bound(pop());
            case DELETE_FAST -> {
                checkedLocal(arg);
                locals[arg] = new Unbound();
            }
            case LOAD_DEREF -> push(call("loadDeref", frame, i64(arg)));
            case STORE_DEREF -> call("storeDeref", frame, i64(arg), popValue());
            case DELETE_DEREF -> call("deleteDeref", frame, i64(arg));
            case LOAD_CLOSURE -> push(call("loadClosure", frame, i64(arg)));
            case LOAD_CLASSDEREF -> push(call("loadClassDeref", frame, i64(arg)));
            case LOAD_GLOBAL -> push(call("loadGlobal", frame, nameConst(arg), caches(), i64(pc)));
            case STORE_GLOBAL -> call("storeGlobal", frame, nameConst(arg), popValue());
            case DELETE_GLOBAL -> call("deleteGlobal", frame, nameConst(arg));
            case LOAD_NAME -> push(call("loadName", frame, nameConst(arg)));
            case STORE_NAME -> call("storeName", frame, nameConst(arg), popValue());
            case DELETE_NAME -> call("deleteName", frame, nameConst(arg));
            case LOAD_ATTR -> push(call("loadAttr", popValue(), nameConst(arg), caches(), i64(pc)));
            case STORE_ATTR -> {
                LirValue obj = popValue();
                call("storeAttr", obj, nameConst(arg), popValue(), caches(), i64(pc));
            }
            case DELETE_ATTR -> call("deleteAttr", popValue(), nameConst(arg));
            case BINARY_SUBSCR -> {
                LirValue key = popValue();
                push(call("binarySubscr", popValue(), key));
            }
            case STORE_SUBSCR -> {
                LirValue key = popValue();
                LirValue obj = popValue();
                call("storeSubscr", obj, key, popValue());
            }
            case DELETE_SUBSCR -> {
                LirValue key = popValue();
                call("deleteSubscr", popValue(), key);
            }
            case BUILD_SLICE -> {
                LirValue step = arg == 3 ? popValue() : value(new Const(PySingleton.NONE, "None"));
                LirValue stop = popValue();
                push(call("buildSlice", popValue(), stop, step));
            }
            case UNARY_POSITIVE -> push(call("unaryPositive", popValue()));
            case UNARY_NEGATIVE -> push(call("unaryNegative", popValue()));
            case UNARY_NOT -> push(call("unaryNot", popValue()));
            case UNARY_INVERT -> push(call("unaryInvert", popValue()));
            case BINARY_OP -> {
                LirValue y = popValue();
                push(call("binaryOp", popValue(), y, i64(arg)));
            }
            case COMPARE_OP -> {
                LirValue y = popValue();
                push(call("compareOp", popValue(), y, i64(arg)));
            }
            case IS_OP -> {
                LirValue y = popValue();
                push(call("isOp", popValue(), y, i64(arg)));
            }
            case CONTAINS_OP -> {
                LirValue container = popValue();
                push(call("containsOp", popValue(), container, i64(arg)));
            }
            case BUILD_TUPLE -> push(callN("buildTuple", arg, popValues(arg)));
            case BUILD_LIST -> push(callN("buildList", arg, popValues(arg)));
            case BUILD_SET -> push(callN("buildSet", arg, popValues(arg)));
            case BUILD_MAP -> push(callN("buildMap", 2 * arg, popValues(2 * arg)));
            case BUILD_STRING -> push(callN("buildString", arg, popValues(arg)));
            case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE -> {
                LirValue v = popValue();
                LirValue into = value(peek(arg));
                call(switch (op) {
                    case LIST_APPEND -> "listAppend";
                    case SET_ADD -> "setAdd";
                    case LIST_EXTEND -> "listExtend";
                    case SET_UPDATE -> "setUpdate";
                    default -> "dictUpdate";
                }, into, v);
            }
            case MAP_ADD -> {
                LirValue v = popValue();
                LirValue k = popValue();
                call("mapAdd", value(peek(arg)), k, v);
            }
            case LIST_TO_TUPLE -> push(call("listToTuple", popValue()));
            case FORMAT_VALUE -> {
                LirValue spec = (arg & 4) != 0 ? popValue() : value(new Unbound());
                push(call("formatValue", popValue(), spec, i64(arg)));
            }
            case UNPACK_SEQUENCE -> unpack(call("unpackSequence", popValue(), i64(arg)), arg);
            case UNPACK_EX -> unpack(call("unpackEx", popValue(), i64(arg)), (arg & 0xff) + (arg >> 8) + 1);
            case JUMP -> {
                b.jump(target(arg));
                return false;
            }
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                LirValue truth = call("isTrue", popValue());
                branch(truth, op == Opcode.POP_JUMP_IF_TRUE, arg);
                return false;
            }
            case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                LirValue v = popValue();
                LirValue none = b.op(LirOp.EQ_REF, v, refConst("None", PySingleton.NONE));
                branch(none, op == Opcode.POP_JUMP_IF_NONE, arg);
                return false;
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                LirValue truth = call("isTrue", value(peek(1)));
                Target keep = target(arg);
                pop();
                Target popped = target(pc + 1);
                boolean jumpIfTrue = op == Opcode.JUMP_IF_TRUE_OR_POP;
                b.branch(truth, jumpIfTrue ? keep : popped, jumpIfTrue ? popped : keep);
                return false;
            }
            case GET_ITER -> push(call("getIter", popValue()));
            case GET_YIELD_FROM_ITER -> push(call("getYieldFromIter", popValue()));
            case FOR_ITER -> {
                LirValue next = call("forIter", value(peek(1)));
                LirValue done = b.op(LirOp.IS_NULL, next);
                List<AVal> saved = new ArrayList<>(stack);
                pop();
                Target exhausted = target(arg);
                stack = saved;
                push(next);
                Target more = target(pc + 1);
                b.branch(done, exhausted, more);
                return false;
            }
            case CALL -> {
                LirValue[] args = popValues(arg);
                LirValue fn = popValue();
                push(callN("call", arg, prepend(args, frame, i64(pc), fn)));
            }
            case CALL_KW -> {
                LirValue names = popValue();
                LirValue[] args = popValues(arg);
                LirValue fn = popValue();
                push(callN("callKw", arg + 2, prepend(concat(args, names), frame, i64(pc), fn)));
            }
            case CALL_FUNCTION_EX -> {
                LirValue kwargs = (arg & 1) != 0 ? popValue() : value(new Unbound());
                LirValue args = popValue();
                LirValue fn = popValue();
                push(call("callEx", frame, i64(pc), fn, args, kwargs));
            }
            case MAKE_FUNCTION -> {
                int n = Integer.bitCount(arg & 0xf) + 1;
                push(callN("makeFunction", n, prepend(popValues(n), refConst("ctx", ctx), frame, i64(arg))));
            }
            case RETURN_VALUE -> {
                b.ret(popValue());
                return false;
            }
            case YIELD_VALUE -> {
                LirValue v = popValue();
                List<LirValue> state = new ArrayList<>();
                for (AVal x : locals) {
                    state.add(value(x));
                }
                for (AVal x : stack) {
                    state.add(value(x));
                }
                LirValue[] args = state.toArray(LirValue[]::new);
                if (args.length > HelperTable.MAX_ARITY) {
                    throw new Decline("a yield with " + args.length + " live values");
                }
                b.ret(callN("suspend", args.length, prepend(args, frame, i64(pc + 1), v)));
                return false;
            }
            case GET_AWAITABLE -> push(call("getAwaitable", popValue()));
            case SEND -> {
                LirValue r = call("send", value(peek(2)), value(peek(1)));
                LirValue done = b.call(helpers.target("sendDone"), null, r);
                LirValue result = b.call(helpers.target("sendResult"), null, r);
                List<AVal> saved = new ArrayList<>(stack);
                pop();
                pop();
                push(result);
                Target exhausted = target(arg);
                stack = saved;
                pop();
                push(r);
                Target more = target(pc + 1);
                b.branch(done, exhausted, more);
                return false;
            }
            case IMPORT_NAME -> {
                LirValue fromlist = popValue();
                LirValue level = popValue();
                push(call("importName", refConst("ctx", ctx), frame, nameConst(arg), level, fromlist));
            }
            case IMPORT_FROM -> push(call("importFrom", refConst("ctx", ctx), value(peek(1)), nameConst(arg)));
            case IMPORT_STAR -> call("importStar", refConst("ctx", ctx), frame, popValue());
            case RAISE_VARARGS -> {
                DeoptDescriptor start = here;
                LirValue cause = arg == 2 ? popValue() : value(new Unbound());
                LirValue exc = arg >= 1 ? popValue() : value(new Unbound());
                call("raise", refConst("ctx", ctx), frame, exc, cause);
                b.exit(start); // not reached: the helper always raises
                return false;
            }
            case RERAISE -> {
                DeoptDescriptor start = here;
                call("reraise", popValue());
                b.exit(start);
                return false;
            }
            case PUSH_EXC_INFO -> {
                LirValue exc = popValue();
                push(call("pushExcInfo", frame, exc));
                push(exc);
            }
            case POP_EXCEPT -> call("popExcept", frame, popValue());
            case CHECK_EXC_MATCH -> {
                LirValue type = popValue();
                push(call("checkExcMatch", value(peek(1)), type));
            }
            case BEFORE_WITH -> {
                LirValue mgr = popValue();
                push(call("withExit", mgr));
                push(call("withEnter", mgr));
            }
            case WITH_EXCEPT_START -> push(call("withExceptStart", value(peek(3)), value(peek(1))));
            case LOAD_BUILD_CLASS -> push(call("loadBuildClass", frame));
            case SETUP_ANNOTATIONS -> call("setupAnnotations", frame);
            case LOAD_ASSERTION_ERROR -> stack.add(new Const(ExceptionTypes.ASSERTION_ERROR, "AssertionError"));
            case MATCH_SEQUENCE -> push(call("matchSequence", value(peek(1))));
            case MATCH_MAPPING -> push(call("matchMapping", value(peek(1))));
            case GET_LEN -> push(call("getLen", value(peek(1))));
            case MATCH_KEYS -> {
                LirValue keys = popValue();
                push(call("matchKeys", value(peek(1)), keys));
            }
            case MATCH_CLASS -> {
                LirValue kw = popValue();
                LirValue cls = popValue();
                push(call("matchClass", popValue(), cls, kw, i64(arg)));
            }
            case COPY_DICT_WITHOUT_KEYS -> {
                LirValue keys = popValue();
                push(call("copyDictWithoutKeys", popValue(), keys));
            }
            case PRINT_EXPR -> call("printExpr", refConst("ctx", ctx), popValue());
            case GET_AITER -> push(call("getAiter", popValue()));
            case GET_ANEXT -> push(call("getAnext", value(peek(1))));
            case END_ASYNC_FOR -> {
                call("endAsyncFor", popValue());
                pop();
            }
            case BEFORE_ASYNC_WITH -> {
                LirValue mgr = popValue();
                push(call("asyncExit", mgr));
                push(call("asyncEnter", mgr));
            }
            case ASYNC_GEN_WRAP -> push(call("asyncGenWrap", popValue()));
            case CHECK_EG_MATCH -> {
                LirValue type = popValue();
                LirValue exc = popValue();
                LirValue pair = call("checkEgMatch", frame, exc, type);
                push(call("pairFirst", pair));
                push(call("pairSecond", pair));
            }
            case PREP_RERAISE_STAR -> {
                LirValue raised = popValue();
                push(call("prepReraiseStar", popValue(), raised));
            }
            // an opcode without a meta-implementation leaves its code object to the interpreter
            default -> throw new Decline(op + " has no meta-implementation yet");
        }
        return true;
    }

    /** A local's value for reading; checked (and from then on known bound) when it may be unbound. */
    private AVal checkedLocal(int i) {
        AVal v = locals[i];
        if (v instanceof Run r && !r.maybeUnbound() || v instanceof Const) {
            return v;
        }
        LirValue checked = call("checkLocal", value(v), frame, i64(i));
        locals[i] = new Run(checked, false);
        return locals[i];
    }

    private static AVal bound(AVal v) {
        return v instanceof Run r && r.maybeUnbound() ? new Run(r.value(), false) : v;
    }

    private void branch(LirValue condition, boolean jumpIfTrue, int to) {
        Target jump = target(to);
        Target next = target(pc + 1);
        b.branch(condition, jumpIfTrue ? jump : next, jumpIfTrue ? next : jump);
    }

    /** Pushes the {@code n} items of an unpacked array, last item deepest. */
    private void unpack(LirValue array, int n) {
        if (n > HelperTable.MAX_ARITY) {
            throw new Decline("unpacking " + n + " items");
        }
        for (int i = n - 1; i >= 0; i--) {
            push(b.call(helpers.target("item"), null, array, i64(i)));
        }
    }
}
