package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BuiltinMethods;
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
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySet;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PySlice;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * The instructions the loop in {@link Execution} runs rarely (namespaces, imports, class and
 * function creation, exception handler bookkeeping, pattern matching, building sets, dicts and
 * strings, calls with keywords, raise, ...). Keeping them out of the loop's method keeps that
 * method small, so the JVM compiles it quickly and keeps its hot state in registers; none of
 * these changes the instruction index.
 */
final class RareOps {
    private RareOps() {
    }

    private static final PyObject NONE = PySingleton.NONE;

    /**
     * Runs the instruction {@code instr} (at index {@code cur}; {@code pc} is the next one) on
     * {@code f} whose value stack holds {@code sp} values; returns the new stack depth.
     */
    static int execute(Interpreter interp, Frame f, int instr, int pc, int cur, int sp) {
        final CodeObject co = f.code;
        final PyObject[] consts = co.consts;
        final String[] names = co.names;
        final PyStr[] nameStrs = co.nameStrs;
        final PyObject[] stack = f.stack;
        final PyObject[] fast = f.fast;
        final PyCell[] cells = f.cells;
        final int arg = instr >> 8;
        switch (instr & 0xff) {
            case Op.DELETE_FAST -> {
                if (fast[arg] == null) {
                    throw Support.unboundLocal(co.varnames[arg]);
                }
                fast[arg] = null;
            }
            case Op.DELETE_DEREF -> {
                if (cells[arg].value == null) {
                    throw Support.unboundCell(co, arg);
                }
                cells[arg].value = null;
            }
            case Op.LOAD_CLOSURE -> stack[sp++] = cells[arg];
            case Op.LOAD_CLASSDEREF -> {
                String name = co.cellName(arg);
                PyObject v = f.locals instanceof PyDict d ? d.getStr(name) : null;
                if (v == null) {
                    v = cells[arg].value;
                    if (v == null) {
                        throw Support.unboundCell(co, arg);
                    }
                }
                stack[sp++] = v;
            }
            case Op.STORE_GLOBAL -> {
                f.globals.put(nameStrs[arg], stack[--sp]);
                stack[sp] = null;
            }
            case Op.DELETE_GLOBAL -> {
                if (f.globals.delStr(names[arg]) == null) {
                    throw Errors.nameError("name '" + names[arg] + "' is not defined");
                }
            }
            case Op.LOAD_NAME -> {
                String name = names[arg];
                PyObject v = f.locals instanceof PyDict d && d.type() == PyDict.TYPE ? d.get(nameStrs[arg])
                        : Support.loadFromLocals(f, name);
                if (v == null) {
                    v = f.globals.get(nameStrs[arg]);
                    if (v == null) {
                        v = f.builtins.get(nameStrs[arg]);
                        if (v == null) {
                            throw Support.nameError(name);
                        }
                    }
                }
                stack[sp++] = v;
            }
            case Op.STORE_NAME -> {
                PyObject v = stack[--sp];
                stack[sp] = null;
                if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
                    d.put(nameStrs[arg], v);
                } else {
                    Abstract.setItem(f.locals, PyStr.of(names[arg]), v);
                }
            }
            case Op.DELETE_NAME -> {
                Support.deleteName(f, names[arg]);
            }
            case Op.DELETE_ATTR -> {
                PyObject obj = stack[--sp];
                stack[sp] = null;
                Abstract.setAttr(obj, names[arg], null);
            }
            case Op.DELETE_SUBSCR -> {
                PyObject key = stack[--sp];
                PyObject obj = stack[--sp];
                stack[sp] = stack[sp + 1] = null;
                Abstract.delItem(obj, key);
            }
            case Op.BUILD_SLICE -> {
                PyObject step = arg == 3 ? stack[--sp] : NONE;
                PyObject stop = stack[--sp];
                PyObject start = stack[sp - 1];
                stack[sp] = stack[sp + 1] = null;
                stack[sp - 1] = new PySlice(start, stop, step);
            }
            case Op.UNARY_POSITIVE -> stack[sp - 1] = NumberOps.positive(stack[sp - 1]);
            case Op.UNARY_INVERT -> stack[sp - 1] = NumberOps.invert(stack[sp - 1]);
            case Op.BUILD_SET -> {
                PySet s = new PySet(false);
                sp -= arg;
                for (int i = 0; i < arg; i++) {
                    s.add(stack[sp + i]);
                }
                Execution.clear(stack, sp, arg);
                stack[sp++] = s;
            }
            case Op.BUILD_MAP -> {
                PyDict d = new PyDict();
                sp -= 2 * arg;
                for (int i = 0; i < arg; i++) {
                    d.put(stack[sp + 2 * i], stack[sp + 2 * i + 1]);
                }
                Execution.clear(stack, sp, 2 * arg);
                stack[sp++] = d;
            }
            case Op.BUILD_STRING -> {
                sp -= arg;
                int len = 0;
                for (int i = 0; i < arg; i++) {
                    len += ((PyStr) stack[sp + i]).value().length();
                }
                StringBuilder sb = new StringBuilder(len);
                for (int i = 0; i < arg; i++) {
                    sb.append(((PyStr) stack[sp + i]).value());
                }
                Execution.clear(stack, sp, arg);
                stack[sp++] = PyStr.of(sb.toString());
            }
            case Op.SET_ADD -> {
                PyObject v = stack[--sp];
                stack[sp] = null;
                ((PySet) stack[sp - arg]).add(v);
            }
            case Op.MAP_ADD -> {
                PyObject v = stack[--sp];
                PyObject k = stack[--sp];
                stack[sp] = stack[sp + 1] = null;
                ((PyDict) stack[sp - arg]).put(k, v);
            }
            case Op.LIST_EXTEND -> {
                PyObject v = stack[--sp];
                stack[sp] = null;
                org.jpsyco.frontend.python.objects.CallSiteArgs.extend((PyList) stack[sp - arg], v);
            }
            case Op.SET_UPDATE -> {
                PyObject v = stack[--sp];
                stack[sp] = null;
                ((PySet) stack[sp - arg]).update(v);
            }
            case Op.DICT_UPDATE, Op.DICT_MERGE -> {
                PyObject v = stack[--sp];
                stack[sp] = null;
                PyDict d = (PyDict) stack[sp - arg];
                if (!(v instanceof PyDict) && (v.type().lookup("keys") == null)) {
                    throw Errors.typeError("'" + v.type().name() + "' object is not a mapping");
                }
                BuiltinMethods.update(d, v);
            }
            case Op.LIST_TO_TUPLE -> stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).items);
            case Op.FORMAT_VALUE -> {
                PyObject spec = (arg & 4) != 0 ? stack[--sp] : null;
                PyObject v = stack[sp - 1];
                switch (arg & 3) {
                    case 1 -> v = Abstract.str(v);
                    case 2 -> v = Abstract.repr(v);
                    case 3 -> v = Abstract.ascii(v);
                    default -> {
                    }
                }
                if (spec == null && v instanceof PyStr) {
                    stack[sp - 1] = v;
                } else if (spec == null && (v instanceof PyInt i ? i.type() == PyInt.TYPE
                        : v instanceof PyFloat x && x.isExact())) {
                    // an empty format spec formats a plain int or float as its str
                    stack[sp - 1] = Abstract.str(v);
                } else {
                    stack[sp - 1] = Abstract.format(v, spec == null ? "" : ((PyStr) spec).value());
                }
                stack[sp] = null;
            }
            case Op.UNPACK_EX -> {
                PyObject seq = stack[--sp];
                int before = arg & 0xff;
                int after = arg >> 8;
                PyObject[] items = Support.unpackEx(seq, before, after);
                for (int i = items.length - 1; i >= 0; i--) {
                    stack[sp++] = items[i];
                }
            }
            case Op.CALL_KW -> {
                PyTuple kwt = (PyTuple) stack[--sp];
                String[] kwnames = kwNames(kwt, f.code.caches(), cur);
                PyObject[] args = new PyObject[arg];
                sp -= arg;
                System.arraycopy(stack, sp, args, 0, arg);
                Execution.clear(stack, sp, arg + 1);
                f.sp = sp;
                f.pc = pc;
                f.lasti = cur;
                stack[sp - 1] = Abstract.call(stack[sp - 1], args, kwnames);
            }
            case Op.RAISE_VARARGS -> {
                PyObject cause = arg == 2 ? stack[--sp] : null;
                PyObject exc = arg >= 1 ? stack[--sp] : null;
                f.sp = sp;
                throw Support.raise(interp, f, exc, cause);
            }
            case Op.RERAISE -> {
                PyObject exc = stack[--sp];
                stack[sp] = null;
                f.sp = sp;
                PyException e = ((PyBaseException) exc).toThrowable();
                e.reraised = true;
                throw e;
            }
            case Op.CALL_FUNCTION_EX -> {
                PyObject kwargs = (arg & 1) != 0 ? stack[--sp] : null;
                PyObject args = stack[--sp];
                stack[sp] = stack[sp + 1] = null;
                f.sp = sp;
                f.pc = pc;
                f.lasti = cur;
                stack[sp - 1] = Support.callEx(stack[sp - 1], args, kwargs);
            }
            case Op.MAKE_FUNCTION -> {
                CodeObject fc = (CodeObject) stack[--sp];
                PyCell[] closure = (arg & 8) != 0 ? Interpreter.cells(((PyTuple) stack[--sp]).items) : null;
                PyObject annotations = (arg & 4) != 0 ? stack[--sp] : null;
                PyDict kwdefaults = (arg & 2) != 0 ? (PyDict) stack[--sp] : null;
                PyObject[] defaults = (arg & 1) != 0 ? ((PyTuple) stack[--sp]).items : null;
                Execution.clear(stack, sp, Integer.bitCount(arg & 0xf) + 1);
                PyFunction fn = new PyFunction(fc, f.globals, defaults, kwdefaults, closure, interp);
                if (annotations != null) {
                    fn.dict().putStr("__annotations__", annotations);
                }
                if (fc.consts.length > 0 && fc.consts[0] instanceof PyStr doc && !fc.name.startsWith("<")) {
                    fn.doc = doc;
                }
                stack[sp++] = fn;
            }
            case Op.GET_AWAITABLE -> {
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
            case Op.GET_YIELD_FROM_ITER -> {
                if (!(stack[sp - 1] instanceof PyGenerator)) {
                    stack[sp - 1] = Abstract.getIter(stack[sp - 1]);
                }
            }
            case Op.IMPORT_NAME -> {
                PyObject fromlist = stack[--sp];
                PyObject level = stack[sp - 1];
                stack[sp] = null;
                stack[sp - 1] = interp.rt.importName(names[arg], f.globals, fromlist,
                        ((PyInt) level).intValue());
            }
            case Op.IMPORT_FROM -> {
                stack[sp] = interp.rt.importFrom(stack[sp - 1], names[arg]);
                sp++;
            }
            case Op.IMPORT_STAR -> {
                PyObject mod = stack[--sp];
                stack[sp] = null;
                interp.rt.importStar(mod, (PyDict) f.locals);
            }
            case Op.PUSH_EXC_INFO -> {
                PyObject exc = stack[sp - 1];
                stack[sp - 1] = f.handled == null ? NONE : f.handled;
                stack[sp++] = exc;
                f.handled = (PyBaseException) exc;
            }
            case Op.POP_EXCEPT -> {
                PyObject prev = stack[--sp];
                stack[sp] = null;
                f.handled = prev == NONE ? null : (PyBaseException) prev;
            }
            case Op.CHECK_EXC_MATCH -> {
                PyObject type = stack[--sp];
                Support.checkCatchable(type);
                stack[sp++] = PyBool.of(Abstract.isInstance(stack[sp - 2], type));
            }
            case Op.BEFORE_WITH -> {
                PyObject mgr = stack[sp - 1];
                PyObject enter = mgr.type().lookup("__enter__");
                PyObject exit = mgr.type().lookup("__exit__");
                if (enter == null || exit == null) {
                    throw Errors.typeError("'" + mgr.type().name() + "' object does not support the context "
                            + "manager protocol" + (enter == null ? "" : " (missed __exit__ method)"));
                }
                stack[sp - 1] = Abstract.getAttr(mgr, "__exit__");
                f.sp = sp;
                stack[sp++] = Abstract.callDescriptor(enter, mgr);
            }
            case Op.WITH_EXCEPT_START -> {
                PyBaseException exc = (PyBaseException) stack[sp - 1];
                PyObject exit = stack[sp - 3];
                PyObject tb = exc.traceback == null ? NONE : exc.traceback;
                stack[sp++] = Abstract.call(exit, exc.type(), exc, tb);
            }
            case Op.LOAD_BUILD_CLASS -> {
                PyObject bc = f.builtins.getStr("__build_class__");
                if (bc == null) {
                    throw Errors.nameError("__build_class__ not found");
                }
                stack[sp++] = bc;
            }
            case Op.SETUP_ANNOTATIONS -> {
                PyDict d = (PyDict) f.locals;
                if (d.getStr("__annotations__") == null) {
                    d.putStr("__annotations__", new PyDict());
                }
            }
            case Op.LOAD_ASSERTION_ERROR -> stack[sp++] = ExceptionTypes.ASSERTION_ERROR;
            case Op.MATCH_SEQUENCE -> {
                PyObject o = stack[sp - 1];
                stack[sp++] = PyBool.of(o instanceof PyList || o instanceof PyTuple
                        || o instanceof org.jpsyco.frontend.python.objects.PyRange);
            }
            case Op.MATCH_MAPPING -> stack[sp] = PyBool.of(stack[sp++ - 1] instanceof PyDict);
            case Op.GET_LEN -> {
                stack[sp] = PyInt.of(Abstract.length(stack[sp - 1]));
                sp++;
            }
            case Op.MATCH_KEYS -> {
                PyTuple keys = (PyTuple) stack[sp - 1];
                stack[sp - 1] = Support.matchKeys(stack[sp - 2], keys);
            }
            case Op.MATCH_CLASS -> {
                PyTuple kw = (PyTuple) stack[--sp];
                PyObject cls = stack[--sp];
                stack[sp] = stack[sp + 1] = null;
                stack[sp - 1] = Support.matchClass(stack[sp - 1], cls, arg, kw);
            }
            case Op.COPY_DICT_WITHOUT_KEYS -> {
                PyTuple keys = (PyTuple) stack[--sp];
                stack[sp] = null;
                PyDict copy = new PyDict();
                BuiltinMethods.update(copy, stack[sp - 1]);
                for (PyObject k : keys.items) {
                    copy.del(k);
                }
                stack[sp - 1] = copy;
            }
            case Op.PRINT_EXPR -> {
                PyObject v = stack[--sp];
                stack[sp] = null;
                interp.rt.displayHook(v);
            }
            case Op.GET_AITER -> stack[sp - 1] = AsyncSupport.getAiter(stack[sp - 1]);
            case Op.GET_ANEXT -> {
                stack[sp] = AsyncSupport.getAnext(stack[sp - 1]);
                sp++;
            }
            case Op.END_ASYNC_FOR -> {
                PyObject exc = stack[--sp];
                stack[sp] = null;
                f.sp = sp;
                AsyncSupport.endAsyncFor(exc);
                stack[--sp] = null;
            }
            case Op.BEFORE_ASYNC_WITH -> {
                PyObject mgr = stack[sp - 1];
                stack[sp - 1] = AsyncSupport.asyncExit(mgr);
                f.sp = sp;
                stack[sp++] = AsyncSupport.asyncEnter(mgr);
            }
            case Op.ASYNC_GEN_WRAP -> stack[sp - 1] = new PyAsyncGenerator.Wrapped(stack[sp - 1]);
            case Op.CHECK_EG_MATCH -> {
                PyObject type = stack[--sp];
                stack[sp] = null;
                PyObject[] restMatch = Support.checkEgMatch(f, stack[sp - 1], type);
                stack[sp - 1] = restMatch[0];
                stack[sp++] = restMatch[1];
            }
            case Op.PREP_RERAISE_STAR -> {
                PyObject raised = stack[--sp];
                stack[sp] = null;
                stack[sp - 1] = ExceptionGroups.prepReraiseStar(stack[sp - 1], (PyList) raised);
            }
            default -> throw new IllegalStateException("unknown opcode " + (instr & 0xff));
        }
        return sp;
    }

    /** The keyword names of a {@code CALL_KW}'s constant tuple, converted once per site (callees only read them). */
    private static String[] kwNames(PyTuple kwt, Object[] caches, int site) {
        if (caches[site] instanceof KwNames k && k.tuple == kwt) {
            return k.names;
        }
        String[] names = new String[kwt.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = ((PyStr) kwt.items[i]).value();
        }
        caches[site] = new KwNames(kwt, names);
        return names;
    }

    private record KwNames(PyTuple tuple, String[] names) {
    }
}
