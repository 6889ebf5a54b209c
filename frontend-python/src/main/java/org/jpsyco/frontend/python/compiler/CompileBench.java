package org.jpsyco.frontend.python.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;

/**
 * Front-end speed against CPython, from one run (bench/compile): tokenizes, parses, checks and
 * compiles every .py file under the given directories (default: the standard library of the
 * python3 on PATH) for several rounds, then has python3 {@code compile()} the same files from
 * their bytes for as many rounds, and prints lines per second of both and their ratio (best
 * round of each, so jpsyco is measured once the JVM is warm). Files either side rejects are
 * left out of both. Not a test: no assertion.
 * Usage: {@code CompileBench [--rounds N] [--python CMD] [dir-or-file ...]}.
 */
public final class CompileBench {
    private CompileBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        String python = "python3";
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--python" -> python = args[++i];
                default -> roots.add(Path.of(args[i]));
            }
        }
        if (roots.isEmpty()) {
            roots.add(Path.of(run(List.of(python, "-c",
                    "import sysconfig;print(sysconfig.get_paths()['stdlib'])")).strip()));
        }
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(f -> f.toString().endsWith(".py") && !f.toString().contains("site-packages")).sorted()
                        .forEach(files::add);
            }
        }
        // keep the files both sides compile
        Path list = Files.createTempFile("compile-bench", ".txt");
        try {
            Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            String ok = run(List.of(python, "-c", PY_FILTER, list.toString()));
            List<Path> kept = new ArrayList<>();
            List<byte[]> sources = new ArrayList<>();
            long lines = 0;
            long bytes = 0;
            for (String p : ok.lines().toList()) {
                byte[] b = Files.readAllBytes(Path.of(p));
                try {
                    Compiler.compile(Parser.parse(b, p, Mode.EXEC), p, Compiler.Mode.EXEC);
                } catch (RuntimeException e) {
                    continue;
                }
                kept.add(Path.of(p));
                sources.add(b);
                bytes += b.length;
                for (byte x : b) {
                    if (x == '\n') {
                        lines++;
                    }
                }
            }
            System.out.printf("%d files, %d lines, %.1f MB (%d files left out: rejected by one side)%n",
                    sources.size(), lines, bytes / 1e6, files.size() - sources.size());
            double best = 0;
            for (int r = 1; r <= rounds; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < sources.size(); i++) {
                    String name = kept.get(i).toString();
                    Compiler.compile(Parser.parse(sources.get(i), name, Mode.EXEC), name, Compiler.Mode.EXEC);
                }
                double s = (System.nanoTime() - t0) / 1e9;
                best = Math.max(best, lines / s);
                System.out.printf("jpsyco  round %d: %6.2f s, %9.0f lines/s%n", r, s, lines / s);
            }
            Files.write(list, kept.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            String out = run(List.of(python, "-c", PY_BENCH, list.toString(), Integer.toString(Math.min(rounds, 3))));
            double cpython = 0;
            for (String l : out.lines().toList()) {
                double s = Double.parseDouble(l.strip());
                cpython = Math.max(cpython, lines / s);
                System.out.printf("CPython round:   %6.2f s, %9.0f lines/s%n", s, lines / s);
            }
            System.out.printf("tokenize+parse+compile, best round: jpsyco %.0f lines/s, CPython compile() %.0f "
                    + "lines/s, ratio jpsyco/CPython %.2f%n", best, cpython, best / cpython);
        } finally {
            Files.deleteIfExists(list);
        }
    }

    private static final String PY_FILTER = """
            import sys, warnings
            warnings.simplefilter("ignore")
            for p in open(sys.argv[1], encoding="utf-8").read().splitlines():
                try:
                    compile(open(p, "rb").read(), p, "exec")
                except (SyntaxError, ValueError, RecursionError, MemoryError):
                    continue
                print(p)
            """;

    private static final String PY_BENCH = """
            import sys, time, warnings
            warnings.simplefilter("ignore")
            srcs = [(p, open(p, "rb").read()) for p in open(sys.argv[1], encoding="utf-8").read().splitlines()]
            for _ in range(int(sys.argv[2])):
                t0 = time.perf_counter()
                for p, b in srcs:
                    compile(b, p, "exec")
                print(time.perf_counter() - t0, flush=True)
            """;

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd.subList(0, 1)) + " failed with status " + p.exitValue());
        }
        return out;
    }
}
