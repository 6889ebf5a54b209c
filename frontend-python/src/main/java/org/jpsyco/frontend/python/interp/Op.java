package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.bytecode.Opcode;

/**
 * The ordinals of {@link Opcode} as compile-time constants, so that the instruction loop
 * switches on the raw low byte of an instruction (a jump table) instead of mapping it to the
 * enum first. {@link #check} (run when the instruction loop is initialized) verifies that they
 * still match.
 */
final class Op {
    private Op() {
    }

    static final int NOP = 0;
    static final int POP_TOP = 1;
    static final int COPY = 2;
    static final int SWAP = 3;
    static final int LOAD_CONST = 4;
    static final int LOAD_FAST = 5;
    static final int STORE_FAST = 6;
    static final int DELETE_FAST = 7;
    static final int LOAD_DEREF = 8;
    static final int STORE_DEREF = 9;
    static final int DELETE_DEREF = 10;
    static final int LOAD_CLOSURE = 11;
    static final int LOAD_CLASSDEREF = 12;
    static final int LOAD_GLOBAL = 13;
    static final int STORE_GLOBAL = 14;
    static final int DELETE_GLOBAL = 15;
    static final int LOAD_NAME = 16;
    static final int STORE_NAME = 17;
    static final int DELETE_NAME = 18;
    static final int LOAD_ATTR = 19;
    static final int STORE_ATTR = 20;
    static final int DELETE_ATTR = 21;
    static final int BINARY_SUBSCR = 22;
    static final int STORE_SUBSCR = 23;
    static final int DELETE_SUBSCR = 24;
    static final int BUILD_SLICE = 25;
    static final int UNARY_POSITIVE = 26;
    static final int UNARY_NEGATIVE = 27;
    static final int UNARY_NOT = 28;
    static final int UNARY_INVERT = 29;
    static final int BINARY_OP = 30;
    static final int COMPARE_OP = 31;
    static final int IS_OP = 32;
    static final int CONTAINS_OP = 33;
    static final int BUILD_TUPLE = 34;
    static final int BUILD_LIST = 35;
    static final int BUILD_SET = 36;
    static final int BUILD_MAP = 37;
    static final int BUILD_STRING = 38;
    static final int LIST_APPEND = 39;
    static final int SET_ADD = 40;
    static final int MAP_ADD = 41;
    static final int LIST_EXTEND = 42;
    static final int SET_UPDATE = 43;
    static final int DICT_UPDATE = 44;
    static final int DICT_MERGE = 45;
    static final int LIST_TO_TUPLE = 46;
    static final int FORMAT_VALUE = 47;
    static final int UNPACK_SEQUENCE = 48;
    static final int UNPACK_EX = 49;
    static final int JUMP = 50;
    static final int POP_JUMP_IF_FALSE = 51;
    static final int POP_JUMP_IF_TRUE = 52;
    static final int POP_JUMP_IF_NONE = 53;
    static final int POP_JUMP_IF_NOT_NONE = 54;
    static final int JUMP_IF_FALSE_OR_POP = 55;
    static final int JUMP_IF_TRUE_OR_POP = 56;
    static final int GET_ITER = 57;
    static final int FOR_ITER = 58;
    static final int CALL = 59;
    static final int CALL_KW = 60;
    static final int CALL_FUNCTION_EX = 61;
    static final int MAKE_FUNCTION = 62;
    static final int RETURN_VALUE = 63;
    static final int YIELD_VALUE = 64;
    static final int GET_YIELD_FROM_ITER = 65;
    static final int GET_AWAITABLE = 66;
    static final int SEND = 67;
    static final int IMPORT_NAME = 68;
    static final int IMPORT_FROM = 69;
    static final int IMPORT_STAR = 70;
    static final int RAISE_VARARGS = 71;
    static final int RERAISE = 72;
    static final int PUSH_EXC_INFO = 73;
    static final int POP_EXCEPT = 74;
    static final int CHECK_EXC_MATCH = 75;
    static final int BEFORE_WITH = 76;
    static final int WITH_EXCEPT_START = 77;
    static final int LOAD_BUILD_CLASS = 78;
    static final int SETUP_ANNOTATIONS = 79;
    static final int LOAD_ASSERTION_ERROR = 80;
    static final int MATCH_SEQUENCE = 81;
    static final int MATCH_MAPPING = 82;
    static final int GET_LEN = 83;
    static final int MATCH_KEYS = 84;
    static final int MATCH_CLASS = 85;
    static final int COPY_DICT_WITHOUT_KEYS = 86;
    static final int PRINT_EXPR = 87;
    static final int GET_AITER = 88;
    static final int GET_ANEXT = 89;
    static final int END_ASYNC_FOR = 90;
    static final int BEFORE_ASYNC_WITH = 91;
    static final int ASYNC_GEN_WRAP = 92;
    static final int CHECK_EG_MATCH = 93;
    static final int PREP_RERAISE_STAR = 94;

    /** Fails loudly when the enum was reordered without updating this table. */
    static void check() {
        Opcode[] all = Opcode.values();
        String[] names = {
            "NOP", "POP_TOP", "COPY", "SWAP", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST",
            "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF", "LOAD_GLOBAL",
            "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR",
            "STORE_ATTR", "DELETE_ATTR", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BUILD_SLICE",
            "UNARY_POSITIVE", "UNARY_NEGATIVE", "UNARY_NOT", "UNARY_INVERT", "BINARY_OP", "COMPARE_OP", "IS_OP",
            "CONTAINS_OP", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_STRING", "LIST_APPEND",
            "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE",
            "FORMAT_VALUE", "UNPACK_SEQUENCE", "UNPACK_EX", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
            "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP",
            "GET_ITER", "FOR_ITER", "CALL", "CALL_KW", "CALL_FUNCTION_EX", "MAKE_FUNCTION", "RETURN_VALUE",
            "YIELD_VALUE", "GET_YIELD_FROM_ITER", "GET_AWAITABLE", "SEND", "IMPORT_NAME", "IMPORT_FROM",
            "IMPORT_STAR", "RAISE_VARARGS", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH",
            "BEFORE_WITH", "WITH_EXCEPT_START", "LOAD_BUILD_CLASS", "SETUP_ANNOTATIONS", "LOAD_ASSERTION_ERROR",
            "MATCH_SEQUENCE", "MATCH_MAPPING", "GET_LEN", "MATCH_KEYS", "MATCH_CLASS", "COPY_DICT_WITHOUT_KEYS",
            "PRINT_EXPR", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "BEFORE_ASYNC_WITH", "ASYNC_GEN_WRAP",
            "CHECK_EG_MATCH", "PREP_RERAISE_STAR"
        };
        if (all.length != names.length) {
            throw new IllegalStateException("Op is out of date: " + all.length + " opcodes, " + names.length
                    + " constants");
        }
        for (int i = 0; i < all.length; i++) {
            if (!all[i].name().equals(names[i])) {
                throw new IllegalStateException("Op is out of date at " + i + ": " + all[i] + " vs " + names[i]);
            }
        }
    }
}
