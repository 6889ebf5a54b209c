package org.jpsyco.backend.i386.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The special cases of the protocol, spelled out by hand from Intel's manual. */
class EncoderTest {
    private static String bytes(Form f, Operand... ops) {
        return HexFormat.ofDelimiter(" ").formatHex(Encoder.encode(f, ops));
    }

    @Test
    void rspAndR12AsBaseNeedASib() {
        assertEquals("48 8b 04 24", bytes(Form.MOV_RM, Reg.RAX, Mem.at(Reg.RSP)));
        assertEquals("49 8b 04 24", bytes(Form.MOV_RM, Reg.RAX, Mem.at(Reg.R12)));
    }

    @Test
    void rbpAndR13AsBaseNeedADisplacement() {
        assertEquals("48 8b 45 00", bytes(Form.MOV_RM, Reg.RAX, Mem.at(Reg.RBP)));
        assertEquals("49 8b 45 00", bytes(Form.MOV_RM, Reg.RAX, Mem.at(Reg.R13)));
        assertEquals("4b 8b 44 25 00", bytes(Form.MOV_RM, Reg.RAX, Mem.at(Reg.R13, Reg.R12, 1, 0)));
    }

    @Test
    void indexWithoutBaseAndRipRelativeTakeDisp32() {
        assertEquals("48 8b 04 4d 10 00 00 00", bytes(Form.MOV_RM, Reg.RAX, Mem.indexed(Reg.RCX, 2, 16)));
        assertEquals("48 8d 05 f9 ff ff ff", bytes(Form.LEA, Reg.RAX, Mem.rip(-7)));
    }

    @Test
    void lowByteRegistersOfRspToRdiForceAnEmptyRex() {
        assertEquals("0f 94 c3", bytes(Form.SETCC, Cond.E, Reg.RBX));
        assertEquals("40 0f 94 c6", bytes(Form.SETCC, Cond.E, Reg.RSI));
        assertEquals("40 0f b6 c7", bytes(Form.MOVZX32_RR8, Reg.RAX, Reg.RDI));
    }

    @Test
    void mandatoryPrefixPrecedesRex() {
        assertEquals("f2 45 0f 58 c1", bytes(Form.ADDSD_XX, Xmm.XMM8, Xmm.XMM9));
        assertEquals("66 49 0f 6e c7", bytes(Form.MOVQ_XR, Xmm.XMM0, Reg.R15));
    }

    @Test
    void operandsThatDoNotFitTheFormAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Encoder.encode(Form.ADD_RI8, Reg.RAX, Imm.of(128)));
        assertThrows(IllegalArgumentException.class, () -> Encoder.encode(Form.ADD_RI32, Reg.RAX, Imm.of(1L << 31)));
        assertThrows(IllegalArgumentException.class, () -> Encoder.encode(Form.ADD_RAXI32, Reg.RBX, Imm.of(1)));
        assertThrows(IllegalArgumentException.class, () -> Encoder.encode(Form.SHL_RCL, Reg.RAX, Reg.RDX));
        assertThrows(IllegalArgumentException.class, () -> Encoder.encode(Form.MOV_RR, Reg.RAX, Xmm.XMM0));
        assertThrows(IllegalArgumentException.class, () -> Encoder.encode(Form.MOV_RR, Reg.RAX));
        assertThrows(IllegalArgumentException.class, () -> Mem.at(Reg.RAX, Reg.RSP, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Mem.at(Reg.RAX, Reg.RBX, 3, 0));
    }

    @Test
    void conditionNegationFlipsTheLowBit() {
        assertEquals(Cond.NE, Cond.E.negate());
        assertEquals(Cond.GE, Cond.L.negate());
        assertArrayEquals(new byte[] {0x0f, (byte) 0x8f, 0, 0, 0, 0}, Encoder.encode(Form.JCC_REL32, Cond.G, Imm.of(0)));
    }
}
