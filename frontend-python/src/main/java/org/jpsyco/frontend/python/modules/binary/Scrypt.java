package org.jpsyco.frontend.python.modules.binary;

/**
 * scrypt (RFC 7914) for {@code hashlib.scrypt}: PBKDF2-HMAC-SHA256 around the memory-hard
 * ROMix of each of {@code p} blocks, ROMix built on BlockMix and the Salsa20/8 core. The JDK has
 * no scrypt; the parameters are checked as CPython (with OpenSSL) checks them before any work.
 */
final class Scrypt {
    /** OpenSSL's memory bound when {@code maxmem} is 0. */
    private static final long DEFAULT_MAX_MEMORY = 32L * 1024 * 1024;

    private Scrypt() {
    }

    /** {@link #check}'s answers. */
    static final int OK = 0, INVALID = 1, TOO_MUCH_MEMORY = 2;

    /** Whether n, r, p are valid for the algorithm and fit the memory bound. */
    static int check(long n, long r, long p, long maxmem) {
        if (r <= 0 || p <= 0 || n < 2 || (n & (n - 1)) != 0 || r * p >= (1L << 30)) {
            return INVALID;
        }
        if (16 * r < 63 && n >= 1L << (16 * r)) {
            return INVALID;
        }
        long bound = maxmem == 0 ? DEFAULT_MAX_MEMORY : maxmem;
        // the p blocks of B and ROMix's table of n + 2 blocks, 128 * r bytes each
        double needed = 128.0 * r * p + 128.0 * r * (n + 2);
        return needed <= bound ? OK : TOO_MUCH_MEMORY;
    }

    static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int dklen) {
        int blockBytes = 128 * r;
        byte[] b = HashNative.pbkdf2("sha256", password, salt, 1, p * blockBytes);
        int[] x = new int[32 * r];
        int[] table = new int[32 * r * n];
        int[] scratch = new int[32 * r];
        for (int i = 0; i < p; i++) {
            toWords(b, i * blockBytes, x);
            romix(x, table, scratch, n, r);
            fromWords(x, b, i * blockBytes);
        }
        return HashNative.pbkdf2("sha256", password, b, 1, dklen);
    }

    private static void romix(int[] x, int[] table, int[] scratch, int n, int r) {
        int words = 32 * r;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, table, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            int j = x[(2 * r - 1) * 16] & (n - 1);
            for (int w = 0; w < words; w++) {
                x[w] ^= table[j * words + w];
            }
            blockMix(x, scratch, r);
        }
    }

    /** BlockMix: each 64-byte block through Salsa20/8 chained; even outputs first, then odd. */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] t = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, t, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int w = 0; w < 16; w++) {
                t[w] ^= b[i * 16 + w];
            }
            salsa8(t);
            int to = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(t, 0, y, to, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    private static void salsa8(int[] b) {
        int[] x = b.clone();
        for (int i = 0; i < 8; i += 2) {
            quarter(x, 0, 4, 8, 12);
            quarter(x, 5, 9, 13, 1);
            quarter(x, 10, 14, 2, 6);
            quarter(x, 15, 3, 7, 11);
            quarter(x, 0, 1, 2, 3);
            quarter(x, 5, 6, 7, 4);
            quarter(x, 10, 11, 8, 9);
            quarter(x, 15, 12, 13, 14);
        }
        for (int i = 0; i < 16; i++) {
            b[i] += x[i];
        }
    }

    /** Salsa20's quarter round on words a, b, c, d (a the diagonal one). */
    private static void quarter(int[] x, int a, int b, int c, int d) {
        x[b] ^= Integer.rotateLeft(x[a] + x[d], 7);
        x[c] ^= Integer.rotateLeft(x[b] + x[a], 9);
        x[d] ^= Integer.rotateLeft(x[c] + x[b], 13);
        x[a] ^= Integer.rotateLeft(x[d] + x[c], 18);
    }

    private static void toWords(byte[] src, int off, int[] dst) {
        for (int i = 0; i < dst.length; i++) {
            int o = off + 4 * i;
            dst[i] = (src[o] & 0xFF) | (src[o + 1] & 0xFF) << 8 | (src[o + 2] & 0xFF) << 16 | (src[o + 3] & 0xFF) << 24;
        }
    }

    private static void fromWords(int[] src, byte[] dst, int off) {
        for (int i = 0; i < src.length; i++) {
            int o = off + 4 * i;
            dst[o] = (byte) src[i];
            dst[o + 1] = (byte) (src[i] >>> 8);
            dst[o + 2] = (byte) (src[i] >>> 16);
            dst[o + 3] = (byte) (src[i] >>> 24);
        }
    }
}
