package org.jpsyco.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests find the assembled distribution and the golden programs (set by Maven). */
final class Distribution {
    private Distribution() {
    }

    static Path dir() {
        return Path.of(required("jpsyco.dist")).toAbsolutePath().normalize();
    }

    static Path goldenDir() {
        return Path.of(required("jpsyco.golden")).toAbsolutePath().normalize();
    }

    static Path cacheRoot() {
        return Path.of(required("jpsyco.cache"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set; run the tests through Maven");
        }
        return value;
    }

    /** A bundle jar of the distribution with the start level it is installed at. */
    record BundleJar(Path jar, int startLevel) {
    }

    /** Every bundle jar of the distribution, by start level. */
    static List<BundleJar> bundleJars() {
        List<BundleJar> jars = new ArrayList<>();
        try (Stream<Path> levels = Files.list(dir().resolve("bundle"))) {
            for (Path level : levels.sorted().toList()) {
                int startLevel = Integer.parseInt(level.getFileName().toString());
                try (Stream<Path> files = Files.list(level)) {
                    files.filter(f -> f.toString().endsWith(".jar")).sorted()
                            .forEach(f -> jars.add(new BundleJar(f, startLevel)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("no bundles in " + dir() + "; build the distribution first");
        }
        return jars;
    }
}
