package org.jpsyco.frontend.python.jit;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.interp.Frame;
import org.jpsyco.frontend.python.interp.Support;
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
import org.jpsyco.frontend.python.objects.PyRange;
import org.jpsyco.frontend.python.objects.PySet;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PySlice;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * The runtime helpers of the generic path: one static method per operation, doing exactly what
 * the interpreter's instruction does (same fast paths, same runtime calls, same errors), with
 * references typed {@code Object} as the LIR sees them. A helper that raises throws
 * {@link PyException}; compiled code then leaves through the instruction's deopt descriptor and
 * the interpreter handles the exception at that instruction. {@code frame} is the activation's
 * {@link Frame}; {@code ctx} is the {@link JitRuntime} of the program.
 *
 * <p>Helpers are found by name through {@link HelperTable}: a helper's name is its symbol.
 */
public final class JitHelpers {
    private JitHelpers() {
    }

    private static final PyObject NONE = PySingleton.NONE;
    private static final CompareOp[] COMPARE_OPS = CompareOp.values();

    // ---- frame entry: the state compiled code starts from

    public static Object local(Object frame, long i) {
        return ((Frame) frame).fast[(int) i];
    }

    public static Object stackItem(Object frame, long i) {
        return ((Frame) frame).stack[(int) i];
    }

    /** The unbound marker (null) as a value, for a deleted local that flows into a merge point. */
    public static Object unbound() {
        return null;
    }

    // ---- locals, cells, names

    public static Object checkLocal(Object v, Object frame, long i) {
        if (v == null) {
            throw Support.unboundLocal(((Frame) frame).code.varnames[(int) i]);
        }
        return v;
    }

    public static Object loadDeref(Object frame, long i) {
        Frame f = (Frame) frame;
        PyObject v = f.cells[(int) i].value;
        if (v == null) {
            throw Support.unboundCell(f.code, (int) i);
        }
        return v;
    }

    public static void storeDeref(Object frame, long i, Object v) {
        ((Frame) frame).cells[(int) i].value = (PyObject) v;
    }

    public static void deleteDeref(Object frame, long i) {
        Frame f = (Frame) frame;
        if (f.cells[(int) i].value == null) {
            throw Support.unboundCell(f.code, (int) i);
        }
        f.cells[(int) i].value = null;
    }

    public static Object loadClosure(Object frame, long i) {
        return ((Frame) frame).cells[(int) i];
    }

    public static Object loadClassDeref(Object frame, long i) {
        Frame f = (Frame) frame;
        String name = f.code.cellName((int) i);
        PyObject v = f.locals instanceof PyDict d ? d.getStr(name) : null;
        if (v == null) {
            v = f.cells[(int) i].value;
            if (v == null) {
                throw Support.unboundCell(f.code, (int) i);
            }
        }
        return v;
    }

    public static Object loadGlobal(Object frame, Object name, Object caches, long site) {
        return Support.loadGlobal((Frame) frame, (PyStr) name, (Object[]) caches, (int) site);
    }

    public static void storeGlobal(Object frame, Object name, Object v) {
        ((Frame) frame).globals.put((PyStr) name, (PyObject) v);
    }

    public static void deleteGlobal(Object frame, Object name) {
        String n = ((PyStr) name).value();
        if (((Frame) frame).globals.delStr(n) == null) {
            throw Errors.nameError("name '" + n + "' is not defined");
        }
    }

    public static Object loadName(Object frame, Object name) {
        Frame f = (Frame) frame;
        PyStr n = (PyStr) name;
        PyObject v = f.locals instanceof PyDict d && d.type() == PyDict.TYPE ? d.get(n)
                : Support.loadFromLocals(f, n.value());
        if (v == null) {
            v = f.globals.get(n);
            if (v == null) {
                v = f.builtins.get(n);
                if (v == null) {
                    throw Support.nameError(n.value());
                }
            }
        }
        return v;
    }

    public static void storeName(Object frame, Object name, Object v) {
        Frame f = (Frame) frame;
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            d.put((PyStr) name, (PyObject) v);
        } else {
            Abstract.setItem(f.locals, PyStr.of(((PyStr) name).value()), (PyObject) v);
        }
    }

    public static void deleteName(Object frame, Object name) {
        Support.deleteName((Frame) frame, ((PyStr) name).value());
    }

    // ---- attributes and items

    public static Object loadAttr(Object o, Object name, Object caches, long site) {
        return Support.loadAttr((PyObject) o, (PyStr) name, (Object[]) caches, (int) site);
    }

    public static void storeAttr(Object o, Object name, Object v, Object caches, long site) {
        Support.storeAttr((PyObject) o, (PyStr) name, (PyObject) v, (Object[]) caches, (int) site);
    }

    public static void deleteAttr(Object o, Object name) {
        Abstract.setAttr((PyObject) o, ((PyStr) name).value(), null);
    }

    public static Object binarySubscr(Object o, Object k) {
        if (o instanceof PyList l && l.isExact() && k instanceof PyInt i && !i.isBig() && i.value >= 0
                && i.value < l.size()) {
            return l.items.get((int) i.value);
        }
        return Abstract.getItem((PyObject) o, (PyObject) k);
    }

    public static void storeSubscr(Object o, Object k, Object v) {
        Abstract.setItem((PyObject) o, (PyObject) k, (PyObject) v);
    }

    public static void deleteSubscr(Object o, Object k) {
        Abstract.delItem((PyObject) o, (PyObject) k);
    }

    public static Object buildSlice(Object start, Object stop, Object step) {
        return new PySlice((PyObject) start, (PyObject) stop, (PyObject) step);
    }

    // ---- operators

    public static Object unaryPositive(Object v) {
        return NumberOps.positive((PyObject) v);
    }

    public static Object unaryNegative(Object v) {
        return NumberOps.negative((PyObject) v);
    }

    public static Object unaryInvert(Object v) {
        return NumberOps.invert((PyObject) v);
    }

    public static Object unaryNot(Object v) {
        return PyBool.of(!Abstract.isTrue((PyObject) v));
    }

    public static Object binaryOp(Object x, Object y, long arg) {
        PyObject a = (PyObject) x;
        PyObject b = (PyObject) y;
        BinaryOp op = BinaryOp.of((int) arg & 15);
        if (a instanceof PyInt i && b instanceof PyInt j && i.isPlain() && j.isPlain()) {
            return op == BinaryOp.TRUEDIV || op == BinaryOp.POW ? NumberOps.binary(op, a, b) : NumberOps.intOp(op, i, j);
        }
        if (isFloatOperand(a) && isFloatOperand(b) && (a instanceof PyFloat || b instanceof PyFloat)) {
            return NumberOps.floatOp(op, NumberOps.toDouble(a), NumberOps.toDouble(b));
        }
        return (arg & Opcode.INPLACE) != 0 ? NumberOps.inplace(op, a, b) : NumberOps.binary(op, a, b);
    }

    private static boolean isFloatOperand(PyObject o) {
        return o instanceof PyFloat x ? x.isExact() : o instanceof PyInt i && i.isPlain();
    }

    public static Object compareOp(Object x, Object y, long arg) {
        PyObject a = (PyObject) x;
        PyObject b = (PyObject) y;
        CompareOp op = COMPARE_OPS[(int) arg];
        if (a instanceof PyInt i && b instanceof PyInt j && !i.isBig() && !j.isBig() && i.isPlain() && j.isPlain()) {
            return PyBool.of(op.test(Long.compare(i.value, j.value)));
        }
        if (a instanceof PyFloat i && b instanceof PyFloat j && i.isExact() && j.isExact()) {
            double p = i.value;
            double q = j.value;
            return PyBool.of(switch (op) {
                case LT -> p < q;
                case LE -> p <= q;
                case EQ -> p == q;
                case NE -> p != q;
                case GT -> p > q;
                case GE -> p >= q;
            });
        }
        return Abstract.richCompare(a, b, op);
    }

    public static Object isOp(Object a, Object b, long arg) {
        return PyBool.of((a == b) ^ (arg == 1));
    }

    public static Object containsOp(Object item, Object container, long arg) {
        return PyBool.of(Abstract.contains((PyObject) container, (PyObject) item) ^ (arg == 1));
    }

    /** Truth of a value, for conditional jumps. */
    public static boolean isTrue(Object v) {
        return v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue((PyObject) v));
    }

    // ---- building containers (the arity-specific symbols collect their arguments into the array)

    public static Object buildTuple(Object[] items) {
        return PyTuple.of(pyArray(items));
    }

    public static Object buildList(Object[] items) {
        return new PyList(pyArray(items));
    }

    public static Object buildSet(Object[] items) {
        PySet s = new PySet(false);
        for (Object o : items) {
            s.add((PyObject) o);
        }
        return s;
    }

    public static Object buildMap(Object[] kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) {
            d.put((PyObject) kv[i], (PyObject) kv[i + 1]);
        }
        return d;
    }

    public static Object buildString(Object[] parts) {
        int n = 0;
        for (Object o : parts) {
            n += ((PyStr) o).value().length();
        }
        StringBuilder sb = new StringBuilder(Math.max(n, 0));
        for (Object o : parts) {
            sb.append(((PyStr) o).value());
        }
        return PyStr.of(sb.toString());
    }

    static PyObject[] pyArray(Object[] items) {
        PyObject[] r = new PyObject[items.length];
        System.arraycopy(items, 0, r, 0, items.length);
        return r;
    }

    public static void listAppend(Object list, Object v) {
        ((PyList) list).items.add((PyObject) v);
    }

    public static void setAdd(Object set, Object v) {
        ((PySet) set).add((PyObject) v);
    }

    public static void mapAdd(Object dict, Object k, Object v) {
        ((PyDict) dict).put((PyObject) k, (PyObject) v);
    }

    public static void listExtend(Object list, Object v) {
        org.jpsyco.frontend.python.objects.CallSiteArgs.extend((PyList) list, (PyObject) v);
    }

    public static void setUpdate(Object set, Object v) {
        ((PySet) set).update((PyObject) v); // as the interpreter: a set merges table to table, in CPython's order
    }

    public static void dictUpdate(Object dict, Object v) {
        PyObject o = (PyObject) v;
        if (!(o instanceof PyDict) && o.type().lookup("keys") == null) {
            throw Errors.typeError("'" + o.type().name() + "' object is not a mapping");
        }
        BuiltinMethods.update((PyDict) dict, o);
    }

    public static Object listToTuple(Object list) {
        return PyTuple.of(((PyList) list).items);
    }

    public static Object formatValue(Object value, Object spec, long arg) {
        PyObject v = (PyObject) value;
        switch ((int) arg & 3) {
            case 1 -> v = Abstract.str(v);
            case 2 -> v = Abstract.repr(v);
                    case 3 -> v = Abstract.ascii(v);
            default -> {
            }
        }
        if (spec == null && v instanceof PyStr) {
            return v;
        }
        return Abstract.format(v, spec == null ? "" : ((PyStr) spec).value());
    }

    public static Object unpackSequence(Object seq, long n) {
        return Support.unpack((PyObject) seq, (int) n);
    }

    public static Object unpackEx(Object seq, long arg) {
        return Support.unpackEx((PyObject) seq, (int) arg & 0xff, (int) arg >> 8);
    }

    /** Item {@code i} of an array a helper returned (unpacking). */
    public static Object item(Object array, long i) {
        return ((Object[]) array)[(int) i];
    }

    // ---- iteration

    public static Object getIter(Object o) {
        return Abstract.getIter((PyObject) o);
    }

    /** The next item, or null when the iterator is exhausted. */
    public static Object forIter(Object it) {
        return Abstract.next((PyObject) it);
    }

    public static Object getYieldFromIter(Object o) {
        return o instanceof org.jpsyco.frontend.python.interp.PyGenerator ? o : Abstract.getIter((PyObject) o);
    }

    /** {@code SEND}: what the delegate yields, or a {@link SendDone} holding its result when it is exhausted. */
    public static Object send(Object it, Object sent) {
        PyObject[] result = new PyObject[1];
        PyObject r = Support.send((PyObject) it, (PyObject) sent, result);
        return r == null ? new SendDone(result[0]) : r;
    }

    /** A {@code SEND} whose delegate is exhausted, with the delegate's result. */
    record SendDone(PyObject result) {
    }

    public static boolean sendDone(Object r) {
        return r instanceof SendDone;
    }

    /** The result of an exhausted delegate (null when it is not). */
    public static Object sendResult(Object r) {
        return r instanceof SendDone d ? d.result() : null;
    }

    public static Object getAwaitable(Object v) {
        PyObject o = (PyObject) v;
        if (o instanceof org.jpsyco.frontend.python.interp.PyGenerator g && g.isCoroutine()) {
            return o;
        }
        PyObject m = o.type().lookup("__await__");
        if (m == null) {
            throw Errors.typeError("object " + o.type().name() + " can't be used in 'await' expression");
        }
        return Abstract.callDescriptor(m, o);
    }

    /**
     * {@code YIELD_VALUE}: writes the generator's state back into its frame ({@code state} holds the
     * fast locals then the value stack), to resume at {@code resumePc}, and returns the value.
     */
    public static Object suspend(Object frame, long resumePc, Object value, Object[] state) {
        Frame f = (Frame) frame;
        int n = f.fast.length;
        for (int i = 0; i < n; i++) {
            f.fast[i] = (PyObject) state[i];
        }
        int depth = state.length - n;
        for (int j = 0; j < depth; j++) {
            f.stack[j] = (PyObject) state[n + j];
        }
        f.sp = depth;
        f.lasti = (int) resumePc - 1;
        f.pc = (int) resumePc;
        f.yielded = true;
        return value;
    }

    // ---- calls

    public static Object call(Object frame, long pc, Object fn, Object[] args) {
        ((Frame) frame).lasti = (int) pc;
        PyObject callable = (PyObject) fn;
        if (callable instanceof PyMethod m && m.function instanceof PyFunction pf) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = m.self;
            System.arraycopy(args, 0, all, 1, args.length);
            return pf.invoker.invoke(pf, all, BuiltinImpl.NO_KW);
        }
        PyObject[] a = pyArray(args);
        return callable instanceof PyFunction pf ? pf.invoker.invoke(pf, a, BuiltinImpl.NO_KW)
                : Abstract.call(callable, a, BuiltinImpl.NO_KW);
    }

    /** {@code args} holds the callable, the arguments and, last, the tuple of keyword names. */
    public static Object callKw(Object frame, long pc, Object[] args) {
        ((Frame) frame).lasti = (int) pc;
        PyTuple kwt = (PyTuple) args[args.length - 1];
        String[] kwnames = new String[kwt.size()];
        for (int i = 0; i < kwnames.length; i++) {
            kwnames[i] = ((PyStr) kwt.items[i]).value();
        }
        PyObject[] a = new PyObject[args.length - 2];
        System.arraycopy(args, 1, a, 0, a.length);
        return Abstract.call((PyObject) args[0], a, kwnames);
    }

    public static Object callEx(Object frame, long pc, Object fn, Object args, Object kwargs) {
        ((Frame) frame).lasti = (int) pc;
        return Support.callEx((PyObject) fn, (PyObject) args, (PyObject) kwargs);
    }

    /** {@code parts}: the defaults tuple, kw-defaults dict and closure tuple present in {@code flags}, then the code. */
    public static Object makeFunction(Object ctx, Object frame, long flags, Object[] parts) {
        Frame f = (Frame) frame;
        int n = parts.length;
        CodeObject fc = (CodeObject) parts[n - 1];
        int i = 0;
        PyObject[] defaults = (flags & 1) != 0 ? ((PyTuple) parts[i++]).items : null;
        PyDict kwdefaults = (flags & 2) != 0 ? (PyDict) parts[i++] : null;
        PyObject annotations = (flags & 4) != 0 ? (PyObject) parts[i++] : null;
        PyCell[] closure = null;
        if ((flags & 8) != 0) {
            PyObject[] items = ((PyTuple) parts[i]).items;
            closure = new PyCell[items.length];
            for (int j = 0; j < items.length; j++) {
                closure[j] = (PyCell) items[j];
            }
        }
        PyFunction fn = new PyFunction(fc, f.globals, defaults, kwdefaults, closure, ((JitRuntime) ctx).interpreter());
        if (annotations != null) {
            fn.dict().putStr("__annotations__", annotations);
        }
        if (fc.consts.length > 0 && fc.consts[0] instanceof PyStr doc && !fc.name.startsWith("<")) {
            fn.doc = doc;
        }
        return fn;
    }

    // ---- imports

    public static Object importName(Object ctx, Object frame, Object name, Object level, Object fromlist) {
        return ((JitRuntime) ctx).state().importName(((PyStr) name).value(), ((Frame) frame).globals,
                (PyObject) fromlist, ((PyInt) level).intValue());
    }

    public static Object importFrom(Object ctx, Object module, Object name) {
        return ((JitRuntime) ctx).state().importFrom((PyObject) module, ((PyStr) name).value());
    }

    public static void importStar(Object ctx, Object frame, Object module) {
        ((JitRuntime) ctx).state().importStar((PyObject) module, (PyDict) ((Frame) frame).locals);
    }

    // ---- exceptions

    /** Always throws: {@code raise}, {@code raise exc} or {@code raise exc from cause}. */
    public static void raise(Object ctx, Object frame, Object exc, Object cause) {
        throw Support.raise(((JitRuntime) ctx).interpreter(), (Frame) frame, (PyObject) exc, (PyObject) cause);
    }

    /** Always throws: re-raises without a new traceback entry. */
    public static void reraise(Object exc) {
        PyException e = ((PyBaseException) exc).toThrowable();
        e.reraised = true;
        throw e;
    }

    public static Object pushExcInfo(Object frame, Object exc) {
        Frame f = (Frame) frame;
        PyObject prev = f.handled == null ? NONE : f.handled;
        f.handled = (PyBaseException) exc;
        return prev;
    }

    public static void popExcept(Object frame, Object prev) {
        ((Frame) frame).handled = prev == NONE ? null : (PyBaseException) prev;
    }

    public static Object checkExcMatch(Object exc, Object type) {
        Support.checkCatchable((PyObject) type);
        return PyBool.of(Abstract.isInstance((PyObject) exc, (PyObject) type));
    }

    /** {@code with}: checks the protocol and returns the bound {@code __exit__}. */
    public static Object withExit(Object manager) {
        PyObject mgr = (PyObject) manager;
        if (mgr.type().lookup("__enter__") == null || mgr.type().lookup("__exit__") == null) {
            throw Errors.typeError("'" + mgr.type().name() + "' object does not support the context manager protocol"
                    + (mgr.type().lookup("__enter__") == null ? "" : " (missed __exit__ method)"));
        }
        return Abstract.getAttr(mgr, "__exit__");
    }

    public static Object withEnter(Object manager) {
        PyObject mgr = (PyObject) manager;
        return Abstract.callDescriptor(mgr.type().lookup("__enter__"), mgr);
    }

    public static Object withExceptStart(Object exit, Object exc) {
        PyBaseException e = (PyBaseException) exc;
        PyObject tb = e.traceback == null ? NONE : e.traceback;
        return Abstract.call((PyObject) exit, e.type(), e, tb);
    }

    // ---- class bodies, pattern matching, interactive

    public static Object loadBuildClass(Object frame) {
        PyObject bc = ((Frame) frame).builtins.getStr("__build_class__");
        if (bc == null) {
            throw Errors.nameError("__build_class__ not found");
        }
        return bc;
    }

    public static void setupAnnotations(Object frame) {
        PyDict d = (PyDict) ((Frame) frame).locals;
        if (d.getStr("__annotations__") == null) {
            d.putStr("__annotations__", new PyDict());
        }
    }

    public static Object matchSequence(Object o) {
        return PyBool.of(o instanceof PyList || o instanceof PyTuple || o instanceof PyRange);
    }

    public static Object matchMapping(Object o) {
        return PyBool.of(o instanceof PyDict);
    }

    public static Object getLen(Object o) {
        return PyInt.of(Abstract.length((PyObject) o));
    }

    public static Object matchKeys(Object subject, Object keys) {
        return Support.matchKeys((PyObject) subject, (PyTuple) keys);
    }

    public static Object matchClass(Object subject, Object cls, Object kw, long npos) {
        return Support.matchClass((PyObject) subject, (PyObject) cls, (int) npos, (PyTuple) kw);
    }

    public static Object copyDictWithoutKeys(Object subject, Object keys) {
        PyDict copy = new PyDict();
        BuiltinMethods.update(copy, (PyObject) subject);
        for (PyObject k : ((PyTuple) keys).items) {
            copy.del(k);
        }
        return copy;
    }

    public static void printExpr(Object ctx, Object v) {
        ((JitRuntime) ctx).state().displayHook((PyObject) v);
    }

    // ---- testing: leave compiled code at every n-th guard

    public static boolean stressExit(Object ctx) {
        return ((JitRuntime) ctx).stressTick();
    }

    // ---- errors as the interpreter words them

    // ---- async iteration, async with, except*

    public static Object getAiter(Object o) {
        return Support.getAiter((PyObject) o);
    }

    public static Object getAnext(Object aiter) {
        return Support.getAnext((PyObject) aiter);
    }

    public static void endAsyncFor(Object exc) {
        Support.endAsyncFor((PyObject) exc);
    }

    public static Object asyncExit(Object mgr) {
        return Support.asyncExit((PyObject) mgr);
    }

    public static Object asyncEnter(Object mgr) {
        return Support.asyncEnter((PyObject) mgr);
    }

    public static Object asyncGenWrap(Object value) {
        return Support.asyncGenWrap((PyObject) value);
    }

    /** {@code CHECK_EG_MATCH}: a Java pair {rest, match}, taken apart by {@link #pairFirst}/{@link #pairSecond}. */
    public static Object checkEgMatch(Object frame, Object exc, Object type) {
        return Support.checkEgMatch((Frame) frame, (PyObject) exc, (PyObject) type);
    }

    public static Object pairFirst(Object pair) {
        return ((Object[]) pair)[0];
    }

    public static Object pairSecond(Object pair) {
        return ((Object[]) pair)[1];
    }

    public static Object prepReraiseStar(Object orig, Object raised) {
        return Support.prepReraiseStar((PyObject) orig, (PyObject) raised);
    }
}
