package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.AttrCache;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyCell;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInstance;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyIterator;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyMethod;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySet;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The instruction loop. It keeps the stack pointer and instruction index in Java locals and
 * writes them back to the frame when it returns, yields or calls out; when an exception leaves,
 * {@code f.lasti} is set to the instruction that raised it so that it can be located and
 * handled. Dispatch is a switch on the raw opcode byte ({@link Op}).
 */
final class Execution {
    private Execution() {
    }

    static {
        Op.check();
    }

    private static final PyObject NONE = PySingleton.NONE;

    static PyObject execute(Interpreter interp, Frame f) {
        final CodeObject co = f.code;
        final PyObject[] consts = co.consts;
        final PyStr[] nameStrs = co.nameStrs;
        final PyObject[] stack = f.stack;
        final PyObject[] fast = f.fast;
        final PyCell[] cells = f.cells;
        final Object[] caches = co.caches();
        // the breakpoint is set before a run starts, never during one: instead of comparing every
        // instruction index with it, the run uses a copy of the code with a stop instruction there
        final int[] code = f.breakpoint < 0 ? co.code : withBreakpoint(co.code, f.breakpoint);
        int sp = f.sp;
        int pc = f.pc;
        // the instruction being run; stored to f.lasti only when an exception leaves (or a call is made)
        int cur = pc;
        try {
            while (true) {
                final int instr = code[pc];
                cur = pc;
                pc++;
                final int arg = instr >> 8;
                switch (instr & 0xff) {
                    case Op.NOP -> {
                    }
                    case Op.POP_TOP -> stack[--sp] = null;
                    case Op.COPY -> {
                        stack[sp] = stack[sp - arg];
                        sp++;
                    }
                    case Op.SWAP -> {
                        PyObject t = stack[sp - 1];
                        stack[sp - 1] = stack[sp - arg];
                        stack[sp - arg] = t;
                    }
                    case Op.LOAD_CONST -> stack[sp++] = consts[arg];
                    case Op.LOAD_FAST -> {
                        PyObject v = fast[arg];
                        if (v == null) {
                            throw Support.unboundLocal(co.varnames[arg]);
                        }
                        stack[sp++] = v;
                        // LOAD_FAST is mostly followed by another load (the operands of a binary
                        // operation or call): running that one here saves a dispatch; a jump to it
                        // still finds it in place, and it cannot raise (instruction indices stay exact)
                        int next = code[pc];
                        int nop = next & 0xff;
                        if (nop == Op.LOAD_CONST) {
                            stack[sp++] = consts[next >> 8];
                            pc++;
                        } else if (nop == Op.LOAD_FAST && (v = fast[next >> 8]) != null) {
                            stack[sp++] = v;
                            pc++;
                        }
                    }
                    case Op.STORE_FAST -> {
                        fast[arg] = stack[--sp];
                        stack[sp] = null;
                        // x = ...; followed by a load of a local (the next statement's first operand)
                        int next = code[pc];
                        PyObject v;
                        if ((next & 0xff) == Op.LOAD_FAST && (v = fast[next >> 8]) != null) {
                            stack[sp++] = v;
                            pc++;
                        }
                    }
                    case Op.LOAD_DEREF -> {
                        PyObject v = cells[arg].value;
                        if (v == null) {
                            throw Support.unboundCell(co, arg);
                        }
                        stack[sp++] = v;
                    }
                    case Op.STORE_DEREF -> {
                        cells[arg].value = stack[--sp];
                        stack[sp] = null;
                    }
                    case Op.LOAD_GLOBAL -> stack[sp++] = Support.loadGlobal(f, nameStrs[arg], caches, cur);
                    case Op.LOAD_ATTR -> {
                        PyObject o = stack[sp - 1];
                        int call = methodCallAt(code, pc, fast);
                        if (call >= 0) {
                            // o.m(a, b) with simple arguments: the method is called with o in front
                            // of its arguments, without the bound method (see methodCallAt)
                            PyObject m = o instanceof PyInstance inst ? AttrCache.methodOf(inst, caches, cur)
                                    : AttrCache.builtinMethodOf(o, caches, cur);
                            if (m != null) {
                                int n = call - pc;
                                for (int i = pc; i < call; i++) {
                                    int a = code[i];
                                    stack[sp++] = (a & 0xff) == Op.LOAD_CONST ? consts[a >> 8] : fast[a >> 8];
                                }
                                int base = sp - n;
                                cur = call;
                                pc = call + 1;
                                f.sp = base;
                                f.pc = pc;
                                f.lasti = cur;
                                PyObject r = m instanceof PyFunction pf
                                        ? interp.invokeFromStack(pf, null, stack, base - 1, n + 1)
                                        : ((PyBuiltinFunction) m).callFromStack(stack, base - 1, n + 1);
                                sp = base;
                                clear(stack, sp, n);
                                stack[sp - 1] = r;
                                continue;
                            }
                        }
                        stack[sp - 1] = Support.loadAttr(o, nameStrs[arg], caches, cur);
                    }
                    case Op.STORE_ATTR -> {
                        PyObject obj = stack[--sp];
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        stack[sp + 1] = null;
                        Support.storeAttr(obj, nameStrs[arg], v, caches, cur);
                    }
                    case Op.BINARY_SUBSCR -> {
                        PyObject key = stack[--sp];
                        stack[sp] = null;
                        PyObject obj = stack[sp - 1];
                        int ix;
                        if (obj instanceof PyList l && l.isExact() && (ix = smallIndex(key, l.size())) >= 0) {
                            stack[sp - 1] = l.items.get(ix);
                        } else if (obj instanceof PyTuple t && t.type() == PyTuple.TYPE
                                && (ix = smallIndex(key, t.items.length)) >= 0) {
                            stack[sp - 1] = t.items[ix];
                        } else if (obj instanceof PyStr str && str.isExact() && str.isBmp()
                                && (ix = smallIndex(key, str.value().length())) >= 0) {
                            stack[sp - 1] = PyStr.ofCodePoint(str.value().charAt(ix), interp.latin1);
                        } else if (obj instanceof PyDict d && d.type() == PyDict.TYPE) {
                            // a plain dict has no __missing__: a missing key is a KeyError right away
                            PyObject v = d.get(key);
                            if (v == null) {
                                throw Errors.keyError(key);
                            }
                            stack[sp - 1] = v;
                        } else {
                            stack[sp - 1] = Abstract.getItem(obj, key);
                        }
                    }
                    case Op.STORE_SUBSCR -> {
                        PyObject key = stack[--sp];
                        PyObject obj = stack[--sp];
                        PyObject v = stack[--sp];
                        stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
                        int ix;
                        if (obj instanceof PyDict d && d.type() == PyDict.TYPE) {
                            d.put(key, v);
                        } else if (obj instanceof PyList l && l.isExact() && (ix = smallIndex(key, l.size())) >= 0) {
                            l.items.set(ix, v);
                        } else {
                            Abstract.setItem(obj, key, v);
                        }
                    }
                    case Op.UNARY_NEGATIVE -> stack[sp - 1] = NumberOps.negative(stack[sp - 1]);
                    case Op.UNARY_NOT -> stack[sp - 1] = PyBool.of(!truth(stack[sp - 1]));
                    case Op.BINARY_OP -> {
                        PyObject b = stack[--sp];
                        stack[sp] = null;
                        PyObject a = stack[sp - 1];
                        PyObject r = a instanceof PyInt x && b instanceof PyInt y ? smallIntOp(arg & 15, x, y)
                                : a instanceof PyFloat x && b instanceof PyFloat y ? floatOp(arg & 15, x, y) : null;
                        if (r == null) {
                            OperandProfile.record(caches, cur, a, b);
                            r = binaryOp(arg, a, b);
                        }
                        // x = a + b, x += 1: the store runs here (it cannot raise)
                        int next = code[pc];
                        if ((next & 0xff) == Op.STORE_FAST) {
                            fast[next >> 8] = r;
                            stack[--sp] = null;
                            pc++;
                        } else {
                            stack[sp - 1] = r;
                        }
                    }
                    case Op.COMPARE_OP -> {
                        PyObject b = stack[--sp];
                        stack[sp] = null;
                        PyObject a = stack[sp - 1];
                        CompareOp op = COMPARE_OPS[arg];
                        boolean t;
                        if (a instanceof PyInt x && b instanceof PyInt y && !x.isBig() && !y.isBig() && x.isPlain()
                                && y.isPlain()) {
                            t = op.test(Long.compare(x.value, y.value));
                        } else if (a instanceof PyFloat x && b instanceof PyFloat y && x.isExact() && y.isExact()) {
                            t = compareFloats(op, x.value, y.value);
                        } else if (a instanceof PyStr x && b instanceof PyStr y && x.isExact() && y.isExact()) {
                            if (op == CompareOp.EQ || op == CompareOp.NE) {
                                t = x.value().equals(y.value()) == (op == CompareOp.EQ);
                            } else if (x.isBmp() && y.isBmp()) {
                                // without surrogate pairs, UTF-16 order is code point order (Python's)
                                t = op.test(x.value().compareTo(y.value()));
                            } else {
                                stack[sp - 1] = Abstract.richCompare(a, b, op);
                                continue;
                            }
                        } else {
                            OperandProfile.record(caches, cur, a, b);
                            stack[sp - 1] = Abstract.richCompare(a, b, op);
                            continue;
                        }
                        // a compare of two numbers followed by a conditional jump (a loop or if test)
                        // runs both instructions here, without making the bool; nothing can raise
                        int next = code[pc];
                        int nop = next & 0xff;
                        if (nop == Op.POP_JUMP_IF_FALSE || nop == Op.POP_JUMP_IF_TRUE) {
                            stack[--sp] = null;
                            pc = t == (nop == Op.POP_JUMP_IF_TRUE) ? next >> 8 : pc + 1;
                        } else {
                            stack[sp - 1] = PyBool.of(t);
                        }
                    }
                    case Op.IS_OP -> {
                        PyObject b = stack[--sp];
                        stack[sp] = null;
                        stack[sp - 1] = PyBool.of((stack[sp - 1] == b) ^ (arg == 1));
                    }
                    case Op.CONTAINS_OP -> {
                        PyObject container = stack[--sp];
                        stack[sp] = null;
                        PyObject item = stack[sp - 1];
                        boolean found;
                        if (container instanceof PyStr cs && cs.isExact() && item instanceof PyStr is && is.isExact()) {
                            found = cs.value().contains(is.value());
                        } else if (container instanceof PyDict d && d.type() == PyDict.TYPE) {
                            found = d.contains(item);
                        } else if (container instanceof PySet s && !s.type().heap) {
                            // what Abstract.contains does for a set without a __contains__ of its own
                            found = s.contains(item);
                        } else {
                            found = Abstract.contains(container, item);
                        }
                        stack[sp - 1] = PyBool.of(found ^ (arg == 1));
                    }
                    case Op.BUILD_TUPLE -> {
                        int next = code[pc];
                        if (next == (arg << 8 | Op.UNPACK_SEQUENCE)) {
                            // a, b = b, a + b: the tuple is unpacked at once and cannot be seen by
                            // anything, so the values are only reversed in place (nothing can raise)
                            for (int lo = sp - arg, hi = sp - 1; lo < hi; lo++, hi--) {
                                PyObject t = stack[lo];
                                stack[lo] = stack[hi];
                                stack[hi] = t;
                            }
                            pc++;
                            continue;
                        }
                        PyObject[] items = new PyObject[arg];
                        sp -= arg;
                        System.arraycopy(stack, sp, items, 0, arg);
                        clear(stack, sp, arg);
                        stack[sp++] = PyTuple.of(items);
                    }
                    case Op.BUILD_LIST -> {
                        PyObject[] items = new PyObject[arg];
                        sp -= arg;
                        System.arraycopy(stack, sp, items, 0, arg);
                        clear(stack, sp, arg);
                        stack[sp++] = new PyList(items);
                    }
                    case Op.LIST_APPEND -> {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        ((PyList) stack[sp - arg]).items.add(v);
                    }
                    case Op.UNPACK_SEQUENCE -> {
                        PyObject seq = stack[--sp];
                        stack[sp] = null;
                        PyObject[] items = Support.unpack(seq, arg);
                        if (arg == 2 && (code[pc] & 0xff) == Op.STORE_FAST && (code[pc + 1] & 0xff) == Op.STORE_FAST) {
                            // for a, b in pairs / a, b = ...: both stores run here (they cannot raise)
                            fast[code[pc] >> 8] = items[0];
                            fast[code[pc + 1] >> 8] = items[1];
                            pc += 2;
                        } else {
                            for (int i = arg - 1; i >= 0; i--) {
                                stack[sp++] = items[i];
                            }
                        }
                    }
                    case Op.JUMP -> {
                        if (arg < pc) {
                            interp.gil.tick();
                            if (interp.jit != null) {
                                // a loop head: compiled code may take the activation over (on-stack replacement)
                                f.sp = sp;
                                f.pc = arg;
                                PyObject r;
                                try {
                                    r = interp.jit.loopHead(f);
                                } catch (PyException e) {
                                    // raised by compiled code at f.lasti, with the frame written back
                                    cur = f.lasti;
                                    sp = f.sp;
                                    throw e;
                                }
                                if (r != null) {
                                    return r;
                                }
                                sp = f.sp;
                                pc = f.pc;
                            } else if ((code[arg] & 0xff) == Op.FOR_ITER) {
                                // the back edge of a for loop: the FOR_ITER at its head runs here
                                cur = arg;
                                PyObject v = forIterNext(stack[sp - 1], interp);
                                int head = code[arg];
                                if (v == null) {
                                    stack[--sp] = null;
                                    pc = head >> 8;
                                } else {
                                    int next = code[arg + 1];
                                    if ((next & 0xff) == Op.STORE_FAST) {
                                        fast[next >> 8] = v;
                                        pc = arg + 2;
                                    } else {
                                        stack[sp++] = v;
                                        pc = arg + 1;
                                    }
                                }
                            } else {
                                pc = arg;
                            }
                        } else {
                            pc = arg;
                        }
                    }
                    case Op.POP_JUMP_IF_FALSE -> {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        if (v == PyBool.FALSE || (v != PyBool.TRUE && !truth(v))) {
                            pc = arg;
                        }
                    }
                    case Op.POP_JUMP_IF_TRUE -> {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        if (v == PyBool.TRUE || (v != PyBool.FALSE && truth(v))) {
                            pc = arg;
                        }
                    }
                    case Op.POP_JUMP_IF_NONE -> {
                        if (stack[--sp] == NONE) {
                            pc = arg;
                        }
                        stack[sp] = null;
                    }
                    case Op.POP_JUMP_IF_NOT_NONE -> {
                        if (stack[--sp] != NONE) {
                            pc = arg;
                        }
                        stack[sp] = null;
                    }
                    case Op.JUMP_IF_FALSE_OR_POP -> {
                        if (!truth(stack[sp - 1])) {
                            pc = arg;
                        } else {
                            stack[--sp] = null;
                        }
                    }
                    case Op.JUMP_IF_TRUE_OR_POP -> {
                        if (truth(stack[sp - 1])) {
                            pc = arg;
                        } else {
                            stack[--sp] = null;
                        }
                    }
                    case Op.GET_ITER -> stack[sp - 1] = Abstract.getIter(stack[sp - 1]);
                    case Op.FOR_ITER -> {
                        PyObject v = forIterNext(stack[sp - 1], interp);
                        if (v == null) {
                            stack[--sp] = null;
                            pc = arg;
                        } else {
                            // the loop variable's store, run here (it cannot raise)
                            int next = code[pc];
                            if ((next & 0xff) == Op.STORE_FAST) {
                                fast[next >> 8] = v;
                                pc++;
                            } else {
                                stack[sp++] = v;
                            }
                        }
                    }
                    case Op.CALL -> {
                        PyObject fn = stack[sp - arg - 1];
                        int base = sp - arg;
                        f.sp = base;
                        f.pc = pc;
                        f.lasti = cur;
                        PyObject r;
                        if (fn instanceof PyFunction pf) {
                            r = interp.invokeFromStack(pf, null, stack, base, arg);
                        } else if (fn instanceof PyBuiltinFunction bf) {
                            r = bf.callFromStack(stack, base, arg);
                        } else if (fn instanceof PyType t && t.plainInit() instanceof PyFunction init) {
                            // a plain class: the instance, then __init__ straight from the stack
                            PyInstance obj = new PyInstance(t);
                            PyObject ir = interp.invokeFromStack(init, obj, stack, base, arg);
                            if (ir != NONE) {
                                throw Errors.typeError("__init__() should return None, not '" + ir.type().name() + "'");
                            }
                            r = obj;
                        } else if (fn instanceof PyMethod m && m.function instanceof PyFunction pf) {
                            r = interp.invokeFromStack(pf, m.self, stack, base, arg);
                        } else {
                            PyObject[] args = new PyObject[arg];
                            System.arraycopy(stack, base, args, 0, arg);
                            r = Abstract.call(fn, args, BuiltinImpl.NO_KW);
                        }
                        sp = base;
                        clear(stack, sp, arg);
                        stack[sp - 1] = r;
                    }
                    case Op.RETURN_VALUE -> {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        f.sp = sp;
                        f.pc = pc;
                        return v;
                    }
                    case Op.YIELD_VALUE -> {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        f.sp = sp;
                        f.pc = pc;
                        f.yielded = true;
                        return v;
                    }
                    case Op.SEND -> {
                        PyObject[] result = new PyObject[1];
                        PyObject r = Support.send(stack[sp - 2], stack[sp - 1], result);
                        if (r == null) {
                            stack[--sp] = null;
                            stack[sp - 1] = result[0];
                            pc = arg;
                        } else {
                            stack[sp - 1] = r;
                        }
                    }
                    case STOP -> {
                        f.breakpoint = -1;
                        f.sp = sp;
                        f.pc = cur;
                        f.stopped = true;
                        return null;
                    }
                    default -> sp = RareOps.execute(interp, f, instr, pc, cur, sp);
                }
            }
        } catch (Throwable t) {
            f.lasti = cur;
            f.sp = sp;
            throw t;
        }
    }

    /** Arguments a fused method call ({@link #methodCallAt}) takes at most. */
    private static final int MAX_FUSED_ARGS = 4;

    /**
     * When the instructions from {@code pc} (just after a {@code LOAD_ATTR}) are up to
     * {@link #MAX_FUSED_ARGS} loads of bound locals or constants followed by a {@code CALL} of
     * exactly those arguments: the index of that {@code CALL}; else -1. Such loads cannot raise
     * and nothing between the attribute load and the call can observe the bound method, so the
     * loop runs the whole sequence in one dispatch (CPython's {@code LOAD_METHOD}): instruction
     * indices stay exact, the frame says the {@code CALL} runs while the method runs, and the
     * value stack has the receiver where the bound method would be.
     */
    private static int methodCallAt(int[] code, int pc, PyObject[] fast) {
        for (int i = pc, n = 0; n <= MAX_FUSED_ARGS; i++, n++) {
            int instr = code[i];
            int op = instr & 0xff;
            if (op == Op.CALL) {
                return instr >> 8 == n ? i : -1;
            }
            if (op != Op.LOAD_CONST && (op != Op.LOAD_FAST || fast[instr >> 8] == null)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The next value of a for loop's iterator, or null when it is exhausted: the common iterators
     * called directly (monomorphic calls HotSpot can inline), the rest through the protocol.
     */
    private static PyObject forIterNext(PyObject it, Interpreter interp) {
        return it instanceof PyIterator.RangeIter ri ? ri.next()
                : it instanceof PyIterator.ListIter li ? li.next()
                : it instanceof PyIterator.StrIter si ? si.next(interp.latin1) : Abstract.next(it);
    }

    /** Not an opcode of {@link Opcode}: where a run stops at {@link Frame#breakpoint}. */
    private static final int STOP = 0xff;

    private static int[] withBreakpoint(int[] code, int at) {
        int[] c = code.clone();
        if (at < c.length) {
            c[at] = STOP;
        }
        return c;
    }

    private static final int ADD = BinaryOp.ADD.ordinal();
    private static final int SUB = BinaryOp.SUB.ordinal();
    private static final int MUL = BinaryOp.MUL.ordinal();
    private static final int TRUEDIV = BinaryOp.TRUEDIV.ordinal();

    /**
     * The common arithmetic of two plain ints that fit a long (CPython's long_add, long_mul,
     * floor division and modulo rounding toward minus infinity, shifts, bitwise operations),
     * when the result fits too; else null and the general path decides (bignums, errors,
     * bools, whose bitwise results are bools).
     */
    private static PyObject smallIntOp(int op, PyInt x, PyInt y) {
        if (x.isBig() || y.isBig() || !x.isPlain() || !y.isPlain()) {
            return null;
        }
        long a = x.value;
        long b = y.value;
        // + and - here, the rest in a method of its own: together they would be too big for the
        // JVM to inline into the instruction loop
        if (op == I_ADD) {
            long r = a + b;
            return ((a ^ r) & (b ^ r)) < 0 ? null : PyInt.of(r);
        }
        if (op == I_SUB) {
            long r = a - b;
            return ((a ^ b) & (a ^ r)) < 0 ? null : PyInt.of(r);
        }
        return smallIntOther(op, a, b, x instanceof PyBool || y instanceof PyBool);
    }

    /** {@link #smallIntOp} beyond + and -; {@code bools} when an operand is a bool. */
    private static PyObject smallIntOther(int op, long a, long b, boolean bools) {
        switch (op) {
            case I_MUL -> {
                long hi = Math.multiplyHigh(a, b);
                long r = a * b;
                return (hi == 0 && r >= 0) || (hi == -1 && r < 0) ? PyInt.of(r) : null;
            }
            case I_FLOORDIV -> {
                return b == 0 || (a == Long.MIN_VALUE && b == -1) ? null : PyInt.of(Math.floorDiv(a, b));
            }
            case I_MOD -> {
                return b == 0 ? null : PyInt.of(Math.floorMod(a, b));
            }
            case I_LSHIFT -> {
                if (b < 0 || b > 62) {
                    return null;
                }
                long r = a << b;
                return r >> b == a ? PyInt.of(r) : null;
            }
            case I_RSHIFT -> {
                return b < 0 ? null : PyInt.of(a >> Math.min(b, 63));
            }
            case I_AND -> {
                return bools ? null : PyInt.of(a & b);
            }
            case I_OR -> {
                return bools ? null : PyInt.of(a | b);
            }
            case I_XOR -> {
                return bools ? null : PyInt.of(a ^ b);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Truth of a value as {@link Abstract#isTrue}, with the common cases first in a method small
     * enough for the JVM to inline into the instruction loop (isTrue itself is too big for that).
     */
    private static boolean truth(PyObject v) {
        if (v == PyBool.TRUE) {
            return true;
        }
        if (v == PyBool.FALSE || v == NONE) {
            return false;
        }
        if (v instanceof PyInt i && i.isPlain() && !i.isBig()) {
            return i.value != 0;
        }
        if (v instanceof PyStr str && str.isExact()) {
            return !str.value().isEmpty();
        }
        if (v instanceof PyList l && l.isExact()) {
            return l.size() != 0;
        }
        return Abstract.isTrue(v);
    }

    // BinaryOp ordinals as constants for the switch above (checked against the enum when loaded)
    private static final int I_ADD = 0;
    private static final int I_SUB = 1;
    private static final int I_MUL = 2;
    private static final int I_FLOORDIV = 5;
    private static final int I_MOD = 6;
    private static final int I_LSHIFT = 8;
    private static final int I_RSHIFT = 9;
    private static final int I_AND = 10;
    private static final int I_OR = 11;
    private static final int I_XOR = 12;

    static {
        if (BinaryOp.ADD.ordinal() != I_ADD || BinaryOp.SUB.ordinal() != I_SUB || BinaryOp.MUL.ordinal() != I_MUL
                || BinaryOp.FLOORDIV.ordinal() != I_FLOORDIV || BinaryOp.MOD.ordinal() != I_MOD
                || BinaryOp.LSHIFT.ordinal() != I_LSHIFT || BinaryOp.RSHIFT.ordinal() != I_RSHIFT
                || BinaryOp.AND.ordinal() != I_AND || BinaryOp.OR.ordinal() != I_OR || BinaryOp.XOR.ordinal() != I_XOR) {
            throw new IllegalStateException("BinaryOp was reordered: update Execution's constants");
        }
    }

    /** The common arithmetic of two exact floats (as CPython's float_add and friends); else null. */
    private static PyObject floatOp(int op, PyFloat x, PyFloat y) {
        if (!x.isExact() || !y.isExact()) {
            return null;
        }
        if (op == ADD) {
            return PyFloat.of(x.value + y.value);
        }
        if (op == SUB) {
            return PyFloat.of(x.value - y.value);
        }
        if (op == MUL) {
            return PyFloat.of(x.value * y.value);
        }
        if (op == TRUEDIV && y.value != 0) {
            return PyFloat.of(x.value / y.value);
        }
        return null;
    }

    /** BINARY_OP beyond the inline fast paths. */
    private static PyObject binaryOp(int arg, PyObject a, PyObject b) {
        BinaryOp op = BinaryOp.of(arg & 15);
        if (a instanceof PyInt x && b instanceof PyInt y && x.isPlain() && y.isPlain()) {
            return op == BinaryOp.TRUEDIV || op == BinaryOp.POW ? NumberOps.binary(op, a, b) : NumberOps.intOp(op, x, y);
        }
        if (isFloatOperand(a) && isFloatOperand(b) && (a instanceof PyFloat || b instanceof PyFloat)) {
            // what NumberOps.binary and inplace come to for exact floats and ints
            return NumberOps.floatOp(op, NumberOps.toDouble(a), NumberOps.toDouble(b));
        }
        if ((arg & Opcode.INPLACE) != 0) {
            return NumberOps.inplace(op, a, b);
        }
        return NumberOps.binary(op, a, b);
    }

    private static final CompareOp[] COMPARE_OPS = CompareOp.values();

    /** An exact float or an int that is not an instance of a subclass. */
    private static boolean isFloatOperand(PyObject o) {
        return o instanceof PyFloat x ? x.isExact() : o instanceof PyInt i && i.isPlain();
    }

    /** IEEE comparison, as CPython's {@code float_richcompare} for two floats (false with NaN except !=). */
    private static boolean compareFloats(CompareOp op, double x, double y) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            case GE -> x >= y;
        };
    }

    /** The position {@code key} (an int, negative from the end) names in a sequence of {@code size}; -1 when out of range or not a plain int. */
    private static int smallIndex(PyObject key, int size) {
        if (key instanceof PyInt i && !i.isBig()) {
            long v = i.value;
            if (v < 0) {
                v += size;
            }
            if (v >= 0 && v < size) {
                return (int) v;
            }
        }
        return -1;
    }

    static void clear(PyObject[] stack, int from, int n) {
        for (int i = 0; i < n; i++) {
            stack[from + i] = null;
        }
    }
}
