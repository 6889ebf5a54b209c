package org.jpsyco.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * The container over a bundle cache kept between runs, with a small distribution of two
 * manifest-only bundles: the cache is reused while it matches, and a stale or damaged one is
 * filled again instead of failing the start.
 */
class ContainerBundleCacheTest {
    @TempDir
    Path tmp;

    private Path dist() throws IOException {
        Path dist = tmp.resolve("dist");
        bundle(dist.resolve("bundle/1/a.jar"), "test.a");
        bundle(dist.resolve("bundle/2/b.jar"), "test.b");
        return dist;
    }

    private static void bundle(Path jar, String name) throws IOException {
        if (Files.exists(jar)) {
            return;
        }
        Files.createDirectories(jar.getParent());
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name);
        a.putValue("Bundle-Version", "1.0.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
    }

    private Container.Options options(Path dist) {
        return Container.Options.of(dist).withCacheRoot(tmp.resolve("cache"));
    }

    /** The symbolic names of the active bundles (the system bundle left out). */
    private static List<String> active(Container c) {
        TreeSet<String> names = new TreeSet<>();
        for (Bundle b : c.bundles()) {
            if (b.getBundleId() != 0 && b.getState() == Bundle.ACTIVE) {
                names.add(b.getSymbolicName());
            }
        }
        return List.copyOf(names);
    }

    private Path slot() throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
            return s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private Container bootAndClose(Path dist, boolean expectReused) throws Exception {
        Container c = Container.boot(options(dist));
        try {
            assertEquals(expectReused, c.reusedCache());
            assertEquals(List.of("test.a", "test.b"), active(c));
        } finally {
            c.close();
        }
        return c;
    }

    @Test
    void secondStartReusesTheCache() throws Exception {
        Path dist = dist();
        bootAndClose(dist, false);
        bootAndClose(dist, true);
    }

    @Test
    void rebuiltBundleMakesTheCacheStale() throws Exception {
        Path dist = dist();
        bootAndClose(dist, false);
        Files.setLastModifiedTime(dist.resolve("bundle/2/b.jar"), FileTime.fromMillis(1_000_000));
        bootAndClose(dist, false);
        bootAndClose(dist, true);
    }

    @Test
    void missingBundleInTheCacheIsInstalledAgain() throws Exception {
        Path dist = dist();
        bootAndClose(dist, false);
        try (Stream<Path> s = Files.list(slot())) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("bundle[1-9][0-9]*")).toList()) {
                BundleCache.deleteTree(p);
            }
        }
        bootAndClose(dist, false);
        bootAndClose(dist, true);
    }

    @Test
    void garbledCacheIsFilledAgain() throws Exception {
        Path dist = dist();
        bootAndClose(dist, false);
        try (Stream<Path> s = Files.walk(slot())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals("jpsyco.fingerprint")) {
                    Files.writeString(p, "\u0000garbage\n=}{");
                }
            }
        }
        bootAndClose(dist, false);
        bootAndClose(dist, true);
    }

    @Test
    void withoutLoggingTheLoggingBackEndIsLeftOut() {
        assertFalse(Container.installed(Path.of("logback-classic-1.5.18.jar"), false));
        assertFalse(Container.installed(Path.of("jpsyco-launcher-slf4j-binding.jar"), false));
        assertTrue(Container.installed(Path.of("jpsyco-launcher-slf4j-nop.jar"), false));
        assertTrue(Container.installed(Path.of("slf4j-api-2.0.17.jar"), false));
        assertTrue(Container.installed(Path.of("logback-core-1.5.18.jar"), true));
        assertFalse(Container.installed(Path.of("jpsyco-launcher-slf4j-nop.jar"), true));
    }
}
