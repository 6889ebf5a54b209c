package org.jpsyco.backend.i386.lower;

import java.util.List;
import java.util.Map;
import org.jpsyco.backend.i386.asm.Assembler;
import org.jpsyco.backend.i386.encoder.Cond;
import org.jpsyco.backend.i386.encoder.Label;
import org.jpsyco.backend.i386.encoder.Reg;
import org.jpsyco.backend.i386.encoder.Xmm;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;

/**
 * Runtime helpers computed in line instead of through an upcall: the pure integer and float
 * operations typed code calls for Python's semantics (shift checks, floor division and modulo,
 * {@code abs}, {@code min} and {@code max}). An upcall costs some fifty nanoseconds, about a
 * hundred loop iterations, so one of these in a loop used to cost more than the loop; in line they
 * also leave the version without upcalls, which lets automatic selection take it. A helper is
 * recognized by its symbol and exact signature, so a front end that named another operation so
 * would still get its own helper called. The answers match the helpers' for every input: where
 * the helper relies on its caller's guard (a zero divisor), the code leaves through the call's
 * descriptor when it has one, so the interpreter raises, and never traps.
 */
final class Intrinsics {
    private static final List<LirType> II = List.of(LirType.I64, LirType.I64);
    private static final List<LirType> I = List.of(LirType.I64);
    private static final List<LirType> FF = List.of(LirType.F64, LirType.F64);
    private static final Map<String, CallTarget.Helper> TABLE = Map.of(
            "shlFits", new CallTarget.Helper("shlFits", II, LirType.I1),
            "shrInt", new CallTarget.Helper("shrInt", II, LirType.I64),
            "floorDivInt", new CallTarget.Helper("floorDivInt", II, LirType.I64),
            "modInt", new CallTarget.Helper("modInt", II, LirType.I64),
            "absInt", new CallTarget.Helper("absInt", I, LirType.I64),
            "minInt", new CallTarget.Helper("minInt", II, LirType.I64),
            "maxInt", new CallTarget.Helper("maxInt", II, LirType.I64),
            "minFloat", new CallTarget.Helper("minFloat", FF, LirType.F64),
            "maxFloat", new CallTarget.Helper("maxFloat", FF, LirType.F64));

    private Intrinsics() {
    }

    /** Whether {@code in} is a helper call lowered in line. */
    static boolean handles(Instruction in) {
        return in.op() == LirOp.CALL_HELPER && in.result() != null && in.payload() instanceof CallTarget.Helper h
                && h.equals(TABLE.get(h.symbol()));
    }

    /** Lowers the helper call {@code in} ({@link #handles} said yes). */
    static void lower(Emitter e, Instruction in) {
        Assembler a = e.a;
        String name = ((CallTarget.Helper) in.payload()).symbol();
        switch (name) {
            case "minFloat", "maxFloat" -> {
                // b < a ? b : a (and b > a for max): false when unordered, so NaN keeps a
                e.load(Xmm.XMM15, e.op(in, 0));
                e.load(Xmm.XMM14, e.op(in, 1));
                Label done = a.newLabel();
                if (name.equals("minFloat")) {
                    a.ucomisd(Xmm.XMM15, Xmm.XMM14);
                } else {
                    a.ucomisd(Xmm.XMM14, Xmm.XMM15);
                }
                a.jcc(Cond.BE, done);
                a.movsd(Xmm.XMM15, Xmm.XMM14);
                a.bind(done);
                e.store(in.result(), Xmm.XMM15);
                return;
            }
            case "absInt" -> {
                // Math.abs: the most negative value stays itself
                e.load(Reg.RAX, e.op(in, 0));
                a.mov(Reg.R11, Reg.RAX);
                a.neg(Reg.R11);
                a.cmov(Cond.G, Reg.RAX, Reg.R11);
                e.store(in.result(), Reg.RAX);
                return;
            }
            default -> {
            }
        }
        e.load(Reg.RAX, e.op(in, 0));
        e.load(Reg.R11, e.op(in, 1));
        switch (name) {
            case "minInt" -> {
                a.cmp(Reg.R11, Reg.RAX);
                a.cmov(Cond.L, Reg.RAX, Reg.R11);
            }
            case "maxInt" -> {
                a.cmp(Reg.R11, Reg.RAX);
                a.cmov(Cond.G, Reg.RAX, Reg.R11);
            }
            case "shlFits" -> {
                // 0 <= n < 64 and (a << n) >> n == a
                Label done = a.newLabel();
                a.mov(Reg.RCX, Reg.R11);
                a.xor32(Reg.RDX, Reg.RDX);
                a.cmp(Reg.RCX, 63);
                a.jcc(Cond.A, done);
                a.mov(Reg.R11, Reg.RAX);
                a.shlCl(Reg.R11);
                a.sarCl(Reg.R11);
                a.cmp(Reg.R11, Reg.RAX);
                a.setcc(Cond.E, Reg.RDX);
                a.bind(done);
                a.mov(Reg.RAX, Reg.RDX);
            }
            case "shrInt" -> {
                // a >> min(n, 63); a negative n (which the caller rules out) counts modulo 64, as in Java
                a.mov(Reg.RCX, 63);
                a.cmp(Reg.R11, Reg.RCX);
                a.cmov(Cond.L, Reg.RCX, Reg.R11);
                a.sarCl(Reg.RAX);
            }
            default -> divide(e, in, name.equals("floorDivInt"));
        }
        e.store(in.result(), Reg.RAX);
    }

    /**
     * Math.floorDiv or Math.floorMod of rax by r11 into rax: the truncating quotient or remainder,
     * corrected towards negative infinity when the remainder's sign differs from the divisor's.
     * A divisor of -1 is handled apart (idiv traps on the most negative value by -1).
     */
    private static void divide(Emitter e, Instruction in, boolean div) {
        Assembler a = e.a;
        Label normal = a.newLabel();
        Label done = a.newLabel();
        a.test(Reg.R11, Reg.R11);
        if (in.deopt() != null) {
            a.jcc(Cond.E, e.exit(in.deopt()));
        } else {
            // unreachable behind the caller's guard; answers 0 rather than trap
            Label nonZero = a.newLabel();
            a.jcc(Cond.NE, nonZero);
            a.xor32(Reg.RAX, Reg.RAX);
            a.jmp(done);
            a.bind(nonZero);
        }
        a.cmp(Reg.R11, -1);
        a.jcc(Cond.NE, normal);
        if (div) {
            a.neg(Reg.RAX);
        } else {
            a.xor32(Reg.RAX, Reg.RAX);
        }
        a.jmp(done);
        a.bind(normal);
        a.cqo();
        a.idiv(Reg.R11);
        // rax = quotient, rdx = remainder: one step towards negative infinity when the remainder
        // is not zero and its sign differs from the divisor's
        Label nonZeroRem = a.newLabel();
        Label same = a.newLabel();
        a.test(Reg.RDX, Reg.RDX);
        a.jcc(Cond.NE, nonZeroRem);
        if (!div) {
            a.xor32(Reg.RAX, Reg.RAX);
        }
        a.jmp(done);
        a.bind(nonZeroRem);
        a.mov(Reg.RCX, Reg.RDX);
        a.xor(Reg.RCX, Reg.R11);
        a.jcc(Cond.NS, same);
        if (div) {
            a.sub(Reg.RAX, 1);
        } else {
            a.mov(Reg.RAX, Reg.RDX);
            a.add(Reg.RAX, Reg.R11);
        }
        a.jmp(done);
        a.bind(same);
        if (!div) {
            a.mov(Reg.RAX, Reg.RDX);
        }
        a.bind(done);
    }
}
