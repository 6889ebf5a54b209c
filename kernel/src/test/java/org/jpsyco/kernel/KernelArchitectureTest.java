package org.jpsyco.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The kernel's own architecture rules, on its sources (the integration tests check the built
 * manifests): it imports nothing of another jpsyco bundle, and exactly the packages other bundles
 * consume are exported, each with a version.
 */
class KernelArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/jpsyco/kernel");
    private static final Set<String> EXPORTED = Set.of("api", "spi", "lir", "cache", "value");

    @Test
    void kernelImportsOnlyItself() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    String l = line.strip();
                    if (l.startsWith("import ") && l.contains("org.jpsyco.") && !l.contains("org.jpsyco.kernel.")) {
                        bad.add(SOURCES.relativize(p) + ": " + l);
                    }
                    if (l.startsWith("import ") && l.toLowerCase(java.util.Locale.ROOT).contains("python")) {
                        bad.add(SOURCES.relativize(p) + ": " + l);
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void exactlyTheConsumedPackagesAreExportedWithAVersion() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path info = dir.resolve("package-info.java");
                assertTrue(Files.exists(info), dir.getFileName() + " has no package-info.java");
                String text = Files.readString(info);
                boolean exported = text.contains("@Export");
                assertEquals(EXPORTED.contains(dir.getFileName().toString()), exported,
                        dir.getFileName() + (exported ? " is exported but should stay private" : " should be exported"));
                if (exported) {
                    assertTrue(text.contains("@Version(\""), dir.getFileName() + " is exported without a version");
                }
            }
        }
    }
}
