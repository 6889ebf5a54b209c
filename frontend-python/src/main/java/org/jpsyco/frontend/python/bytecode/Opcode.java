package org.jpsyco.frontend.python.bytecode;

/**
 * jpsyco's Python bytecode: one line per instruction with the meaning of its argument, its
 * stack effect (for the fall-through and for the jump edge) and its flags. The compiler's
 * stack-depth analysis, the disassembler and the interpreter all read this table.
 *
 * <p>An instruction is one {@code int}: the opcode ordinal in the low 8 bits and the argument
 * in the upper 24 bits ({@link #encode}). Jump arguments are absolute instruction indexes.
 * There is no block stack at run time: exception handlers come from the code object's
 * exception table (3.11 style).
 */
public enum Opcode {
    NOP(Arg.NONE, 0),
    POP_TOP(Arg.NONE, -1),
    /** Pushes a copy of the n-th item (1 = top). */
    COPY(Arg.COUNT, 1),
    /** Swaps the top with the n-th item. */
    SWAP(Arg.COUNT, 0),
    LOAD_CONST(Arg.CONST, 1),
    LOAD_FAST(Arg.LOCAL, 1, Flag.CAN_RAISE),
    STORE_FAST(Arg.LOCAL, -1),
    DELETE_FAST(Arg.LOCAL, 0, Flag.CAN_RAISE),
    LOAD_DEREF(Arg.CELL, 1, Flag.CAN_RAISE),
    STORE_DEREF(Arg.CELL, -1),
    DELETE_DEREF(Arg.CELL, 0, Flag.CAN_RAISE),
    /** Pushes the cell itself (to build a closure). */
    LOAD_CLOSURE(Arg.CELL, 1),
    /** In a class body: the name from the class namespace, else from the cell. */
    LOAD_CLASSDEREF(Arg.CELL, 1, Flag.CAN_RAISE),
    LOAD_GLOBAL(Arg.NAME, 1, Flag.CAN_RAISE),
    STORE_GLOBAL(Arg.NAME, -1),
    DELETE_GLOBAL(Arg.NAME, 0, Flag.CAN_RAISE),
    LOAD_NAME(Arg.NAME, 1, Flag.CAN_RAISE),
    STORE_NAME(Arg.NAME, -1, Flag.CAN_RAISE),
    DELETE_NAME(Arg.NAME, 0, Flag.CAN_RAISE),
    LOAD_ATTR(Arg.NAME, 0, Flag.CAN_RAISE),
    /** obj.name = value; stack: value, obj. */
    STORE_ATTR(Arg.NAME, -2, Flag.CAN_RAISE),
    DELETE_ATTR(Arg.NAME, -1, Flag.CAN_RAISE),
    BINARY_SUBSCR(Arg.NONE, -1, Flag.CAN_RAISE),
    /** obj[key] = value; stack: value, obj, key. */
    STORE_SUBSCR(Arg.NONE, -3, Flag.CAN_RAISE),
    DELETE_SUBSCR(Arg.NONE, -2, Flag.CAN_RAISE),
    BUILD_SLICE(Arg.COUNT, Effect.ONE_MINUS_N),
    UNARY_POSITIVE(Arg.NONE, 0, Flag.CAN_RAISE),
    UNARY_NEGATIVE(Arg.NONE, 0, Flag.CAN_RAISE),
    UNARY_NOT(Arg.NONE, 0, Flag.CAN_RAISE),
    UNARY_INVERT(Arg.NONE, 0, Flag.CAN_RAISE),
    /** Argument: BinaryOp ordinal, plus {@link #INPLACE} for augmented assignment. */
    BINARY_OP(Arg.BINOP, -1, Flag.CAN_RAISE),
    COMPARE_OP(Arg.CMPOP, -1, Flag.CAN_RAISE),
    /** {@code is} (arg 0) or {@code is not} (arg 1). */
    IS_OP(Arg.COUNT, -1),
    /** {@code in} (arg 0) or {@code not in} (arg 1). */
    CONTAINS_OP(Arg.COUNT, -1, Flag.CAN_RAISE),
    BUILD_TUPLE(Arg.COUNT, Effect.ONE_MINUS_N),
    BUILD_LIST(Arg.COUNT, Effect.ONE_MINUS_N),
    BUILD_SET(Arg.COUNT, Effect.ONE_MINUS_N, Flag.CAN_RAISE),
    /** Builds a dict from n key/value pairs. */
    BUILD_MAP(Arg.COUNT, Effect.ONE_MINUS_2N, Flag.CAN_RAISE),
    BUILD_STRING(Arg.COUNT, Effect.ONE_MINUS_N),
    /** Appends the top to the list n items down (comprehensions). */
    LIST_APPEND(Arg.COUNT, -1),
    SET_ADD(Arg.COUNT, -1, Flag.CAN_RAISE),
    MAP_ADD(Arg.COUNT, -2, Flag.CAN_RAISE),
    LIST_EXTEND(Arg.COUNT, -1, Flag.CAN_RAISE),
    SET_UPDATE(Arg.COUNT, -1, Flag.CAN_RAISE),
    DICT_UPDATE(Arg.COUNT, -1, Flag.CAN_RAISE),
    /** Like DICT_UPDATE but raises on duplicate keys (for {@code f(**a, **b)}). */
    DICT_MERGE(Arg.COUNT, -1, Flag.CAN_RAISE),
    LIST_TO_TUPLE(Arg.NONE, 0),
    /** Low 2 bits: conversion (0 none, 1 str, 2 repr, 3 ascii); bit 4: a format spec is on the stack. */
    FORMAT_VALUE(Arg.FLAGS, Effect.FORMAT, Flag.CAN_RAISE),
    UNPACK_SEQUENCE(Arg.COUNT, Effect.N_MINUS_ONE, Flag.CAN_RAISE),
    /** Argument: count before the starred target, plus count after it shifted left 8. */
    UNPACK_EX(Arg.FLAGS, Effect.UNPACK_EX, Flag.CAN_RAISE),
    JUMP(Arg.JUMP, 0, Flag.JUMPS, Flag.NO_FALLTHROUGH),
    POP_JUMP_IF_FALSE(Arg.JUMP, -1, Flag.JUMPS, Flag.CAN_RAISE),
    POP_JUMP_IF_TRUE(Arg.JUMP, -1, Flag.JUMPS, Flag.CAN_RAISE),
    POP_JUMP_IF_NONE(Arg.JUMP, -1, Flag.JUMPS),
    POP_JUMP_IF_NOT_NONE(Arg.JUMP, -1, Flag.JUMPS),
    /** Jumps keeping the top if it is false, else pops it. */
    JUMP_IF_FALSE_OR_POP(Arg.JUMP, Effect.POP_UNLESS_JUMP, Flag.JUMPS, Flag.CAN_RAISE),
    JUMP_IF_TRUE_OR_POP(Arg.JUMP, Effect.POP_UNLESS_JUMP, Flag.JUMPS, Flag.CAN_RAISE),
    GET_ITER(Arg.NONE, 0, Flag.CAN_RAISE),
    /** Pushes the next item; when exhausted pops the iterator and jumps. */
    FOR_ITER(Arg.JUMP, Effect.FOR_ITER, Flag.JUMPS, Flag.CAN_RAISE),
    /** Calls with n positional arguments: callable, args. */
    CALL(Arg.COUNT, Effect.CALL, Flag.CAN_RAISE),
    /** Calls with n arguments, the last ones named by the tuple of names on top. */
    CALL_KW(Arg.COUNT, Effect.CALL_KW, Flag.CAN_RAISE),
    /** callable, args tuple, kwargs dict if bit 1. */
    CALL_FUNCTION_EX(Arg.FLAGS, Effect.CALL_EX, Flag.CAN_RAISE),
    /** Bits: 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple; then the code object on top. */
    MAKE_FUNCTION(Arg.FLAGS, Effect.MAKE_FUNCTION),
    RETURN_VALUE(Arg.NONE, -1, Flag.NO_FALLTHROUGH),
    /** Suspends a generator with the top as the value; on resume the sent value replaces it. */
    YIELD_VALUE(Arg.NONE, 0, Flag.CAN_RAISE),
    GET_YIELD_FROM_ITER(Arg.NONE, 0, Flag.CAN_RAISE),
    /** {@code await}: the top becomes the iterator of its awaitable (a coroutine, or {@code __await__()}). */
    GET_AWAITABLE(Arg.NONE, 0, Flag.CAN_RAISE),
    /** Delegation for {@code yield from}: iterator, sent value; on exhaustion pops both, pushes the result and jumps. */
    SEND(Arg.JUMP, Effect.SEND, Flag.JUMPS, Flag.CAN_RAISE),
    /** level, fromlist → module. */
    IMPORT_NAME(Arg.NAME, -1, Flag.CAN_RAISE),
    IMPORT_FROM(Arg.NAME, 1, Flag.CAN_RAISE),
    IMPORT_STAR(Arg.NONE, -1, Flag.CAN_RAISE),
    RAISE_VARARGS(Arg.COUNT, Effect.MINUS_N, Flag.CAN_RAISE, Flag.NO_FALLTHROUGH),
    /** Re-raises the exception on top without adding a traceback entry. */
    RERAISE(Arg.NONE, -1, Flag.CAN_RAISE, Flag.NO_FALLTHROUGH),
    /** exc → previous handled exception (or None), exc; exc becomes the handled exception. */
    PUSH_EXC_INFO(Arg.NONE, 1),
    /** Pops the previous handled exception and restores it. */
    POP_EXCEPT(Arg.NONE, -1),
    /** exc, type → exc, bool. */
    CHECK_EXC_MATCH(Arg.NONE, 0, Flag.CAN_RAISE),
    /** manager → bound __exit__, result of __enter__(). */
    BEFORE_WITH(Arg.NONE, 1, Flag.CAN_RAISE),
    /** exit, prev, exc → exit, prev, exc, exit(type, exc, tb). */
    WITH_EXCEPT_START(Arg.NONE, 1, Flag.CAN_RAISE),
    LOAD_BUILD_CLASS(Arg.NONE, 1),
    SETUP_ANNOTATIONS(Arg.NONE, 0, Flag.CAN_RAISE),
    LOAD_ASSERTION_ERROR(Arg.NONE, 1),
    /** Pattern matching: pushes whether the top is a sequence for {@code case [...]} (not str). */
    MATCH_SEQUENCE(Arg.NONE, 1),
    /** Pattern matching: pushes whether the top is a mapping. */
    MATCH_MAPPING(Arg.NONE, 1),
    /** Pushes len() of the top, keeping it. */
    GET_LEN(Arg.NONE, 1, Flag.CAN_RAISE),
    /** subject, keys tuple → subject, tuple of the values (or None when a key is missing). */
    MATCH_KEYS(Arg.NONE, 0, Flag.CAN_RAISE),
    /** subject, class, keyword names → tuple of the attributes to match (or None); argument: positional count. */
    MATCH_CLASS(Arg.COUNT, -2, Flag.CAN_RAISE),
    /** subject, keys tuple → a copy of the subject dict without those keys ({@code **rest}). */
    COPY_DICT_WITHOUT_KEYS(Arg.NONE, -1, Flag.CAN_RAISE),
    /** Interactive mode: prints the repr of a non-None top and stores it in builtins._. */
    PRINT_EXPR(Arg.NONE, -1, Flag.CAN_RAISE),
    /** {@code async for}: the top becomes {@code top.__aiter__()}. */
    GET_AITER(Arg.NONE, 0, Flag.CAN_RAISE),
    /** {@code async for}: aiter → aiter, the awaitable {@code aiter.__anext__()}. */
    GET_ANEXT(Arg.NONE, 1, Flag.CAN_RAISE),
    /** Handler of an async iteration step: aiter, exc → nothing on StopAsyncIteration, else re-raises exc. */
    END_ASYNC_FOR(Arg.NONE, -2, Flag.CAN_RAISE),
    /** manager → bound __aexit__, awaitable of __aenter__(). */
    BEFORE_ASYNC_WITH(Arg.NONE, 1, Flag.CAN_RAISE),
    /** In an async generator, before YIELD_VALUE: marks the top as a value of {@code yield}, not of an await. */
    ASYNC_GEN_WRAP(Arg.NONE, 0),
    /** {@code except*}: exc, type → rest, match (split of the group; exc, None when nothing matches). */
    CHECK_EG_MATCH(Arg.NONE, 0, Flag.CAN_RAISE),
    /** End of {@code except*} clauses: original group, list of raised and unmatched → what to re-raise, or None. */
    PREP_RERAISE_STAR(Arg.NONE, -1, Flag.CAN_RAISE);

    /** Added to a BINARY_OP argument for the in-place form. */
    public static final int INPLACE = 16;

    /** What the argument of an instruction means. */
    public enum Arg { NONE, CONST, NAME, LOCAL, CELL, JUMP, COUNT, BINOP, CMPOP, FLAGS }

    public enum Flag {
        /** The argument is a jump target. */
        JUMPS,
        /** Execution never continues with the next instruction. */
        NO_FALLTHROUGH,
        /** May raise a Python exception. */
        CAN_RAISE
    }

    /** Stack effects that depend on the argument or on whether the jump is taken. */
    interface Effect {
        int of(int arg, boolean jump);

        Effect ONE_MINUS_N = (n, j) -> 1 - n;
        Effect ONE_MINUS_2N = (n, j) -> 1 - 2 * n;
        Effect N_MINUS_ONE = (n, j) -> n - 1;
        Effect MINUS_N = (n, j) -> -n;
        Effect UNPACK_EX = (n, j) -> (n & 0xff) + (n >> 8);
        Effect FORMAT = (n, j) -> (n & 4) != 0 ? -1 : 0;
        Effect POP_UNLESS_JUMP = (n, j) -> j ? 0 : -1;
        Effect FOR_ITER = (n, j) -> j ? -1 : 1;
        Effect SEND = (n, j) -> j ? -1 : 0;
        Effect CALL = (n, j) -> -n;
        Effect CALL_KW = (n, j) -> -n - 1;
        Effect CALL_EX = (n, j) -> -1 - (n & 1);
        Effect MAKE_FUNCTION = (n, j) -> -Integer.bitCount(n & 0xf);
    }

    public final Arg arg;
    private final Effect effect;
    private final int flags;

    Opcode(Arg arg, int effect, Flag... flags) {
        this(arg, (n, j) -> effect, flags);
    }

    Opcode(Arg arg, Effect effect, Flag... flags) {
        this.arg = arg;
        this.effect = effect;
        int f = 0;
        for (Flag fl : flags) {
            f |= 1 << fl.ordinal();
        }
        this.flags = f;
    }

    /** The change in stack depth, on the fall-through path or on the jump edge. */
    public int stackEffect(int oparg, boolean jump) {
        return effect.of(oparg, jump);
    }

    public boolean has(Flag f) {
        return (flags & (1 << f.ordinal())) != 0;
    }

    private static final Opcode[] VALUES = values();

    public static Opcode of(int instr) {
        return VALUES[instr & 0xff];
    }

    public static int argOf(int instr) {
        return instr >> 8;
    }

    public static int encode(Opcode op, int arg) {
        if (arg < 0 || arg >= (1 << 23)) {
            throw new IllegalArgumentException("instruction argument out of range: " + arg);
        }
        return op.ordinal() | (arg << 8);
    }
}
