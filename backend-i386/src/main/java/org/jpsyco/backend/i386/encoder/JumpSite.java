package org.jpsyco.backend.i386.encoder;

/**
 * An emitted relative jump or call: where the instruction starts and where its displacement field
 * is. The displacement counts from {@link #end()}, the end of the instruction (the field is last).
 *
 * @param start offset of the instruction's first byte
 * @param field offset of the displacement field
 * @param width field width in bytes, 1 or 4
 */
public record JumpSite(int start, int field, int width) {
    /** Offset just past the instruction, the origin of the displacement. */
    public int end() {
        return field + width;
    }
}
