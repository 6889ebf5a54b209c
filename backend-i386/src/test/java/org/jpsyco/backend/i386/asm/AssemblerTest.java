package org.jpsyco.backend.i386.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.function.Consumer;
import org.jpsyco.backend.i386.encoder.Cond;
import org.jpsyco.backend.i386.encoder.Label;
import org.jpsyco.backend.i386.encoder.Mem;
import org.jpsyco.backend.i386.encoder.Reg;
import org.jpsyco.backend.i386.encoder.Xmm;
import org.junit.jupiter.api.Test;

class AssemblerTest {
    private static String bytes(Consumer<Assembler> body) {
        Assembler a = new Assembler();
        body.accept(a);
        return HexFormat.ofDelimiter(" ").formatHex(a.finish());
    }

    @Test
    void immediatesTakeTheShortestForm() {
        assertEquals("48 83 c3 7f", bytes(a -> a.add(Reg.RBX, 127)));
        assertEquals("48 81 c3 80 00 00 00", bytes(a -> a.add(Reg.RBX, 128)));
        assertEquals("48 05 80 00 00 00", bytes(a -> a.add(Reg.RAX, 128)));
        assertEquals("48 83 f8 ff", bytes(a -> a.cmp(Reg.RAX, -1)));
        assertEquals("48 a9 00 01 00 00", bytes(a -> a.test(Reg.RAX, 256)));
        assertEquals("48 6b c1 0a", bytes(a -> a.imul(Reg.RAX, Reg.RCX, 10)));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().add(Reg.RAX, 1L << 40));
    }

    @Test
    void constantsLoadWithTheShortestMove() {
        assertEquals("48 c7 c0 ff ff ff ff", bytes(a -> a.mov(Reg.RAX, -1)));
        assertEquals("41 b8 ff ff ff ff", bytes(a -> a.mov(Reg.R8, 0xFFFF_FFFFL)));
        assertEquals("48 b8 00 00 00 00 01 00 00 00", bytes(a -> a.mov(Reg.RAX, 1L << 32)));
        assertEquals("48 b8 01 00 00 00 00 00 00 00", bytes(a -> a.movabs(Reg.RAX, 1)));
    }

    @Test
    void boundBackwardBranchesAreShortOthersLong() {
        assertEquals("48 ff c9 75 fb e9 f6 ff ff ff", bytes(a -> {
            Label loop = a.newLabel();
            a.bind(loop);
            a.dec(Reg.RCX);
            a.jcc(Cond.NE, loop);
            a.jmpPatchable(loop);
        }));
        assertEquals("e9 00 00 00 00 c3", bytes(a -> {
            Label out = a.newLabel();
            a.jmp(out);
            a.bind(out);
            a.ret();
        }));
    }

    @Test
    void finishRefusesUnboundLabelsAndFurtherInstructions() {
        Assembler a = new Assembler();
        a.jmp(a.newLabel());
        assertThrows(IllegalStateException.class, a::finish);
        Assembler b = new Assembler();
        b.ret();
        b.finish();
        assertThrows(IllegalStateException.class, b::ret);
    }

    @Test
    void memoryCompareWithImmediatePicksImm8OrImm32() {
        assertEquals("48 83 7f 08 05", bytes(a -> a.cmp(Mem.at(Reg.RDI, 8), 5)));
        assertEquals("48 81 7f 08 00 10 00 00", bytes(a -> a.cmp(Mem.at(Reg.RDI, 8), 4096)));
    }

    @Test
    void listingShowsOffsetsBytesAndResolvedTargets() {
        Assembler a = new Assembler();
        Label loop = a.newLabel();
        Label done = a.newLabel();
        a.jcc(Cond.E, done);
        a.bind(loop);
        a.add(Reg.RAX, Mem.at(Reg.RDI, Reg.RCX, 8, 16));
        a.dec(Reg.RCX);
        a.jcc(Cond.NE, loop);
        a.inc(Reg.RAX);
        a.align(8);
        a.bind(done);
        a.ret();
        a.finish();
        assertEquals("""
                0000  0f 84 12 00 00 00              je 0x0018
                0006  48 03 44 cf 10                 add rax, qword ptr [rdi+rcx*8+0x10]
                000b  48 ff c9                       dec rcx
                000e  75 f6                          jne 0x0006
                0010  48 ff c0                       inc rax
                0013  0f 1f 44 00 00                 nop (5 bytes)
                0018  c3                             ret
                """, a.listing());
    }

    @Test
    void constantPoolFollowsTheCodeAlignedAndShared() {
        Assembler a = new Assembler();
        a.movsd(Xmm.XMM1, a.constant(1.0));
        a.xorpd(Xmm.XMM1, a.constant128(Long.MIN_VALUE, 0));
        a.addsd(Xmm.XMM1, a.constant(1.0));
        a.ret();
        a.finish();
        assertEquals("""
                0000  f2 0f 10 0d 28 00 00 00        movsd xmm1, qword ptr [rip+?] # 0x0030
                0008  66 0f 57 0d 10 00 00 00        xorpd xmm1, xmmword ptr [rip+?] # 0x0020
                0010  f2 0f 58 0d 18 00 00 00        addsd xmm1, qword ptr [rip+?] # 0x0030
                0018  c3                             ret
                0019  0f 1f 80 00 00 00 00           nop (7 bytes)
                0020  00 00 00 00 00 00 00 80 00 00 00 00 00 00 00 00 .octa 0x00000000000000008000000000000000
                0030  00 00 00 00 00 00 f0 3f        .quad 0x3ff0000000000000
                """, a.listing());
    }
}
