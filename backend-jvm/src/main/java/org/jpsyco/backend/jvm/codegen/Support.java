package org.jpsyco.backend.jvm.codegen;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.util.HashSet;
import java.util.Set;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;

/**
 * What the jvm backend cannot compile, decided cheaply before compiling: the JVM's own limits
 * (64 KB of bytecode per method, 255 argument slots, 65535 locals) and LIR the backend cannot
 * give a Java signature. Sizes are estimated from above, so an accepted function fits.
 */
public final class Support {
    /** The JVM's limit on one method's bytecode. */
    public static final int MAX_CODE = 65535;
    private static final int MAX_ARG_SLOTS = 255;
    private static final int MAX_LOCALS = 65535 - 8;

    private Support() {
    }

    /** Why {@code f} cannot be compiled, or null. */
    public static String declines(LirFunction f) {
        if (f.blocks().isEmpty()) {
            return "the function has no blocks";
        }
        boolean ret = false;
        boolean retVoid = false;
        long locals = 0;
        for (Block b : f.blocks()) {
            if (b.instructions().isEmpty()) {
                return "b" + b.id() + " is empty (not verified LIR)";
            }
            for (LirValue p : b.params()) {
                locals += Types.slots(p.type());
            }
            for (Instruction ins : b.instructions()) {
                ret |= ins.op() == LirOp.RETURN;
                retVoid |= ins.op() == LirOp.RETURN_VOID;
                if (ins.result() != null) {
                    locals += Types.slots(ins.result().type());
                }
                if (ins.op().is(LirOp.Flag.CALL) && ins.operands().stream().mapToInt(v -> Types.slots(v.type())).sum() > MAX_ARG_SLOTS) {
                    return "b" + b.id() + " " + ins.op().text() + " passes more than " + MAX_ARG_SLOTS + " argument slots";
                }
            }
        }
        if (ret && retVoid) {
            return "it mixes return and return_void, so its entry has no single Java result type";
        }
        int entrySlots = f.entry().params().stream().mapToInt(v -> Types.slots(v.type())).sum();
        if (entrySlots > MAX_ARG_SLOTS) {
            return "its entry takes " + entrySlots + " argument slots; a JVM method takes at most " + MAX_ARG_SLOTS;
        }
        if (locals > MAX_LOCALS) {
            return "it needs " + locals + " JVM local slots; a method has at most " + MAX_LOCALS;
        }
        long size = estimatedCode(f);
        if (size > MAX_CODE) {
            return "its bytecode would take up to " + size + " bytes; a JVM method holds at most " + MAX_CODE;
        }
        return null;
    }

    /**
     * An upper bound of the entry method's bytecode: per instruction its widest form (wide local
     * loads and stores, a materialized compare, a long jump), per edge its moves, and per deopt
     * descriptor the stub that passes its live values.
     */
    static long estimatedCode(LirFunction f) {
        long size = 0;
        Set<DeoptDescriptor> stubs = new HashSet<>();
        for (Block b : f.blocks()) {
            for (Instruction ins : b.instructions()) {
                // operand loads and the result store take at most 4 bytes each (wide forms)
                size += 12 + 4L * ins.operands().size() + (ins.result() != null ? 4 : 0);
                if (ins.op().is(LirOp.Flag.COMPARE) || ins.op().is(LirOp.Flag.CALL) || ins.op() == LirOp.F64_TO_I64) {
                    size += 12;
                }
                for (Target t : ins.targets()) {
                    size += 16 + 8L * t.args().size();
                }
                if (ins.deopt() != null && stubs.add(ins.deopt())) {
                    size += 16 + 4L * ins.deopt().liveValues().size();
                }
            }
        }
        return size;
    }

    /** The length of the entry method's code in a generated class file. */
    public static int codeLength(byte[] classFile) {
        ClassModel cm = ClassFile.of().parse(classFile);
        for (MethodModel m : cm.methods()) {
            if (m.methodName().equalsString(UnitCompiler.ENTRY)) {
                return m.code().map(c -> ((CodeAttribute) c).codeLength()).orElse(0);
            }
        }
        return 0;
    }
}
