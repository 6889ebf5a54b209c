package org.jpsyco.backend.i386.mem;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.TreeMap;
import org.jpsyco.kernel.spi.BackendException;

/**
 * Executable memory for machine code: one region reserved up front with {@code mmap} (no access,
 * so it costs address space only), within which every unit lives, so a 32-bit relative jump or
 * call between any two units always reaches. A unit gets whole pages: a page is writable while
 * its code is copied or patched and executable afterwards, never both, and since no two units
 * share a page, writing one unit never takes executable pages away from code another thread runs.
 *
 * <p>Allocation is first fit over a map of free page runs (coalesced on free), which keeps the
 * region compact as units come and go; freed pages go back to no access, so a stale jump into
 * freed code faults instead of running garbage. Exhaustion is a {@link BackendException}: the
 * kernel then compiles the version with another backend.
 */
public final class CodeMemory {
    public static final int PAGE = 4096;
    /** The default reservation: 256 MB, well inside the reach of a 32-bit displacement. */
    public static final long DEFAULT_SIZE = 256L << 20;

    private static final int PROT_NONE = 0;
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int PROT_EXEC = 4;
    private static final int MAP_PRIVATE = 0x02;
    private static final int MAP_ANONYMOUS = 0x20;
    private static final int MAP_NORESERVE = 0x4000;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle MMAP = libc("mmap", FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
    private static final MethodHandle MPROTECT = libc("mprotect", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle MUNMAP = libc("munmap", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG));

    private static volatile CodeMemory shared;

    private final MemorySegment region;
    private final long size;
    /** Free runs: first page index -> page count. */
    private final TreeMap<Long, Long> free = new TreeMap<>();
    /** Blocks handed out and not yet freed, by address. */
    private final Map<Long, Block> live = new java.util.HashMap<>();
    private long usedPages;
    private long codeBytes;
    private int units;
    private boolean closed;

    /** A piece of the region holding one unit's code; valid until {@link CodeMemory#free}. */
    public record Block(long address, long pages, int length) {
        public long bytes() {
            return pages * PAGE;
        }

        public boolean contains(long from, long len) {
            return from >= address && len >= 0 && from + len <= address + (long) length;
        }
    }

    /** Usage figures for the code cache and {@code psyco} statistics. */
    public record Stats(long reservedBytes, long usedBytes, long freeBytes, long codeBytes, int units) {
    }

    private static MethodHandle libc(String name, FunctionDescriptor d) {
        return LINKER.defaultLookup().find(name).map(a -> LINKER.downcallHandle(a, d)).orElse(null);
    }

    /** Whether this machine can run the code: Linux on x86-64 with the libc calls found. */
    public static boolean supported() {
        return System.getProperty("os.name", "").startsWith("Linux") && System.getProperty("os.arch", "").matches("amd64|x86_64")
                && MMAP != null && MPROTECT != null && MUNMAP != null;
    }

    /** The process-wide region, reserved on first use. */
    public static CodeMemory shared() {
        CodeMemory m = shared;
        if (m == null) {
            synchronized (CodeMemory.class) {
                m = shared;
                if (m == null) {
                    m = new CodeMemory(DEFAULT_SIZE);
                    shared = m;
                }
            }
        }
        return m;
    }

    /** Reserves {@code size} bytes (rounded up to pages) of address space with no access. */
    public CodeMemory(long size) {
        if (!supported()) {
            throw new BackendException("native code needs Linux on x86-64");
        }
        long pages = Math.max(1, (size + PAGE - 1) / PAGE);
        this.size = pages * PAGE;
        MemorySegment p;
        try {
            p = (MemorySegment) MMAP.invokeExact(MemorySegment.NULL, this.size, PROT_NONE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0L);
        } catch (Throwable t) {
            throw new BackendException("mmap failed: " + t, t);
        }
        if (p.address() == -1L || p.address() == 0L) {
            throw new BackendException("could not reserve " + this.size + " bytes of code memory");
        }
        region = p.reinterpret(this.size);
        free.put(0L, pages);
    }

    /** Start address of the region. */
    public long base() {
        return region.address();
    }

    /**
     * Copies {@code code} into fresh pages and makes them executable. The code must be position
     * independent apart from the displacements already resolved against {@code address}; callers
     * that need the address before writing use {@link #reserve} and {@link #install}.
     */
    public synchronized Block allocate(byte[] code) {
        Block b = reserve(code.length);
        install(b, code);
        return b;
    }

    /** Takes enough pages for {@code length} bytes; they stay inaccessible until {@link #install}. */
    public synchronized Block reserve(int length) {
        if (closed) {
            throw new BackendException("code memory is closed");
        }
        if (length <= 0) {
            throw new BackendException("empty code");
        }
        long want = (length + (long) PAGE - 1) / PAGE;
        for (Map.Entry<Long, Long> e : free.entrySet()) {
            // key and value read before the removal: TreeMap deletes an inner node by moving its
            // successor's key and value into it, so the entry would then describe another run
            // (which once handed out pages of live units twice)
            long first = e.getKey();
            long run = e.getValue();
            if (run >= want) {
                free.remove(first);
                if (run > want) {
                    free.put(first + want, run - want);
                }
                usedPages += want;
                units++;
                codeBytes += length;
                Block b = new Block(region.address() + first * PAGE, want, length);
                live.put(b.address(), b);
                return b;
            }
        }
        throw new BackendException("code memory exhausted: " + length + " bytes wanted, " + freeBytes() + " free of "
                + size + " (largest run " + largestFreeRun() * PAGE + ")");
    }

    /** Writes {@code code} into a reserved block (pages writable, then executable). */
    public synchronized void install(Block b, byte[] code) {
        if (code.length != b.length()) {
            throw new BackendException("code of " + code.length + " bytes for a block of " + b.length());
        }
        MemorySegment seg = segment(b);
        protect(seg, PROT_READ | PROT_WRITE);
        MemorySegment.copy(MemorySegment.ofArray(code), 0, seg, 0, code.length);
        protect(seg, PROT_READ | PROT_EXEC);
    }

    /**
     * Overwrites a 32-bit field inside a block's code (a jump displacement): the pages turn
     * writable for the write, executable again after.
     */
    public synchronized void patch32(Block b, int offset, int value) {
        if (offset < 0 || offset + 4 > b.length()) {
            throw new BackendException("patch at " + offset + " outside a block of " + b.length() + " bytes");
        }
        MemorySegment seg = segment(b);
        protect(seg, PROT_READ | PROT_WRITE);
        seg.set(ValueLayout.JAVA_INT_UNALIGNED, offset, value);
        protect(seg, PROT_READ | PROT_EXEC);
    }

    /** Returns a block's pages to the free map, inaccessible again. */
    public synchronized void free(Block b) {
        long first = (b.address() - region.address()) / PAGE;
        if (first < 0 || first + b.pages() > size / PAGE || (b.address() - region.address()) % PAGE != 0) {
            throw new IllegalArgumentException("not a block of this region: " + b);
        }
        if (!b.equals(live.get(b.address()))) {
            throw new IllegalStateException("block not in use (freed twice?): " + b);
        }
        live.remove(b.address());
        Map.Entry<Long, Long> at = free.floorEntry(first);
        protect(segment(b), PROT_NONE);
        long start = first;
        long count = b.pages();
        if (at != null && at.getKey() + at.getValue() == first) {
            start = at.getKey();
            count += at.getValue();
            free.remove(at.getKey());
        }
        Long next = free.get(first + b.pages());
        if (next != null) {
            free.remove(first + b.pages());
            count += next;
        }
        free.put(start, count);
        usedPages -= b.pages();
        codeBytes -= b.length();
        units--;
    }

    /** Whether the block's pages are executable now (reads /proc/self/maps; for tests). */
    public boolean executable(Block b) {
        return mapsFlags(b.address()).contains("x") && !mapsFlags(b.address()).contains("w");
    }

    /** The permission flags {@code rwxp} of the mapping holding {@code address}, from /proc/self/maps. */
    static String mapsFlags(long address) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/maps"))) {
                String[] parts = line.split("\\s+");
                String[] range = parts[0].split("-");
                long lo = Long.parseUnsignedLong(range[0], 16);
                long hi = Long.parseUnsignedLong(range[1], 16);
                if (address >= lo && address < hi) {
                    return parts[1];
                }
            }
        } catch (java.io.IOException e) {
            return "?";
        }
        return "";
    }

    public synchronized Stats stats() {
        return new Stats(size, usedPages * PAGE, size - usedPages * PAGE, codeBytes, units);
    }

    private long freeBytes() {
        return size - usedPages * PAGE;
    }

    private long largestFreeRun() {
        return free.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private MemorySegment segment(Block b) {
        return region.asSlice(b.address() - region.address(), b.bytes());
    }

    private static void protect(MemorySegment seg, int prot) {
        int rc;
        try {
            rc = (int) MPROTECT.invokeExact(seg, seg.byteSize(), prot);
        } catch (Throwable t) {
            throw new BackendException("mprotect failed: " + t, t);
        }
        if (rc != 0) {
            throw new BackendException("mprotect(" + prot + ") failed for " + seg.byteSize() + " bytes");
        }
    }

    /** Unmaps the whole region (tests only: no code of it may run afterwards). */
    public synchronized void close() {
        if (!closed) {
            closed = true;
            try {
                int rc = (int) MUNMAP.invokeExact(region, size);
                if (rc != 0) {
                    throw new BackendException("munmap failed");
                }
            } catch (BackendException e) {
                throw e;
            } catch (Throwable t) {
                throw new BackendException("munmap failed: " + t, t);
            }
        }
    }
}
