package org.jpsyco.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCacheTest {
    @TempDir
    Path tmp;

    private Path dist() throws IOException {
        Path jar = tmp.resolve("dist/bundle/1/a.jar");
        Files.createDirectories(jar.getParent());
        if (!Files.exists(jar)) {
            Files.writeString(jar, "bundle");
        }
        return tmp.resolve("dist");
    }

    private List<Path> jars() {
        return List.of(tmp.resolve("dist/bundle/1/a.jar"));
    }

    @Test
    void populatedSlotIsReusedByTheNextRun() throws IOException {
        Path dist = dist();
        Path root = tmp.resolve("cache");
        Path storage;
        try (BundleCache first = BundleCache.acquire(root, dist, jars())) {
            assertTrue(first.fresh());
            storage = first.storage();
            Files.writeString(storage.resolve("state"), "installed");
            first.markPopulated();
        }
        try (BundleCache second = BundleCache.acquire(root, dist, jars())) {
            assertFalse(second.fresh());
            assertEquals(storage, second.storage());
            assertTrue(Files.exists(storage.resolve("state")));
        }
    }

    @Test
    void changedBundleEmptiesTheSlot() throws IOException {
        Path dist = dist();
        Path root = tmp.resolve("cache");
        try (BundleCache first = BundleCache.acquire(root, dist, jars())) {
            Files.writeString(first.storage().resolve("state"), "installed");
            first.markPopulated();
        }
        Files.setLastModifiedTime(jars().get(0), FileTime.fromMillis(12345));
        try (BundleCache second = BundleCache.acquire(root, dist, jars())) {
            assertTrue(second.fresh());
            assertFalse(Files.exists(second.storage().resolve("state")));
        }
    }

    @Test
    void concurrentRunsNeverShareAStorage() throws IOException {
        Path dist = dist();
        Path root = tmp.resolve("cache");
        try (BundleCache first = BundleCache.acquire(root, dist, jars());
                BundleCache second = BundleCache.acquire(root, dist, jars())) {
            assertNotEquals(first.storage(), second.storage());
        }
    }

    @Test
    void unwritableCacheRootFallsBackToATemporaryStorageRemovedAtClose() throws IOException {
        Path dist = dist();
        Path root = tmp.resolve("file-not-dir");
        Files.writeString(root, "x");
        Path storage;
        try (BundleCache cache = BundleCache.acquire(root, dist, jars())) {
            assertTrue(cache.fresh());
            storage = cache.storage();
            assertTrue(Files.isDirectory(storage));
        }
        assertFalse(Files.exists(storage));
    }
}
