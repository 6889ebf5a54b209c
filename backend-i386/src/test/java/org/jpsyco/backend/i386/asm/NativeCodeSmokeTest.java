package org.jpsyco.backend.i386.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.jpsyco.backend.i386.encoder.Cond;
import org.jpsyco.backend.i386.encoder.JumpSite;
import org.jpsyco.backend.i386.encoder.Label;
import org.jpsyco.backend.i386.encoder.Mem;
import org.jpsyco.backend.i386.encoder.Reg;
import org.jpsyco.backend.i386.encoder.Xmm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs assembled code: one page mapped writable, the code copied in, the page made executable
 * (never both at once), then called through a downcall handle (System V: integer arguments in
 * rdi, rsi, ..., doubles in xmm0, xmm1, ...; result in rax or xmm0).
 */
class NativeCodeSmokeTest {
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int PROT_EXEC = 4;
    private static final int MAP_PRIVATE = 0x02;
    private static final int MAP_ANONYMOUS = 0x20;
    private static final long SIZE = 4096;
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle MMAP = libc("mmap", FunctionDescriptor.of(ValueLayout.ADDRESS,
            ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
    private static final MethodHandle MPROTECT = libc("mprotect", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle MUNMAP = libc("munmap", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));

    private MemorySegment page;

    private static MethodHandle libc(String name, FunctionDescriptor d) {
        return LINKER.defaultLookup().find(name).map(a -> LINKER.downcallHandle(a, d)).orElse(null);
    }

    @BeforeEach
    void mapPage() throws Throwable {
        assumeTrue(System.getProperty("os.name").startsWith("Linux")
                && System.getProperty("os.arch").matches("amd64|x86_64"), "needs Linux on x86-64");
        MemorySegment p = (MemorySegment) MMAP.invokeExact(MemorySegment.NULL, SIZE, PROT_READ | PROT_WRITE,
                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0L);
        assumeTrue(p.address() != -1L, "mmap failed");
        page = p.reinterpret(SIZE);
    }

    @AfterEach
    void unmapPage() throws Throwable {
        if (page != null) {
            assertEquals(0, (int) MUNMAP.invokeExact(page, SIZE));
        }
    }

    private void protect(int prot) throws Throwable {
        assertEquals(0, (int) MPROTECT.invokeExact(page, SIZE, prot));
    }

    /** Copies the code to the start of the page and makes the page executable. */
    private MethodHandle install(byte[] code, FunctionDescriptor d) throws Throwable {
        protect(PROT_READ | PROT_WRITE);
        MemorySegment.copy(MemorySegment.ofArray(code), 0, page, 0, code.length);
        protect(PROT_READ | PROT_EXEC);
        return LINKER.downcallHandle(page, d);
    }

    private static final FunctionDescriptor LONG_LONG_LONG = FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);

    @Test
    void leaAddsTwoArguments() throws Throwable {
        Assembler a = new Assembler();
        a.lea(Reg.RAX, Mem.at(Reg.RDI, Reg.RSI, 1, 0));
        a.ret();
        MethodHandle f = install(a.finish(), LONG_LONG_LONG);
        assertEquals(42L, (long) f.invokeExact(40L, 2L));
        assertEquals(-1L, (long) f.invokeExact(Long.MAX_VALUE, Long.MIN_VALUE));
    }

    @Test
    void loopWithLabelsSumsAndDivides() throws Throwable {
        // (1 + 2 + ... + n) / d, using r8-r11 and a backward and a forward branch
        Assembler a = new Assembler();
        Label loop = a.newLabel();
        Label done = a.newLabel();
        a.mov(Reg.R11, Reg.RSI);
        a.xor32(Reg.R8, Reg.R8);
        a.test(Reg.RDI, Reg.RDI);
        a.jcc(Cond.LE, done);
        a.bind(loop);
        a.add(Reg.R8, Reg.RDI);
        a.dec(Reg.RDI);
        a.jcc(Cond.NE, loop);
        a.bind(done);
        a.mov(Reg.RAX, Reg.R8);
        a.cqo();
        a.idiv(Reg.R11);
        a.ret();
        MethodHandle f = install(a.finish(), LONG_LONG_LONG);
        assertEquals(5050L / 7, (long) f.invokeExact(100L, 7L));
        assertEquals(0L, (long) f.invokeExact(-5L, 3L));
    }

    @Test
    void scalarDoublesUseTheHighXmmRegisters() throws Throwable {
        // hypot(x, y) through xmm8-xmm15, then truncated to long on the side: sqrt(x*x + y*y)
        Assembler a = new Assembler();
        a.movsd(Xmm.XMM8, Xmm.XMM0);
        a.mulsd(Xmm.XMM8, Xmm.XMM8);
        a.movsd(Xmm.XMM15, Xmm.XMM1);
        a.mulsd(Xmm.XMM15, Xmm.XMM1);
        a.addsd(Xmm.XMM8, Xmm.XMM15);
        a.sqrtsd(Xmm.XMM0, Xmm.XMM8);
        a.ret();
        MethodHandle f = install(a.finish(), FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE,
                ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
        assertEquals(5.0, (double) f.invokeExact(3.0, 4.0));
    }

    @Test
    void patchedJumpLinksANewContinuationInPlace() throws Throwable {
        // entry: jmp stub; stub: mov rax, 1; ret; cont: mov rax, 2; ret
        Assembler a = new Assembler();
        Label stub = a.newLabel();
        JumpSite site = a.jmpPatchable(stub);
        a.bind(stub);
        a.mov(Reg.RAX, 1);
        a.ret();
        int continuation = a.position();
        a.mov(Reg.RAX, 2);
        a.ret();
        MethodHandle f = install(a.finish(), FunctionDescriptor.of(ValueLayout.JAVA_LONG));
        assertEquals(1L, (long) f.invokeExact());

        protect(PROT_READ | PROT_WRITE);
        page.set(ValueLayout.JAVA_INT_UNALIGNED, site.field(), continuation - site.end());
        protect(PROT_READ | PROT_EXEC);
        assertEquals(2L, (long) f.invokeExact());
    }

    @Test
    void constantsInThePoolAreReachedRipRelative() throws Throwable {
        // -(|x| * 2.5) + 0.5, through an abs mask, a sign mask and two double constants
        Assembler a = new Assembler();
        a.andpd(Xmm.XMM0, a.constant128(Long.MAX_VALUE, Long.MAX_VALUE));
        a.mulsd(Xmm.XMM0, a.constant(2.5));
        a.xorpd(Xmm.XMM0, a.constant128(Long.MIN_VALUE, Long.MIN_VALUE));
        a.movsd(Xmm.XMM9, a.constant(0.5));
        a.addsd(Xmm.XMM0, Xmm.XMM9);
        a.ret();
        MethodHandle f = install(a.finish(), FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
        assertEquals(-9.5, (double) f.invokeExact(-4.0));
        assertEquals(-9.5, (double) f.invokeExact(4.0));

        Assembler b = new Assembler();
        b.mov(Reg.RAX, b.constant(0x1122334455667788L));
        b.ret();
        MethodHandle g = install(b.finish(), FunctionDescriptor.of(ValueLayout.JAVA_LONG));
        assertEquals(0x1122334455667788L, (long) g.invokeExact());
    }
}
