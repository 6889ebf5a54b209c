package org.jpsyco.frontend.python.modules;


import org.jpsyco.frontend.python.interp.Interpreter;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.JavaSlots;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyMethod;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * {@code functools.lru_cache}'s wrapper ({@code _lru_cache_wrapper}): results keyed by the
 * arguments (and their types when {@code typed}); with a bound the least recently used entry is
 * dropped first. Binds as a method when stored in a class.
 */
final class LruCache extends PyObject implements JavaSlots.Call, JavaSlots.DescrGet {
    static final PyType TYPE = PyType.builtin("_lru_cache_wrapper", PyType.OBJECT);

    /** Separates positional from keyword arguments in a key, as CPython's {@code kwd_mark}. */
    private static final PyObject KWD_MARK = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    static {
        TYPE.module = "functools";
        TYPE.dict().putStr("cache_info", FunctoolsModule.method("cache_info", (a, k) -> ((LruCache) a[0]).info(),
                TYPE));
        TYPE.dict().putStr("cache_clear", FunctoolsModule.method("cache_clear", (a, k) -> {
            LruCache c = (LruCache) a[0];
            c.cache.clear();
            c.hits = 0;
            c.misses = 0;
            return PySingleton.NONE;
        }, TYPE));
        TYPE.dict().putStr("cache_parameters", FunctoolsModule.method("cache_parameters", (a, k) -> {
            LruCache c = (LruCache) a[0];
            PyDict d = new PyDict();
            d.putStr("maxsize", c.maxsize < 0 ? PySingleton.NONE : PyInt.of(c.maxsize));
            d.putStr("typed", PyBool.of(c.typed));
            return d;
        }, TYPE));
    }

    private final PyObject func;
    /** Counts each call in the recursion depth, as CPython's call of the wrapper object does. */
    private final Interpreter interp;
    /** -1 for no bound. */
    private final long maxsize;
    private final boolean typed;
    private final PyDict module;
    private final PyDict cache = new PyDict();
    private final PyDict dict = new PyDict();
    private long hits;
    private long misses;

    private LruCache(Interpreter interp, PyObject func, long maxsize, boolean typed, PyDict module) {
        this.interp = interp;
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.module = module;
    }

    static PyObject wrap(Interpreter interp, PyDict module, PyObject func, long maxsize, boolean typed) {
        if (!Partial.isCallable(func)) {
            throw Errors.typeError("the first argument must be callable");
        }
        LruCache w = new LruCache(interp, func, maxsize, typed, module);
        return Abstract.call(module.getStr("update_wrapper"), w, func);
    }

    /** {@code lru_cache(maxsize=128, typed=False)}, also usable directly as {@code @lru_cache}. */
    static PyObject decorator(Interpreter interp, PyDict module, PyObject[] a, String[] k) {
        PyObject[] p = ModuleArgs.parse("lru_cache", a, k, new String[] {"maxsize", "typed"}, 0);
        PyObject max = p[0] == null ? PyInt.of(128) : p[0];
        boolean typed = p[1] != null && Abstract.isTrue(p[1]);
        long size;
        if (max instanceof PyInt i) {
            size = i.isBig() ? (i.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, i.longValue());
        } else if (max != PySingleton.NONE && Partial.isCallable(max) && (p[1] == null || p[1] instanceof PyBool)) {
            return wrap(interp, module, max, 128, typed);
        } else if (max != PySingleton.NONE) {
            throw Errors.typeError("Expected first argument to be an integer, a callable, or None");
        } else {
            size = -1;
        }
        long bound = size;
        return new org.jpsyco.frontend.python.objects.PyBuiltinFunction("decorating_function", (b, kk) -> {
            ModuleArgs.positional("decorating_function", b, kk, 1, 1);
            return wrap(interp, module, b[0], bound, typed);
        });
    }

    /**
     * The cache key of a call, made as CPython makes it (which shows in which calls hit): a lone
     * positional argument that is exactly an int or a str is its own key, so {@code f(1)} and
     * {@code f(1.0)} are cached apart; other positional-only calls key on the tuple of their
     * arguments.
     */
    private PyObject key(PyObject[] args, String[] kwnames) {
        if (kwnames.length == 0 && !typed) {
            if (args.length == 1) {
                PyObject a = args[0];
                if (a.getClass() == PyInt.class && ((PyInt) a).isPlain() || a instanceof PyStr s && s.isExact()) {
                    return a;
                }
            }
            return PyTuple.of(args.clone());
        }
        int n = args.length + (kwnames.length > 0 ? 1 + kwnames.length : 0) + (typed ? args.length : 0);
        PyObject[] key = new PyObject[n];
        int npos = args.length - kwnames.length;
        int j = 0;
        for (int i = 0; i < npos; i++) {
            key[j++] = args[i];
        }
        if (kwnames.length > 0) {
            key[j++] = KWD_MARK;
            for (int i = 0; i < kwnames.length; i++) {
                key[j++] = PyStr.of(kwnames[i]);
                key[j++] = args[npos + i];
            }
        }
        if (typed) {
            for (PyObject arg : args) {
                key[j++] = arg.type();
            }
        }
        return PyTuple.of(key);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        interp.enterObjectCall();
        try {
            return cachedCall(args, kwnames);
        } finally {
            interp.leaveFrameless();
        }
    }

    private PyObject cachedCall(PyObject[] args, String[] kwnames) {
        if (maxsize == 0) {
            misses++;
            return Abstract.call(func, args, kwnames);
        }
        PyObject key = key(args, kwnames);
        long h = PyDict.keyHash(key); // once: an unhashable argument raises here, before the call
        PyObject r = cache.getWithHash(key, h);
        if (r != null) {
            hits++;
            if (maxsize > 0) {
                cache.del(key);
                cache.putWithHash(key, h, r);
            }
            return r;
        }
        misses++;
        r = Abstract.call(func, args, kwnames);
        if (maxsize < 0) {
            cache.putWithHash(key, h, r); // unbounded: stored as is, as CPython's wrapper does
            return r;
        }
        if (cache.getWithHash(key, h) != null) {
            return r; // the call itself cached this key: its entry stays where it is
        }
        if (cache.size() >= maxsize) {
            cache.removeFirst();
        }
        cache.putWithHash(key, h, r);
        return r;
    }

    private PyObject info() {
        return Abstract.call(module.getStr("_CacheInfo"), PyInt.of(hits), PyInt.of(misses),
                maxsize < 0 ? PySingleton.NONE : PyInt.of(maxsize), PyInt.of(cache.size()));
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return new PyMethod(this, obj);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }
}
