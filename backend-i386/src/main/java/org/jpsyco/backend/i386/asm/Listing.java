package org.jpsyco.backend.i386.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jpsyco.backend.i386.encoder.CodeBuffer;
import org.jpsyco.backend.i386.encoder.Label;

/**
 * What an {@link Assembler} emitted, one entry per instruction, run of no-ops or constant, printed
 * like a disassembly: offset, bytes, text. Texts are computed when printed, so branch targets and
 * rip-relative labels show the offsets they were bound to.
 */
final class Listing {
    private record Line(int start, int end, Supplier<String> text) {
    }

    private final List<Line> lines = new ArrayList<>();

    void add(int start, int end, Supplier<String> text) {
        lines.add(new Line(start, end, text));
    }

    /** A label as printed: its offset, or {@code ?} while unbound. */
    static String where(Label target) {
        return target.isBound() ? String.format("0x%04x", target.position()) : "?";
    }

    String format(CodeBuffer code) {
        StringBuilder s = new StringBuilder();
        for (Line l : lines) {
            StringBuilder hex = new StringBuilder();
            for (int i = l.start(); i < l.end(); i++) {
                hex.append(String.format("%02x ", code.get(i)));
            }
            s.append(String.format("%04x  %-30s %s%n", l.start(), hex.toString().strip(), l.text().get()));
        }
        return s.toString();
    }
}
