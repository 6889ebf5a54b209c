package org.jpsyco.frontend.python.jit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints how much of the golden suite the JIT compiles under {@code --jit=full}: functions run,
 * functions compiled, and the reasons of those that declined. A tool, run as a main class from
 * the test class path; not a test.
 */
public final class JitCoverageReport {
    private JitCoverageReport() {
    }

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : JitGoldenProgramsTest.ROOT;
        List<Path> progs;
        try (Stream<Path> s = Files.walk(root)) {
            progs = s.filter(p -> p.toString().endsWith(".py")
                    && Files.exists(JitGoldenProgramsTest.sibling(p, ".out"))).sorted().toList();
        }
        Pattern counts = Pattern.compile("functions run: (\\d+), compiled: (\\d+)");
        Pattern declined = Pattern.compile("^  declined: (.*)$", Pattern.MULTILINE);
        long run = 0;
        long compiled = 0;
        Map<String, Long> reasons = new TreeMap<>();
        StringBuilder details = new StringBuilder();
        for (Path p : progs) {
            JitRunner.Outcome o = JitRunner.runFile(p, Map.of(), "--jit=full", "--stats");
            Matcher m = counts.matcher(o.err());
            if (m.find()) {
                run += Long.parseLong(m.group(1));
                compiled += Long.parseLong(m.group(2));
            }
            Matcher d = declined.matcher(o.err());
            if (d.find()) {
                for (String part : d.group(1).split(", ")) {
                    String[] kv = part.split("=");
                    reasons.merge(kv[0], Long.parseLong(kv[1]), Long::sum);
                }
                String tail = o.err().substring(d.end());
                details.append(root.relativize(p)).append(':').append(tail.isEmpty() ? "\n" : "\n" + tail.strip() + "\n");
            }
        }
        System.out.printf("programs: %d, functions run: %d, compiled: %d (%.1f%%)%n", progs.size(), run, compiled,
                100.0 * compiled / Math.max(1, run));
        System.out.println("declined by reason: " + reasons);
        System.out.print(details);
    }
}
