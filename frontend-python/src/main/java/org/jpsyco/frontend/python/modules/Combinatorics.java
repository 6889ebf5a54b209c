package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyIterator;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * The combinatoric iterators of {@code itertools}: each reads its input(s) into a pool when
 * created, then steps an index vector in lexicographic order as CPython's do.
 */
final class Combinatorics {
    private Combinatorics() {
    }

    static final PyType PRODUCT = ItertoolsModule.type("product", Combinatorics::newProduct);
    static final PyType PERMUTATIONS = ItertoolsModule.type("permutations", Combinatorics::newPermutations);
    static final PyType COMBINATIONS = ItertoolsModule.type("combinations", (a, k) -> newCombinations(a, k, false));
    static final PyType COMBINATIONS_WR = ItertoolsModule.type("combinations_with_replacement",
            (a, k) -> newCombinations(a, k, true));

    private static int rArg(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Errors.typeError("Expected int as r");
        }
        if (i.isBig()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        if (i.longValue() < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        return (int) Math.min(Integer.MAX_VALUE, i.longValue());
    }

    /** An index-vector iterator: {@link #advance} moves to the next tuple or returns false at the end. */
    private abstract static class IndexIter extends PyIterator {
        final PyObject[] pool;
        final int[] indices;
        final int r;
        boolean started;
        boolean done;

        IndexIter(PyType t, PyObject[] pool, int r) {
            super(t);
            this.pool = pool;
            this.r = r;
            this.indices = new int[r];
        }

        abstract boolean first();

        abstract boolean advance();

        PyObject current() {
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return PyTuple.of(out);
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            boolean ok = started ? advance() : first();
            started = true;
            if (!ok) {
                done = true;
                return null;
            }
            return current();
        }
    }

    private static PyObject newProduct(PyObject[] a, String[] k) {
        int repeat = 1;
        for (int i = 0; i < k.length; i++) {
            if (!k[i].equals("repeat")) {
                throw Errors.typeError("product() got an unexpected keyword argument '" + k[i] + "'");
            }
            PyObject v = a[a.length - k.length + i];
            if (!(v instanceof PyInt iv)) {
                throw Errors.typeError("'" + v.type().name() + "' object cannot be interpreted as an integer");
            }
            if (iv.longValue() < 0) {
                throw Errors.valueError("repeat argument cannot be negative");
            }
            repeat = (int) iv.longValue();
        }
        int n = a.length - k.length;
        PyObject[][] base = new PyObject[n][];
        for (int i = 0; i < n; i++) {
            base[i] = Abstract.toArray(a[i]).clone();
        }
        PyObject[][] pools = new PyObject[n * repeat][];
        for (int i = 0; i < pools.length; i++) {
            pools[i] = base[i % Math.max(n, 1)];
        }
        int[] idx = new int[pools.length];
        boolean[] state = {false, false};
        return new PyIterator.FnIter(PRODUCT, () -> {
            if (state[1]) {
                return null;
            }
            if (!state[0]) {
                state[0] = true;
                for (PyObject[] p : pools) {
                    if (p.length == 0) {
                        state[1] = true;
                        return null;
                    }
                }
            } else {
                int i = pools.length - 1;
                while (i >= 0) {
                    idx[i]++;
                    if (idx[i] < pools[i].length) {
                        break;
                    }
                    idx[i] = 0;
                    i--;
                }
                if (i < 0) {
                    state[1] = true;
                    return null;
                }
            }
            PyObject[] out = new PyObject[pools.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pools[i][idx[i]];
            }
            return PyTuple.of(out);
        });
    }

    private static PyObject newPermutations(PyObject[] a, String[] k) {
        PyObject[] p = ModuleArgs.parse("permutations", a, k, new String[] {"iterable", "r"}, 1);
        PyObject[] pool = Abstract.toArray(p[0]).clone();
        int r = p[1] == null || p[1] == PySingleton.NONE ? pool.length : rArg(p[1]);
        return new Permutations(pool, r);
    }

    /** CPython's permutations algorithm: an index permutation plus a cycle counter per position. */
    private static final class Permutations extends IndexIter {
        private int[] perm;
        private int[] cycles;

        Permutations(PyObject[] pool, int r) {
            super(PERMUTATIONS, pool, r);
        }

        @Override
        boolean first() {
            int n = pool.length;
            if (r > n) {
                return false;
            }
            perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            cycles = new int[r];
            for (int i = 0; i < r; i++) {
                cycles[i] = n - i;
                indices[i] = i;
            }
            return true;
        }

        @Override
        boolean advance() {
            int n = pool.length;
            if (n == 0) {
                return false;
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int idx = perm[i];
                    System.arraycopy(perm, i + 1, perm, i, n - i - 1);
                    perm[n - 1] = idx;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int t = perm[i];
                    perm[i] = perm[n - j];
                    perm[n - j] = t;
                    System.arraycopy(perm, 0, indices, 0, r);
                    return true;
                }
            }
            return false;
        }
    }

    private static PyObject newCombinations(PyObject[] a, String[] k, boolean replacement) {
        String name = replacement ? "combinations_with_replacement" : "combinations";
        PyObject[] p = ModuleArgs.parse(name, a, k, new String[] {"iterable", "r"}, 2);
        PyObject[] pool = Abstract.toArray(p[0]).clone();
        int r = rArg(p[1]);
        return new Combinations(replacement ? COMBINATIONS_WR : COMBINATIONS, pool, r, replacement);
    }

    private static final class Combinations extends IndexIter {
        private final boolean replacement;

        Combinations(PyType t, PyObject[] pool, int r, boolean replacement) {
            super(t, pool, r);
            this.replacement = replacement;
        }

        @Override
        boolean first() {
            int n = pool.length;
            if (replacement ? n == 0 && r > 0 : r > n) {
                return false;
            }
            for (int i = 0; i < r; i++) {
                indices[i] = replacement ? 0 : i;
            }
            return true;
        }

        @Override
        boolean advance() {
            int n = pool.length;
            int i = r - 1;
            if (replacement) {
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    return false;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
                return true;
            }
            while (i >= 0 && indices[i] == i + n - r) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            indices[i]++;
            for (int j = i + 1; j < r; j++) {
                indices[j] = indices[j - 1] + 1;
            }
            return true;
        }
    }
}
