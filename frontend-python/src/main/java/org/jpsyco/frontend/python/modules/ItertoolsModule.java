package org.jpsyco.frontend.python.modules;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.BuiltinImpl;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.JavaSlots;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyComplex;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyIterator;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The {@code itertools} module: the infinite iterators, the iterators that terminate on the
 * shortest input, and (in {@link Combinatorics}) the combinatoric ones. Each class is a built-in
 * type whose constructor checks its arguments as CPython does; iterators read their sources
 * lazily, in the order CPython's do.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {
    }

    static PyType type(String name, BuiltinImpl constructor) {
        PyType t = PyType.builtin(name, PyType.OBJECT);
        t.module = "itertools";
        t.constructor = constructor;
        return t;
    }

    static final PyType COUNT = type("count", ItertoolsModule::newCount);
    static final PyType CYCLE = type("cycle", (a, k) -> {
        ModuleArgs.positional("cycle", a, k, 1, 1);
        return new Cycle(Abstract.getIter(a[0]));
    });
    static final PyType REPEAT = type("repeat", ItertoolsModule::newRepeat);
    static final PyType ACCUMULATE = type("accumulate", ItertoolsModule::newAccumulate);
    static final PyType CHAIN = type("chain", (a, k) -> {
        ModuleArgs.noKeywords("chain", k);
        return new Chain(new PyIterator.ArrayIter(a.clone(), PyTuple.TYPE));
    });
    static final PyType COMPRESS = type("compress", (a, k) -> {
        PyObject[] p = ModuleArgs.parse("compress", a, k, new String[] {"data", "selectors"}, 2);
        PyObject data = Abstract.getIter(p[0]);
        PyObject sel = Abstract.getIter(p[1]);
        return fn(ItertoolsModule.COMPRESS, () -> {
            while (true) {
                PyObject d = Abstract.next(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Abstract.next(sel);
                if (s == null) {
                    return null;
                }
                if (Abstract.isTrue(s)) {
                    return d;
                }
            }
        });
    });
    static final PyType DROPWHILE = type("dropwhile", (a, k) -> predicateIter("dropwhile", a, k));
    static final PyType TAKEWHILE = type("takewhile", (a, k) -> predicateIter("takewhile", a, k));
    static final PyType FILTERFALSE = type("filterfalse", (a, k) -> predicateIter("filterfalse", a, k));
    static final PyType GROUPBY = type("groupby", (a, k) -> {
        PyObject[] p = ModuleArgs.parse("groupby", a, k, new String[] {"iterable", "key"}, 1);
        return new GroupBy(Abstract.getIter(p[0]), p[1] == null || p[1] == PySingleton.NONE ? null : p[1]);
    });
    static final PyType GROUPER = type("_grouper", null);
    static final PyType ISLICE = type("islice", ItertoolsModule::newIslice);
    static final PyType STARMAP = type("starmap", (a, k) -> {
        ModuleArgs.positional("starmap", a, k, 2, 2);
        PyObject f = a[0];
        PyObject it = Abstract.getIter(a[1]);
        return fn(ItertoolsModule.STARMAP, () -> {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            if (!(v instanceof PyTuple)) {
                v = PyTuple.of(Abstract.toList(v));
            }
            return Abstract.call(f, ((PyTuple) v).items);
        });
    });
    static final PyType TEE = type("_tee", null);
    static final PyType ZIP_LONGEST = type("zip_longest", ItertoolsModule::newZipLongest);
    static final PyType PAIRWISE = type("pairwise", (a, k) -> {
        ModuleArgs.positional("pairwise", a, k, 1, 1);
        PyObject it = Abstract.getIter(a[0]);
        PyObject[] old = {null};
        return fn(ItertoolsModule.PAIRWISE, () -> {
            if (old[0] == null) {
                old[0] = Abstract.next(it);
                if (old[0] == null) {
                    return null;
                }
            }
            PyObject nv = Abstract.next(it);
            if (nv == null) {
                return null;
            }
            PyTuple r = PyTuple.of(old[0], nv);
            old[0] = nv;
            return r;
        });
    });

    static {
        CHAIN.dict().putStr("from_iterable", new PyBuiltinFunction("from_iterable", (a, k) -> {
            ModuleArgs.positional("from_iterable", a, k, 1, 1);
            return new Chain(Abstract.getIter(a[0]));
        }));
    }

    static {
        for (PyType t : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE,
            FILTERFALSE, GROUPBY, GROUPER, ISLICE, STARMAP, TEE, ZIP_LONGEST, PAIRWISE, Combinatorics.PRODUCT,
            Combinatorics.PERMUTATIONS, Combinatorics.COMBINATIONS, Combinatorics.COMBINATIONS_WR}) {
            t.dict().putStr("__iter__", new PyBuiltinFunction("__iter__", (a, k) -> a[0], null, t));
            t.dict().putStr("__next__", new PyBuiltinFunction("__next__", (a, k) -> {
                PyObject v = ((PyIterator) a[0]).next();
                if (v == null) {
                    throw Errors.stopIteration(null);
                }
                return v;
            }, null, t));
        }
    }

    private static PyIterator fn(PyType t, java.util.function.Supplier<PyObject> f) {
        return new PyIterator.FnIter(t, f);
    }

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        for (PyType t : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE,
            FILTERFALSE, GROUPBY, ISLICE, STARMAP, ZIP_LONGEST, PAIRWISE, Combinatorics.PRODUCT,
            Combinatorics.PERMUTATIONS, Combinatorics.COMBINATIONS, Combinatorics.COMBINATIONS_WR, GROUPER, TEE}) {
            m.put(t.name(), t);
        }
        m.def("tee", ItertoolsModule::tee);
        return m;
    }

    // ---- count, cycle, repeat ----

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex
                || o.type().heap && (o.type().lookup("__index__") != null || o.type().lookup("__int__") != null
                        || o.type().lookup("__float__") != null);
    }

    private static PyObject newCount(PyObject[] a, String[] k) {
        PyObject[] p = ModuleArgs.parse("count", a, k, new String[] {"start", "step"}, 0);
        PyObject start = p[0] == null ? PyInt.of(0) : p[0];
        PyObject step = p[1] == null ? PyInt.of(1) : p[1];
        if (!isNumber(start) || !isNumber(step)) {
            throw Errors.typeError("a number is required");
        }
        return new Count(start, step);
    }

    /** {@code count(start, step)}: plain-int arithmetic while it fits a long, else the number protocol. */
    static final class Count extends PyIterator implements JavaSlots.Repr {
        private PyObject cur;
        private final PyObject step;

        Count(PyObject start, PyObject step) {
            super(COUNT);
            this.cur = start;
            this.step = step;
        }

        @Override
        public PyObject next() {
            PyObject r = cur;
            if (r instanceof PyInt a && step instanceof PyInt b && a.isPlain() && b.isPlain() && !a.isBig()
                    && !b.isBig()) {
                long s = a.value + b.value;
                if (((a.value ^ s) & (b.value ^ s)) >= 0) {
                    cur = PyInt.of(s);
                    return r;
                }
            }
            cur = NumberOps.binary(BinaryOp.ADD, r, step);
            return r;
        }

        @Override
        public String repr() {
            String s = Abstract.repr(cur).value();
            if (step instanceof PyInt i && i.isPlain() && !i.isBig() && i.value == 1) {
                return "count(" + s + ")";
            }
            return "count(" + s + ", " + Abstract.repr(step).value() + ")";
        }
    }

    static final class Cycle extends PyIterator {
        private PyObject it;
        private final List<PyObject> saved = new ArrayList<>();
        private int index;

        Cycle(PyObject it) {
            super(CYCLE);
            this.it = it;
        }

        @Override
        public PyObject next() {
            if (it != null) {
                PyObject v = Abstract.next(it);
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                it = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            PyObject v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }
    }

    private static PyObject newRepeat(PyObject[] a, String[] k) {
        PyObject[] p = ModuleArgs.parse("repeat", a, k, new String[] {"object", "times"}, 1);
        long times = -1;
        if (p[1] != null) {
            if (!(p[1] instanceof PyInt)) {
                throw Errors.typeError("'" + p[1].type().name() + "' object cannot be interpreted as an integer");
            }
            PyInt n = Abstract.index(p[1]);
            if (n.isBig()) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            times = Math.max(0, n.longValue());
        }
        return new Repeat(p[0], times);
    }

    static final class Repeat extends PyIterator implements JavaSlots.Repr {
        private final PyObject value;
        private long remaining;

        Repeat(PyObject value, long times) {
            super(REPEAT);
            this.value = value;
            this.remaining = times;
        }

        @Override
        public PyObject next() {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return value;
        }

        @Override
        public String repr() {
            String v = Abstract.repr(value).value();
            return remaining < 0 ? "repeat(" + v + ")" : "repeat(" + v + ", " + remaining + ")";
        }
    }

    // ---- iterators terminating on the shortest input ----

    private static PyObject newAccumulate(PyObject[] a, String[] k) {
        PyObject[] p = ModuleArgs.parse("accumulate", a, k, new String[] {"iterable", "func", "initial"}, 1, 2);
        PyObject it = Abstract.getIter(p[0]);
        PyObject func = p[1] == null || p[1] == PySingleton.NONE ? null : p[1];
        PyObject[] total = {null};
        PyObject[] initial = {p[2] == null || p[2] == PySingleton.NONE ? null : p[2]};
        return fn(ACCUMULATE, () -> {
            if (initial[0] != null) {
                total[0] = initial[0];
                initial[0] = null;
                return total[0];
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            if (total[0] == null) {
                total[0] = v;
            } else if (func == null) {
                total[0] = NumberOps.binary(BinaryOp.ADD, total[0], v);
            } else {
                total[0] = Abstract.call(func, total[0], v);
            }
            return total[0];
        });
    }

    static final class Chain extends PyIterator {
        private PyObject source;
        private PyObject active;

        Chain(PyObject source) {
            super(CHAIN);
            this.source = source;
        }

        @Override
        public PyObject next() {
            while (source != null) {
                if (active == null) {
                    PyObject iterable = Abstract.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    active = Abstract.getIter(iterable);
                }
                PyObject v = Abstract.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }
    }

    private static PyObject predicateIter(String name, PyObject[] a, String[] k) {
        ModuleArgs.positional(name, a, k, 2, 2);
        PyObject pred = a[0];
        PyObject it = Abstract.getIter(a[1]);
        switch (name) {
            case "dropwhile": {
                boolean[] dropping = {true};
                return fn(DROPWHILE, () -> {
                    while (true) {
                        PyObject v = Abstract.next(it);
                        if (v == null || !dropping[0]) {
                            return v;
                        }
                        if (!Abstract.isTrue(Abstract.call(pred, v))) {
                            dropping[0] = false;
                            return v;
                        }
                    }
                });
            }
            case "takewhile": {
                boolean[] stopped = {false};
                return fn(TAKEWHILE, () -> {
                    if (stopped[0]) {
                        return null;
                    }
                    PyObject v = Abstract.next(it);
                    if (v == null) {
                        return null;
                    }
                    if (Abstract.isTrue(Abstract.call(pred, v))) {
                        return v;
                    }
                    stopped[0] = true;
                    return null;
                });
            }
            default:
                return fn(FILTERFALSE, () -> {
                    while (true) {
                        PyObject v = Abstract.next(it);
                        if (v == null) {
                            return null;
                        }
                        boolean t = pred == PySingleton.NONE ? Abstract.isTrue(v)
                                : Abstract.isTrue(Abstract.call(pred, v));
                        if (!t) {
                            return v;
                        }
                    }
                });
        }
    }

    /** CPython's groupby: one current group at a time; an older group iterator yields nothing more. */
    static final class GroupBy extends PyIterator {
        private final PyObject it;
        private final PyObject keyFunc;
        PyObject tgtKey;
        PyObject currKey;
        PyObject currValue;
        Grouper currGrouper;

        GroupBy(PyObject it, PyObject keyFunc) {
            super(GROUPBY);
            this.it = it;
            this.keyFunc = keyFunc;
        }

        boolean step() {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return false;
            }
            PyObject key = keyFunc == null ? v : Abstract.call(keyFunc, v);
            currValue = v;
            currKey = key;
            return true;
        }

        @Override
        public PyObject next() {
            currGrouper = null;
            while (true) {
                if (currKey != null) {
                    if (tgtKey == null) {
                        break;
                    }
                    if (!Abstract.richCompareBool(tgtKey, currKey, CompareOp.EQ)) {
                        break;
                    }
                }
                if (!step()) {
                    return null;
                }
            }
            tgtKey = currKey;
            currGrouper = new Grouper(this, tgtKey);
            return PyTuple.of(currKey, currGrouper);
        }
    }

    static final class Grouper extends PyIterator {
        private final GroupBy parent;
        private final PyObject tgtKey;

        Grouper(GroupBy parent, PyObject tgtKey) {
            super(GROUPER);
            this.parent = parent;
            this.tgtKey = tgtKey;
        }

        @Override
        public PyObject next() {
            if (parent.currGrouper != this) {
                return null;
            }
            if (parent.currValue == null && !parent.step()) {
                return null;
            }
            if (!Abstract.richCompareBool(tgtKey, parent.currKey, CompareOp.EQ)) {
                return null;
            }
            PyObject r = parent.currValue;
            parent.currValue = null;
            return r;
        }
    }

    private static long isliceArg(PyObject o, String msg) {
        if (o == PySingleton.NONE) {
            return -1;
        }
        if (o instanceof PyInt || o.type().lookup("__index__") != null) {
            PyInt i = Abstract.index(o);
            if (i.isBig()) {
                if (i.signum() < 0) {
                    throw Errors.valueError(msg);
                }
                return Long.MAX_VALUE;
            }
            if (i.longValue() >= 0) {
                return i.longValue();
            }
        }
        throw Errors.valueError(msg);
    }

    private static PyObject newIslice(PyObject[] a, String[] k) {
        ModuleArgs.noKeywords("islice", k);
        ModuleArgs.positional("islice", a, k, 2, 4);
        long start = 0;
        long stop;
        long step = 1;
        String stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        String startMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        if (a.length == 2) {
            stop = isliceArg(a[1], stopMsg);
        } else {
            stop = isliceArg(a[2], stopMsg);
            long s = isliceArg(a[1], startMsg);
            start = s < 0 ? 0 : s;
            if (a.length == 4) {
                if (a[3] != PySingleton.NONE) {
                    long st;
                    try {
                        st = isliceArg(a[3], "");
                    } catch (org.jpsyco.frontend.python.objects.PyException e) {
                        st = 0;
                    }
                    if (st < 1) {
                        throw Errors.valueError("Step for islice() must be a positive integer or None.");
                    }
                    step = st;
                }
            }
        }
        return new Islice(Abstract.getIter(a[0]), start, stop, step);
    }

    static final class Islice extends PyIterator {
        private PyObject it;
        private long next;
        private final long stop;
        private final long step;
        private long cnt;

        Islice(PyObject it, long start, long stop, long step) {
            super(ISLICE);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public PyObject next() {
            if (it == null) {
                return null;
            }
            while (cnt < next) {
                if (Abstract.next(it) == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) {
                next = stop;
            }
            return v;
        }
    }

    // ---- tee ----

    /** One cell of the buffer tee iterators share: filled when the first of them reaches it. */
    private static final class Link {
        PyObject value;
        Link next;
    }

    static final class Tee extends PyIterator {
        private final PyObject[] source;
        private Link cur;

        Tee(PyObject[] source, Link cur) {
            super(TEE);
            this.source = source;
            this.cur = cur;
        }

        @Override
        public PyObject next() {
            if (cur.next == null) {
                if (source[0] == null) {
                    return null;
                }
                PyObject v = Abstract.next(source[0]);
                if (v == null) {
                    source[0] = null;
                    return null;
                }
                cur.value = v;
                cur.next = new Link();
            }
            PyObject v = cur.value;
            cur = cur.next;
            return v;
        }

        Tee copy() {
            return new Tee(source, cur);
        }
    }

    private static PyObject tee(PyObject[] a, String[] k) {
        ModuleArgs.positional("tee", a, k, 1, 2);
        long n = 2;
        if (a.length == 2) {
            n = Abstract.index(a[1]).longValue();
        }
        if (n < 0) {
            throw Errors.valueError("n must be >= 0");
        }
        PyObject[] r = new PyObject[(int) n];
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject it = Abstract.getIter(a[0]);
        Tee first = it instanceof Tee t ? t : new Tee(new PyObject[] {it}, new Link());
        r[0] = first;
        for (int i = 1; i < n; i++) {
            r[i] = first.copy();
        }
        return PyTuple.of(r);
    }

    static {
        TEE.dict().putStr("__copy__", new PyBuiltinFunction("__copy__", (a, k) -> ((Tee) a[0]).copy(), null, TEE));
    }

    // ---- zip_longest ----

    private static PyObject newZipLongest(PyObject[] a, String[] k) {
        PyObject fill = PySingleton.NONE;
        for (int i = 0; i < k.length; i++) {
            if (!k[i].equals("fillvalue")) {
                throw Errors.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = a[a.length - k.length + i];
        }
        int n = a.length - k.length;
        PyObject[] its = new PyObject[n];
        for (int i = 0; i < n; i++) {
            its[i] = Abstract.getIter(a[i]);
        }
        PyObject fillValue = fill;
        int[] active = {n};
        return fn(ZIP_LONGEST, () -> {
            if (n == 0 || active[0] == 0) {
                return null;
            }
            PyObject[] r = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject v = null;
                if (its[i] != null) {
                    v = Abstract.next(its[i]);
                    if (v == null) {
                        its[i] = null;
                        active[0]--;
                        if (active[0] == 0) {
                            return null;
                        }
                    }
                }
                r[i] = v == null ? fillValue : v;
            }
            return PyTuple.of(r);
        });
    }
}
