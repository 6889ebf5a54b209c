package org.jpsyco.backend.i386.encoder;

import static org.jpsyco.backend.i386.encoder.Kind.CC;
import static org.jpsyco.backend.i386.encoder.Kind.CL;
import static org.jpsyco.backend.i386.encoder.Kind.I32;
import static org.jpsyco.backend.i386.encoder.Kind.I64;
import static org.jpsyco.backend.i386.encoder.Kind.I8;
import static org.jpsyco.backend.i386.encoder.Kind.M128;
import static org.jpsyco.backend.i386.encoder.Kind.M16;
import static org.jpsyco.backend.i386.encoder.Kind.M32;
import static org.jpsyco.backend.i386.encoder.Kind.M64;
import static org.jpsyco.backend.i386.encoder.Kind.M8;
import static org.jpsyco.backend.i386.encoder.Kind.R16;
import static org.jpsyco.backend.i386.encoder.Kind.R32;
import static org.jpsyco.backend.i386.encoder.Kind.R64;
import static org.jpsyco.backend.i386.encoder.Kind.R8;
import static org.jpsyco.backend.i386.encoder.Kind.RAX;
import static org.jpsyco.backend.i386.encoder.Kind.REL32;
import static org.jpsyco.backend.i386.encoder.Kind.REL8;
import static org.jpsyco.backend.i386.encoder.Kind.X;
import static org.jpsyco.backend.i386.encoder.OpEn.D;
import static org.jpsyco.backend.i386.encoder.OpEn.I;
import static org.jpsyco.backend.i386.encoder.OpEn.M;
import static org.jpsyco.backend.i386.encoder.OpEn.MC;
import static org.jpsyco.backend.i386.encoder.OpEn.MI;
import static org.jpsyco.backend.i386.encoder.OpEn.MR;
import static org.jpsyco.backend.i386.encoder.OpEn.O;
import static org.jpsyco.backend.i386.encoder.OpEn.OI;
import static org.jpsyco.backend.i386.encoder.OpEn.RM;
import static org.jpsyco.backend.i386.encoder.OpEn.RMI;
import static org.jpsyco.backend.i386.encoder.OpEn.ZO;

import java.util.ArrayList;
import java.util.List;

/**
 * Every x86-64 instruction form the backend emits, one line each: Intel mnemonic (for conditional
 * forms the prefix the condition suffix is appended to), operand encoding, the opcode column of
 * Intel's manual, operand kinds. {@link Encoder} derives the bytes from this table alone.
 *
 * <p>Opcode notation, as in the manual: an optional mandatory prefix ({@code 66}, {@code F2},
 * {@code F3}), {@code REX.W}, opcode bytes in hex, {@code +r} (register in the low bits) or
 * {@code +cc} (condition code added) on the last byte, {@code /r} or {@code /0}-{@code /7} for
 * ModRM, and {@code ib}/{@code id}/{@code io}/{@code cb}/{@code cd} for the trailing immediate, which
 * must agree with the operand kinds.
 *
 * <p>Names: mnemonic, then operand shapes: R register, M memory, X xmm register, I immediate with
 * its width, REL relative; 32-bit and byte forms say so.
 */
public enum Form {
    // ---- moves -----------------------------------------------------------------------------
    MOV_RR("mov", MR, "REX.W 89 /r", R64, R64),
    MOV_RM("mov", RM, "REX.W 8B /r", R64, M64),
    MOV_MR("mov", MR, "REX.W 89 /r", M64, R64),
    MOV_RI32("mov", MI, "REX.W C7 /0 id", R64, I32),
    MOV_RI64("movabs", OI, "REX.W B8+r io", R64, I64),
    MOV_MI32("mov", MI, "REX.W C7 /0 id", M64, I32),
    MOV32_RR("mov", MR, "89 /r", R32, R32),
    MOV32_RM("mov", RM, "8B /r", R32, M32),
    MOV32_MR("mov", MR, "89 /r", M32, R32),
    MOV32_RI32("mov", OI, "B8+r id", R32, I32),
    MOV8_MR("mov", MR, "88 /r", M8, R8),
    MOVZX_RR8("movzx", RM, "REX.W 0F B6 /r", R64, R8),
    MOVZX_RM8("movzx", RM, "REX.W 0F B6 /r", R64, M8),
    MOVZX_RR16("movzx", RM, "REX.W 0F B7 /r", R64, R16),
    MOVZX_RM16("movzx", RM, "REX.W 0F B7 /r", R64, M16),
    MOVZX32_RR8("movzx", RM, "0F B6 /r", R32, R8),
    MOVSX_RR8("movsx", RM, "REX.W 0F BE /r", R64, R8),
    MOVSX_RM8("movsx", RM, "REX.W 0F BE /r", R64, M8),
    MOVSX_RR16("movsx", RM, "REX.W 0F BF /r", R64, R16),
    MOVSX_RM16("movsx", RM, "REX.W 0F BF /r", R64, M16),
    MOVSXD_RR32("movsxd", RM, "REX.W 63 /r", R64, R32),
    MOVSXD_RM32("movsxd", RM, "REX.W 63 /r", R64, M32),
    LEA("lea", RM, "REX.W 8D /r", R64, M64),

    // ---- integer arithmetic: the eight classic ALU operations --------------------------------
    ADD_RR("add", MR, "REX.W 01 /r", R64, R64),
    ADD_RM("add", RM, "REX.W 03 /r", R64, M64),
    ADD_MR("add", MR, "REX.W 01 /r", M64, R64),
    ADD_RI8("add", MI, "REX.W 83 /0 ib", R64, I8),
    ADD_RI32("add", MI, "REX.W 81 /0 id", R64, I32),
    ADD_RAXI32("add", I, "REX.W 05 id", RAX, I32),
    OR_RR("or", MR, "REX.W 09 /r", R64, R64),
    OR_RM("or", RM, "REX.W 0B /r", R64, M64),
    OR_MR("or", MR, "REX.W 09 /r", M64, R64),
    OR_RI8("or", MI, "REX.W 83 /1 ib", R64, I8),
    OR_RI32("or", MI, "REX.W 81 /1 id", R64, I32),
    OR_RAXI32("or", I, "REX.W 0D id", RAX, I32),
    ADC_RR("adc", MR, "REX.W 11 /r", R64, R64),
    ADC_RM("adc", RM, "REX.W 13 /r", R64, M64),
    ADC_MR("adc", MR, "REX.W 11 /r", M64, R64),
    ADC_RI8("adc", MI, "REX.W 83 /2 ib", R64, I8),
    ADC_RI32("adc", MI, "REX.W 81 /2 id", R64, I32),
    ADC_RAXI32("adc", I, "REX.W 15 id", RAX, I32),
    SBB_RR("sbb", MR, "REX.W 19 /r", R64, R64),
    SBB_RM("sbb", RM, "REX.W 1B /r", R64, M64),
    SBB_MR("sbb", MR, "REX.W 19 /r", M64, R64),
    SBB_RI8("sbb", MI, "REX.W 83 /3 ib", R64, I8),
    SBB_RI32("sbb", MI, "REX.W 81 /3 id", R64, I32),
    SBB_RAXI32("sbb", I, "REX.W 1D id", RAX, I32),
    AND_RR("and", MR, "REX.W 21 /r", R64, R64),
    AND_RM("and", RM, "REX.W 23 /r", R64, M64),
    AND_MR("and", MR, "REX.W 21 /r", M64, R64),
    AND_RI8("and", MI, "REX.W 83 /4 ib", R64, I8),
    AND_RI32("and", MI, "REX.W 81 /4 id", R64, I32),
    AND_RAXI32("and", I, "REX.W 25 id", RAX, I32),
    SUB_RR("sub", MR, "REX.W 29 /r", R64, R64),
    SUB_RM("sub", RM, "REX.W 2B /r", R64, M64),
    SUB_MR("sub", MR, "REX.W 29 /r", M64, R64),
    SUB_RI8("sub", MI, "REX.W 83 /5 ib", R64, I8),
    SUB_RI32("sub", MI, "REX.W 81 /5 id", R64, I32),
    SUB_RAXI32("sub", I, "REX.W 2D id", RAX, I32),
    XOR_RR("xor", MR, "REX.W 31 /r", R64, R64),
    XOR_RM("xor", RM, "REX.W 33 /r", R64, M64),
    XOR_MR("xor", MR, "REX.W 31 /r", M64, R64),
    XOR_RI8("xor", MI, "REX.W 83 /6 ib", R64, I8),
    XOR_RI32("xor", MI, "REX.W 81 /6 id", R64, I32),
    XOR_RAXI32("xor", I, "REX.W 35 id", RAX, I32),
    XOR32_RR("xor", MR, "31 /r", R32, R32),
    CMP_RR("cmp", MR, "REX.W 39 /r", R64, R64),
    CMP_RM("cmp", RM, "REX.W 3B /r", R64, M64),
    CMP_MR("cmp", MR, "REX.W 39 /r", M64, R64),
    CMP_RI8("cmp", MI, "REX.W 83 /7 ib", R64, I8),
    CMP_RI32("cmp", MI, "REX.W 81 /7 id", R64, I32),
    CMP_RAXI32("cmp", I, "REX.W 3D id", RAX, I32),
    CMP_MI8("cmp", MI, "REX.W 83 /7 ib", M64, I8),
    CMP_MI32("cmp", MI, "REX.W 81 /7 id", M64, I32),
    TEST_RR("test", MR, "REX.W 85 /r", R64, R64),
    TEST_RI32("test", MI, "REX.W F7 /0 id", R64, I32),
    TEST_RAXI32("test", I, "REX.W A9 id", RAX, I32),

    // ---- multiply, divide, unary ---------------------------------------------------------------
    IMUL_RR("imul", RM, "REX.W 0F AF /r", R64, R64),
    IMUL_RM("imul", RM, "REX.W 0F AF /r", R64, M64),
    IMUL_RRI8("imul", RMI, "REX.W 6B /r ib", R64, R64, I8),
    IMUL_RRI32("imul", RMI, "REX.W 69 /r id", R64, R64, I32),
    IDIV_R("idiv", M, "REX.W F7 /7", R64),
    IDIV_M("idiv", M, "REX.W F7 /7", M64),
    CQO("cqo", ZO, "REX.W 99"),
    NEG_R("neg", M, "REX.W F7 /3", R64),
    NOT_R("not", M, "REX.W F7 /2", R64),
    INC_R("inc", M, "REX.W FF /0", R64),
    DEC_R("dec", M, "REX.W FF /1", R64),

    // ---- shifts ----------------------------------------------------------------------------------
    SHL_RCL("shl", MC, "REX.W D3 /4", R64, CL),
    SHR_RCL("shr", MC, "REX.W D3 /5", R64, CL),
    SAR_RCL("sar", MC, "REX.W D3 /7", R64, CL),
    SHL_RI8("shl", MI, "REX.W C1 /4 ib", R64, I8),
    SHR_RI8("shr", MI, "REX.W C1 /5 ib", R64, I8),
    SAR_RI8("sar", MI, "REX.W C1 /7 ib", R64, I8),

    // ---- conditions ------------------------------------------------------------------------------
    SETCC("set", M, "0F 90+cc /0", CC, R8),
    CMOVCC_RR("cmov", RM, "REX.W 0F 40+cc /r", CC, R64, R64),
    CMOVCC_RM("cmov", RM, "REX.W 0F 40+cc /r", CC, R64, M64),

    // ---- control flow ----------------------------------------------------------------------------
    JCC_REL8("j", D, "70+cc cb", CC, REL8),
    JCC_REL32("j", D, "0F 80+cc cd", CC, REL32),
    JMP_REL8("jmp", D, "EB cb", REL8),
    JMP_REL32("jmp", D, "E9 cd", REL32),
    JMP_R("jmp", M, "FF /4", R64),
    JMP_M("jmp", M, "FF /4", M64),
    CALL_REL32("call", D, "E8 cd", REL32),
    CALL_R("call", M, "FF /2", R64),
    CALL_M("call", M, "FF /2", M64),
    RET("ret", ZO, "C3"),
    PUSH_R("push", O, "50+r", R64),
    POP_R("pop", O, "58+r", R64),
    NOP("nop", ZO, "90"),
    INT3("int3", ZO, "CC"),
    UD2("ud2", ZO, "0F 0B"),

    // ---- SSE2 scalar double ----------------------------------------------------------------------
    MOVSD_XX("movsd", RM, "F2 0F 10 /r", X, X),
    MOVSD_XM("movsd", RM, "F2 0F 10 /r", X, M64),
    MOVSD_MX("movsd", MR, "F2 0F 11 /r", M64, X),
    MOVAPD_XX("movapd", RM, "66 0F 28 /r", X, X),
    MOVQ_XR("movq", RM, "66 REX.W 0F 6E /r", X, R64),
    MOVQ_RX("movq", MR, "66 REX.W 0F 7E /r", R64, X),
    ADDSD_XX("addsd", RM, "F2 0F 58 /r", X, X),
    ADDSD_XM("addsd", RM, "F2 0F 58 /r", X, M64),
    SUBSD_XX("subsd", RM, "F2 0F 5C /r", X, X),
    SUBSD_XM("subsd", RM, "F2 0F 5C /r", X, M64),
    MULSD_XX("mulsd", RM, "F2 0F 59 /r", X, X),
    MULSD_XM("mulsd", RM, "F2 0F 59 /r", X, M64),
    DIVSD_XX("divsd", RM, "F2 0F 5E /r", X, X),
    DIVSD_XM("divsd", RM, "F2 0F 5E /r", X, M64),
    SQRTSD_XX("sqrtsd", RM, "F2 0F 51 /r", X, X),
    SQRTSD_XM("sqrtsd", RM, "F2 0F 51 /r", X, M64),
    MINSD_XX("minsd", RM, "F2 0F 5D /r", X, X),
    MINSD_XM("minsd", RM, "F2 0F 5D /r", X, M64),
    MAXSD_XX("maxsd", RM, "F2 0F 5F /r", X, X),
    MAXSD_XM("maxsd", RM, "F2 0F 5F /r", X, M64),
    UCOMISD_XX("ucomisd", RM, "66 0F 2E /r", X, X),
    UCOMISD_XM("ucomisd", RM, "66 0F 2E /r", X, M64),
    COMISD_XX("comisd", RM, "66 0F 2F /r", X, X),
    COMISD_XM("comisd", RM, "66 0F 2F /r", X, M64),
    CVTSI2SD_XR("cvtsi2sd", RM, "F2 REX.W 0F 2A /r", X, R64),
    CVTSI2SD_XM("cvtsi2sd", RM, "F2 REX.W 0F 2A /r", X, M64),
    CVTTSD2SI_RX("cvttsd2si", RM, "F2 REX.W 0F 2C /r", R64, X),
    CVTTSD2SI_RM("cvttsd2si", RM, "F2 REX.W 0F 2C /r", R64, M64),
    XORPD_XX("xorpd", RM, "66 0F 57 /r", X, X),
    XORPD_XM("xorpd", RM, "66 0F 57 /r", X, M128),
    ANDPD_XX("andpd", RM, "66 0F 54 /r", X, X),
    ANDPD_XM("andpd", RM, "66 0F 54 /r", X, M128);

    /** No ModRM byte. */
    static final int NO_MODRM = -2;
    /** ModRM.reg holds a register operand ({@code /r}). */
    static final int SLASH_R = -1;

    private final String mnemonic;
    private final OpEn en;
    private final String opcodeText;
    private final List<Kind> kinds;
    /** Mandatory prefix byte, or 0. */
    final int prefix;
    final boolean rexW;
    /** Opcode bytes; the last one takes {@code +r} or {@code +cc}. */
    final byte[] opcode;
    /** {@link #SLASH_R}, {@link #NO_MODRM}, or the opcode extension 0-7. */
    final int modrm;
    final boolean plusReg;
    final boolean plusCc;

    Form(String mnemonic, OpEn en, String opcodeText, Kind... kinds) {
        this.mnemonic = mnemonic;
        this.en = en;
        this.opcodeText = opcodeText;
        this.kinds = List.of(kinds);
        int pfx = 0;
        boolean w = false;
        boolean pr = false;
        boolean pc = false;
        int rm = NO_MODRM;
        int immBytes = 0;
        List<Integer> bytes = new ArrayList<>();
        String[] tokens = opcodeText.split(" ");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            switch (t) {
                case "REX.W" -> w = true;
                case "/r" -> rm = SLASH_R;
                case "ib", "cb" -> immBytes = 1;
                case "id", "cd" -> immBytes = 4;
                case "io" -> immBytes = 8;
                default -> {
                    if (t.length() == 2 && t.charAt(0) == '/') {
                        rm = t.charAt(1) - '0';
                    } else {
                        String hex = t;
                        if (t.endsWith("+r")) {
                            pr = true;
                            hex = t.substring(0, t.length() - 2);
                        } else if (t.endsWith("+cc")) {
                            pc = true;
                            hex = t.substring(0, t.length() - 3);
                        }
                        int b = Integer.parseInt(hex, 16);
                        boolean mandatoryPrefix = i == 0 && (b == 0x66 || b == 0xF2 || b == 0xF3)
                                && tokens.length > 1;
                        if (mandatoryPrefix) {
                            pfx = b;
                        } else {
                            bytes.add(b);
                        }
                    }
                }
            }
        }
        this.prefix = pfx;
        this.rexW = w;
        this.plusReg = pr;
        this.plusCc = pc;
        this.modrm = rm;
        this.opcode = new byte[bytes.size()];
        for (int i = 0; i < opcode.length; i++) {
            opcode[i] = (byte) (int) bytes.get(i);
        }
        int kindImm = this.kinds.stream().mapToInt(Kind::immediateBytes).sum();
        boolean hasModrm = en == M || en == MI || en == MC || en == MR || en == RM || en == RMI;
        if (kindImm != immBytes || hasModrm != (rm != NO_MODRM) || pc != this.kinds.contains(CC)
                || pr != (en == O || en == OI) || (rm >= 0) != (en == M || en == MI || en == MC)) {
            throw new ExceptionInInitializerError("inconsistent form " + name() + ": " + opcodeText);
        }
    }

    /** Intel mnemonic; for conditional forms the stem the {@link Cond#suffix()} is appended to. */
    public String mnemonic() {
        return mnemonic;
    }

    public OpEn encoding() {
        return en;
    }

    /** The opcode column as written in the table, in Intel's notation. */
    public String opcodeText() {
        return opcodeText;
    }

    /** Operand kinds in Intel operand order (destination first), including {@link Kind#CC}. */
    public List<Kind> kinds() {
        return kinds;
    }

    /** Whether the form takes a {@link Cond} (its first operand). */
    public boolean conditional() {
        return plusCc;
    }

    /** Intel syntax of this form applied to the operands, as GNU {@code as} reads it. */
    public String intel(Operand... ops) {
        StringBuilder s = new StringBuilder(mnemonic);
        String sep = " ";
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == CC) {
                s.append(((Cond) ops[i]).suffix());
            } else {
                s.append(sep).append(kinds.get(i).intel(ops[i]));
                sep = ", ";
            }
        }
        return s.toString();
    }
}
