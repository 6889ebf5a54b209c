package org.jpsyco.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A golden program: {@code NAME.py} and the output CPython 3.11 gave for it, committed beside
 * it. {@code NAME.out} holds stdout; {@code NAME.err} holds stderr when there was any (with
 * the program's folder written as {@code {dir}}); {@code NAME.exit} the exit status when it is
 * not 0; {@code NAME.in}, when present, is fed to stdin. Python files inside folders named
 * {@code *_modules} are modules that programs import, not programs.
 */
record GoldenProgram(Path source, String name) {
    static final String DIR_MARK = "{dir}";

    static List<GoldenProgram> discover(Path root) throws IOException {
        List<GoldenProgram> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted().toList()) {
                if (!p.toString().endsWith(".py") || isModuleFolder(root, p)) {
                    continue;
                }
                found.add(new GoldenProgram(p, root.relativize(p).toString()));
            }
        }
        return found;
    }

    private static boolean isModuleFolder(Path root, Path file) {
        for (Path part : root.relativize(file.getParent() == null ? root : file.getParent())) {
            if (part.toString().endsWith("_modules")) {
                return true;
            }
        }
        return false;
    }

    private Path sibling(String ext) {
        String file = source.getFileName().toString();
        return source.resolveSibling(file.substring(0, file.length() - ".py".length()) + ext);
    }

    /** Expected stdout; a program without it is an error, not a skip. */
    byte[] expectedOut() throws IOException {
        Path out = sibling(".out");
        if (!Files.exists(out)) {
            throw new IllegalStateException(name + " has no expected output " + out.getFileName()
                    + "; generate it with tools/golden-update");
        }
        return Files.readAllBytes(out);
    }

    /** Expected stderr with the program's folder filled in. */
    String expectedErr() throws IOException {
        Path err = sibling(".err");
        if (!Files.exists(err)) {
            return "";
        }
        return Files.readString(err, StandardCharsets.UTF_8).replace(DIR_MARK + "/", source.getParent() + "/");
    }

    int expectedExit() throws IOException {
        Path exit = sibling(".exit");
        return Files.exists(exit) ? Integer.parseInt(Files.readString(exit).strip()) : 0;
    }

    byte[] stdin() throws IOException {
        Path in = sibling(".in");
        return Files.exists(in) ? Files.readAllBytes(in) : new byte[0];
    }
}
