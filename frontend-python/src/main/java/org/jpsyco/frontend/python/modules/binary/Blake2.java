package org.jpsyco.frontend.python.modules.binary;

import java.io.ByteArrayOutputStream;

/**
 * BLAKE2b and BLAKE2s (RFC 7693), which the JDK does not provide. One implementation serves
 * both: words are held in longs, and for BLAKE2s every operation masks to 32 bits. Data is
 * buffered until a digest is asked for, which keeps {@code copy()} trivial; hashlib users hash
 * files of ordinary size.
 */
final class Blake2 implements HashNative.Digest {
    private static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    private final boolean big;
    private final int outLen;
    private final byte[] key;
    private final byte[] salt;
    private final byte[] person;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    Blake2(boolean big, int outLen, byte[] key, byte[] salt, byte[] person) {
        this.big = big;
        this.outLen = outLen;
        this.key = key;
        this.salt = salt;
        this.person = person;
    }

    @Override
    public void update(byte[] b) {
        data.writeBytes(b);
    }

    @Override
    public HashNative.Digest copy() {
        Blake2 c = new Blake2(big, outLen, key, salt, person);
        c.data.writeBytes(data.toByteArray());
        return c;
    }

    private int wordBytes() {
        return big ? 8 : 4;
    }

    private long mask(long v) {
        return big ? v : v & 0xffffffffL;
    }

    private long rotr(long v, int n) {
        return big ? Long.rotateRight(v, n) : (long) Integer.rotateRight((int) v, n) & 0xffffffffL;
    }

    private long iv(int i) {
        return big ? IV[i] : IV[i] >>> 32;
    }

    private long word(byte[] b, int off) {
        long v = 0;
        for (int i = wordBytes() - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xff);
        }
        return v;
    }

    private static byte[] padded(byte[] b, int len) {
        byte[] r = new byte[len];
        System.arraycopy(b, 0, r, 0, b.length);
        return r;
    }

    @Override
    public byte[] digest() {
        int w = wordBytes();
        int block = 16 * w;
        long[] h = new long[8];
        for (int i = 0; i < 8; i++) {
            h[i] = iv(i);
        }
        h[0] ^= 0x01010000L ^ ((long) key.length << 8) ^ outLen;
        byte[] s = padded(salt, 2 * w);
        byte[] p = padded(person, 2 * w);
        h[4] ^= word(s, 0);
        h[5] ^= word(s, w);
        h[6] ^= word(p, 0);
        h[7] ^= word(p, w);
        byte[] msg = data.toByteArray();
        if (key.length > 0) {
            byte[] all = new byte[block + msg.length];
            System.arraycopy(key, 0, all, 0, key.length);
            System.arraycopy(msg, 0, all, block, msg.length);
            msg = all;
        }
        int blocks = Math.max(1, (msg.length + block - 1) / block);
        for (int i = 0; i < blocks; i++) {
            byte[] chunk = new byte[block];
            int n = Math.min(block, msg.length - i * block);
            System.arraycopy(msg, i * block, chunk, 0, Math.max(0, n));
            boolean last = i == blocks - 1;
            compress(h, chunk, last ? msg.length : (long) (i + 1) * block, last);
        }
        byte[] out = new byte[outLen];
        for (int i = 0; i < outLen; i++) {
            out[i] = (byte) (h[i / w] >>> (8 * (i % w)));
        }
        return out;
    }

    private void compress(long[] h, byte[] chunk, long counter, boolean last) {
        long[] v = new long[16];
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = word(chunk, i * wordBytes());
        }
        for (int i = 0; i < 8; i++) {
            v[i] = h[i];
            v[i + 8] = iv(i);
        }
        v[12] ^= mask(counter);
        v[13] ^= big ? 0 : counter >>> 32;
        if (last) {
            v[14] = mask(~v[14]);
        }
        int rounds = big ? 12 : 10;
        for (int r = 0; r < rounds; r++) {
            byte[] s = SIGMA[r % 10];
            mix(v, m, 0, 4, 8, 12, s[0], s[1]);
            mix(v, m, 1, 5, 9, 13, s[2], s[3]);
            mix(v, m, 2, 6, 10, 14, s[4], s[5]);
            mix(v, m, 3, 7, 11, 15, s[6], s[7]);
            mix(v, m, 0, 5, 10, 15, s[8], s[9]);
            mix(v, m, 1, 6, 11, 12, s[10], s[11]);
            mix(v, m, 2, 7, 8, 13, s[12], s[13]);
            mix(v, m, 3, 4, 9, 14, s[14], s[15]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private void mix(long[] v, long[] m, int a, int b, int c, int d, int x, int y) {
        int r1 = big ? 32 : 16;
        int r2 = big ? 24 : 12;
        int r3 = big ? 16 : 8;
        int r4 = big ? 63 : 7;
        v[a] = mask(v[a] + v[b] + m[x]);
        v[d] = rotr(v[d] ^ v[a], r1);
        v[c] = mask(v[c] + v[d]);
        v[b] = rotr(v[b] ^ v[c], r2);
        v[a] = mask(v[a] + v[b] + m[y]);
        v[d] = rotr(v[d] ^ v[a], r3);
        v[c] = mask(v[c] + v[d]);
        v[b] = rotr(v[b] ^ v[c], r4);
    }
}
