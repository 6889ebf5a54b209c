package org.jpsyco.itests;

import java.util.List;

/** A short, readable difference between expected and actual text, for failure messages. */
final class TextDiff {
    private static final int CONTEXT = 3;

    private TextDiff() {
    }

    /** Null when equal; otherwise the first differing line with a few lines around it, both sides. */
    static String describe(String label, String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int first = 0;
        while (first < e.size() && first < a.size() && e.get(first).equals(a.get(first))) {
            first++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(label).append(" differs at line ").append(first + 1)
                .append(" (expected ").append(e.size()).append(" lines, got ").append(a.size()).append(")\n");
        int from = Math.max(0, first - CONTEXT);
        for (int i = from; i < Math.min(e.size(), first + CONTEXT + 1); i++) {
            sb.append(i == first ? "- " : "  ").append(i + 1).append(": ").append(show(e.get(i))).append('\n');
        }
        sb.append("  ----\n");
        for (int i = from; i < Math.min(a.size(), first + CONTEXT + 1); i++) {
            sb.append(i == first ? "+ " : "  ").append(i + 1).append(": ").append(show(a.get(i))).append('\n');
        }
        if (first >= Math.min(e.size(), a.size()) && e.size() == a.size()) {
            sb.append("(only the final newline or line endings differ)\n");
        }
        return sb.toString();
    }

    private static String show(String line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t') {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
