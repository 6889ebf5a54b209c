package org.jpsyco.frontend.python.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.modules.RandomModule.Rng;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.NumberOps;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyRange;
import org.jpsyco.frontend.python.objects.PySet;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * {@code random.Random}'s methods over sequences, {@code sample} and {@code choices}, drawing as
 * CPython 3.11's {@code random.py} draws (the same calls of {@code _randbelow} and {@code random()}
 * in the same order), so a seed picks the same elements; {@code choices} over weights that are
 * exact as doubles takes a path without Python arithmetic per draw.
 */
final class RandomSequences {
    private RandomSequences() {
    }

    static PyObject sample(Rng r, PyObject[] p) {
        PyObject population = p[0];
        if (population instanceof PySet || population instanceof org.jpsyco.frontend.python.objects.PyDict
                || !(population instanceof PyList || population instanceof PyTuple || population instanceof PyStr
                        || population instanceof PyRange || population instanceof PyBytes
                        || population.type().lookup("__getitem__") != null
                                && population.type().lookup("__len__") != null)) {
            throw Errors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = Abstract.length(population);
        if (p[2] != null && p[2] != PySingleton.NONE) {
            List<PyObject> cum = new ArrayList<>();
            PyObject total = null;
            for (PyObject c : Abstract.toList(p[2])) {
                total = total == null ? c : NumberOps.binary(BinaryOp.ADD, total, c);
                cum.add(total);
            }
            if (cum.size() != n) {
                throw Errors.valueError("The number of counts does not match the population");
            }
            if (!(total instanceof PyInt)) {
                throw Errors.typeError("Counts must be integers");
            }
            if (((PyInt) total).signum() <= 0) {
                throw Errors.valueError("Total of counts must be greater than zero");
            }
            PyList sel = (PyList) sample(r, new PyObject[] {new PyRange(0, ((PyInt) total).longValue(), 1), p[1],
                null});
            PyObject[] out = new PyObject[sel.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Abstract.getItem(population, PyInt.of(bisectRight(cum, sel.get(i), 0, cum.size())));
            }
            return new PyList(out);
        }
        long k = Abstract.index(p[1]).longValue();
        if (k < 0 || k > n) {
            throw Errors.valueError("Sample larger than population or is negative");
        }
        PyObject[] result = new PyObject[(int) k];
        long setsize = 21;
        if (k > 5) {
            setsize += (long) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        if (n <= setsize) {
            List<PyObject> pool = Abstract.toList(population);
            for (int i = 0; i < k; i++) {
                int j = (int) RandomModule.below(r, n - i);
                result[i] = pool.get(j);
                pool.set(j, pool.get((int) (n - i - 1)));
            }
        } else {
            java.util.HashSet<Long> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = RandomModule.below(r, n);
                while (selected.contains(j)) {
                    j = RandomModule.below(r, n);
                }
                selected.add(j);
                result[i] = Abstract.getItem(population, PyInt.of(j));
            }
        }
        return new PyList(result);
    }

    private static int bisectRight(List<PyObject> a, PyObject x, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Abstract.richCompareBool(x, a.get(mid), CompareOp.LT)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static PyObject choices(Rng r, PyObject[] p) {
        PyObject population = p[0];
        long n = Abstract.length(population);
        long k = p[3] == null ? 1 : Abstract.index(p[3]).longValue();
        PyObject weights = p[1] == null ? PySingleton.NONE : p[1];
        PyObject cumWeights = p[2] == null ? PySingleton.NONE : p[2];
        List<PyObject> out = new ArrayList<>();
        if (cumWeights == PySingleton.NONE) {
            if (weights == PySingleton.NONE) {
                double dn = n;
                for (long i = 0; i < k; i++) {
                    out.add(Abstract.getItem(population, PyInt.of((long) Math.floor(RandomModule.random(r) * dn))));
                }
                return new PyList(out);
            }
            if (weights instanceof PyInt w) {
                throw Errors.typeError("The number of choices must be a keyword argument: k=" + w.repr());
            }
            List<PyObject> ws = Abstract.toList(weights);
            double[] fast = accumulated(ws);
            if (fast != null) {
                return choicesFast(r, population, n, k, fast, out);
            }
            List<PyObject> cum = new ArrayList<>();
            PyObject total = null;
            for (PyObject w : ws) {
                total = total == null ? w : NumberOps.binary(BinaryOp.ADD, total, w);
                cum.add(total);
            }
            cumWeights = new PyList(cum);
        } else if (weights != PySingleton.NONE) {
            throw Errors.typeError("Cannot specify both weights and cumulative weights");
        }
        List<PyObject> cum = Abstract.toList(cumWeights);
        double[] fast = exactDoubles(cum);
        if (fast != null) {
            return choicesFast(r, population, n, k, fast, out);
        }
        if (cum.size() != n) {
            throw Errors.valueError("The number of weights does not match the population");
        }
        if (n == 0) {
            throw Errors.indexError("list index out of range");
        }
        PyObject totalObj = NumberOps.binary(BinaryOp.ADD, cum.get(cum.size() - 1), PyFloat.of(0.0));
        double total = RandomModule.num(totalObj);
        checkTotal(total);
        int hi = (int) n - 1;
        for (long i = 0; i < k; i++) {
            int j = bisectRight(cum, PyFloat.of(RandomModule.random(r) * total), 0, hi);
            out.add(Abstract.getItem(population, PyInt.of(j)));
        }
        return new PyList(out);
    }

    /** Beyond this an int's value may not survive the trip through a double. */
    private static final long EXACT_LIMIT = 1L << 53;

    /**
     * The running sums of {@code ws} as CPython's {@code accumulate} makes them (an int sum while
     * every weight so far is an int, a float sum from the first float on), as doubles that compare
     * exactly as those sums do; null when a weight is neither an exact float nor a plain int, or an
     * int sum grows past what a double holds exactly (the general path then decides).
     */
    private static double[] accumulated(List<PyObject> ws) {
        double[] cum = new double[ws.size()];
        long isum = 0;
        double fsum = 0.0;
        boolean floats = false;
        for (int i = 0; i < cum.length; i++) {
            PyObject w = ws.get(i);
            if (w instanceof PyFloat f && f.isExact()) {
                // int + float converts the int sum first, correctly rounded, as (double) does
                fsum = i == 0 ? f.value : (floats ? fsum : (double) isum) + f.value;
                floats = true;
                cum[i] = fsum;
            } else if (w instanceof PyInt v && v.isPlain() && !v.isBig() && !floats) {
                long x = v.value;
                if (Math.abs(x) >= EXACT_LIMIT || Math.abs(isum + x) >= EXACT_LIMIT) {
                    return null;
                }
                isum += x;
                cum[i] = isum;
            } else {
                return null;
            }
        }
        return cum;
    }

    /** Cumulative weights given by the caller, as doubles of the same values; null as {@link #accumulated}. */
    private static double[] exactDoubles(List<PyObject> cum) {
        double[] r = new double[cum.size()];
        for (int i = 0; i < r.length; i++) {
            PyObject w = cum.get(i);
            if (w instanceof PyFloat f && f.isExact()) {
                r[i] = f.value;
            } else if (w instanceof PyInt v && v.isPlain() && !v.isBig() && Math.abs(v.value) < EXACT_LIMIT) {
                r[i] = v.value;
            } else {
                return null;
            }
        }
        return r;
    }

    /** The rest of {@link #choices} over cumulative weights held as doubles: the same checks, draws and bisection. */
    private static PyObject choicesFast(Rng r, PyObject population, long n, long k, double[] cum, List<PyObject> out) {
        if (cum.length != n) {
            throw Errors.valueError("The number of weights does not match the population");
        }
        if (n == 0) {
            throw Errors.indexError("list index out of range");
        }
        double total = cum[cum.length - 1] + 0.0;
        checkTotal(total);
        int hi = (int) n - 1;
        for (long i = 0; i < k; i++) {
            double x = RandomModule.random(r) * total;
            int lo = 0;
            int h = hi;
            while (lo < h) {
                int mid = (lo + h) >>> 1;
                if (x < cum[mid]) {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.add(Abstract.getItem(population, PyInt.of(lo)));
        }
        return new PyList(out);
    }

    /** The sum of the weights {@code choices} draws against: positive and finite, as CPython requires. */
    private static void checkTotal(double total) {
        if (total <= 0.0) {
            throw Errors.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw Errors.valueError("Total of weights must be finite");
        }
    }
}
