package org.jpsyco.frontend.python.jit;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.jit.AVal.Const;
import org.jpsyco.frontend.python.jit.AVal.Run;
import org.jpsyco.frontend.python.jit.AVal.Unbound;
import org.jpsyco.frontend.python.jit.Specializer.Decline;
import org.jpsyco.frontend.python.jit.spi.PyKind;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;

/**
 * The generic path: a meta-implementation for every opcode that no strategy specialized. Each
 * one pops its operands from the {@link Specializer}'s abstract stack, calls the opcode's runtime
 * helper ({@link JitHelpers}, the same operation the interpreter performs, leaving at the
 * instruction's start state when it raises) and pushes the result as a run-time value. Jumps end
 * the block with transfers to versions of their targets.
 */
final class GenericOps {
    private GenericOps() {
    }

    /**
     * Whether the instruction is specialized for a frameless typed version ({@link TypedVersions}),
     * where only helpers that run no Python code may be called: the plain forms below, which
     * leave where Python code would run. Even where a strategy's guard failed before (a site
     * that met several classes): a version whose plain form keeps leaving is made again a
     * bounded number of times ({@link TypedVersions#MAX_COMPILATIONS}), then declines.
     */
    private static boolean framelessOnly(Specializer s) {
        return s.typedKinds != null;
    }

    /**
     * The truth of {@code v} (still on the stack) as an i1: the generic test, or in a frameless
     * version the one that runs no Python code ({@link TypedHelpers#plainTruth}), leaving for the
     * interpreter when a class's {@code __bool__} or {@code __len__} would decide.
     */
    private static LirValue truth(Specializer s, AVal v) {
        if (!framelessOnly(s)) {
            return s.call("isTrue", s.value(v));
        }
        return known(s, s.b.call(s.helpers.target("plainTruth"), null, s.value(v)));
    }

    /** The i1 of a plain helper's answer (1 or 0), leaving first when it is {@link TypedHelpers#TRUTH_UNKNOWN}. */
    private static LirValue known(Specializer s, LirValue k) {
        s.b.guard(LirOp.GUARD_TRUE, s.describe(ExitSite.operation("guard", null)),
                s.b.op(LirOp.NE_I64, k, s.i64(TypedHelpers.TRUTH_UNKNOWN)));
        return s.b.op(LirOp.NE_I64, k, s.i64(0));
    }

    /** Specializes the instruction at {@link Specializer#pc}; false when it ended the block. */
    static boolean instruction(Specializer s) {
        int instr = s.co.code[s.pc];
        Opcode op = Opcode.of(instr);
        int arg = Opcode.argOf(instr);
        if (s.tool.specialize(op, arg)) {
            return s.tool.continues();
        }
        switch (op) {
            case NOP -> {
            }
            case POP_TOP -> s.pop();
            case COPY -> s.stack.add(s.peek(arg));
            case SWAP -> {
                int top = s.stack.size() - 1;
                AVal t = s.stack.get(top);
                s.stack.set(top, s.stack.get(s.stack.size() - arg));
                s.stack.set(s.stack.size() - arg, t);
            }
            case LOAD_CONST -> s.stack.add(s.constant(arg));
            case LOAD_FAST -> s.stack.add(checkedLocal(s, arg));
            case STORE_FAST -> s.locals[arg] = bound(s.pop());
            case DELETE_FAST -> {
                checkedLocal(s, arg);
                s.locals[arg] = new Unbound();
            }
            case LOAD_DEREF -> s.push(s.call("loadDeref", s.frame, s.i64(arg)));
            case STORE_DEREF -> s.call("storeDeref", s.frame, s.i64(arg), s.popValue());
            case DELETE_DEREF -> s.call("deleteDeref", s.frame, s.i64(arg));
            case LOAD_CLOSURE -> s.push(s.call("loadClosure", s.frame, s.i64(arg)));
            case LOAD_CLASSDEREF -> s.push(s.call("loadClassDeref", s.frame, s.i64(arg)));
            case LOAD_GLOBAL -> s.push(CallSites.hintGlobal(s,
                    s.tool.global(s.call("loadGlobal", s.frame, s.nameConst(arg), s.caches(), s.i64(s.pc)), arg), arg));
            case STORE_GLOBAL -> s.call("storeGlobal", s.frame, s.nameConst(arg), s.popValue());
            case DELETE_GLOBAL -> s.call("deleteGlobal", s.frame, s.nameConst(arg));
            case LOAD_NAME -> s.push(s.call("loadName", s.frame, s.nameConst(arg)));
            case STORE_NAME -> s.call("storeName", s.frame, s.nameConst(arg), s.popValue());
            case DELETE_NAME -> s.call("deleteName", s.frame, s.nameConst(arg));
            case LOAD_ATTR -> {
                if (framelessOnly(s)) {
                    // a frameless version runs no Python code: an instance's own attribute, or leave
                    LirValue v = s.b.call(s.helpers.target("instanceAttrPlain"), null, s.value(s.peek(1)), s.nameConst(arg));
                    s.b.guard(LirOp.GUARD_FALSE, s.describe(ExitSite.operation("guard", null)), s.b.op(LirOp.IS_NULL, v));
                    s.pop();
                    s.push(v);
                    break;
                }
                AVal owner = s.pop();
                s.push(s.tool.attribute(owner, s.call("loadAttr", s.value(owner), s.nameConst(arg), s.caches(), s.i64(s.pc)), arg));
            }
            case STORE_ATTR -> {
                if (framelessOnly(s)) {
                    // a frameless version runs no Python code: replace an instance's own attribute, or leave
                    LirValue stored = s.b.call(s.helpers.target("setInstanceAttrPlain"), null, s.value(s.peek(1)),
                            s.nameConst(arg), s.value(s.peek(2)));
                    s.b.guard(LirOp.GUARD_TRUE, s.describe(ExitSite.operation("guard", null)), stored);
                    s.pop();
                    s.pop();
                    break;
                }
                LirValue obj = s.popValue();
                s.call("storeAttr", obj, s.nameConst(arg), s.popValue(), s.caches(), s.i64(s.pc));
            }
            case DELETE_ATTR -> s.call("deleteAttr", s.popValue(), s.nameConst(arg));
            case BINARY_SUBSCR -> {
                LirValue key = s.popValue();
                s.push(s.call("binarySubscr", s.popValue(), key));
            }
            case STORE_SUBSCR -> {
                LirValue key = s.popValue();
                LirValue obj = s.popValue();
                s.call("storeSubscr", obj, key, s.popValue());
            }
            case DELETE_SUBSCR -> {
                LirValue key = s.popValue();
                s.call("deleteSubscr", s.popValue(), key);
            }
            case BUILD_SLICE -> {
                LirValue step = arg == 3 ? s.popValue() : s.value(new Const(PySingleton.NONE, "None"));
                LirValue stop = s.popValue();
                s.push(s.call("buildSlice", s.popValue(), stop, step));
            }
            case UNARY_POSITIVE -> s.push(s.call("unaryPositive", s.popValue()));
            case UNARY_NEGATIVE -> s.push(s.call("unaryNegative", s.popValue()));
            case UNARY_NOT -> {
                if (framelessOnly(s)) {
                    LirValue t = truth(s, s.peek(1));
                    s.pop();
                    s.push(new AVal.Unboxed(s.b.op(LirOp.NOT_I1, t), PyKind.BOOL));
                    break;
                }
                s.push(s.call("unaryNot", s.popValue()));
            }
            case UNARY_INVERT -> s.push(s.call("unaryInvert", s.popValue()));
            case BINARY_OP -> {
                LirValue y = s.popValue();
                s.push(s.call("binaryOp", s.popValue(), y, s.i64(arg)));
            }
            case COMPARE_OP -> {
                if (framelessOnly(s)) {
                    // a frameless version runs no Python code: built-in operands only, or leave
                    LirValue k = s.b.call(s.helpers.target("plainCompare"), null, s.value(s.peek(2)), s.value(s.peek(1)),
                            s.i64(arg));
                    LirValue holds = known(s, k);
                    s.pop();
                    s.pop();
                    s.push(new AVal.Unboxed(holds, PyKind.BOOL));
                    break;
                }
                LirValue y = s.popValue();
                s.push(s.call("compareOp", s.popValue(), y, s.i64(arg)));
            }
            case IS_OP -> {
                LirValue y = s.popValue();
                s.push(s.call("isOp", s.popValue(), y, s.i64(arg)));
            }
            case CONTAINS_OP -> {
                LirValue container = s.popValue();
                s.push(s.call("containsOp", s.popValue(), container, s.i64(arg)));
            }
            case BUILD_TUPLE -> s.push(s.tool.kinded(s.callN("buildTuple", arg, s.popValues(arg)), PyKind.TUPLE));
            case BUILD_LIST -> s.push(s.tool.kinded(s.callN("buildList", arg, s.popValues(arg)), PyKind.LIST));
            case BUILD_SET -> s.push(s.callN("buildSet", arg, s.popValues(arg)));
            case BUILD_MAP -> s.push(s.tool.kinded(s.callN("buildMap", 2 * arg, s.popValues(2 * arg)), PyKind.DICT));
            case BUILD_STRING -> s.push(s.tool.kinded(s.callN("buildString", arg, s.popValues(arg)), PyKind.STR));
            case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE -> {
                LirValue v = s.popValue();
                LirValue into = s.value(s.peek(arg));
                s.call(switch (op) {
                    case LIST_APPEND -> "listAppend";
                    case SET_ADD -> "setAdd";
                    case LIST_EXTEND -> "listExtend";
                    case SET_UPDATE -> "setUpdate";
                    default -> "dictUpdate";
                }, into, v);
            }
            case MAP_ADD -> {
                LirValue v = s.popValue();
                LirValue k = s.popValue();
                s.call("mapAdd", s.value(s.peek(arg)), k, v);
            }
            case LIST_TO_TUPLE -> s.push(s.call("listToTuple", s.popValue()));
            case FORMAT_VALUE -> {
                LirValue spec = (arg & 4) != 0 ? s.popValue() : s.value(new Unbound());
                s.push(s.call("formatValue", s.popValue(), spec, s.i64(arg)));
            }
            case UNPACK_SEQUENCE -> unpack(s, s.call("unpackSequence", s.popValue(), s.i64(arg)), arg);
            case UNPACK_EX -> unpack(s, s.call("unpackEx", s.popValue(), s.i64(arg)), (arg & 0xff) + (arg >> 8) + 1);
            case JUMP -> {
                s.b.jump(s.target(arg));
                return false;
            }
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                LirValue truth = truth(s, s.peek(1));
                s.pop();
                s.branch(truth, op == Opcode.POP_JUMP_IF_TRUE, arg);
                return false;
            }
            case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                LirValue v = s.popValue();
                LirValue none = s.b.op(LirOp.EQ_REF, v, s.refConst("None", PySingleton.NONE));
                s.branch(none, op == Opcode.POP_JUMP_IF_NONE, arg);
                return false;
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                LirValue truth = truth(s, s.peek(1));
                Target keep = s.target(arg);
                s.pop();
                Target popped = s.target(s.pc + 1);
                boolean jumpIfTrue = op == Opcode.JUMP_IF_TRUE_OR_POP;
                s.b.branch(truth, jumpIfTrue ? keep : popped, jumpIfTrue ? popped : keep);
                return false;
            }
            case GET_ITER -> s.push(s.call("getIter", s.popValue()));
            case GET_YIELD_FROM_ITER -> s.push(s.call("getYieldFromIter", s.popValue()));
            case FOR_ITER -> {
                LirValue next = s.call("forIter", s.value(s.peek(1)));
                LirValue done = s.b.op(LirOp.IS_NULL, next);
                List<AVal> saved = new ArrayList<>(s.stack);
                s.pop();
                Target exhausted = s.target(arg);
                s.stack = saved;
                s.push(next);
                Target more = s.target(s.pc + 1);
                s.b.branch(done, exhausted, more);
                return false;
            }
            case CALL -> s.push(CallSites.callKinded(s, arg));
            case CALL_KW -> {
                LirValue names = s.popValue();
                LirValue[] args = s.popValues(arg);
                LirValue fn = s.popValue();
                s.push(s.callN("callKw", arg + 2, prepend(concat(args, names), s.frame, s.i64(s.pc), fn)));
            }
            case CALL_FUNCTION_EX -> {
                LirValue kwargs = (arg & 1) != 0 ? s.popValue() : s.value(new Unbound());
                LirValue args = s.popValue();
                LirValue fn = s.popValue();
                s.push(s.call("callEx", s.frame, s.i64(s.pc), fn, args, kwargs));
            }
            case MAKE_FUNCTION -> {
                int n = Integer.bitCount(arg & 0xf) + 1;
                s.push(s.callN("makeFunction", n, prepend(s.popValues(n), s.refConst("s.ctx", s.ctx), s.frame, s.i64(arg))));
            }
            case RETURN_VALUE -> {
                if (s.typedKinds != null) {
                    TypedReturns.emit(s, s.pop());
                    return false;
                }
                s.b.ret(s.popValue());
                return false;
            }
            case YIELD_VALUE -> {
                LirValue v = s.popValue();
                List<LirValue> state = new ArrayList<>();
                for (AVal x : s.locals) {
                    state.add(s.value(x));
                }
                for (AVal x : s.stack) {
                    state.add(s.value(x));
                }
                LirValue[] args = state.toArray(LirValue[]::new);
                if (args.length > HelperTable.MAX_ARITY) {
                    throw new Decline("a yield with " + args.length + " live values");
                }
                s.b.ret(s.callN("suspend", args.length, prepend(args, s.frame, s.i64(s.pc + 1), v)));
                return false;
            }
            case GET_AWAITABLE -> s.push(s.call("getAwaitable", s.popValue()));
            case SEND -> {
                LirValue r = s.call("send", s.value(s.peek(2)), s.value(s.peek(1)));
                LirValue done = s.b.call(s.helpers.target("sendDone"), null, r);
                LirValue result = s.b.call(s.helpers.target("sendResult"), null, r);
                List<AVal> saved = new ArrayList<>(s.stack);
                s.pop();
                s.pop();
                s.push(result);
                Target exhausted = s.target(arg);
                s.stack = saved;
                s.pop();
                s.push(r);
                Target more = s.target(s.pc + 1);
                s.b.branch(done, exhausted, more);
                return false;
            }
            case IMPORT_NAME -> {
                LirValue fromlist = s.popValue();
                LirValue level = s.popValue();
                s.push(s.call("importName", s.refConst("s.ctx", s.ctx), s.frame, s.nameConst(arg), level, fromlist));
            }
            case IMPORT_FROM -> s.push(s.call("importFrom", s.refConst("s.ctx", s.ctx), s.value(s.peek(1)), s.nameConst(arg)));
            case IMPORT_STAR -> s.call("importStar", s.refConst("s.ctx", s.ctx), s.frame, s.popValue());
            case RAISE_VARARGS -> {
                DeoptDescriptor start = s.here;
                LirValue cause = arg == 2 ? s.popValue() : s.value(new Unbound());
                LirValue exc = arg >= 1 ? s.popValue() : s.value(new Unbound());
                s.call("raise", s.refConst("s.ctx", s.ctx), s.frame, exc, cause);
                s.b.exit(start); // not reached: the helper always raises
                return false;
            }
            case RERAISE -> {
                DeoptDescriptor start = s.here;
                s.call("reraise", s.popValue());
                s.b.exit(start);
                return false;
            }
            case PUSH_EXC_INFO -> {
                LirValue exc = s.popValue();
                s.push(s.call("pushExcInfo", s.frame, exc));
                s.push(exc);
            }
            case POP_EXCEPT -> s.call("popExcept", s.frame, s.popValue());
            case CHECK_EXC_MATCH -> {
                LirValue type = s.popValue();
                s.push(s.call("checkExcMatch", s.value(s.peek(1)), type));
            }
            case BEFORE_WITH -> {
                LirValue mgr = s.popValue();
                s.push(s.call("withExit", mgr));
                s.push(s.call("withEnter", mgr));
            }
            case WITH_EXCEPT_START -> s.push(s.call("withExceptStart", s.value(s.peek(3)), s.value(s.peek(1))));
            case LOAD_BUILD_CLASS -> s.push(s.call("loadBuildClass", s.frame));
            case SETUP_ANNOTATIONS -> s.call("setupAnnotations", s.frame);
            case LOAD_ASSERTION_ERROR -> s.stack.add(new Const(ExceptionTypes.ASSERTION_ERROR, "AssertionError"));
            case MATCH_SEQUENCE -> s.push(s.call("matchSequence", s.value(s.peek(1))));
            case MATCH_MAPPING -> s.push(s.call("matchMapping", s.value(s.peek(1))));
            case GET_LEN -> s.push(s.call("getLen", s.value(s.peek(1))));
            case MATCH_KEYS -> {
                LirValue keys = s.popValue();
                s.push(s.call("matchKeys", s.value(s.peek(1)), keys));
            }
            case MATCH_CLASS -> {
                LirValue kw = s.popValue();
                LirValue cls = s.popValue();
                s.push(s.call("matchClass", s.popValue(), cls, kw, s.i64(arg)));
            }
            case COPY_DICT_WITHOUT_KEYS -> {
                LirValue keys = s.popValue();
                s.push(s.call("copyDictWithoutKeys", s.popValue(), keys));
            }
            case PRINT_EXPR -> s.call("printExpr", s.refConst("s.ctx", s.ctx), s.popValue());
            case GET_AITER -> s.push(s.call("getAiter", s.popValue()));
            case GET_ANEXT -> s.push(s.call("getAnext", s.value(s.peek(1))));
            case END_ASYNC_FOR -> {
                s.call("endAsyncFor", s.popValue());
                s.pop();
            }
            case BEFORE_ASYNC_WITH -> {
                LirValue mgr = s.popValue();
                s.push(s.call("asyncExit", mgr));
                s.push(s.call("asyncEnter", mgr));
            }
            case ASYNC_GEN_WRAP -> s.push(s.call("asyncGenWrap", s.popValue()));
            case CHECK_EG_MATCH -> {
                LirValue type = s.popValue();
                LirValue exc = s.popValue();
                LirValue pair = s.call("checkEgMatch", s.frame, exc, type);
                s.push(s.call("pairFirst", pair));
                s.push(s.call("pairSecond", pair));
            }
            case PREP_RERAISE_STAR -> {
                LirValue raised = s.popValue();
                s.push(s.call("prepReraiseStar", s.popValue(), raised));
            }
            // an opcode without a meta-implementation leaves its code object to the interpreter
            default -> throw new Decline(op + " has no meta-implementation yet");
        }
        return true;
    }

    /** A local's value for reading; checked (and from then on known bound) when it may be unbound. */
    private static AVal checkedLocal(Specializer s, int i) {
        AVal v = s.locals[i];
        if (v instanceof Run r && !r.maybeUnbound() || !(v instanceof Run || v instanceof Unbound)) {
            return v;
        }
        LirValue checked = s.call("checkLocal", s.value(v), s.frame, s.i64(i));
        s.locals[i] = new Run(checked, false);
        return s.locals[i];
    }

    private static AVal bound(AVal v) {
        return v instanceof Run r && r.maybeUnbound() ? new Run(r.value(), false, r.kind(), r.hint(), r.hintName()) : v;
    }

    /** Pushes the {@code n} items of an unpacked array, last item deepest. */
    private static void unpack(Specializer s, LirValue array, int n) {
        if (n > HelperTable.MAX_ARITY) {
            throw new Decline("unpacking " + n + " items");
        }
        for (int i = n - 1; i >= 0; i--) {
            s.push(s.b.call(s.helpers.target("item"), null, array, s.i64(i)));
        }
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
}
