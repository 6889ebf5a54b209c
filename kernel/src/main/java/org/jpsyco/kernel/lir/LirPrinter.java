package org.jpsyco.kernel.lir;

import java.util.List;

/**
 * The stable text form of LIR, one line per instruction; golden tests and the JIT log read it and
 * {@link LirParser} reads it back. The grammar, by example:
 *
 * <pre>
 * func sum
 * b0(%0:i64, %1:i64):
 *   %2:i64 = const_i64 0
 *   jump -&gt; b1(%2, %0)
 * b1(%3:i64, %4:i64):
 *   %5:i1 = lt_i64 %3, %4
 *   branch %5 -&gt; b2(%3), b3(%3)
 * b2(%6:i64):
 *   %7:i64 = add_i64_ovf %6, %1 deopt(@12 [%6, i64:0, v0, _] v0=int{%6})
 *   promote %7 site 3 [i64:5 -&gt; b1(%7, %4)] deopt(@14 [%7])
 *   %8:ref = call_helper %2 @PyLong_FromLong(i64 -&gt; ref)
 *   %9:i64 = load_field_i64 %8 {IntBox.value:i64}
 * </pre>
 *
 * An instruction is {@code [result =] op operands [payload] [deopt(...)]}: definitions show
 * their type, uses only their number; constants print typed ({@code i64:7}) where no operation
 * types them; in deopt descriptors {@code vN} names a virtual object and {@code _} a dead slot.
 */
public final class LirPrinter {
    private LirPrinter() {
    }

    public static String print(LirFunction f) {
        StringBuilder sb = new StringBuilder("func ").append(f.name()).append('\n');
        for (Block b : f.blocks()) {
            sb.append('b').append(b.id()).append('(');
            List<LirValue> params = b.params();
            for (int i = 0; i < params.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(params.get(i));
            }
            sb.append("):\n");
            for (Instruction ins : b.instructions()) {
                sb.append("  ").append(instruction(ins)).append('\n');
            }
        }
        return sb.toString();
    }

    public static String instruction(Instruction ins) {
        StringBuilder sb = new StringBuilder();
        if (ins.result() != null) {
            sb.append(ins.result()).append(" = ");
        }
        sb.append(ins.op().text());
        List<LirValue> ops = ins.operands();
        for (int i = 0; i < ops.size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(ops.get(i).ref());
        }
        switch (ins.payload()) {
            case null -> { }
            case Constant c -> sb.append(' ').append(c.text());
            case Targets t -> {
                sb.append(" ->");
                for (int i = 0; i < t.targets().size(); i++) {
                    sb.append(i == 0 ? " " : ", ").append(t.targets().get(i));
                }
            }
            case PromotionSwitch p -> {
                sb.append(" site ").append(p.site()).append(" [");
                for (int i = 0; i < p.cases().size(); i++) {
                    PromotionSwitch.Case c = p.cases().get(i);
                    sb.append(i == 0 ? "" : ", ").append(c.value().typed()).append(" -> ").append(c.target());
                }
                sb.append(']');
            }
            case CallTarget c -> {
                sb.append(" @").append(c.symbol()).append('(');
                for (int i = 0; i < c.params().size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(c.params().get(i).text());
                }
                sb.append(c.params().isEmpty() ? "-> " : " -> ").append(c.result() == null ? "void" : c.result().text()).append(')');
            }
            case FieldDescriptor fd -> sb.append(' ').append(fd);
        }
        if (ins.deopt() != null) {
            sb.append(' ').append(deopt(ins.deopt()));
        }
        return sb.toString();
    }

    /** {@code deopt(@12 [%6, i64:0, v0, _] v0=int{%6})}. */
    public static String deopt(DeoptDescriptor d) {
        StringBuilder sb = new StringBuilder("deopt(@").append(d.resumePoint()).append(" [");
        recoveries(d.slots(), sb);
        sb.append(']');
        for (int i = 0; i < d.virtuals().size(); i++) {
            DeoptDescriptor.VirtualObject v = d.virtuals().get(i);
            sb.append(" v").append(i).append('=').append(v.descriptor()).append('{');
            recoveries(v.fields(), sb);
            sb.append('}');
        }
        return sb.append(')').toString();
    }

    private static void recoveries(List<DeoptDescriptor.Recovery> rs, StringBuilder sb) {
        for (int i = 0; i < rs.size(); i++) {
            sb.append(i == 0 ? "" : ", ");
            switch (rs.get(i)) {
                case DeoptDescriptor.Live l -> sb.append(l.value().ref());
                case DeoptDescriptor.Known k -> sb.append(k.value().typed());
                case DeoptDescriptor.Materialize m -> sb.append('v').append(m.virtual());
                case DeoptDescriptor.Dead d -> sb.append('_');
            }
        }
    }
}
