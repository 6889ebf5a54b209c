package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyCell;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyException;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyFunction;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyMethod;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySet;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PySlice;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * The instruction loop. It keeps the stack pointer and instruction index in Java locals and
 * writes them back to the frame when it returns or yields; {@code f.lasti} always names the
 * instruction being run so that a raised exception can be located and handled.
 */
final class Execution {
    private Execution() {
    }

    private static final PyObject NONE = PySingleton.NONE;

    static PyObject execute(Interpreter interp, Frame f) {
        final CodeObject co = f.code;
        final int[] code = co.code;
        final PyObject[] consts = co.consts;
        final String[] names = co.names;
        final PyStr[] nameStrs = co.nameStrs;
        final PyObject[] stack = f.stack;
        final PyObject[] fast = f.fast;
        final PyCell[] cells = f.cells;
        int sp = f.sp;
        int pc = f.pc;
        while (true) {
            if (pc == f.breakpoint) {
                f.breakpoint = -1;
                f.sp = sp;
                f.pc = pc;
                f.stopped = true;
                return null;
            }
            final int instr = code[pc];
            f.lasti = pc;
            pc++;
            final int arg = instr >> 8;
            switch (Opcode.of(instr)) {
                case NOP -> {
                }
                case POP_TOP -> stack[--sp] = null;
                case COPY -> {
                    stack[sp] = stack[sp - arg];
                    sp++;
                }
                case SWAP -> {
                    PyObject t = stack[sp - 1];
                    stack[sp - 1] = stack[sp - arg];
                    stack[sp - arg] = t;
                }
                case LOAD_CONST -> stack[sp++] = consts[arg];
                case LOAD_FAST -> {
                    PyObject v = fast[arg];
                    if (v == null) {
                        throw Errors.raise(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                                + co.varnames[arg] + "' where it is not associated with a value");
                    }
                    stack[sp++] = v;
                }
                case STORE_FAST -> {
                    fast[arg] = stack[--sp];
                    stack[sp] = null;
                }
                case DELETE_FAST -> {
                    if (fast[arg] == null) {
                        throw Errors.raise(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                                + co.varnames[arg] + "' where it is not associated with a value");
                    }
                    fast[arg] = null;
                }
                case LOAD_DEREF -> {
                    PyObject v = cells[arg].value;
                    if (v == null) {
                        throw unboundCell(co, arg);
                    }
                    stack[sp++] = v;
                }
                case STORE_DEREF -> {
                    cells[arg].value = stack[--sp];
                    stack[sp] = null;
                }
                case DELETE_DEREF -> {
                    if (cells[arg].value == null) {
                        throw unboundCell(co, arg);
                    }
                    cells[arg].value = null;
                }
                case LOAD_CLOSURE -> stack[sp++] = cells[arg];
                case LOAD_CLASSDEREF -> {
                    String name = co.cellName(arg);
                    PyObject v = f.locals instanceof PyDict d ? d.getStr(name) : null;
                    if (v == null) {
                        v = cells[arg].value;
                        if (v == null) {
                            throw unboundCell(co, arg);
                        }
                    }
                    stack[sp++] = v;
                }
                case LOAD_GLOBAL -> {
                    PyStr name = nameStrs[arg];
                    PyObject v = f.globals.get(name);
                    if (v == null) {
                        v = f.builtins.get(name);
                        if (v == null) {
                            throw nameError(name.value());
                        }
                    }
                    stack[sp++] = v;
                }
                case STORE_GLOBAL -> {
                    f.globals.put(nameStrs[arg], stack[--sp]);
                    stack[sp] = null;
                }
                case DELETE_GLOBAL -> {
                    if (f.globals.delStr(names[arg]) == null) {
                        throw Errors.nameError("name '" + names[arg] + "' is not defined");
                    }
                }
                case LOAD_NAME -> {
                    String name = names[arg];
                    PyObject v = f.locals instanceof PyDict d ? d.get(nameStrs[arg]) : loadFromLocals(f, name);
                    if (v == null) {
                        v = f.globals.get(nameStrs[arg]);
                        if (v == null) {
                            v = f.builtins.get(nameStrs[arg]);
                            if (v == null) {
                                throw nameError(name);
                            }
                        }
                    }
                    stack[sp++] = v;
                }
                case STORE_NAME -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    if (f.locals instanceof PyDict d) {
                        d.put(nameStrs[arg], v);
                    } else {
                        Abstract.setItem(f.locals, PyStr.of(names[arg]), v);
                    }
                }
                case DELETE_NAME -> {
                    PyDict d = (PyDict) f.locals;
                    if (d.delStr(names[arg]) == null) {
                        throw Errors.nameError("name '" + names[arg] + "' is not defined");
                    }
                }
                case LOAD_ATTR -> stack[sp - 1] = Abstract.getAttr(stack[sp - 1], nameStrs[arg]);
                case STORE_ATTR -> {
                    PyObject obj = stack[--sp];
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    stack[sp + 1] = null;
                    Abstract.setAttr(obj, nameStrs[arg], v);
                }
                case DELETE_ATTR -> {
                    PyObject obj = stack[--sp];
                    stack[sp] = null;
                    Abstract.setAttr(obj, names[arg], null);
                }
                case BINARY_SUBSCR -> {
                    PyObject key = stack[--sp];
                    stack[sp] = null;
                    PyObject obj = stack[sp - 1];
                    if (obj instanceof PyList l && l.isExact() && key instanceof PyInt i && !i.isBig() && i.value >= 0
                            && i.value < l.size()) {
                        stack[sp - 1] = l.items.get((int) i.value);
                    } else {
                        stack[sp - 1] = Abstract.getItem(obj, key);
                    }
                }
                case STORE_SUBSCR -> {
                    PyObject key = stack[--sp];
                    PyObject obj = stack[--sp];
                    PyObject v = stack[--sp];
                    stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
                    Abstract.setItem(obj, key, v);
                }
                case DELETE_SUBSCR -> {
                    PyObject key = stack[--sp];
                    PyObject obj = stack[--sp];
                    stack[sp] = stack[sp + 1] = null;
                    Abstract.delItem(obj, key);
                }
                case BUILD_SLICE -> {
                    PyObject step = arg == 3 ? stack[--sp] : NONE;
                    PyObject stop = stack[--sp];
                    PyObject start = stack[sp - 1];
                    stack[sp] = stack[sp + 1] = null;
                    stack[sp - 1] = new PySlice(start, stop, step);
                }
                case UNARY_POSITIVE -> stack[sp - 1] = NumberOps.positive(stack[sp - 1]);
                case UNARY_NEGATIVE -> stack[sp - 1] = NumberOps.negative(stack[sp - 1]);
                case UNARY_INVERT -> stack[sp - 1] = NumberOps.invert(stack[sp - 1]);
                case UNARY_NOT -> stack[sp - 1] = PyBool.of(!Abstract.isTrue(stack[sp - 1]));
                case BINARY_OP -> {
                    PyObject b = stack[--sp];
                    stack[sp] = null;
                    PyObject a = stack[sp - 1];
                    BinaryOp op = BinaryOp.of(arg & 15);
                    if (a instanceof PyInt x && b instanceof PyInt y && x.isPlain() && y.isPlain()) {
                        stack[sp - 1] = op == BinaryOp.TRUEDIV || op == BinaryOp.POW
                                ? NumberOps.binary(op, a, b) : NumberOps.intOp(op, x, y);
                    } else if (isFloatOperand(a) && isFloatOperand(b) && (a instanceof PyFloat || b instanceof PyFloat)) {
                        // what NumberOps.binary and inplace come to for exact floats and ints
                        stack[sp - 1] = NumberOps.floatOp(op, NumberOps.toDouble(a), NumberOps.toDouble(b));
                    } else if ((arg & Opcode.INPLACE) != 0) {
                        stack[sp - 1] = NumberOps.inplace(op, a, b);
                    } else {
                        stack[sp - 1] = NumberOps.binary(op, a, b);
                    }
                }
                case COMPARE_OP -> {
                    PyObject b = stack[--sp];
                    stack[sp] = null;
                    PyObject a = stack[sp - 1];
                    CompareOp op = COMPARE_OPS[arg];
                    if (a instanceof PyInt x && b instanceof PyInt y && !x.isBig() && !y.isBig() && x.isPlain()
                            && y.isPlain()) {
                        stack[sp - 1] = PyBool.of(op.test(Long.compare(x.value, y.value)));
                    } else if (a instanceof PyFloat x && b instanceof PyFloat y && x.isExact() && y.isExact()) {
                        stack[sp - 1] = PyBool.of(compareFloats(op, x.value, y.value));
                    } else {
                        stack[sp - 1] = Abstract.richCompare(a, b, op);
                    }
                }
                case IS_OP -> {
                    PyObject b = stack[--sp];
                    stack[sp] = null;
                    stack[sp - 1] = PyBool.of((stack[sp - 1] == b) ^ (arg == 1));
                }
                case CONTAINS_OP -> {
                    PyObject container = stack[--sp];
                    stack[sp] = null;
                    stack[sp - 1] = PyBool.of(Abstract.contains(container, stack[sp - 1]) ^ (arg == 1));
                }
                case BUILD_TUPLE -> {
                    PyObject[] items = new PyObject[arg];
                    sp -= arg;
                    System.arraycopy(stack, sp, items, 0, arg);
                    clear(stack, sp, arg);
                    stack[sp++] = PyTuple.of(items);
                }
                case BUILD_LIST -> {
                    PyObject[] items = new PyObject[arg];
                    sp -= arg;
                    System.arraycopy(stack, sp, items, 0, arg);
                    clear(stack, sp, arg);
                    stack[sp++] = new PyList(items);
                }
                case BUILD_SET -> {
                    PySet s = new PySet(false);
                    sp -= arg;
                    for (int i = 0; i < arg; i++) {
                        s.add(stack[sp + i]);
                    }
                    clear(stack, sp, arg);
                    stack[sp++] = s;
                }
                case BUILD_MAP -> {
                    PyDict d = new PyDict();
                    sp -= 2 * arg;
                    for (int i = 0; i < arg; i++) {
                        d.put(stack[sp + 2 * i], stack[sp + 2 * i + 1]);
                    }
                    clear(stack, sp, 2 * arg);
                    stack[sp++] = d;
                }
                case BUILD_STRING -> {
                    StringBuilder sb = new StringBuilder();
                    sp -= arg;
                    for (int i = 0; i < arg; i++) {
                        sb.append(((PyStr) stack[sp + i]).value());
                    }
                    clear(stack, sp, arg);
                    stack[sp++] = PyStr.of(sb.toString());
                }
                case LIST_APPEND -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    ((PyList) stack[sp - arg]).items.add(v);
                }
                case SET_ADD -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    ((PySet) stack[sp - arg]).add(v);
                }
                case MAP_ADD -> {
                    PyObject v = stack[--sp];
                    PyObject k = stack[--sp];
                    stack[sp] = stack[sp + 1] = null;
                    ((PyDict) stack[sp - arg]).put(k, v);
                }
                case LIST_EXTEND -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    ((PyList) stack[sp - arg]).items.addAll(Abstract.toList(v));
                }
                case SET_UPDATE -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    PySet s = (PySet) stack[sp - arg];
                    for (PyObject x : Abstract.toList(v)) {
                        s.add(x);
                    }
                }
                case DICT_UPDATE, DICT_MERGE -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    PyDict d = (PyDict) stack[sp - arg];
                    if (!(v instanceof PyDict) && (v.type().lookup("keys") == null)) {
                        throw Errors.typeError("'" + v.type().name() + "' object is not a mapping");
                    }
                    BuiltinMethods.update(d, v);
                }
                case LIST_TO_TUPLE -> stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).items);
                case FORMAT_VALUE -> {
                    PyObject spec = (arg & 4) != 0 ? stack[--sp] : null;
                    PyObject v = stack[sp - 1];
                    switch (arg & 3) {
                        case 1 -> v = Abstract.str(v);
                        case 2, 3 -> v = Abstract.repr(v);
                        default -> {
                        }
                    }
                    if (spec == null && v instanceof PyStr) {
                        stack[sp - 1] = v;
                    } else {
                        stack[sp - 1] = Abstract.format(v, spec == null ? "" : ((PyStr) spec).value());
                    }
                    stack[sp] = null;
                }
                case UNPACK_SEQUENCE -> {
                    PyObject seq = stack[--sp];
                    PyObject[] items = Support.unpack(seq, arg);
                    for (int i = arg - 1; i >= 0; i--) {
                        stack[sp++] = items[i];
                    }
                }
                case UNPACK_EX -> {
                    PyObject seq = stack[--sp];
                    int before = arg & 0xff;
                    int after = arg >> 8;
                    PyObject[] items = Support.unpackEx(seq, before, after);
                    for (int i = items.length - 1; i >= 0; i--) {
                        stack[sp++] = items[i];
                    }
                }
                case JUMP -> {
                    if (arg < pc && interp.jit != null) {
                        // a loop head: compiled code may take the activation over (on-stack replacement)
                        f.sp = sp;
                        f.pc = arg;
                        PyObject r = interp.jit.loopHead(f);
                        if (r != null) {
                            return r;
                        }
                        sp = f.sp;
                        pc = f.pc;
                    } else {
                        pc = arg;
                    }
                }
                case POP_JUMP_IF_FALSE -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    if (v == PyBool.FALSE || (v != PyBool.TRUE && !Abstract.isTrue(v))) {
                        pc = arg;
                    }
                }
                case POP_JUMP_IF_TRUE -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    if (v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue(v))) {
                        pc = arg;
                    }
                }
                case POP_JUMP_IF_NONE -> {
                    if (stack[--sp] == NONE) {
                        pc = arg;
                    }
                    stack[sp] = null;
                }
                case POP_JUMP_IF_NOT_NONE -> {
                    if (stack[--sp] != NONE) {
                        pc = arg;
                    }
                    stack[sp] = null;
                }
                case JUMP_IF_FALSE_OR_POP -> {
                    if (!Abstract.isTrue(stack[sp - 1])) {
                        pc = arg;
                    } else {
                        stack[--sp] = null;
                    }
                }
                case JUMP_IF_TRUE_OR_POP -> {
                    if (Abstract.isTrue(stack[sp - 1])) {
                        pc = arg;
                    } else {
                        stack[--sp] = null;
                    }
                }
                case GET_ITER -> stack[sp - 1] = Abstract.getIter(stack[sp - 1]);
                case FOR_ITER -> {
                    PyObject v = Abstract.next(stack[sp - 1]);
                    if (v == null) {
                        stack[--sp] = null;
                        pc = arg;
                    } else {
                        stack[sp++] = v;
                    }
                }
                case CALL -> {
                    PyObject fn = stack[sp - arg - 1];
                    if (fn instanceof PyMethod m && m.function instanceof PyFunction pf) {
                        // what Abstract.call does for a bound method, without copying the arguments twice
                        PyObject[] args = new PyObject[arg + 1];
                        args[0] = m.self;
                        sp -= arg;
                        System.arraycopy(stack, sp, args, 1, arg);
                        clear(stack, sp, arg);
                        f.sp = sp;
                        f.pc = pc;
                        stack[sp - 1] = interp.invoke(pf, args, BuiltinImpl.NO_KW);
                    } else {
                        PyObject[] args = new PyObject[arg];
                        sp -= arg;
                        System.arraycopy(stack, sp, args, 0, arg);
                        clear(stack, sp, arg);
                        f.sp = sp;
                        f.pc = pc;
                        stack[sp - 1] = fn instanceof PyFunction pf ? interp.invoke(pf, args, BuiltinImpl.NO_KW)
                                : Abstract.call(fn, args, BuiltinImpl.NO_KW);
                    }
                }
                case CALL_KW -> {
                    PyTuple kwt = (PyTuple) stack[--sp];
                    String[] kwnames = new String[kwt.size()];
                    for (int i = 0; i < kwnames.length; i++) {
                        kwnames[i] = ((PyStr) kwt.items[i]).value();
                    }
                    PyObject[] args = new PyObject[arg];
                    sp -= arg;
                    System.arraycopy(stack, sp, args, 0, arg);
                    clear(stack, sp, arg + 1);
                    f.sp = sp;
                    f.pc = pc;
                    stack[sp - 1] = Abstract.call(stack[sp - 1], args, kwnames);
                }
                case CALL_FUNCTION_EX -> {
                    PyObject kwargs = (arg & 1) != 0 ? stack[--sp] : null;
                    PyObject args = stack[--sp];
                    stack[sp] = stack[sp + 1] = null;
                    f.sp = sp;
                    f.pc = pc;
                    stack[sp - 1] = Support.callEx(stack[sp - 1], args, kwargs);
                }
                case MAKE_FUNCTION -> {
                    CodeObject fc = (CodeObject) stack[--sp];
                    PyCell[] closure = (arg & 8) != 0 ? Interpreter.cells(((PyTuple) stack[--sp]).items) : null;
                    PyDict kwdefaults = (arg & 2) != 0 ? (PyDict) stack[--sp] : null;
                    PyObject[] defaults = (arg & 1) != 0 ? ((PyTuple) stack[--sp]).items : null;
                    clear(stack, sp, Integer.bitCount(arg & 0xb) + 1);
                    PyFunction fn = new PyFunction(fc, f.globals, defaults, kwdefaults, closure, interp);
                    if (fc.consts.length > 0 && fc.consts[0] instanceof PyStr doc && !fc.name.startsWith("<")) {
                        fn.doc = doc;
                    }
                    stack[sp++] = fn;
                }
                case RETURN_VALUE -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    f.sp = sp;
                    f.pc = pc;
                    return v;
                }
                case YIELD_VALUE -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    f.sp = sp;
                    f.pc = pc;
                    f.yielded = true;
                    return v;
                }
                case GET_AWAITABLE -> {
                    PyObject o = stack[sp - 1];
                    if (!(o instanceof PyGenerator g && g.isCoroutine())) {
                        PyObject m = o.type().lookup("__await__");
                        if (m == null) {
                            throw Errors.typeError("object " + o.type().name()
                                    + " can't be used in 'await' expression");
                        }
                        stack[sp - 1] = Abstract.callDescriptor(m, o);
                    }
                }
                case GET_YIELD_FROM_ITER -> {
                    if (!(stack[sp - 1] instanceof PyGenerator)) {
                        stack[sp - 1] = Abstract.getIter(stack[sp - 1]);
                    }
                }
                case SEND -> {
                    PyObject sent = stack[sp - 1];
                    PyObject it = stack[sp - 2];
                    PyObject r;
                    PyObject result = NONE;
                    if (it instanceof PyGenerator g) {
                        r = g.resume(sent, null);
                        if (r == null && g.returnValue != null) {
                            result = g.returnValue;
                        }
                    } else if (sent == NONE) {
                        r = Abstract.next(it);
                    } else {
                        r = Abstract.callMethod(it, "send", sent);
                    }
                    if (r == null) {
                        stack[--sp] = null;
                        stack[sp - 1] = result;
                        pc = arg;
                    } else {
                        stack[sp - 1] = r;
                    }
                }
                case IMPORT_NAME -> {
                    PyObject fromlist = stack[--sp];
                    PyObject level = stack[sp - 1];
                    stack[sp] = null;
                    stack[sp - 1] = interp.rt.importName(names[arg], f.globals, fromlist,
                            ((PyInt) level).intValue());
                }
                case IMPORT_FROM -> {
                    stack[sp] = interp.rt.importFrom(stack[sp - 1], names[arg]);
                    sp++;
                }
                case IMPORT_STAR -> {
                    PyObject mod = stack[--sp];
                    stack[sp] = null;
                    interp.rt.importStar(mod, (PyDict) f.locals);
                }
                case RAISE_VARARGS -> {
                    PyObject cause = arg == 2 ? stack[--sp] : null;
                    PyObject exc = arg >= 1 ? stack[--sp] : null;
                    f.sp = sp;
                    throw Support.raise(interp, f, exc, cause);
                }
                case RERAISE -> {
                    PyObject exc = stack[--sp];
                    stack[sp] = null;
                    f.sp = sp;
                    PyException e = ((PyBaseException) exc).toThrowable();
                    e.reraised = true;
                    throw e;
                }
                case PUSH_EXC_INFO -> {
                    PyObject exc = stack[sp - 1];
                    stack[sp - 1] = f.handled == null ? NONE : f.handled;
                    stack[sp++] = exc;
                    f.handled = (PyBaseException) exc;
                }
                case POP_EXCEPT -> {
                    PyObject prev = stack[--sp];
                    stack[sp] = null;
                    f.handled = prev == NONE ? null : (PyBaseException) prev;
                }
                case CHECK_EXC_MATCH -> {
                    PyObject type = stack[--sp];
                    Support.checkCatchable(type);
                    stack[sp++] = PyBool.of(Abstract.isInstance(stack[sp - 2], type));
                }
                case BEFORE_WITH -> {
                    PyObject mgr = stack[sp - 1];
                    PyObject enter = mgr.type().lookup("__enter__");
                    PyObject exit = mgr.type().lookup("__exit__");
                    if (enter == null || exit == null) {
                        throw Errors.typeError("'" + mgr.type().name() + "' object does not support the context "
                                + "manager protocol");
                    }
                    stack[sp - 1] = Abstract.getAttr(mgr, "__exit__");
                    f.sp = sp;
                    stack[sp++] = Abstract.callDescriptor(enter, mgr);
                }
                case WITH_EXCEPT_START -> {
                    PyBaseException exc = (PyBaseException) stack[sp - 1];
                    PyObject exit = stack[sp - 3];
                    PyObject tb = exc.traceback == null ? NONE : exc.traceback;
                    stack[sp++] = Abstract.call(exit, exc.type(), exc, tb);
                }
                case LOAD_BUILD_CLASS -> {
                    PyObject bc = f.builtins.getStr("__build_class__");
                    if (bc == null) {
                        throw Errors.nameError("__build_class__ not found");
                    }
                    stack[sp++] = bc;
                }
                case SETUP_ANNOTATIONS -> {
                    PyDict d = (PyDict) f.locals;
                    if (d.getStr("__annotations__") == null) {
                        d.putStr("__annotations__", new PyDict());
                    }
                }
                case LOAD_ASSERTION_ERROR -> stack[sp++] = ExceptionTypes.ASSERTION_ERROR;
                case MATCH_SEQUENCE -> {
                    PyObject o = stack[sp - 1];
                    stack[sp++] = PyBool.of(o instanceof PyList || o instanceof PyTuple
                            || o instanceof org.jpsyco.frontend.python.objects.PyRange);
                }
                case MATCH_MAPPING -> stack[sp] = PyBool.of(stack[sp++ - 1] instanceof PyDict);
                case GET_LEN -> {
                    stack[sp] = PyInt.of(Abstract.length(stack[sp - 1]));
                    sp++;
                }
                case MATCH_KEYS -> {
                    PyTuple keys = (PyTuple) stack[sp - 1];
                    stack[sp - 1] = Support.matchKeys(stack[sp - 2], keys);
                }
                case MATCH_CLASS -> {
                    PyTuple kw = (PyTuple) stack[--sp];
                    PyObject cls = stack[--sp];
                    stack[sp] = stack[sp + 1] = null;
                    stack[sp - 1] = Support.matchClass(stack[sp - 1], cls, arg, kw);
                }
                case COPY_DICT_WITHOUT_KEYS -> {
                    PyTuple keys = (PyTuple) stack[--sp];
                    stack[sp] = null;
                    PyDict copy = new PyDict();
                    BuiltinMethods.update(copy, stack[sp - 1]);
                    for (PyObject k : keys.items) {
                        copy.del(k);
                    }
                    stack[sp - 1] = copy;
                }
                case PRINT_EXPR -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    interp.rt.displayHook(v);
                }
            }
        }
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

    private static void clear(PyObject[] stack, int from, int n) {
        for (int i = 0; i < n; i++) {
            stack[from + i] = null;
        }
    }

    private static PyObject loadFromLocals(Frame f, String name) {
        if (f.locals instanceof PyDict d) {
            return d.getStr(name);
        }
        if (f.locals == null) {
            return null;
        }
        try {
            return Abstract.getItem(f.locals, PyStr.of(name));
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static PyException nameError(String name) {
        PyException e = Errors.nameError("name '" + name + "' is not defined");
        e.value.dict().putStr("name", PyStr.of(name));
        return e;
    }

    private static PyException unboundCell(CodeObject co, int i) {
        String name = co.cellName(i);
        if (i < co.cellvars.length) {
            return Errors.raise(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                    + "' where it is not associated with a value");
        }
        return Errors.nameError("cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }
}
