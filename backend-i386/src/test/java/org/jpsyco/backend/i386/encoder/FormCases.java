package org.jpsyco.backend.i386.encoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The representative operand set every {@link Form} is encoded over, for the comparison with
 * GNU {@code as}: each of the 16 registers in each register position (paired so that every
 * REX.R/REX.B combination occurs), every addressing mode with the rsp/r12 and rbp/r13 special
 * cases, boundary immediates and displacements, all 16 conditions, and the multi-byte no-ops.
 *
 * <p>Where {@code as} would choose a shorter form than the one under test, the case is left out
 * and the shorter form is tested on its own: immediates of {@code _RI32} forms lie outside the
 * imm8 range; {@code rax} is skipped in forms that have an accumulator sibling ({@code _RAXI32});
 * shift counts avoid 1 (which {@code as} encodes with D1).
 */
final class FormCases {
    /** One instruction: an id for the listing, its Intel syntax for {@code as}, our bytes. */
    record Case(String id, String intel, byte[] bytes) {
    }

    private static final Reg[] R = Reg.values();
    private static final Xmm[] X = Xmm.values();
    private static final long[] IMM8 = {-128, -1, 0, 1, 127, 0x55};
    private static final long[] SHIFT8 = {0, 2, 7, 31, 32, 63};
    private static final long[] IMM32 = {Integer.MIN_VALUE, -129, 128, Integer.MAX_VALUE, 0x12345678, -0x1000};
    private static final long[] IMM64 = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789abcdef0L, 1L << 32};
    private static final long[] REL8 = {-128, -2, 0, 127};
    private static final long[] REL32 = {Integer.MIN_VALUE, -6, 0, 0x12345, Integer.MAX_VALUE};
    /** Forms whose memory operand runs over {@link #allMemory()}; the others take {@link #someMemory()}. */
    private static final Set<Form> FULL_MEMORY = Set.of(Form.MOV_RM, Form.MOV_MR, Form.LEA, Form.MOVSD_XM,
            Form.MOVZX_RM8, Form.CMP_MI32);

    private FormCases() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (Form f : Form.values()) {
            for (Operand[] ops : operandsFor(f)) {
                cases.add(new Case(f.name(), intel(f, ops), Encoder.encode(f, ops)));
            }
        }
        String[] nops = {"nop", "xchg ax, ax", "nop dword ptr [rax]", "{disp8} nop dword ptr [rax+0]",
            "{disp8} nop dword ptr [rax+rax*1+0]", "{disp8} nop word ptr [rax+rax*1+0]",
            "{disp32} nop dword ptr [rax+0]", "{disp32} nop dword ptr [rax+rax*1+0]",
            "{disp32} nop word ptr [rax+rax*1+0]"};
        for (int n = 1; n <= 9; n++) {
            CodeBuffer buf = new CodeBuffer();
            Encoder.emitNops(buf, n);
            cases.add(new Case("NOPS" + n, nops[n - 1], buf.toByteArray()));
        }
        return cases;
    }

    /** Intel syntax for {@code as}; relative targets become {@code .+N}, with the width forced. */
    static String intel(Form f, Operand... ops) {
        Kind last = f.kinds().isEmpty() ? null : f.kinds().getLast();
        if (last != Kind.REL8 && last != Kind.REL32) {
            return f.intel(ops);
        }
        long length = Encoder.encode(f, ops).length;
        long target = length + ((Imm) ops[ops.length - 1]).value();
        String mnemonic = f.conditional() ? f.mnemonic() + ((Cond) ops[0]).suffix() : f.mnemonic();
        return (last == Kind.REL8 ? "{disp8} " : "{disp32} ") + mnemonic + " ." + (target < 0 ? "" : "+") + target;
    }

    private static List<Operand[]> operandsFor(Form f) {
        List<Kind> kinds = f.kinds();
        List<Operand[]> out = new ArrayList<>();
        if (kinds.isEmpty()) {
            out.add(new Operand[0]);
            return out;
        }
        if (f.conditional()) {
            for (Cond c : Cond.values()) {
                List<Kind> rest = kinds.subList(1, kinds.size());
                List<Operand[]> inner = rows(f, rest);
                // two rows per condition, rotating through the inner set
                for (int k = 0; k < 2; k++) {
                    Operand[] row = inner.get((c.ordinal() * 2 + k) % inner.size());
                    Operand[] ops = new Operand[row.length + 1];
                    ops[0] = c;
                    System.arraycopy(row, 0, ops, 1, row.length);
                    out.add(ops);
                }
            }
            return out;
        }
        return rows(f, kinds);
    }

    /** Rows over the operand positions: position 0 walks its whole set, the others follow it. */
    private static List<Operand[]> rows(Form f, List<Kind> kinds) {
        List<List<Operand>> sets = new ArrayList<>();
        for (Kind k : kinds) {
            sets.add(values(f, k));
        }
        boolean skipRax = hasAccumulatorSibling(f);
        List<Operand[]> out = new ArrayList<>();
        int n = sets.stream().mapToInt(List::size).max().orElse(1);
        // Walk the longest set; each other position takes element i and element (mirror of i), so
        // that every register meets both low and high partners.
        for (int mirror = 0; mirror < (kinds.size() > 1 && n <= 16 ? 2 : 1); mirror++) {
            for (int i = 0; i < n; i++) {
                Operand[] ops = new Operand[kinds.size()];
                for (int p = 0; p < ops.length; p++) {
                    List<Operand> s = sets.get(p);
                    int j = p == 0 ? i : mirror == 0 ? (i + 3 * p) : (n - 1 - i);
                    ops[p] = s.get(Math.floorMod(j, s.size()));
                }
                if (skipRax && ops[0] == Reg.RAX) {
                    continue;
                }
                out.add(ops);
            }
        }
        return out;
    }

    private static boolean hasAccumulatorSibling(Form f) {
        if (!f.name().endsWith("_RI32")) {
            return false;
        }
        try {
            Form.valueOf(f.name().replace("_RI32", "_RAXI32"));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Operand> values(Form f, Kind k) {
        return switch (k) {
            case R8, R16, R32, R64 -> List.of(R);
            case RAX -> List.of(Reg.RAX);
            case CL -> List.of(Reg.RCX);
            case X -> List.of(X);
            case M8, M16, M32, M64, M128 -> FULL_MEMORY.contains(f) ? allMemory() : someMemory();
            case I8 -> imms(Set.of("shl", "shr", "sar").contains(f.mnemonic()) ? SHIFT8 : IMM8);
            case I32 -> imms(IMM32);
            case I64 -> imms(IMM64);
            case REL8 -> imms(REL8);
            case REL32 -> imms(REL32);
            case CC -> throw new AssertionError("conditions are handled by operandsFor");
        };
    }

    private static List<Operand> imms(long[] values) {
        List<Operand> out = new ArrayList<>();
        for (long v : values) {
            out.add(Imm.of(v));
        }
        return out;
    }

    /** Every addressing mode over every base and index register, boundary displacements. */
    static List<Operand> allMemory() {
        List<Operand> out = new ArrayList<>();
        int[] disps = {0, 127, -128, 128, -129, Integer.MIN_VALUE};
        for (int b = 0; b < 16; b++) {
            for (int d : disps) {
                out.add(Mem.at(R[b], d));
            }
        }
        int[] scales = {1, 2, 4, 8};
        int[] indexDisps = {0, -8, 0x12345, 100};
        for (int i = 0; i < 16; i++) {
            if (R[i] == Reg.RSP) {
                continue;
            }
            out.add(Mem.at(R[(i + 5) % 16], R[i], scales[i % 4], indexDisps[i % 4]));
            out.add(Mem.at(R[(i + 12) % 16], R[i], scales[(i + 1) % 4], indexDisps[(i + 1) % 4]));
            out.add(Mem.indexed(R[i], scales[(i + 2) % 4], indexDisps[i % 4]));
        }
        for (Reg b : List.of(Reg.RSP, Reg.RBP, Reg.R12, Reg.R13)) {
            out.add(Mem.at(b, Reg.R12, 1, 0));
            out.add(Mem.at(b, Reg.RBP, 8, 0));
            out.add(Mem.at(b, Reg.R13, 4, -128));
        }
        for (int d : new int[] {0, -1, 0x1000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            out.add(Mem.rip(d));
        }
        return out;
    }

    /** One of each addressing mode and special case. */
    static List<Operand> someMemory() {
        return List.of(Mem.at(Reg.RAX), Mem.at(Reg.RSP), Mem.at(Reg.RBP), Mem.at(Reg.R12), Mem.at(Reg.R13),
                Mem.at(Reg.R15, 127), Mem.at(Reg.RBX, -128), Mem.at(Reg.RCX, 128), Mem.at(Reg.R8, Integer.MAX_VALUE),
                Mem.at(Reg.RDX, Reg.R9, 8, 0x10), Mem.at(Reg.R13, Reg.R12, 1, 0), Mem.at(Reg.RSP, Reg.RBP, 2, -0x1000),
                Mem.indexed(Reg.R11, 4, 0x20), Mem.indexed(Reg.RSI, 1, 0), Mem.rip(0x100), Mem.rip(-4));
    }
}
