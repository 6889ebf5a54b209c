package org.jpsyco.frontend.python.jit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jpsyco.backend.jvm.JvmBackend;
import org.jpsyco.frontend.python.testkit.GoldenPrograms;
import org.jpsyco.kernel.spi.Backend;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How much of the golden suite the JIT compiles: every golden program runs in this JVM with
 * {@code --stats} (by default under {@code --jit=full}, where every function is a candidate at
 * its first call), and the per-program "functions run / compiled" figures and the reasons of
 * the functions that declined are summed into {@code target/jit-coverage.txt}.
 *
 * <p>A measurement, not part of the ordinary test run: it runs only when the system property
 * {@code jpsyco.jit.coverage} is set (its value, when not {@code true}, is the flags to run
 * with), as {@code bench/jit-coverage} does. It then fails below 95% of functions compiled.
 */
class JitCoverageReport {
    private static final Pattern FUNCTIONS = Pattern.compile("functions run: (\\d+), compiled: (\\d+)");
    private static final Pattern DECLINED = Pattern.compile("^  (\\S.*) \\((.*):(\\d+)\\): (.*)$");
    private static final List<Backend> BACKENDS = List.of(new JvmBackend());

    @Test
    void functionsCompiledOverTheGoldenSuite() throws IOException {
        String prop = System.getProperty("jpsyco.jit.coverage");
        Assumptions.assumeTrue(prop != null && !prop.isBlank(), "set -Djpsyco.jit.coverage to measure");
        String mode = prop.equals("true") ? "--jit=full" : prop;
        List<String> flags = new ArrayList<>(List.of(mode.strip().split("\\s+")));
        flags.add("--stats");

        long run = 0;
        long compiled = 0;
        int programs = 0;
        Map<String, Long> reasons = new TreeMap<>();
        List<String> declined = new ArrayList<>();
        List<String> noStats = new ArrayList<>();
        for (Path prog : GoldenPrograms.discover()) {
            GoldenPrograms.Run r = GoldenPrograms.run(prog, flags.toArray(String[]::new), () -> BACKENDS, List::of);
            programs++;
            String rel = GoldenPrograms.ROOT.relativize(prog).toString();
            int at = r.err().lastIndexOf("jpsyco: JIT statistics");
            if (at < 0) {
                noStats.add(rel);
                continue;
            }
            String stats = r.err().substring(at);
            Matcher m = FUNCTIONS.matcher(stats);
            if (m.find()) {
                run += Long.parseLong(m.group(1));
                compiled += Long.parseLong(m.group(2));
            }
            boolean inDeclined = false;
            for (String line : stats.split("\n")) {
                if (line.startsWith("  declined: ")) {
                    inDeclined = true;
                    continue;
                }
                Matcher d = inDeclined ? DECLINED.matcher(line) : null;
                if (d != null && d.matches()) {
                    reasons.merge(JitStats.shortReason(d.group(4)), 1L, Long::sum);
                    declined.add(rel + ": " + d.group(1) + " (line " + d.group(3) + "): " + d.group(4));
                } else if (inDeclined) {
                    inDeclined = false;
                }
            }
        }

        StringBuilder sb = new StringBuilder();
        sb.append("golden programs run with ").append(String.join(" ", flags)).append(": ").append(programs).append('\n');
        sb.append(String.format("functions run: %d, compiled: %d (%.2f%%), not compiled: %d%n", run, compiled,
                run == 0 ? 0.0 : 100.0 * compiled / run, run - compiled));
        sb.append("declined, by reason:\n");
        reasons.forEach((k, v) -> sb.append(String.format("  %5d  %s%n", v, k)));
        sb.append("declined functions:\n");
        declined.forEach(d -> sb.append("  ").append(d).append('\n'));
        if (!noStats.isEmpty()) {
            sb.append("programs that printed no statistics (they ended the process before the report): ")
                    .append(noStats.size()).append('\n');
            noStats.forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        Path report = Path.of("target", "jit-coverage.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, sb, StandardCharsets.UTF_8);
        System.out.print(sb);
        assertTrue(run > 0 && compiled * 100 >= run * 95, "at least 95% of the functions that ran are compiled:\n" + sb);
    }
}
