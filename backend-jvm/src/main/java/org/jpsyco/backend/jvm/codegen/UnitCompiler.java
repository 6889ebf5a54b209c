package org.jpsyco.backend.jvm.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_long;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.SwitchPoint;
import java.lang.invoke.WrongMethodTypeException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jpsyco.kernel.lir.Block;
import org.jpsyco.kernel.lir.CallTarget;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.FieldDescriptor;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.PromotionSwitch;
import org.jpsyco.kernel.lir.Target;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.Linkage;

/**
 * Translates one verified LIR function into the class file of a hidden class with one static
 * method, {@code entry}. Every LIR value lives in its own JVM local of its unboxed type (block
 * parameters included; the entry block's are the method's arguments), blocks are laid out in
 * order, jumps move arguments into parameters as a parallel move, and every way out of compiled
 * code (failed guards, overflow, promotion misses, safepoints, raised exceptions) jumps to a stub
 * shared by all sites with the same deopt descriptor ({@link Exits}).
 *
 * <p>One instance compiles one function once: {@link #compile()}.
 */
public final class UnitCompiler {
    /** Internal name of the generated classes; hidden classes get a unique suffix when defined. */
    public static final ClassDesc UNIT_CLASS = ClassDesc.of("org.jpsyco.backend.jvm.Unit");
    static final String ENTRY = "entry";
    static final ClassDesc CD_MH = ConstantDescs.CD_MethodHandle;
    static final ClassDesc CD_LONGS = CD_long.arrayType();
    static final ClassDesc CD_DOUBLES = CD_double.arrayType();
    private static final ClassDesc CD_MATH = ClassDesc.of("java.lang.Math");
    private static final DirectMethodHandleDesc BSM_VERSION = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC,
            ClassDesc.of("org.jpsyco.backend.jvm.Bootstraps"), "version",
            MethodTypeDesc.of(ConstantDescs.CD_CallSite, ConstantDescs.CD_MethodHandles_Lookup, ConstantDescs.CD_String,
                    ConstantDescs.CD_MethodType, ConstantDescs.CD_int));

    /** The product of a compilation: class bytes, class data and what the unit object needs. */
    public record Output(byte[] bytes, List<Object> classData, MethodType entryType, SwitchPoint switchPoint, List<Supplier<String>> sourceLines) {
    }

    final LirFunction f;
    final Linkage linkage;
    final ClassData data = new ClassData();
    final LirType resultType; // null: void
    final MethodType entryType;
    private final Map<Integer, Integer> slots = new HashMap<>();
    private final Map<TypeKind, Integer> scratch = new EnumMap<>(TypeKind.class);
    private int nextSlot;
    private final BitSet reachable;
    private final Map<Integer, Integer> useCounts = new HashMap<>();
    /** Compare instructions emitted together with the branch or guard right after them. */
    private final java.util.Set<Instruction> fused = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<Instruction, Instruction> fusedInto = new java.util.IdentityHashMap<>();
    private Label[] blockLabels;
    private Exits exits;
    private SwitchPoint switchPoint;
    private MethodHandle safepointCheck;
    private final Fields fields;
    private final List<Supplier<String>> sourceLines = new ArrayList<>();

    public UnitCompiler(LirFunction f, Linkage linkage) {
        this.f = f;
        this.linkage = linkage;
        this.resultType = Types.resultType(f);
        this.entryType = Types.entryType(f);
        this.reachable = reachableBlocks(f);
        this.fields = new Fields(linkage);
    }

    public Output compile() {
        for (LirValue p : f.entry().params()) {
            slots.put(p.id(), nextSlot);
            nextSlot += Types.slots(p.type());
        }
        countUses();
        ClassFile cf = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
        MethodTypeDesc entryDesc = Types.methodDesc(resultType, f.entry().params().stream().map(LirValue::type).toList());
        byte[] bytes;
        try {
            bytes = cf.build(UNIT_CLASS, clb -> {
                clb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
                clb.withMethodBody(ENTRY, entryDesc, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, this::body);
                exits.emitMethods(clb);
            });
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BackendException("jvm backend: cannot generate " + f.name() + ": " + e.getMessage(), e);
        }
        return new Output(bytes, data.entries(), entryType, switchPoint, List.copyOf(sourceLines));
    }

    private void body(CodeBuilder cb) {
        // locals for every value defined after the entry parameters
        for (Block b : f.blocks()) {
            if (b.id() != 0) {
                for (LirValue p : b.params()) {
                    allocate(p);
                }
            }
            for (Instruction ins : b.instructions()) {
                if (ins.result() != null) {
                    allocate(ins.result());
                }
            }
        }
        sourceLines.clear();
        blockLabels = new Label[f.blocks().size()];
        for (int b = 0; b < blockLabels.length; b++) {
            blockLabels[b] = cb.newLabel();
        }
        exits = new Exits(this, cb);
        for (Block b : f.blocks()) {
            if (reachable.get(b.id())) {
                emitBlock(cb, b);
            }
        }
        exits.emitStubs();
    }

    private void allocate(LirValue v) {
        if (!slots.containsKey(v.id())) {
            slots.put(v.id(), nextSlot);
            nextSlot += Types.slots(v.type());
        }
    }

    int slot(LirValue v) {
        Integer s = slots.get(v.id());
        if (s == null) {
            throw new BackendException("jvm backend: " + v.ref() + " has no definition in " + f.name());
        }
        return s;
    }

    int scratch(TypeKind kind) {
        return scratch.computeIfAbsent(kind, k -> {
            int s = nextSlot;
            nextSlot += k.slotSize();
            return s;
        });
    }

    void load(CodeBuilder cb, LirValue v) {
        cb.loadLocal(Types.kind(v.type()), slot(v));
    }

    private void store(CodeBuilder cb, LirValue v) {
        cb.storeLocal(Types.kind(v.type()), slot(v));
    }

    private static BitSet reachableBlocks(LirFunction f) {
        BitSet seen = new BitSet();
        ArrayList<Integer> work = new ArrayList<>(List.of(0));
        seen.set(0);
        while (!work.isEmpty()) {
            Instruction t = f.block(work.remove(work.size() - 1)).terminator();
            for (Target target : t.targets()) {
                if (!seen.get(target.block())) {
                    seen.set(target.block());
                    work.add(target.block());
                }
            }
        }
        return seen;
    }

    private void countUses() {
        for (Block b : f.blocks()) {
            if (!reachable.get(b.id())) {
                continue;
            }
            List<Instruction> ins = b.instructions();
            for (Instruction in : ins) {
                for (LirValue u : in.uses()) {
                    useCounts.merge(u.id(), 1, Integer::sum);
                }
            }
        }
        // a compare is fused into the branch or guard right after it when that is its only use
        for (Block b : f.blocks()) {
            if (!reachable.get(b.id())) {
                continue;
            }
            List<Instruction> ins = b.instructions();
            for (int i = 0; i + 1 < ins.size(); i++) {
                Instruction cmp = ins.get(i);
                Instruction user = ins.get(i + 1);
                if (fusible(cmp) && useCounts.getOrDefault(cmp.result().id(), 0) == 1
                        && (user.op() == LirOp.BRANCH || user.op() == LirOp.GUARD_TRUE || user.op() == LirOp.GUARD_FALSE)
                        && user.operands().get(0).equals(cmp.result())) {
                    fused.add(cmp);
                    fusedInto.put(user, cmp);
                }
            }
        }
    }

    private static boolean fusible(Instruction ins) {
        return ins.op().is(LirOp.Flag.COMPARE) || ins.op() == LirOp.IS_NULL || ins.op() == LirOp.NOT_I1;
    }

    // ---- blocks and control ----

    private void emitBlock(CodeBuilder cb, Block b) {
        cb.labelBinding(blockLabels[b.id()]);
        Block header = b;
        List<Instruction> group = new ArrayList<>();
        for (Instruction in : b.instructions()) {
            group.add(in);
            if (!fused.contains(in)) {
                Block h = header;
                List<Instruction> g = List.copyOf(group);
                sourceLine(cb, () -> lineText(h, g));
                header = null;
                group.clear();
                emit(cb, b, in);
            }
        }
    }

    private static String lineText(Block header, List<Instruction> group) {
        StringBuilder text = new StringBuilder();
        if (header != null) {
            text.append('b').append(header.id()).append('(');
            for (int k = 0; k < header.params().size(); k++) {
                text.append(k == 0 ? "" : ", ").append(header.params().get(k));
            }
            text.append("):\n");
        }
        for (int k = 0; k < group.size(); k++) {
            text.append(k == 0 ? "" : "\n").append(group.get(k));
        }
        return text.toString();
    }

    /**
     * Marks the code that follows with a line number whose text (made when a listing asks) is kept: the
     * listing then shows the LIR each run of bytecode comes from, and stack traces through
     * compiled code name the LIR instruction.
     */
    void sourceLine(CodeBuilder cb, Supplier<String> text) {
        if (sourceLines.size() < 65535) {
            sourceLines.add(text);
            cb.lineNumber(sourceLines.size());
        }
    }

    /** Moves a target's arguments into its parameters and jumps there (or falls through). */
    private void edge(CodeBuilder cb, Block from, Target t) {
        moves(cb, t);
        if (!fallsThrough(from, t.block())) {
            cb.goto_(blockLabels[t.block()]);
        }
    }

    private void moves(CodeBuilder cb, Target t) {
        List<LirValue> params = f.block(t.block()).params();
        List<Moves.Move> ms = new ArrayList<>();
        for (int k = 0; k < params.size(); k++) {
            ms.add(new Moves.Move(slot(params.get(k)), slot(t.args().get(k)), Types.kind(params.get(k).type())));
        }
        Moves.emit(cb, ms, this::scratch);
    }

    private boolean needsMoves(Target t) {
        List<LirValue> params = f.block(t.block()).params();
        for (int k = 0; k < params.size(); k++) {
            if (slot(params.get(k)) != slot(t.args().get(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean fallsThrough(Block from, int to) {
        int next = reachable.nextSetBit(from.id() + 1);
        return next == to;
    }

    /**
     * Jumps to {@code target} when {@code cond} is {@code when}; a compare fused into its user is
     * emitted here as the JVM's compare-and-jump.
     */
    private void jumpIf(CodeBuilder cb, Instruction user, boolean when, Label target) {
        Instruction cmp = fusedInto.get(user);
        if (cmp == null) {
            load(cb, user.operands().get(0));
            cb.branch(when ? Opcode.IFNE : Opcode.IFEQ, target);
            return;
        }
        compareJump(cb, cmp, when, target);
    }

    private void compareJump(CodeBuilder cb, Instruction cmp, boolean when, Label target) {
        List<LirValue> o = cmp.operands();
        switch (cmp.op()) {
            case NOT_I1 -> {
                load(cb, o.get(0));
                cb.branch(when ? Opcode.IFEQ : Opcode.IFNE, target);
            }
            case IS_NULL -> {
                load(cb, o.get(0));
                cb.branch(when ? Opcode.IFNULL : Opcode.IFNONNULL, target);
            }
            case EQ_REF, NE_REF -> {
                load(cb, o.get(0));
                load(cb, o.get(1));
                boolean eq = (cmp.op() == LirOp.EQ_REF) == when;
                cb.branch(eq ? Opcode.IF_ACMPEQ : Opcode.IF_ACMPNE, target);
            }
            case EQ_I64, NE_I64, LT_I64, LE_I64, GT_I64, GE_I64 -> {
                load(cb, o.get(0));
                load(cb, o.get(1));
                cb.lcmp();
                LirOp op = when ? cmp.op() : negate(cmp.op());
                cb.branch(zeroCompare(op), target);
            }
            case EQ_F64, NE_F64, LT_F64, LE_F64, GT_F64, GE_F64 -> {
                load(cb, o.get(0));
                load(cb, o.get(1));
                // NaN: the compare yields what makes the tested condition false (or, for ne, true)
                LirOp op = cmp.op();
                boolean g = op == LirOp.LT_F64 || op == LirOp.LE_F64;
                if (g) {
                    cb.dcmpg();
                } else {
                    cb.dcmpl();
                }
                cb.branch(zeroCompare(when ? op : negate(op)), target);
            }
            default -> throw new IllegalStateException("not a fusible compare: " + cmp);
        }
    }

    private static LirOp negate(LirOp op) {
        return switch (op) {
            case EQ_I64 -> LirOp.NE_I64;
            case NE_I64 -> LirOp.EQ_I64;
            case LT_I64 -> LirOp.GE_I64;
            case GE_I64 -> LirOp.LT_I64;
            case LE_I64 -> LirOp.GT_I64;
            case GT_I64 -> LirOp.LE_I64;
            case EQ_F64 -> LirOp.NE_F64;
            case NE_F64 -> LirOp.EQ_F64;
            case LT_F64 -> LirOp.GE_F64;
            case GE_F64 -> LirOp.LT_F64;
            case LE_F64 -> LirOp.GT_F64;
            case GT_F64 -> LirOp.LE_F64;
            default -> throw new IllegalStateException(op.text());
        };
    }

    private static Opcode zeroCompare(LirOp op) {
        return switch (op) {
            case EQ_I64, EQ_F64 -> Opcode.IFEQ;
            case NE_I64, NE_F64 -> Opcode.IFNE;
            case LT_I64, LT_F64 -> Opcode.IFLT;
            case LE_I64, LE_F64 -> Opcode.IFLE;
            case GT_I64, GT_F64 -> Opcode.IFGT;
            case GE_I64, GE_F64 -> Opcode.IFGE;
            default -> throw new IllegalStateException(op.text());
        };
    }

    // ---- instructions ----

    private void emit(CodeBuilder cb, Block b, Instruction ins) {
        List<LirValue> o = ins.operands();
        switch (ins.op()) {
            case CONST_I64 -> cb.loadConstant(((Constant.I64) ins.payload()).value());
            case CONST_F64 -> {
                double d = ((Constant.F64) ins.payload()).value();
                if (Double.doubleToRawLongBits(d) == 0L) {
                    cb.dconst_0();
                } else {
                    // ldc keeps the exact bits (negative zero, NaN payloads)
                    cb.ldc(cb.constantPool().doubleEntry(d));
                }
            }
            case CONST_I1 -> cb.loadConstant(((Constant.I1) ins.payload()).value() ? 1 : 0);
            case CONST_REF -> loadRef(cb, (Constant.Ref) ins.payload());
            case ADD_I64, SUB_I64, MUL_I64, SHL_I64, SHR_I64, USHR_I64, AND_I64, OR_I64, XOR_I64 -> {
                load(cb, o.get(0));
                load(cb, o.get(1));
                switch (ins.op()) {
                    case ADD_I64 -> cb.ladd();
                    case SUB_I64 -> cb.lsub();
                    case MUL_I64 -> cb.lmul();
                    case AND_I64 -> cb.land();
                    case OR_I64 -> cb.lor();
                    case XOR_I64 -> cb.lxor();
                    case SHL_I64 -> { cb.l2i(); cb.lshl(); }
                    case SHR_I64 -> { cb.l2i(); cb.lshr(); }
                    default -> { cb.l2i(); cb.lushr(); }
                }
            }
            case ADD_I64_OVF, SUB_I64_OVF, MUL_I64_OVF, NEG_I64_OVF -> {
                // Math.*Exact are intrinsics (a jo on x86); their ArithmeticException leaves
                Label start = cb.newBoundLabel();
                load(cb, o.get(0));
                if (o.size() > 1) {
                    load(cb, o.get(1));
                }
                String name = switch (ins.op()) {
                    case ADD_I64_OVF -> "addExact";
                    case SUB_I64_OVF -> "subtractExact";
                    case MUL_I64_OVF -> "multiplyExact";
                    default -> "negateExact";
                };
                MethodTypeDesc d = o.size() > 1 ? MethodTypeDesc.of(CD_long, CD_long, CD_long) : MethodTypeDesc.of(CD_long, CD_long);
                cb.invokestatic(CD_MATH, name, d);
                Label end = cb.newBoundLabel();
                cb.exceptionCatch(start, end, exits.overflow(ins.deopt()), ClassDesc.of("java.lang.ArithmeticException"));
            }
            case DIV_I64, REM_I64 -> {
                load(cb, o.get(1));
                cb.lconst_0();
                cb.lcmp();
                cb.ifeq(exits.exit(ins.deopt()));
                load(cb, o.get(0));
                load(cb, o.get(1));
                if (ins.op() == LirOp.DIV_I64) {
                    cb.ldiv();
                } else {
                    cb.lrem();
                }
            }
            case NOT_I64 -> {
                load(cb, o.get(0));
                cb.loadConstant(-1L);
                cb.lxor();
            }
            case ADD_F64, SUB_F64, MUL_F64, DIV_F64 -> {
                load(cb, o.get(0));
                load(cb, o.get(1));
                switch (ins.op()) {
                    case ADD_F64 -> cb.dadd();
                    case SUB_F64 -> cb.dsub();
                    case MUL_F64 -> cb.dmul();
                    default -> cb.ddiv();
                }
            }
            case NEG_F64 -> {
                load(cb, o.get(0));
                cb.dneg();
            }
            case ABS_F64, SQRT_F64 -> {
                load(cb, o.get(0));
                cb.invokestatic(CD_MATH, ins.op() == LirOp.ABS_F64 ? "abs" : "sqrt", MethodTypeDesc.of(CD_double, CD_double));
            }
            case EQ_I64, NE_I64, LT_I64, LE_I64, GT_I64, GE_I64, EQ_F64, NE_F64, LT_F64, LE_F64, GT_F64, GE_F64, EQ_REF, NE_REF,
                    IS_NULL -> {
                Label yes = cb.newLabel();
                Label done = cb.newLabel();
                compareJump(cb, ins, true, yes);
                cb.iconst_0();
                cb.goto_(done);
                cb.labelBinding(yes);
                cb.iconst_1();
                cb.labelBinding(done);
            }
            case I64_TO_F64 -> {
                load(cb, o.get(0));
                cb.l2d();
            }
            case F64_TO_I64 -> {
                // in range: -2^63 <= d < 2^63; NaN fails both compares' tests
                Label out = exits.exit(ins.deopt());
                load(cb, o.get(0));
                cb.ldc(cb.constantPool().doubleEntry(-0x1p63));
                cb.dcmpl();
                cb.iflt(out);
                load(cb, o.get(0));
                cb.ldc(cb.constantPool().doubleEntry(0x1p63));
                cb.dcmpg();
                cb.ifge(out);
                load(cb, o.get(0));
                cb.d2l();
            }
            case NOT_I1 -> {
                load(cb, o.get(0));
                cb.iconst_1();
                cb.ixor();
            }
            case AND_I1, OR_I1 -> {
                load(cb, o.get(0));
                load(cb, o.get(1));
                if (ins.op() == LirOp.AND_I1) {
                    cb.iand();
                } else {
                    cb.ior();
                }
            }
            case I1_TO_I64 -> {
                load(cb, o.get(0));
                cb.i2l();
            }
            case GUARD_TRUE -> jumpIf(cb, ins, false, exits.exit(ins.deopt()));
            case GUARD_FALSE -> jumpIf(cb, ins, true, exits.exit(ins.deopt()));
            case SAFEPOINT -> {
                cb.ldc(data.constant(safepointCheck(), CD_MH));
                cb.invokevirtual(CD_MH, "invokeExact", MethodTypeDesc.of(CD_boolean));
                cb.ifne(exits.exit(ins.deopt()));
            }
            case JUMP -> edge(cb, b, ins.targets().get(0));
            case BRANCH -> branch(cb, b, ins);
            case PROMOTE -> promote(cb, b, ins);
            case EXIT -> cb.goto_(exits.exit(ins.deopt()));
            case RETURN -> {
                load(cb, o.get(0));
                cb.return_(Types.kind(o.get(0).type()));
            }
            case RETURN_VOID -> cb.return_();
            case CALL_HELPER, CALL_VERSION -> call(cb, ins);
            case ARRAY_LENGTH -> {
                Label doubles = cb.newLabel();
                Label done = cb.newLabel();
                load(cb, o.get(0));
                cb.dup();
                cb.instanceOf(CD_LONGS);
                cb.ifeq(doubles);
                cb.checkcast(CD_LONGS);
                cb.arraylength();
                cb.goto_(done);
                cb.labelBinding(doubles);
                cb.checkcast(CD_DOUBLES);
                cb.arraylength();
                cb.labelBinding(done);
                cb.i2l();
            }
            case LOAD_I64_ELEM, LOAD_F64_ELEM -> {
                boolean longs = ins.op() == LirOp.LOAD_I64_ELEM;
                load(cb, o.get(0));
                cb.checkcast(longs ? CD_LONGS : CD_DOUBLES);
                load(cb, o.get(1));
                cb.l2i();
                if (longs) {
                    cb.laload();
                } else {
                    cb.daload();
                }
            }
            case STORE_I64_ELEM, STORE_F64_ELEM -> {
                boolean longs = ins.op() == LirOp.STORE_I64_ELEM;
                load(cb, o.get(0));
                cb.checkcast(longs ? CD_LONGS : CD_DOUBLES);
                load(cb, o.get(1));
                cb.l2i();
                load(cb, o.get(2));
                if (longs) {
                    cb.lastore();
                } else {
                    cb.dastore();
                }
            }
            case LOAD_FIELD_I64, LOAD_FIELD_F64, LOAD_FIELD_REF, STORE_FIELD_I64, STORE_FIELD_F64, STORE_FIELD_REF -> {
                FieldDescriptor fd = (FieldDescriptor) ins.payload();
                boolean store = ins.op().is(LirOp.Flag.WRITES);
                MethodHandle h = store ? fields.setter(fd) : fields.getter(fd);
                cb.ldc(data.constant(h, CD_MH));
                for (LirValue v : o) {
                    load(cb, v);
                }
                cb.invokevirtual(CD_MH, "invokeExact", Fields.type(fd, store));
            }
        }
        if (ins.result() != null && !ins.op().is(LirOp.Flag.CALL)) {
            store(cb, ins.result());
        }
    }

    private void loadRef(CodeBuilder cb, Constant.Ref r) {
        if (r.value() == null) {
            cb.aconst_null();
        } else {
            cb.ldc(data.constant(r.value(), CD_Object));
        }
    }

    private void branch(CodeBuilder cb, Block b, Instruction ins) {
        Target yes = ins.targets().get(0);
        Target no = ins.targets().get(1);
        if (!needsMoves(yes) && !needsMoves(no) && fallsThrough(b, yes.block())) {
            jumpIf(cb, ins, false, blockLabels[no.block()]);
        } else if (!needsMoves(yes)) {
            jumpIf(cb, ins, true, blockLabels[yes.block()]);
            edge(cb, b, no);
        } else if (!needsMoves(no)) {
            jumpIf(cb, ins, false, blockLabels[no.block()]);
            edge(cb, b, yes);
        } else {
            Label other = cb.newLabel();
            jumpIf(cb, ins, false, other);
            moves(cb, yes);
            cb.goto_(blockLabels[yes.block()]);
            cb.labelBinding(other);
            edge(cb, b, no);
        }
    }

    /** Compares the promoted value with each case in turn; a miss leaves through the descriptor. */
    private void promote(CodeBuilder cb, Block b, Instruction ins) {
        LirValue v = ins.operands().get(0);
        PromotionSwitch ps = (PromotionSwitch) ins.payload();
        for (PromotionSwitch.Case c : ps.cases()) {
            Label next = cb.newLabel();
            load(cb, v);
            switch (c.value()) {
                case Constant.Ref r -> {
                    if (r.value() == null) {
                        cb.ifnonnull(next);
                    } else {
                        loadRef(cb, r);
                        cb.if_acmpne(next);
                    }
                }
                case Constant.I64 i -> {
                    cb.loadConstant(i.value());
                    cb.lcmp();
                    cb.ifne(next);
                }
                case Constant.F64 d -> {
                    cb.invokestatic(ClassDesc.of("java.lang.Double"), "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
                    cb.loadConstant(Double.doubleToRawLongBits(d.value()));
                    cb.lcmp();
                    cb.ifne(next);
                }
                case Constant.I1 z -> {
                    cb.loadConstant(z.value() ? 1 : 0);
                    cb.if_icmpne(next);
                }
            }
            moves(cb, c.target());
            cb.goto_(blockLabels[c.target().block()]);
            cb.labelBinding(next);
        }
        cb.goto_(exits.exit(ins.deopt()));
    }

    private void call(CodeBuilder cb, Instruction ins) {
        CallTarget t = (CallTarget) ins.payload();
        MethodTypeDesc desc = Types.methodDesc(t.result(), t.params());
        Label start;
        if (t instanceof CallTarget.Helper h) {
            cb.ldc(data.constant(helper(h), CD_MH));
            start = cb.newBoundLabel();
            for (LirValue v : ins.operands()) {
                load(cb, v);
            }
            cb.invokevirtual(CD_MH, "invokeExact", desc);
        } else {
            CallTarget.Version v = (CallTarget.Version) t;
            java.lang.invoke.CallSite site = linkage.version(v);
            if (site == null) {
                throw new BackendException("jvm backend: the linkage has no call site for version " + v.symbol());
            }
            start = cb.newBoundLabel();
            for (LirValue a : ins.operands()) {
                load(cb, a);
            }
            cb.invokedynamic(DynamicCallSiteDesc.of(BSM_VERSION, "call", desc, data.index(site)));
        }
        Label end = cb.newBoundLabel();
        if (ins.deopt() != null) {
            cb.exceptionCatch(start, end, exits.raise(ins.deopt()), ConstantDescs.CD_Throwable);
        }
        if (ins.result() != null) {
            store(cb, ins.result());
        }
    }

    private MethodHandle helper(CallTarget.Helper h) {
        MethodHandle mh = linkage.helper(h);
        if (mh == null) {
            throw new BackendException("jvm backend: the linkage has no helper " + h.symbol());
        }
        try {
            return mh.asType(Types.methodType(h.result(), h.params()));
        } catch (WrongMethodTypeException e) {
            throw new BackendException("jvm backend: helper " + h.symbol() + " has type " + mh.type()
                    + ", which does not fit its LIR signature " + Types.methodType(h.result(), h.params()), e);
        }
    }

    /** {@code () -> boolean}: true once the unit is invalidated (a switch point) or when the poll says so. */
    private MethodHandle safepointCheck() {
        if (safepointCheck == null) {
            switchPoint = new SwitchPoint();
            MethodHandle poll = linkage.safepointPoll().asType(MethodType.methodType(boolean.class));
            safepointCheck = switchPoint.guardWithTest(poll, MethodHandles.constant(boolean.class, true));
        }
        return safepointCheck;
    }
}
