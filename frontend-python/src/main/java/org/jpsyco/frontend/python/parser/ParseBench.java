package org.jpsyco.frontend.python.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse-speed check: parses every .py file under the given directories (default: the
 * standard library of the python3 on PATH) several times and prints lines per second.
 * Usage: {@code java ... ParseBench [--rounds N] [dir-or-file ...]}. Not a test: no assertion.
 */
public final class ParseBench {
    private ParseBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else {
                roots.add(Path.of(args[i]));
            }
        }
        if (roots.isEmpty()) {
            roots.add(Path.of(pythonStdlib()));
        }
        List<byte[]> sources = new ArrayList<>();
        long lines = 0;
        long bytes = 0;
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".py") && !f.toString().contains("site-packages"))
                        .sorted().toList()) {
                    byte[] b = Files.readAllBytes(p);
                    try {
                        Parser.parse(b, p.toString(), Mode.EXEC);
                    } catch (PythonSyntaxError e) {
                        continue;
                    }
                    sources.add(b);
                    bytes += b.length;
                    for (byte x : b) {
                        if (x == '\n') {
                            lines++;
                        }
                    }
                }
            }
        }
        System.out.printf("%d files, %d lines, %.1f MB%n", sources.size(), lines, bytes / 1e6);
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            for (byte[] b : sources) {
                Parser.parse(b, "<bench>", Mode.EXEC);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %.2f s, %.0f lines/s, %.1f MB/s%n", r, s, lines / s, bytes / 1e6 / s);
        }
    }

    private static String pythonStdlib() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IOException("give a directory: python3 did not report its stdlib: " + out);
        }
        return out;
    }
}
