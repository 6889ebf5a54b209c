package org.jpsyco.frontend.python.objects;

/**
 * SipHash-1-3 (one compression round, three finalization rounds) as CPython 3.11 computes it for
 * str and bytes: 64-bit little-endian words, the length in the top byte of the last word, and
 * the result folded as {@code v0 ^ v1 ^ v2 ^ v3}.
 */
final class SipHash13 {
    private SipHash13() {
    }

    static long hash(long k0, long k1, byte[] in, int len) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int off = 0;
        while (len - off >= 8) {
            long m = 0;
            for (int i = 7; i >= 0; i--) {
                m = m << 8 | (in[off + i] & 0xFF);
            }
            off += 8;
            v3 ^= m;
            // one SipRound
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long b = (long) len << 56;
        for (int i = len - off - 1; i >= 0; i--) {
            b |= (long) (in[off + i] & 0xFF) << (8 * i);
        }
        v3 ^= b;
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 = Long.rotateLeft(v2, 32);
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }
}
