package org.jpsyco.kernel.cache;

/** What the code cache holds and has done, as {@code psyco} statistics show it. */
public record CacheStats(int versions, long bytes, long maxBytes, long installed, long refused, long evicted, long invalidated) {
}
