package org.jpsyco.backend.jvm;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.LineNumber;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.NewReferenceArrayInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.constant.DynamicConstantDesc;
import java.util.Locale;

/** A javap-like listing of a generated class, for the JIT log: one line per instruction, with byte offsets. */
final class Listing {
    /** HotSpot's HugeMethodLimit: longer methods are never JIT-compiled while DontCompileHugeMethods is on (the default). */
    static final int HUGE_METHOD = 8000;

    private Listing() {
    }

    /** {@code lines}: the LIR text of each line number the code carries (line {@code n} is {@code lines[n - 1]}). */
    static String of(String unit, byte[] bytes, java.util.List<String> lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("; jvm unit ").append(unit).append(", ").append(bytes.length).append(" class file bytes\n");
        ClassModel cm = ClassFile.of().parse(bytes);
        for (MethodModel m : cm.methods()) {
            sb.append("method ").append(m.methodName().stringValue()).append(m.methodTypeSymbol().displayDescriptor());
            m.code().ifPresentOrElse(code -> method(sb, code, lines), () -> sb.append('\n'));
        }
        return sb.toString();
    }

    private static void method(StringBuilder sb, CodeModel code, java.util.List<String> lines) {
        CodeAttribute attr = (CodeAttribute) code;
        sb.append("  ; ").append(attr.codeLength()).append(" bytes, max locals ").append(attr.maxLocals())
                .append(", max stack ").append(attr.maxStack()).append('\n');
        if (attr.codeLength() > HUGE_METHOD) {
            sb.append("  ; over ").append(HUGE_METHOD).append(" bytes: HotSpot interprets this method unless run with -XX:-DontCompileHugeMethods\n");
        }
        int bci = 0;
        for (CodeElement e : code) {
            switch (e) {
                case LineNumber ln -> {
                    int n = ln.line();
                    if (n >= 1 && n <= lines.size()) {
                        lines.get(n - 1).lines().forEach(l -> sb.append("  ; ").append(l.strip()).append('\n'));
                    }
                }
                case LabelTarget t -> sb.append("  L").append(attr.labelToBci(t.label())).append(":\n");
                case ExceptionCatch c -> sb.append("  ; catch ").append(c.catchType().map(x -> x.asInternalName()).orElse("any"))
                        .append(" L").append(attr.labelToBci(c.tryStart())).append("..L").append(attr.labelToBci(c.tryEnd()))
                        .append(" -> L").append(attr.labelToBci(c.handler())).append('\n');
                case Instruction i -> {
                    String op = i.opcode().name().toLowerCase(Locale.ROOT);
                    sb.append(String.format("%6d  %s", bci, op));
                    // short forms (aload_0, iconst_2, lconst_1) carry their operand in the name
                    if (!op.matches(".*_(m1|\\d)")) {
                        operands(sb, attr, i);
                    }
                    sb.append('\n');
                    bci += i.sizeInBytes();
                }
                default -> { }
            }
        }
    }

    private static void operands(StringBuilder sb, CodeAttribute attr, Instruction i) {
        switch (i) {
            case LoadInstruction l -> sb.append(' ').append(l.slot());
            case StoreInstruction s -> sb.append(' ').append(s.slot());
            case ConstantInstruction c -> sb.append(' ').append(constant(c.constantValue()));
            case BranchInstruction b -> sb.append(" L").append(label(attr, b.target()));
            case InvokeInstruction v -> sb.append(' ').append(v.owner().asInternalName()).append('.').append(v.name().stringValue())
                    .append(v.typeSymbol().displayDescriptor());
            case InvokeDynamicInstruction d -> sb.append(' ').append(d.name().stringValue()).append(d.typeSymbol().displayDescriptor())
                    .append(" ").append(d.bootstrapArgs());
            case FieldInstruction fi -> sb.append(' ').append(fi.owner().asInternalName()).append('.').append(fi.name().stringValue());
            case TypeCheckInstruction t -> sb.append(' ').append(t.type().asSymbol().displayName());
            case NewReferenceArrayInstruction n -> sb.append(' ').append(n.componentType().asSymbol().displayName());
            default -> { }
        }
    }

    private static String constant(Object c) {
        if (c instanceof DynamicConstantDesc<?> d) {
            return "classdata[" + (d.bootstrapArgs().length > 0 ? d.bootstrapArgs()[0] : "") + "] " + d.constantType().displayName();
        }
        return String.valueOf(c);
    }

    private static int label(CodeAttribute attr, Label l) {
        return attr.labelToBci(l);
    }
}
