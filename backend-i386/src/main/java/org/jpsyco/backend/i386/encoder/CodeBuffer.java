package org.jpsyco.backend.i386.encoder;

import java.util.Arrays;

/**
 * A growable byte array of machine code with a write position at its end. Multi-byte values are
 * written little-endian. Offsets are relative to the start of the buffer; where the code finally
 * lives is decided when it is copied out ({@link #toByteArray}).
 */
public final class CodeBuffer {
    private byte[] data;
    private int size;

    public CodeBuffer() {
        this(256);
    }

    public CodeBuffer(int initialCapacity) {
        data = new byte[Math.max(16, initialCapacity)];
    }

    /** Offset of the next byte to be written. */
    public int position() {
        return size;
    }

    public void emit8(int b) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = (byte) b;
    }

    public void emit16(int v) {
        emit8(v);
        emit8(v >>> 8);
    }

    public void emit32(int v) {
        emit16(v);
        emit16(v >>> 16);
    }

    public void emit64(long v) {
        emit32((int) v);
        emit32((int) (v >>> 32));
    }

    /** The byte at an offset already written. */
    public int get(int offset) {
        checkWritten(offset, 1);
        return data[offset] & 0xFF;
    }

    /** Overwrites four bytes already written. */
    public void put32(int offset, int v) {
        checkWritten(offset, 4);
        for (int i = 0; i < 4; i++) {
            data[offset + i] = (byte) (v >>> (8 * i));
        }
    }

    /** Binds the label here and patches every branch emitted to it so far. */
    public void bind(Label label) {
        for (JumpSite site : label.bindAt(size)) {
            patch(site, size);
        }
    }

    /**
     * Redirects an already emitted rel32 jump or call to a new target offset, as Psyco links a new
     * continuation in place of a jump to the compiler.
     */
    public void retarget(JumpSite site, int target) {
        if (site.width() != 4) {
            throw new IllegalArgumentException("only rel32 sites can be retargeted: " + site);
        }
        patch(site, target);
    }

    void patch(JumpSite site, int target) {
        long rel = (long) target - site.end();
        if (site.width() == 1) {
            if (rel != (byte) rel) {
                throw new IllegalArgumentException("rel8 out of range: " + rel + " at " + site);
            }
            checkWritten(site.field(), 1);
            data[site.field()] = (byte) rel;
        } else {
            put32(site.field(), (int) rel);
        }
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    private void checkWritten(int offset, int n) {
        if (offset < 0 || offset + n > size) {
            throw new IndexOutOfBoundsException("offset " + offset + " (+" + n + ") outside 0.." + size);
        }
    }
}
