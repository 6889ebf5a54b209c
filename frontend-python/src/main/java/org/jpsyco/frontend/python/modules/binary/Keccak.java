package org.jpsyco.frontend.python.modules.binary;

/**
 * The Keccak sponge (FIPS 202) for {@code hashlib.shake_128}/{@code shake_256}: extendable
 * output, which the JDK offers only at fixed lengths ({@code SHAKE128-256}). The state is 25
 * little-endian 64-bit lanes; input is absorbed a rate-sized block at a time, padded with SHAKE's
 * domain bits, and any number of output bytes is squeezed from a copy, so the object can go on
 * being updated after a digest, as hashlib's can.
 */
final class Keccak implements HashNative.Digest {
    private static final long[] ROUND_CONSTANTS = {0x0000000000000001L, 0x0000000000008082L,
        0x800000000000808AL, 0x8000000080008000L, 0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L,
        0x8000000000008009L, 0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L, 0x8000000000008002L,
        0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL, 0x8000000080008081L, 0x8000000000008080L,
        0x0000000080000001L, 0x8000000080008008L};
    /** The rotation of lane x + 5y in the rho step. */
    private static final int[] ROTATIONS = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8,
        18, 2, 61, 56, 14};
    /** SHAKE's domain separation bits and the first bit of the pad10*1 padding. */
    private static final byte SHAKE_PAD = 0x1F;

    private final long[] lanes;
    private final byte[] block;
    private int filled;

    /** A SHAKE sponge of the given rate in bytes (168 for SHAKE128, 136 for SHAKE256). */
    Keccak(int rate) {
        this(new long[25], new byte[rate], 0);
    }

    private Keccak(long[] lanes, byte[] block, int filled) {
        this.lanes = lanes;
        this.block = block;
        this.filled = filled;
    }

    @Override
    public void update(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int n = Math.min(block.length - filled, b.length - i);
            System.arraycopy(b, i, block, filled, n);
            filled += n;
            i += n;
            if (filled == block.length) {
                absorb(lanes, block);
                filled = 0;
            }
        }
    }

    @Override
    public byte[] digest() {
        throw new IllegalStateException("an extendable-output hash needs a length");
    }

    /** The first {@code length} bytes of the output, leaving this sponge as it was. */
    byte[] digest(int length) {
        long[] s = lanes.clone();
        byte[] last = new byte[block.length];
        System.arraycopy(block, 0, last, 0, filled);
        last[filled] ^= SHAKE_PAD;
        last[block.length - 1] ^= (byte) 0x80;
        absorb(s, last);
        byte[] out = new byte[length];
        int off = 0;
        while (true) {
            for (int i = 0; i < block.length && off < length; i++, off++) {
                out[off] = (byte) (s[i >>> 3] >>> (8 * (i & 7)));
            }
            if (off == length) {
                return out;
            }
            permute(s);
        }
    }

    @Override
    public HashNative.Digest copy() {
        return new Keccak(lanes.clone(), block.clone(), filled);
    }

    private static void absorb(long[] s, byte[] b) {
        for (int i = 0; i < b.length; i++) {
            s[i >>> 3] ^= (b[i] & 0xFFL) << (8 * (i & 7));
        }
        permute(s);
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho and pi, chi and iota. */
    static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (long rc : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= rc;
        }
    }
}
