package org.jpsyco.kernel.lir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches printed LIR against a pattern with wildcards, so JIT tests assert what was specialized
 * (a guard is there, an allocation is gone) without pinning every value number.
 *
 * <p>Pattern language, line by line (blank lines ignored, leading and trailing spaces too):
 * <ul>
 * <li>{@code ...} alone on a line skips any number of lines (including none);</li>
 * <li>{@code %name} (a letter first) matches one value number, the same one wherever the name
 *     appears; two names never match the same value;</li>
 * <li>{@code *} matches any text within the line;</li>
 * <li>everything else matches itself.</li>
 * </ul>
 * Without {@code ...}, pattern lines match consecutive lines; the whole pattern must match
 * the whole text, so patterns usually start and end with {@code ...}. Matching backtracks.
 */
public final class LirPattern {
    private static final Pattern NAME = Pattern.compile("%([A-Za-z]\\w*)");

    private record Line(Pattern regex, List<String> names, boolean skip) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final String source;

    private LirPattern(String source) {
        this.source = source;
        for (String raw : source.split("\n")) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.equals("...")) {
                lines.add(new Line(null, List.of(), true));
                continue;
            }
            StringBuilder regex = new StringBuilder();
            List<String> names = new ArrayList<>();
            Matcher m = NAME.matcher(l);
            int last = 0;
            while (m.find()) {
                regex.append(literal(l.substring(last, m.start())));
                regex.append("(%\\d+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(literal(l.substring(last)));
            lines.add(new Line(Pattern.compile(regex.toString()), names, false));
        }
    }

    private static String literal(String s) {
        StringBuilder sb = new StringBuilder();
        String[] parts = s.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            sb.append(i == 0 ? "" : ".*").append(parts[i].isEmpty() ? "" : Pattern.quote(parts[i]));
        }
        return sb.toString();
    }

    public static LirPattern compile(String pattern) {
        return new LirPattern(pattern);
    }

    /** Whether the printed {@code text} matches. */
    public boolean matches(String text) {
        List<String> actual = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return match(0, 0, actual, new HashMap<>());
    }

    public boolean matches(LirFunction f) {
        return matches(LirPrinter.print(f));
    }

    /** Throws {@link AssertionError} showing pattern and LIR unless {@code f} matches. */
    public void check(LirFunction f) {
        String text = LirPrinter.print(f);
        if (!matches(text)) {
            throw new AssertionError("LIR does not match the pattern\n--- pattern\n" + source + "\n--- LIR\n" + text);
        }
    }

    private boolean match(int p, int t, List<String> text, Map<String, String> bound) {
        if (p == lines.size()) {
            return t == text.size();
        }
        Line line = lines.get(p);
        if (line.skip()) {
            for (int k = t; k <= text.size(); k++) {
                if (match(p + 1, k, text, bound)) {
                    return true;
                }
            }
            return false;
        }
        if (t == text.size()) {
            return false;
        }
        Matcher m = line.regex().matcher(text.get(t));
        if (!m.matches()) {
            return false;
        }
        Map<String, String> next = new HashMap<>(bound);
        for (int i = 0; i < line.names().size(); i++) {
            String name = line.names().get(i);
            String value = m.group(i + 1);
            String had = next.putIfAbsent(name, value);
            if (had != null && !had.equals(value)) {
                return false;
            }
            if (had == null && next.entrySet().stream().anyMatch(e -> !e.getKey().equals(name) && e.getValue().equals(value))) {
                return false;
            }
        }
        return match(p + 1, t + 1, text, next);
    }
}
