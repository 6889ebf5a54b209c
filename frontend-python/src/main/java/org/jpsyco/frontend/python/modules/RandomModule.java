package org.jpsyco.frontend.python.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyBuiltinFunction;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyRange;
import org.jpsyco.frontend.python.objects.PySet;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The {@code random} module: {@code random.Random} on {@link MersenneTwister}, with the
 * algorithms of CPython 3.11's {@code random.py} so that a given seed yields the same values,
 * and the module functions bound to one hidden instance per runtime.
 */
public final class RandomModule {
    private RandomModule() {
    }

    static final PyType RANDOM = PyType.builtin("Random", PyType.OBJECT);
    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
    private static final double TWOPI = 2.0 * Math.PI;
    private static final String[] EXPORTED = {"seed", "random", "uniform", "triangular", "randint", "choice",
        "randrange", "sample", "shuffle", "choices", "normalvariate", "gauss", "expovariate", "getstate",
        "setstate", "getrandbits", "randbytes", "lognormvariate", "vonmisesvariate", "gammavariate",
        "betavariate", "paretovariate", "weibullvariate"};

    /** A {@code random.Random} instance, or one of a Python subclass (with its own class and dict). */
    static final class Rng extends PyObject implements org.jpsyco.frontend.python.objects.SubclassableValue {
        final MersenneTwister mt = new MersenneTwister();
        PyObject gaussNext = PySingleton.NONE;
        private PyType type = RANDOM;
        private PyDict dict;

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public PyObject asSubclass(PyType t) {
            type = t;
            dict = new PyDict();
            return this;
        }
    }

    /**
     * Where a generator's randomness comes from, as CPython's {@code Random.__init_subclass__}
     * decides it: the first class of the MRO defining {@code getrandbits} or {@code random}
     * makes integer choices come from that method; none (or the base class) means the Mersenne
     * Twister directly.
     */
    private enum Source { TWISTER, GETRANDBITS, RANDOM }

    private static Source source(Rng r) {
        if (r.type() == RANDOM) {
            return Source.TWISTER;
        }
        for (PyObject c : r.type().mro()) {
            if (c == RANDOM) {
                break;
            }
            PyDict d = ((PyType) c).dict();
            if (d.getStr("_randbelow") != null) {
                return Source.RANDOM;
            }
            if (d.getStr("getrandbits") != null) {
                return Source.GETRANDBITS;
            }
            if (d.getStr("random") != null) {
                return Source.RANDOM;
            }
        }
        return Source.TWISTER;
    }

    /** {@code self.random()}: a subclass may override it. */
    static double random(Rng r) {
        if (r.type() != RANDOM) {
            PyObject m = r.type().lookup("random");
            if (m != RANDOM.dict().getStr("random")) {
                return NumberOps.toDouble(Abstract.callMethod(r, "random"));
            }
        }
        return r.mt.random();
    }

    static long below(Rng r, long n) {
        return source(r) == Source.TWISTER ? r.mt.below(n) : below(r, BigInteger.valueOf(n)).longValue();
    }

    /** CPython's {@code _randbelow}: from getrandbits(k) with rejection, or from random() as its float. */
    static BigInteger below(Rng r, BigInteger n) {
        Source s = source(r);
        if (s == Source.TWISTER) {
            return r.mt.below(n);
        }
        if (r.type().lookup("_randbelow") instanceof org.jpsyco.frontend.python.objects.PyFunction) {
            return Abstract.index(Abstract.callMethod(r, "_randbelow", PyInt.of(n))).toBig();
        }
        if (s == Source.GETRANDBITS) {
            PyInt k = PyInt.of(n.bitLength());
            BigInteger v = Abstract.index(Abstract.callMethod(r, "getrandbits", k)).toBig();
            while (v.compareTo(n) >= 0) {
                v = Abstract.index(Abstract.callMethod(r, "getrandbits", k)).toBig();
            }
            return v;
        }
        BigInteger maxsize = BigInteger.ONE.shiftLeft(53);
        if (n.compareTo(maxsize) >= 0) {
            return new java.math.BigDecimal(random(r)).multiply(new java.math.BigDecimal(n)).toBigInteger();
        }
        long ln = n.longValue();
        long max = 1L << 53;
        double limit = (double) (max - max % ln) / max;
        double u = random(r);
        while (u >= limit) {
            u = random(r);
        }
        return BigInteger.valueOf(((long) Math.floor(u * max)) % ln);
    }

    static {
        RANDOM.module = "random";
        RANDOM.builtinBase = RANDOM;
        RANDOM.constructor = (a, k) -> {
            PyObject[] p = pyArgs("Random.__init__", a, k, new String[] {"x"}, 0);
            Rng r = new Rng();
            seed(r, p[0]);
            return r;
        };
        // a subclass instance starts seeded from entropy; its __init__ (Random's seeds with x) takes the arguments
        org.jpsyco.frontend.python.objects.SubclassableValue.BLANK.put(RANDOM, () -> {
            Rng r = new Rng();
            seed(r, PySingleton.NONE);
            return r;
        });
        RANDOM.dict().putStr("__init__", new PyBuiltinFunction("__init__", (a, k) -> {
            Rng r = (Rng) a[0];
            if (r.type() != RANDOM) {
                PyObject[] rest = new PyObject[a.length - 1];
                System.arraycopy(a, 1, rest, 0, rest.length);
                PyObject[] p = pyArgs("Random.__init__", rest, k, new String[] {"x"}, 0);
                Abstract.callMethod(r, "seed", p[0] == null ? PySingleton.NONE : p[0]);
            }
            return PySingleton.NONE;
        }, null, RANDOM));
        def("seed", new String[] {"a", "version"}, 0, (r, p) -> {
            PyObject a = p[0];
            if (p[1] != null && Abstract.eq(p[1], PyInt.of(1)) && (a instanceof PyStr || a instanceof PyBytes)) {
                // version 1 (Python 2's seeding): a string hashed by the old str hash algorithm
                String s = a instanceof PyStr ps ? ps.value() : ((PyBytes) a).latin1();
                int[] cps = s.codePoints().toArray();
                long x = cps.length == 0 ? 0 : (long) cps[0] << 7;
                for (int c : cps) {
                    x = (1000003L * x) ^ c;
                }
                x ^= cps.length;
                a = PyInt.of(new BigInteger(Long.toUnsignedString(x)));
            }
            seed(r, a);
            return PySingleton.NONE;
        });
        def("random", new String[0], 0, (r, p) -> PyFloat.of(r.mt.random()));
        def("getrandbits", new String[] {"k"}, 1, (r, p) -> {
            long k = Abstract.index(p[0]).longValue();
            if (k < 0) {
                throw Errors.valueError("number of bits must be non-negative");
            }
            return k < 63 ? PyInt.of(r.mt.bits((int) k)) : PyInt.of(r.mt.bigBits((int) k));
        });
        def("randbytes", new String[] {"n"}, 1, (r, p) -> {
            int n = (int) Abstract.index(p[0]).longValue();
            if (n < 0) {
                throw Errors.valueError("number of bits must be non-negative");
            }
            byte[] le = new byte[n];
            BigInteger v = r.mt.bigBits(n * 8);
            for (int i = 0; i < n; i++) {
                le[i] = v.shiftRight(8 * i).byteValue();
            }
            return new PyBytes(le);
        });
        def("randrange", new String[] {"start", "stop", "step"}, 1, (r, p) -> randrange(r, p[0], p[1], p[2]));
        def("randint", new String[] {"a", "b"}, 2, (r, p) -> randrange(r, p[0],
                isSmall(p[1]) ? PyInt.of(((PyInt) p[1]).value + 1) : NumberOps.binary(BinaryOp.ADD, p[1], PyInt.of(1)),
                null));
        def("choice", new String[] {"seq"}, 1, (r, p) -> {
            long n = Abstract.length(p[0]);
            if (n == 0) {
                throw Errors.raise(ExceptionTypes.INDEX_ERROR, "Cannot choose from an empty sequence");
            }
            return Abstract.getItem(p[0], PyInt.of(below(r, n)));
        });
        def("shuffle", new String[] {"x"}, 1, (r, p) -> {
            PyObject x = p[0];
            if (x instanceof PyList l) {
                List<PyObject> items = l.items;
                for (int i = items.size() - 1; i > 0; i--) {
                    int j = (int) below(r, i + 1);
                    PyObject t = items.get(i);
                    items.set(i, items.get(j));
                    items.set(j, t);
                }
                return PySingleton.NONE;
            }
            for (long i = Abstract.length(x) - 1; i > 0; i--) {
                PyInt pi = PyInt.of(i);
                PyInt pj = PyInt.of(below(r, i + 1));
                PyObject vi = Abstract.getItem(x, pi);
                PyObject vj = Abstract.getItem(x, pj);
                Abstract.setItem(x, pi, vj);
                Abstract.setItem(x, pj, vi);
            }
            return PySingleton.NONE;
        });
        def("sample", new String[] {"population", "k", "counts"}, 2, RandomSequences::sample);
        def("choices", new String[] {"population", "weights", "cum_weights", "k"}, 1, RandomSequences::choices);
        def("uniform", new String[] {"a", "b"}, 2, (r, p) -> NumberOps.binary(BinaryOp.ADD, p[0],
                NumberOps.binary(BinaryOp.MUL, NumberOps.binary(BinaryOp.SUB, p[1], p[0]),
                        PyFloat.of(random(r)))));
        def("triangular", new String[] {"low", "high", "mode"}, 0, (r, p) -> {
            double low = p[0] == null ? 0.0 : num(p[0]);
            double high = p[1] == null ? 1.0 : num(p[1]);
            double u = random(r);
            double c;
            if (p[2] == null || p[2] == PySingleton.NONE) {
                c = 0.5;
            } else {
                if (high == low) {
                    return p[0] == null ? PyFloat.of(0.0) : p[0];
                }
                c = (num(p[2]) - low) / (high - low);
            }
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double t = low;
                low = high;
                high = t;
            }
            return PyFloat.of(low + (high - low) * Math.sqrt(u * c));
        });
        def("normalvariate", new String[] {"mu", "sigma"}, 0, (r, p) -> {
            double z;
            while (true) {
                double u1 = random(r);
                double u2 = 1.0 - random(r);
                z = NV_MAGICCONST * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -Math.log(u2)) {
                    break;
                }
            }
            return PyFloat.of(muSigma(p, z));
        });
        def("gauss", new String[] {"mu", "sigma"}, 0, (r, p) -> {
            PyObject zo = r.gaussNext;
            r.gaussNext = PySingleton.NONE;
            double z;
            if (zo == PySingleton.NONE) {
                double x2pi = random(r) * TWOPI;
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random(r)));
                z = Math.cos(x2pi) * g2rad;
                r.gaussNext = PyFloat.of(Math.sin(x2pi) * g2rad);
            } else {
                z = num(zo);
            }
            return PyFloat.of(muSigma(p, z));
        });
        def("expovariate", new String[] {"lambd"}, 1, (r, p) ->
                PyFloat.of(-Math.log(1.0 - random(r)) / num(p[0])));
        def("lognormvariate", new String[] {"mu", "sigma"}, 2, (r, p) ->
                PyFloat.of(Math.exp(num(Abstract.call(Abstract.getAttr(r, "normalvariate"), p[0], p[1])))));
        def("vonmisesvariate", new String[] {"mu", "kappa"}, 2, (r, p) -> {
            double mu = num(p[0]);
            double kappa = num(p[1]);
            if (kappa <= 1e-6) {
                return PyFloat.of(TWOPI * random(r));
            }
            double s = 0.5 / kappa;
            double rr = s + Math.sqrt(1.0 + s * s);
            double z;
            while (true) {
                double u1 = random(r);
                z = Math.cos(Math.PI * u1);
                double d = z / (rr + z);
                double u2 = random(r);
                if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) {
                    break;
                }
            }
            double q = 1.0 / rr;
            double f = (q + z) / (1.0 + q * z);
            double u3 = random(r);
            double theta = u3 > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f);
            return PyFloat.of(pyMod(theta, TWOPI));
        });
        def("gammavariate", new String[] {"alpha", "beta"}, 2, (r, p) ->
                PyFloat.of(gamma(r, num(p[0]), num(p[1]))));
        def("betavariate", new String[] {"alpha", "beta"}, 2, (r, p) -> {
            double y = gamma(r, num(p[0]), 1.0);
            if (y != 0) {
                return PyFloat.of(y / (y + gamma(r, num(p[1]), 1.0)));
            }
            return PyFloat.of(0.0);
        });
        def("paretovariate", new String[] {"alpha"}, 1, (r, p) ->
                PyFloat.of(NumberOps.floatPow(1.0 - random(r), -1.0 / num(p[0]))));
        def("weibullvariate", new String[] {"alpha", "beta"}, 2, (r, p) -> {
            double u = 1.0 - random(r);
            return PyFloat.of(num(p[0]) * NumberOps.floatPow(-Math.log(u), 1.0 / num(p[1])));
        });
        def("getstate", new String[0], 0, (r, p) -> {
            PyObject[] st = new PyObject[MersenneTwister.N + 1];
            for (int i = 0; i < MersenneTwister.N; i++) {
                st[i] = PyInt.of(r.mt.mt[i] & 0xffffffffL);
            }
            st[MersenneTwister.N] = PyInt.of(r.mt.index);
            return PyTuple.of(PyInt.of(3), PyTuple.of(st), r.gaussNext);
        });
        def("setstate", new String[] {"state"}, 1, (r, p) -> {
            PyObject[] s = Abstract.toArray(p[0]);
            PyObject version = s[0];
            if (!Abstract.eq(version, PyInt.of(3)) || s.length != 3) {
                throw Errors.valueError("state with version " + Abstract.repr(version).value()
                        + " passed to Random.setstate() of version 3");
            }
            PyObject[] st = Abstract.toArray(s[1]);
            if (st.length != MersenneTwister.N + 1) {
                throw Errors.valueError("state vector is the wrong size");
            }
            for (int i = 0; i < MersenneTwister.N; i++) {
                r.mt.mt[i] = (int) Abstract.index(st[i]).longValue();
            }
            long idx = Abstract.index(st[MersenneTwister.N]).longValue();
            if (idx < 0 || idx > MersenneTwister.N) {
                throw Errors.valueError("invalid state");
            }
            r.mt.index = (int) idx;
            r.gaussNext = s[2];
            return PySingleton.NONE;
        });
    }

    private interface Method {
        PyObject call(Rng r, PyObject[] params);
    }

    private static void def(String name, String[] params, int required, Method m) {
        String q = "Random." + name;
        RANDOM.dict().putStr(name, new PyBuiltinFunction(name, (a, k) -> {
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return m.call((Rng) a[0], pyArgs(q, rest, k, params, required));
        }, null, RANDOM));
    }

    /** {@code random.SystemRandom}: numbers from the system's entropy source, no state to seed or save. */
    static final PyType SYSTEM_RANDOM = PyType.builtin("SystemRandom", RANDOM);
    private static final SecureRandom ENTROPY = new SecureRandom();

    static {
        SYSTEM_RANDOM.module = "random";
        SYSTEM_RANDOM.builtinBase = RANDOM;
        SYSTEM_RANDOM.constructor = (a, k) -> new Rng().asSubclass(SYSTEM_RANDOM);
        PyDict d = SYSTEM_RANDOM.dict();
        d.putStr("random", new PyBuiltinFunction("random",
                (a, k) -> PyFloat.of((ENTROPY.nextLong() >>> 11) * 0x1.0p-53), null, SYSTEM_RANDOM));
        d.putStr("getrandbits", new PyBuiltinFunction("getrandbits", (a, k) -> {
            long n = Abstract.index(a[1]).longValue();
            if (n < 0) {
                throw Errors.valueError("number of bits must be non-negative");
            }
            return PyInt.of(new BigInteger((int) n, ENTROPY));
        }, null, SYSTEM_RANDOM));
        d.putStr("seed", new PyBuiltinFunction("seed", (a, k) -> PySingleton.NONE, null, SYSTEM_RANDOM));
        d.putStr("__init__", new PyBuiltinFunction("__init__", (a, k) -> PySingleton.NONE, null, SYSTEM_RANDOM));
        for (String name : new String[] {"getstate", "setstate"}) {
            d.putStr(name, new PyBuiltinFunction(name, (a, k) -> {
                throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "System entropy source does not have state.");
            }, null, SYSTEM_RANDOM));
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("random");
        m.put("SystemRandom", SYSTEM_RANDOM);
        // the constants random.py exports (the samplers' derived constants, and the float
        // precision), as the doubles CPython computes them
        m.put("TWOPI", PyFloat.of(2.0 * Math.PI));
        m.put("LOG4", PyFloat.of(1.3862943611198906));
        m.put("NV_MAGICCONST", PyFloat.of(1.7155277699214135));
        m.put("SG_MAGICCONST", PyFloat.of(2.504077396776274));
        m.put("BPF", PyInt.of(53));
        m.put("RECIP_BPF", PyFloat.of(Math.pow(2, -53)));
        Rng inst = new Rng();
        seed(inst, PySingleton.NONE);
        m.put("Random", RANDOM);
        m.put("_inst", inst);
        for (String name : EXPORTED) {
            m.put(name, ((PyBuiltinFunction) RANDOM.dict().getStr(name)).bind(inst));
        }
        return m;
    }

    /** Binds arguments like a Python method {@code q(self, params...)}, with its error messages. */
    static PyObject[] pyArgs(String q, PyObject[] a, String[] k, String[] names, int required) {
        int npos = a.length - k.length;
        if (npos > names.length) {
            String takes = required == names.length ? String.valueOf(names.length + 1)
                    : "from " + (required + 1) + " to " + (names.length + 1);
            throw Errors.typeError(q + "() takes " + takes + " positional argument" + (names.length == 0 ? "" : "s")
                    + " but " + (npos + 1) + " were given");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(a, 0, out, 0, npos);
        for (int i = 0; i < k.length; i++) {
            int idx = -1;
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(k[i])) {
                    idx = j;
                }
            }
            if (idx < 0) {
                throw Errors.typeError(q + "() got an unexpected keyword argument '" + k[i] + "'");
            }
            if (out[idx] != null) {
                throw Errors.typeError(q + "() got multiple values for argument '" + k[i] + "'");
            }
            out[idx] = a[npos + i];
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                missing.add("'" + names[i] + "'");
            }
        }
        if (!missing.isEmpty()) {
            String list = missing.size() == 1 ? missing.get(0)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.getLast();
            throw Errors.typeError(q + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + list);
        }
        return out;
    }

    static double num(PyObject o) {
        return MathModule.toDouble(o, "random");
    }

    private static double muSigma(PyObject[] p, double z) {
        double mu = p[0] == null ? 0.0 : num(p[0]);
        double sigma = p[1] == null ? 1.0 : num(p[1]);
        return mu + z * sigma;
    }

    private static double pyMod(double a, double b) {
        double m = a % b;
        if (m != 0 && (m < 0) != (b < 0)) {
            m += b;
        }
        return m;
    }

    private static final double LOG4 = Math.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + Math.log(4.5);

    /** random.py's gammavariate: Cheng's method above alpha 1, Ahrens-Dieter's GS below. */
    private static double gamma(Rng r, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw Errors.valueError("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = random(r);
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - random(r);
                double v = Math.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.exp(v);
                double z = u1 * u1 * u2;
                double rr = bbb + ccc * v - x;
                if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= Math.log(z)) {
                    return x * beta;
                }
            }
        }
        if (alpha == 1.0) {
            return -Math.log(1.0 - random(r)) * beta;
        }
        double x;
        while (true) {
            double u = random(r);
            double b = (Math.E + alpha) / Math.E;
            double pp = b * u;
            if (pp <= 1.0) {
                x = NumberOps.floatPow(pp, 1.0 / alpha);
            } else {
                x = -Math.log((b - pp) / alpha);
            }
            double u1 = random(r);
            if (pp > 1.0) {
                if (u1 <= NumberOps.floatPow(x, alpha - 1.0)) {
                    break;
                }
            } else if (u1 <= Math.exp(-x)) {
                break;
            }
        }
        return x * beta;
    }

    // ---- seeding ----

    private static void seed(Rng r, PyObject a) {
        BigInteger n;
        if (a == null || a == PySingleton.NONE) {
            byte[] b = new byte[624 * 4];
            new SecureRandom().nextBytes(b);
            n = new BigInteger(1, b);
        } else if (a instanceof PyInt i) {
            n = i.toBig().abs();
        } else if (a instanceof PyStr || a instanceof PyBytes
                || a instanceof org.jpsyco.frontend.python.objects.PyByteArray) {
            byte[] bytes = a instanceof PyStr s ? s.value().getBytes(StandardCharsets.UTF_8)
                    : a instanceof PyBytes pb ? pb.value
                    : ((org.jpsyco.frontend.python.objects.PyByteArray) a).toArray();
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            byte[] all = new byte[bytes.length + digest.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            n = new BigInteger(1, all);
        } else if (a instanceof PyFloat f) {
            n = BigInteger.valueOf(PyFloat.hash(f.value)).and(MASK64);
        } else {
            throw Errors.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        r.mt.seed(n);
        r.gaussNext = PySingleton.NONE;
    }

    // ---- integers ----

    private static PyInt intArg(PyObject o, String what) {
        if (o instanceof PyInt i) {
            return i;
        }
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
                return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
            }
            throw Errors.valueError("non-integer " + what + " for randrange()");
        }
        return Abstract.index(o);
    }

    /** An exact int well inside a long: bounds whose difference {@link MersenneTwister#below(long)} takes as is. */
    private static boolean isSmall(PyObject o) {
        return o instanceof PyInt i && i.type() == PyInt.TYPE && !i.isBig() && Math.abs(i.value) < (1L << 60);
    }

    private static PyObject randrange(Rng r, PyObject start, PyObject stop, PyObject step) {
        if (step == null && isSmall(start) && isSmall(stop) && ((PyInt) stop).value > ((PyInt) start).value) {
            // the draw below(width) makes for a width under 2**62 is the one of the BigInteger path
            long lo = ((PyInt) start).value;
            return PyInt.of(lo + below(r, ((PyInt) stop).value - lo));
        }
        BigInteger istart = intArg(start, "arg 1").toBig();
        if (stop == null || stop == PySingleton.NONE) {
            if (step != null) {
                throw Errors.typeError("Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return PyInt.of(below(r, istart));
            }
            throw Errors.valueError("empty range for randrange()");
        }
        BigInteger istop = intArg(stop, "stop").toBig();
        BigInteger width = istop.subtract(istart);
        BigInteger istep = step == null ? BigInteger.ONE : intArg(step, "step").toBig();
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return PyInt.of(istart.add(below(r, width)));
            }
            throw Errors.valueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw Errors.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw Errors.valueError("empty range for randrange()");
        }
        return PyInt.of(istart.add(istep.multiply(below(r, n))));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }
}
