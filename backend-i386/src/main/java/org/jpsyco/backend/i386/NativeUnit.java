package org.jpsyco.backend.i386;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.jpsyco.backend.i386.lower.Shape;
import org.jpsyco.backend.i386.mem.CodeMemory;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.spi.CompiledUnit;
import org.jpsyco.kernel.spi.Linkage;

/**
 * One unit of machine code and its Java entry adapter. The adapter writes the primitive
 * arguments' bits into the argument buffer, passes arrays as heap segments (a {@code critical}
 * downcall, which may not call back into Java), calls the code, and reads what it answers: the
 * result, an out-of-bounds index, or an exit number whose live values it boxes, adding the
 * references the code never saw from the arguments it kept, before calling the exit handler
 * as every backend does.
 */
final class NativeUnit implements CompiledUnit {
    private static final MethodHandle ENTER;

    static {
        try {
            ENTER = MethodHandles.lookup().findVirtual(NativeUnit.class, "enter", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Argument buffers of units that take no arrays (so their downcall may not use heap memory). */
    private static final ThreadLocal<MemorySegment> BUFFERS = new ThreadLocal<>();

    private final String name;
    private final Shape shape;
    private final List<DeoptDescriptor> exits;
    private final Linkage linkage;
    private final CodeMemory memory;
    private final CodeMemory.Block block;
    private final Arena arena;
    private final MemorySegment flag;
    private final MethodHandle call; // (MemorySegment[]) long
    private final boolean critical;
    private final String lir;
    private final byte[] code;
    private final String assembly;
    private volatile MethodHandle entry;
    private volatile boolean valid = true;
    private volatile boolean freed;

    NativeUnit(String name, Shape shape, List<DeoptDescriptor> exits, Linkage linkage, CodeMemory memory, CodeMemory.Block block,
            Arena arena, MemorySegment flag, MethodHandle call, boolean critical, String lir, byte[] code, String assembly) {
        this.name = name;
        this.shape = shape;
        this.exits = exits;
        this.linkage = linkage;
        this.memory = memory;
        this.block = block;
        this.arena = arena;
        this.flag = flag;
        this.call = call;
        this.critical = critical;
        this.lir = lir;
        this.code = code;
        this.assembly = assembly;
        Class<?>[] params = new Class<?>[shape.paramTypes.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = javaType(shape.paramTypes.get(i));
        }
        Class<?> result = shape.returnsObject ? Object.class : shape.result == null ? void.class : javaType(shape.result);
        entry = ENTER.bindTo(this).asCollector(Object[].class, params.length).asType(MethodType.methodType(result, params));
    }

    static Class<?> javaType(LirType t) {
        return switch (t) {
            case I64 -> long.class;
            case F64 -> double.class;
            case I1 -> boolean.class;
            case REF -> Object.class;
        };
    }

    private MemorySegment buffer(int words) {
        if (critical) {
            return MemorySegment.ofArray(new long[words]);
        }
        MemorySegment b = BUFFERS.get();
        if (b == null || b.byteSize() < 8L * words) {
            b = Arena.ofAuto().allocate(8L * Math.max(words, 64), 8);
            BUFFERS.set(b);
        }
        return b;
    }

    /** The entry adapter: runs the code on {@code args} (the entry block's parameters, boxed). */
    Object enter(Object[] args) throws Throwable {
        if (freed) {
            throw new IllegalStateException("native unit " + name + " was freed");
        }
        MemorySegment buf = buffer(shape.bufferWords());
        int arrays = shape.arrays.size();
        MemorySegment[] segs = new MemorySegment[1 + arrays];
        segs[0] = buf;
        for (int i = 0; i < args.length; i++) {
            if (shape.pass.get(i) == Shape.Pass.BITS) {
                long bits = switch (shape.paramTypes.get(i)) {
                    case I64 -> (Long) args[i];
                    case F64 -> Double.doubleToRawLongBits((Double) args[i]);
                    default -> (Boolean) args[i] ? 1L : 0L;
                };
                buf.setAtIndex(ValueLayout.JAVA_LONG, 1 + i, bits);
            }
        }
        for (int k = 0; k < arrays; k++) {
            Object array = args[shape.arrays.get(k)];
            long length;
            if (array instanceof long[] la) {
                segs[1 + k] = MemorySegment.ofArray(la);
                length = la.length;
            } else if (array instanceof double[] da) {
                segs[1 + k] = MemorySegment.ofArray(da);
                length = da.length;
            } else if (array == null) {
                throw new NullPointerException("array argument " + shape.arrays.get(k) + " of " + name + " is null");
            } else {
                throw new ClassCastException(array.getClass().getName() + " is not a long[] or double[]");
            }
            buf.setAtIndex(ValueLayout.JAVA_LONG, shape.lengthWord(k), length);
        }
        long status = (long) call.invokeExact(segs);
        if (status == 0) {
            if (shape.result == null) {
                return null;
            }
            long bits = buf.getAtIndex(ValueLayout.JAVA_LONG, 0);
            return switch (shape.result) {
                case I64 -> bits;
                case F64 -> Double.longBitsToDouble(bits);
                case I1 -> bits != 0;
                case REF -> throw new IllegalStateException("reference result");
            };
        }
        if (status == -1) {
            throw new ArrayIndexOutOfBoundsException("array index out of bounds in " + name);
        }
        if (status < 1 || status > exits.size()) {
            throw new IllegalStateException("native unit " + name + " answered " + status);
        }
        DeoptDescriptor d = exits.get((int) status - 1);
        List<LirValue> live = d.liveValues();
        Object[] values = new Object[live.size()];
        for (int j = 0; j < values.length; j++) {
            LirValue v = live.get(j);
            long bits = v.type() == LirType.REF ? 0 : buf.getAtIndex(ValueLayout.JAVA_LONG, 1 + j);
            values[j] = switch (v.type()) {
                case I64 -> bits;
                case F64 -> Double.longBitsToDouble(bits);
                case I1 -> bits != 0;
                case REF -> args[shape.paramIndex.get(v.id())];
            };
        }
        return linkage.exitHandler().invoke(d, values);
    }

    @Override
    public String backend() {
        return "i386";
    }

    @Override
    public MethodHandle entry() {
        MethodHandle e = entry;
        if (e == null) {
            throw new IllegalStateException("unit " + name + " was freed");
        }
        return e;
    }

    @Override
    public long codeBytes() {
        return code.length;
    }

    @Override
    public void invalidate() {
        if (valid) {
            valid = false;
            if (!freed) {
                flag.set(ValueLayout.JAVA_LONG, 0, 1L);
            }
        }
    }

    @Override
    public boolean isValid() {
        return valid && !freed;
    }

    @Override
    public synchronized void free() {
        if (freed) {
            return;
        }
        invalidate();
        freed = true;
        entry = null;
        memory.free(block);
        arena.close();
    }

    /** Where the code lives, for tests. */
    CodeMemory.Block block() {
        return block;
    }

    @Override
    public String listing() {
        StringBuilder s = new StringBuilder();
        s.append("; i386 unit ").append(name).append(": ").append(code.length).append(" bytes at 0x")
                .append(Long.toHexString(block.address())).append(critical ? ", critical downcall" : "").append('\n');
        s.append(lir);
        if (!lir.endsWith("\n")) {
            s.append('\n');
        }
        s.append(Disassembly.of(code, assembly));
        return s.toString();
    }

    @Override
    public String toString() {
        return "i386 unit " + name + (freed ? " (freed)" : valid ? "" : " (invalid)");
    }
}
