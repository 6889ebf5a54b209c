package org.jpsyco.backend.i386.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CodeBufferTest {
    private static byte[] hex(String s) {
        return HexFormat.ofDelimiter(" ").parseHex(s);
    }

    @Test
    void multiByteValuesAreLittleEndianAndTheBufferGrows() {
        CodeBuffer buf = new CodeBuffer(1);
        buf.emit16(0x0201);
        buf.emit32(0x06050403);
        buf.emit64(0x0e0d0c0b0a090807L);
        for (int i = 0; i < 100; i++) {
            buf.emit8(0xff);
        }
        assertEquals(114, buf.position());
        assertArrayEquals(hex("01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e"),
                Arrays.copyOf(buf.toByteArray(), 14));
    }

    @Test
    void forwardJumpIsPatchedWhenItsLabelIsBound() {
        CodeBuffer buf = new CodeBuffer();
        Label done = new Label();
        Encoder.emitBranch(buf, Form.JCC_REL32, Cond.E, done);
        Encoder.emitBranch(buf, Form.JMP_REL8, null, done);
        Encoder.emit(buf, Form.INT3);
        buf.bind(done);
        Encoder.emit(buf, Form.RET);
        // je +3 (over jmp and int3), jmp +1 (over int3)
        assertArrayEquals(hex("0f 84 03 00 00 00 eb 01 cc c3"), buf.toByteArray());
    }

    @Test
    void backwardJumpToABoundLabelIsResolvedAtOnce() {
        CodeBuffer buf = new CodeBuffer();
        Label loop = new Label();
        buf.bind(loop);
        Encoder.emit(buf, Form.DEC_R, Reg.RCX);
        Encoder.emitBranch(buf, Form.JCC_REL8, Cond.NE, loop);
        Encoder.emitBranch(buf, Form.JMP_REL32, null, loop);
        assertArrayEquals(hex("48 ff c9 75 fb e9 f6 ff ff ff"), buf.toByteArray());
    }

    @Test
    void emittedRel32JumpCanBeRetargetedInPlace() {
        CodeBuffer buf = new CodeBuffer();
        Label stub = new Label();
        JumpSite site = Encoder.emitBranch(buf, Form.JMP_REL32, null, stub);
        buf.bind(stub);
        Encoder.emit(buf, Form.UD2);
        int continuation = buf.position();
        Encoder.emit(buf, Form.RET);
        assertArrayEquals(hex("e9 00 00 00 00 0f 0b c3"), buf.toByteArray());
        buf.retarget(site, continuation);
        assertArrayEquals(hex("e9 02 00 00 00 0f 0b c3"), buf.toByteArray());
        buf.retarget(site, 0);
        assertEquals(new JumpSite(0, 1, 4), site);
        assertArrayEquals(hex("e9 fb ff ff ff"), Arrays.copyOf(buf.toByteArray(), 5));
    }

    @Test
    void rel8ToAFarLabelIsRefusedWhenBound() {
        CodeBuffer buf = new CodeBuffer();
        Label far = new Label();
        Encoder.emitBranch(buf, Form.JMP_REL8, null, far);
        Encoder.emitNops(buf, 200);
        assertThrows(IllegalArgumentException.class, () -> buf.bind(far));
    }

    @Test
    void labelIsBoundOnlyOnce() {
        CodeBuffer buf = new CodeBuffer();
        Label l = new Label();
        buf.bind(l);
        assertThrows(IllegalStateException.class, () -> buf.bind(l));
        assertThrows(IllegalStateException.class, () -> new Label().position());
    }

    @Test
    void alignPadsWithOneMultiByteNop() {
        CodeBuffer buf = new CodeBuffer();
        Encoder.emit(buf, Form.RET);
        Encoder.align(buf, 8);
        assertEquals(8, buf.position());
        assertArrayEquals(hex("c3 0f 1f 80 00 00 00 00"), buf.toByteArray());
        Encoder.align(buf, 8);
        assertEquals(8, buf.position());
    }
}
