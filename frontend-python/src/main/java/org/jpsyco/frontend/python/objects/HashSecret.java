package org.jpsyco.frontend.python.objects;

import java.security.SecureRandom;
import java.util.Map;

/**
 * The key of CPython's str and bytes hash (SipHash-1-3), chosen per runtime as CPython chooses
 * it per process from {@code PYTHONHASHSEED}: unset or {@code random} gives a random key, {@code 0}
 * gives the all-zero key, any other number N fills the 24-byte secret from the same linear
 * congruential generator CPython uses, of which the first 16 bytes are the SipHash key.
 *
 * <p>The key reaches the hash functions through a thread-local set by the runtime on every thread
 * that runs its Python code. Dicts do not use this hash for str keys (see {@link DictKey}): the
 * dicts of built-in types are shared by every runtime of the JVM, whatever their seeds.
 */
public final class HashSecret {
    private static final ThreadLocal<HashSecret> CURRENT = new ThreadLocal<>();
    private static final HashSecret PROCESS = processSecret();

    final long k0;
    final long k1;

    private HashSecret(byte[] secret) {
        this.k0 = le64(secret, 0);
        this.k1 = le64(secret, 8);
    }

    private static HashSecret processSecret() {
        try {
            return fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            return fromEnvironment(Map.of());
        }
    }

    /** The secret {@code PYTHONHASHSEED} in this environment asks for. */
    public static HashSecret fromEnvironment(Map<String, String> environment) {
        String seed = environment.get("PYTHONHASHSEED");
        byte[] secret = new byte[24];
        if (seed == null || seed.isEmpty() || seed.equals("random")) {
            new SecureRandom().nextBytes(secret);
            return new HashSecret(secret);
        }
        long n;
        try {
            n = Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > 4294967295L) {
            throw new IllegalArgumentException(
                    "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
        }
        if (n != 0) {
            // CPython's lcg_urandom: 32-bit state, each byte is bits 16..23 of the next state
            int x = (int) n;
            for (int i = 0; i < secret.length; i++) {
                x = x * 214013 + 2531011;
                secret[i] = (byte) (x >>> 16);
            }
        }
        return new HashSecret(secret);
    }

    /** Makes {@code s} the secret of the calling thread (a runtime's threads all share one). */
    public static void enter(HashSecret s) {
        CURRENT.set(s);
    }

    /** The calling thread's secret; outside any runtime, the one the process environment gives. */
    public static HashSecret current() {
        HashSecret s = CURRENT.get();
        return s != null ? s : PROCESS;
    }

    private static long le64(byte[] b, int off) {
        long r = 0;
        for (int i = 7; i >= 0; i--) {
            r = r << 8 | (b[off + i] & 0xFF);
        }
        return r;
    }

    /** CPython's {@code _Py_HashBytes}: 0 for empty input, SipHash-1-3 otherwise, never -1. */
    public long hashBytes(byte[] data, int len) {
        if (len == 0) {
            return 0;
        }
        long h = SipHash13.hash(k0, k1, data, len);
        return h == -1 ? -2 : h;
    }

    /**
     * A str's hash: SipHash over CPython's canonical representation, one, two or four
     * little-endian bytes per code point depending on the largest code point.
     */
    public long hashStr(PyStr s) {
        String v = s.value();
        int n = v.length();
        if (n == 0) {
            return 0;
        }
        int max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, v.charAt(i));
        }
        byte[] b;
        int len;
        if (max < 0x100) {
            b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) v.charAt(i);
            }
            len = n;
        } else if (max < 0xD800 || s.isBmp()) {
            b = new byte[2 * n];
            for (int i = 0; i < n; i++) {
                char c = v.charAt(i);
                b[2 * i] = (byte) c;
                b[2 * i + 1] = (byte) (c >>> 8);
            }
            len = 2 * n;
        } else {
            int[] cps = s.codePoints();
            b = new byte[4 * cps.length];
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                b[4 * i] = (byte) c;
                b[4 * i + 1] = (byte) (c >>> 8);
                b[4 * i + 2] = (byte) (c >>> 16);
                b[4 * i + 3] = (byte) (c >>> 24);
            }
            len = 4 * cps.length;
        }
        return hashBytes(b, len);
    }
}
