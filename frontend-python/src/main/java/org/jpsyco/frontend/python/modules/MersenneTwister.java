package org.jpsyco.frontend.python.modules;

import java.math.BigInteger;

/**
 * The MT19937 generator exactly as CPython's {@code _random} module uses it (Matsumoto and
 * Nishimura's reference algorithm): seeding by {@link #initByArray}, 32-bit outputs, 53-bit
 * floats made of two outputs, and {@code getrandbits} filling 32-bit words from the least
 * significant end.
 */
final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    final int[] mt = new int[N];
    int index = N + 1;

    void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        index = N;
    }

    /** Seeds from a non-negative integer: its 32-bit words, least significant first (CPython's {@code random_seed}). */
    void seed(BigInteger n) {
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    /** The next 32 random bits (as an unsigned value in an int). */
    int next32() {
        int y;
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A float in [0, 1) with 53 random bits, as CPython's {@code random_random}. */
    double random() {
        long a = (next32() >>> 5) & 0xffffffffL;
        long b = (next32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)} for {@code 0 <= k <= 63}. */
    long bits(int k) {
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return (next32() & 0xffffffffL) >>> (32 - k);
        }
        long lo = next32() & 0xffffffffL;
        long hi = (next32() & 0xffffffffL) >>> (64 - k);
        return lo | (hi << 32);
    }

    /** {@code getrandbits(k)} for any {@code k >= 0}. */
    BigInteger bigBits(int k) {
        if (k < 64) {
            return BigInteger.valueOf(bits(k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = next32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int off = be.length - 4 * (i + 1);
            be[off] = (byte) (r >>> 24);
            be[off + 1] = (byte) (r >>> 16);
            be[off + 2] = (byte) (r >>> 8);
            be[off + 3] = (byte) r;
        }
        return new BigInteger(1, be);
    }

    /** A uniform integer in [0, n) for n > 0: CPython's {@code _randbelow_with_getrandbits}. */
    BigInteger below(BigInteger n) {
        int k = n.bitLength();
        if (k < 63) {
            long ln = n.longValue();
            long r = bits(k);
            while (r >= ln) {
                r = bits(k);
            }
            return BigInteger.valueOf(r);
        }
        BigInteger r = bigBits(k);
        while (r.compareTo(n) >= 0) {
            r = bigBits(k);
        }
        return r;
    }

    /** {@link #below} for a long bound. */
    long below(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = bits(k);
        while (r >= n) {
            r = bits(k);
        }
        return r;
    }
}
