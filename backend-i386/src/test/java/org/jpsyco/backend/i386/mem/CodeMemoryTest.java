package org.jpsyco.backend.i386.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.jpsyco.backend.i386.asm.Assembler;
import org.jpsyco.backend.i386.encoder.Reg;
import org.jpsyco.kernel.spi.BackendException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodeMemoryTest {
    private CodeMemory mem;

    @BeforeEach
    void reserve() {
        assumeTrue(CodeMemory.supported(), "needs Linux on x86-64");
        mem = new CodeMemory(16 * CodeMemory.PAGE);
    }

    @AfterEach
    void release() {
        if (mem != null) {
            mem.close();
        }
    }

    private static byte[] returns(long value) {
        Assembler a = new Assembler();
        a.mov(Reg.RAX, value);
        a.ret();
        return a.finish();
    }

    private static long call(CodeMemory.Block b) throws Throwable {
        MethodHandle h = Linker.nativeLinker().downcallHandle(MemorySegment.ofAddress(b.address()), FunctionDescriptor.of(ValueLayout.JAVA_LONG));
        return (long) h.invokeExact();
    }

    @Test
    void codeRunsAndPagesAreNeverWritableAndExecutable() throws Throwable {
        CodeMemory.Block b = mem.allocate(returns(42));
        assertEquals(42L, call(b));
        assertTrue(mem.executable(b), CodeMemory.mapsFlags(b.address()));
        mem.patch32(b, 3, 43); // mov eax-form imm32 sits at offset 3 of "mov rax, imm32" (48 c7 c0 imm32)
        assertEquals(43L, call(b));
        assertTrue(mem.executable(b));
        mem.free(b);
        assertFalse(CodeMemory.mapsFlags(b.address()).contains("x"), "freed pages are inaccessible");
    }

    @Test
    void freedSpaceIsReusedAndCoalesced() {
        CodeMemory.Block a = mem.allocate(new byte[100]);
        CodeMemory.Block b = mem.allocate(new byte[CodeMemory.PAGE + 1]);
        CodeMemory.Block c = mem.allocate(new byte[10]);
        assertEquals(3, mem.stats().units());
        assertEquals(4L * CodeMemory.PAGE, mem.stats().usedBytes());
        assertEquals(111L + CodeMemory.PAGE, mem.stats().codeBytes());
        mem.free(a);
        mem.free(b);
        // the three freed pages coalesce: a three-page unit fits where a and b were
        CodeMemory.Block d = mem.allocate(new byte[3 * CodeMemory.PAGE]);
        assertEquals(a.address(), d.address());
        assertThrows(IllegalStateException.class, () -> mem.free(a));
        mem.free(c);
        mem.free(d);
        assertEquals(0, mem.stats().units());
        assertEquals(0L, mem.stats().usedBytes());
        // all sixteen pages are one run again
        mem.free(mem.allocate(new byte[16 * CodeMemory.PAGE]));
    }

    @Test
    void exhaustionIsABackendException() {
        mem.allocate(new byte[10 * CodeMemory.PAGE]);
        BackendException e = assertThrows(BackendException.class, () -> mem.allocate(new byte[7 * CodeMemory.PAGE]));
        assertTrue(e.getMessage().contains("exhausted"), e.getMessage());
        mem.allocate(new byte[6 * CodeMemory.PAGE]);
        assertEquals(0L, mem.stats().freeBytes());
    }

    @Test
    void blocksNeverOverlapWhenManyFreeRunsExist() {
        java.util.Random rnd = new java.util.Random(3);
        java.util.List<CodeMemory.Block> live = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            if (!live.isEmpty() && rnd.nextBoolean()) {
                mem.free(live.remove(rnd.nextInt(live.size())));
                continue;
            }
            CodeMemory.Block b;
            try {
                b = mem.reserve(1 + rnd.nextInt(3 * CodeMemory.PAGE));
            } catch (BackendException full) {
                continue; // fragmented: the next rounds free some
            }
            for (CodeMemory.Block o : live) {
                boolean apart = b.address() + b.bytes() <= o.address() || o.address() + o.bytes() <= b.address();
                assertTrue(apart, b + " overlaps " + o);
            }
            live.add(b);
        }
        long pages = live.stream().mapToLong(CodeMemory.Block::pages).sum();
        assertEquals(pages * CodeMemory.PAGE, mem.stats().usedBytes());
    }

    @Test
    void theSharedRegionIsReservedOnce() {
        assertTrue(CodeMemory.shared() == CodeMemory.shared());
        assertEquals(CodeMemory.DEFAULT_SIZE, CodeMemory.shared().stats().reservedBytes());
    }
}
