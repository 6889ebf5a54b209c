package org.jpsyco.kernel.lir;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one {@link LirFunction}, block by block.
 *
 * <p>Legal call order:
 * <ol>
 * <li>{@code new LirBuilder(name)} creates the entry block {@code b0} and positions there;
 *     {@link #param(int, LirType)} adds the unit's inputs to it (or parameters to any block,
 *     before jumps to that block are emitted);</li>
 * <li>{@link #newBlock(LirType...)} creates further blocks at any time (forward targets);</li>
 * <li>emitting methods append to the current block; a terminator ({@link #jump},
 *     {@link #branch}, {@link #promote}, {@link #exit}, {@link #ret}, {@link #retVoid}) ends it,
 *     after which only {@link #switchTo(int)} to an unterminated block is legal;</li>
 * <li>{@link #build()} once, when every block is terminated: it verifies the function
 *     ({@link LirVerifier}) and returns it. The builder is finished after that.</li>
 * </ol>
 * Breaking the order throws {@link IllegalStateException}; type errors are the verifier's and are
 * reported all at once by {@link #build()}.
 */
public final class LirBuilder {
    private final String name;
    private final List<List<LirValue>> params = new ArrayList<>();
    private final List<List<Instruction>> blocks = new ArrayList<>();
    private final List<Boolean> terminated = new ArrayList<>();
    private int current;
    private int nextValue;
    private boolean built;

    public LirBuilder(String name) {
        this.name = name;
        newBlock();
        current = 0;
    }

    /** A new block with parameters of these types; the builder stays where it is. */
    public int newBlock(LirType... paramTypes) {
        checkOpen();
        params.add(new ArrayList<>());
        blocks.add(new ArrayList<>());
        terminated.add(false);
        int id = blocks.size() - 1;
        for (LirType t : paramTypes) {
            param(id, t);
        }
        return id;
    }

    /** Adds a parameter to {@code block} and returns it. */
    public LirValue param(int block, LirType type) {
        checkOpen();
        LirValue v = new LirValue(nextValue++, type);
        params.get(block).add(v);
        return v;
    }

    /** The parameters of {@code block} so far. */
    public List<LirValue> params(int block) {
        return List.copyOf(params.get(block));
    }

    /** Continues emitting in {@code block}, which must not be terminated. */
    public LirBuilder switchTo(int block) {
        checkOpen();
        if (terminated.get(block)) {
            throw new IllegalStateException("b" + block + " is already terminated");
        }
        current = block;
        return this;
    }

    /** The block being emitted into. */
    public int currentBlock() {
        return current;
    }

    /** How many instructions {@code block} holds so far. */
    public int blockSize(int block) {
        return blocks.get(block).size();
    }

    /** Instruction {@code i} of {@code block}: what a front end may re-read of code it just emitted. */
    public Instruction instruction(int block, int i) {
        return blocks.get(block).get(i);
    }

    public boolean isTerminated(int block) {
        return terminated.get(block);
    }

    /**
     * Appends an instruction: the general form behind every helper. {@code resultType} is null for
     * operations without a result; the result is returned (or null).
     */
    public LirValue emit(LirOp op, LirType resultType, Payload payload, DeoptDescriptor deopt, LirValue... operands) {
        checkOpen();
        if (terminated.get(current)) {
            throw new IllegalStateException("b" + current + " is terminated; switch to another block before emitting " + op.text());
        }
        LirValue result = resultType == null ? null : new LirValue(nextValue++, resultType);
        blocks.get(current).add(new Instruction(result, op, List.of(operands), payload, deopt));
        if (op.is(LirOp.Flag.TERMINATOR)) {
            terminated.set(current, true);
        }
        return result;
    }

    public LirValue constI64(long v) {
        return emit(LirOp.CONST_I64, LirType.I64, Constant.of(v), null);
    }

    public LirValue constF64(double v) {
        return emit(LirOp.CONST_F64, LirType.F64, Constant.of(v), null);
    }

    public LirValue constI1(boolean v) {
        return emit(LirOp.CONST_I1, LirType.I1, Constant.of(v), null);
    }

    public LirValue constant(Constant c) {
        LirOp op = switch (c) {
            case Constant.I64 i -> LirOp.CONST_I64;
            case Constant.F64 d -> LirOp.CONST_F64;
            case Constant.I1 b -> LirOp.CONST_I1;
            case Constant.Ref r -> LirOp.CONST_REF;
        };
        return emit(op, c.type(), c, null);
    }

    /** A pure or guarded operation on operands, result typed by the table (guards need {@code deopt}). */
    public LirValue op(LirOp op, DeoptDescriptor deopt, LirValue... operands) {
        return emit(op, op.hasResult() ? op.result() : null, null, deopt, operands);
    }

    /** A pure operation: {@code op(ADD_I64, a, b)}. */
    public LirValue op(LirOp op, LirValue... operands) {
        return op(op, null, operands);
    }

    /** {@code guard_true}/{@code guard_false}/{@code safepoint}: leaves at {@code deopt} when the check fails. */
    public void guard(LirOp op, DeoptDescriptor deopt, LirValue... operands) {
        emit(op, null, null, deopt, operands);
    }

    public void jump(Target target) {
        emit(LirOp.JUMP, null, Targets.of(target), null);
    }

    public void branch(LirValue condition, Target ifTrue, Target ifFalse) {
        emit(LirOp.BRANCH, null, Targets.of(ifTrue, ifFalse), null, condition);
    }

    /** A promotion switch on {@code value}; a value outside {@code cases} leaves at {@code miss}. */
    public void promote(LirValue value, int site, List<PromotionSwitch.Case> cases, DeoptDescriptor miss) {
        emit(LirOp.PROMOTE, null, new PromotionSwitch(site, cases), miss, value);
    }

    /** An unconditional exit to the interpreter. */
    public void exit(DeoptDescriptor deopt) {
        emit(LirOp.EXIT, null, null, deopt);
    }

    public void ret(LirValue value) {
        emit(LirOp.RETURN, null, null, null, value);
    }

    public void retVoid() {
        emit(LirOp.RETURN_VOID, null, null, null);
    }

    /** A call; {@code deopt} may be null (an exception then propagates out of the unit). */
    public LirValue call(CallTarget target, DeoptDescriptor deopt, LirValue... args) {
        LirOp op = target instanceof CallTarget.Version ? LirOp.CALL_VERSION : LirOp.CALL_HELPER;
        return emit(op, target.result(), target, deopt, args);
    }

    public LirValue loadField(FieldDescriptor field, LirValue object) {
        LirOp op = switch (field.type()) {
            case I64 -> LirOp.LOAD_FIELD_I64;
            case F64 -> LirOp.LOAD_FIELD_F64;
            case REF -> LirOp.LOAD_FIELD_REF;
            case I1 -> throw new IllegalArgumentException("no i1 fields: " + field);
        };
        return emit(op, field.type(), field, null, object);
    }

    public void storeField(FieldDescriptor field, LirValue object, LirValue value) {
        LirOp op = switch (field.type()) {
            case I64 -> LirOp.STORE_FIELD_I64;
            case F64 -> LirOp.STORE_FIELD_F64;
            case REF -> LirOp.STORE_FIELD_REF;
            case I1 -> throw new IllegalArgumentException("no i1 fields: " + field);
        };
        emit(op, null, field, null, object, value);
    }

    /** Verifies and returns the function; the builder cannot be used afterwards. */
    public LirFunction build() {
        LirFunction f = unverified();
        built = true;
        return LirVerifier.verify(f);
    }

    /** The function as built so far, unverified (for dumping a failed build). */
    public LirFunction unverified() {
        List<Block> bs = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            bs.add(new Block(b, params.get(b), blocks.get(b)));
        }
        return new LirFunction(name, bs);
    }

    private void checkOpen() {
        if (built) {
            throw new IllegalStateException("build() was called; the builder is finished");
        }
    }
}
