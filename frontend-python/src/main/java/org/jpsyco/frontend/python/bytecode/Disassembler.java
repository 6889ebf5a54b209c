package org.jpsyco.frontend.python.bytecode;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.PyObject;

/**
 * Prints code objects like CPython's {@code dis}: a header per code object, then one line per
 * instruction with the line number where it changes, a {@code >>} mark on jump targets, the
 * index, the opcode name, the argument and its meaning; then the exception table; then the
 * nested code objects found among the constants.
 */
public final class Disassembler {
    private Disassembler() {
    }

    public static String disassemble(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        List<CodeObject> todo = new ArrayList<>();
        todo.add(code);
        for (int i = 0; i < todo.size(); i++) {
            CodeObject c = todo.get(i);
            if (i > 0) {
                sb.append('\n');
            }
            one(c, sb);
            for (PyObject k : c.consts) {
                if (k instanceof CodeObject nested) {
                    todo.add(nested);
                }
            }
        }
        return sb.toString();
    }

    private static void one(CodeObject c, StringBuilder sb) {
        sb.append("Disassembly of <code object ").append(c.name).append(", file \"").append(c.filename)
                .append("\", line ").append(c.firstlineno).append(">:\n");
        boolean[] target = new boolean[c.code.length + 1];
        for (int instr : c.code) {
            if (Opcode.of(instr).arg == Opcode.Arg.JUMP) {
                target[Opcode.argOf(instr)] = true;
            }
        }
        for (ExceptionTableEntry e : c.exceptionTable) {
            target[e.handler()] = true;
        }
        int lastLine = -1;
        for (int pc = 0; pc < c.code.length; pc++) {
            int instr = c.code[pc];
            Opcode op = Opcode.of(instr);
            int arg = Opcode.argOf(instr);
            int line = c.lines[pc];
            String lineCol = line != lastLine && line > 0 ? Integer.toString(line) : "";
            if (line != lastLine && pc > 0 && line > 0) {
                sb.append('\n');
            }
            lastLine = line;
            sb.append(String.format("%4s %s %5d %-22s", lineCol, target[pc] ? ">>" : "  ", pc, op.name()));
            if (op.arg != Opcode.Arg.NONE) {
                sb.append(String.format(" %4d", arg));
                String meaning = meaning(c, op, arg);
                if (meaning != null) {
                    sb.append(" (").append(meaning).append(')');
                }
            }
            int end = sb.length();
            while (end > 0 && sb.charAt(end - 1) == ' ') {
                end--;
            }
            sb.setLength(end);
            sb.append('\n');
        }
        if (c.exceptionTable.length > 0) {
            sb.append("ExceptionTable:\n");
            for (ExceptionTableEntry e : c.exceptionTable) {
                sb.append(String.format("  %d to %d -> %d [%d]%n", e.start(), e.end() - 1, e.handler(), e.depth()));
            }
        }
    }

    private static String meaning(CodeObject c, Opcode op, int arg) {
        return switch (op.arg) {
            case CONST -> c.consts[arg] instanceof CodeObject k ? "<code object " + k.name + ">"
                    : Abstract.repr(c.consts[arg]).value();
            case NAME -> c.names[arg];
            case LOCAL -> c.varnames[arg];
            case CELL -> c.cellName(arg);
            case JUMP -> "to " + arg;
            case BINOP -> BinaryOp.of(arg & 15).symbol + ((arg & Opcode.INPLACE) != 0 ? "=" : "");
            case CMPOP -> CompareOp.values()[arg].symbol;
            default -> null;
        };
    }
}
