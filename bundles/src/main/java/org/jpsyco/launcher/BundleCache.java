package org.jpsyco.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Felix's bundle cache, kept between runs so that the second start skips installing and
 * resolving every bundle.
 *
 * <p>Protocol: a run takes the first of a few numbered slots under the cache root whose lock
 * file it can lock, so concurrent runs never share a storage directory. A slot whose recorded
 * fingerprint (paths, sizes and times of every bundle jar of the distribution) differs from
 * the distribution's is emptied and filled again. If no slot is free, the run uses a fresh
 * temporary directory that is deleted at the end.
 */
final class BundleCache implements AutoCloseable {
    private static final int SLOTS = 8;
    private static final String FINGERPRINT = "jpsyco.fingerprint";

    private final Path storage;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean temporary;
    private final String fingerprint;
    private final boolean fresh;

    private BundleCache(Path storage, FileChannel lockChannel, FileLock lock, boolean temporary, String fingerprint,
            boolean fresh) {
        this.storage = storage;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.temporary = temporary;
        this.fingerprint = fingerprint;
        this.fresh = fresh;
    }

    /** Takes a slot for the distribution whose bundles are {@code bundleJars}. */
    static BundleCache acquire(Path cacheRoot, Path distDir, List<Path> bundleJars) throws IOException {
        return acquire(cacheRoot, distDir, bundleJars, "");
    }

    /**
     * Takes a slot for the distribution whose bundles are {@code bundleJars}; runs that install
     * different subsets of the distribution name a {@code variant} each, so they keep slots of
     * their own instead of emptying each other's.
     */
    static BundleCache acquire(Path cacheRoot, Path distDir, List<Path> bundleJars, String variant) throws IOException {
        String print = fingerprint(distDir, bundleJars);
        String distKey = HexFormat.of().formatHex(sha256(distDir.toAbsolutePath() + (variant.isEmpty() ? ""
                : "\n" + variant))).substring(0, 12);
        try {
            Files.createDirectories(cacheRoot);
            for (int i = 0; i < SLOTS; i++) {
                Path slot = cacheRoot.resolve("felix-" + distKey + "-" + i);
                FileChannel channel = FileChannel.open(cacheRoot.resolve("felix-" + distKey + "-" + i + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock taken;
                try {
                    taken = channel.tryLock();
                } catch (IOException | OverlappingFileLockException e) {
                    // held by another process, or by another container in this JVM
                    taken = null;
                }
                if (taken == null) {
                    channel.close();
                    continue;
                }
                Path recorded = slot.resolve(FINGERPRINT);
                boolean reusable = Files.isRegularFile(recorded)
                        && Files.readString(recorded, StandardCharsets.UTF_8).equals(print);
                if (!reusable) {
                    deleteTree(slot);
                }
                Files.createDirectories(slot);
                return new BundleCache(slot, channel, taken, false, print, !reusable);
            }
        } catch (IOException e) {
            // an unwritable cache root: fall through to a private directory
        }
        Path tmp = Files.createTempDirectory("jpsyco-felix-");
        return new BundleCache(tmp, null, null, true, print, true);
    }

    /** The directory Felix stores its bundle cache in. */
    Path storage() {
        return storage;
    }

    /** Whether the storage is empty, so every bundle must be installed. */
    boolean fresh() {
        return fresh;
    }

    /** Records that the storage now holds the distribution's bundles, installed and started. */
    void markPopulated() throws IOException {
        if (!temporary) {
            Files.writeString(storage.resolve(FINGERPRINT), fingerprint, StandardCharsets.UTF_8);
        }
    }

    /** Forgets the storage's contents, for example after a failed start. */
    void invalidate() throws IOException {
        Files.deleteIfExists(storage.resolve(FINGERPRINT));
    }

    @Override
    public void close() throws IOException {
        if (temporary) {
            deleteTree(storage);
        }
        if (lock != null) {
            lock.release();
        }
        if (lockChannel != null) {
            lockChannel.close();
        }
    }

    private static String fingerprint(Path distDir, List<Path> jars) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path jar : jars) {
            sb.append(distDir.relativize(jar)).append(' ').append(Files.size(jar)).append(' ')
                    .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        }
        return sb.toString();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
