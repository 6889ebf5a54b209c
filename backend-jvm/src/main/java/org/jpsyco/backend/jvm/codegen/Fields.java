package org.jpsyco.backend.jvm.codegen;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.jpsyco.kernel.lir.FieldDescriptor;
import org.jpsyco.kernel.spi.BackendException;
import org.jpsyco.kernel.spi.Linkage;

/**
 * Resolves the opaque {@link FieldDescriptor}s of field loads and stores to accessors. A
 * descriptor names an owner layout and a field; the backend cannot know the front end's classes,
 * so it asks, in order:
 * <ol>
 * <li>the linkage, when it offers a public {@code VarHandle field(FieldDescriptor)} method (the
 *     front end's field table);</li>
 * <li>the owner read as a binary class name, loaded through the linkage's class loader, with a
 *     public instance field of that name.</li>
 * </ol>
 * A descriptor neither resolves makes the compilation fail with a message naming it.
 */
final class Fields {
    private final Linkage linkage;
    private final Map<FieldDescriptor, VarHandle> resolved = new HashMap<>();

    Fields(Linkage linkage) {
        this.linkage = linkage;
    }

    /** {@code (Object) -> T}. */
    MethodHandle getter(FieldDescriptor fd) {
        return adapt(fd, handle(fd).toMethodHandle(VarHandle.AccessMode.GET), MethodType.methodType(Types.javaClass(fd.type()), Object.class));
    }

    /** {@code (Object, T) -> void}. */
    MethodHandle setter(FieldDescriptor fd) {
        return adapt(fd, handle(fd).toMethodHandle(VarHandle.AccessMode.SET),
                MethodType.methodType(void.class, Object.class, Types.javaClass(fd.type())));
    }

    /** The descriptor of the accessor's {@code invokeExact}. */
    static MethodTypeDesc type(FieldDescriptor fd, boolean store) {
        ClassDesc t = Types.desc(fd.type());
        return store ? MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_Object, t) : MethodTypeDesc.of(t, ConstantDescs.CD_Object);
    }

    private static MethodHandle adapt(FieldDescriptor fd, MethodHandle h, MethodType type) {
        try {
            return h.asType(type);
        } catch (RuntimeException e) {
            throw new BackendException("jvm backend: field " + fd + " has accessor type " + h.type() + ", not " + type, e);
        }
    }

    private VarHandle handle(FieldDescriptor fd) {
        VarHandle vh = resolved.get(fd);
        if (vh == null) {
            vh = resolve(fd);
            resolved.put(fd, vh);
        }
        return vh;
    }

    private VarHandle resolve(FieldDescriptor fd) {
        Method table = fieldTable();
        if (table != null) {
            try {
                VarHandle vh = (VarHandle) table.invoke(linkage, fd);
                if (vh != null) {
                    return vh;
                }
            } catch (ReflectiveOperationException e) {
                throw new BackendException("jvm backend: the linkage's field table failed on " + fd, e);
            }
        }
        ClassLoader loader = linkage.getClass().getClassLoader();
        Class<?> owner;
        try {
            owner = Class.forName(fd.owner(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BackendException("jvm backend: cannot resolve field " + fd + ": the linkage has no field table and "
                    + fd.owner() + " is not a class its loader knows");
        }
        try {
            Field field = owner.getField(fd.name());
            if (Modifier.isStatic(field.getModifiers())) {
                throw new BackendException("jvm backend: cannot resolve field " + fd + ": " + field + " is static");
            }
            return MethodHandles.publicLookup().unreflectVarHandle(field);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new BackendException("jvm backend: cannot resolve field " + fd + ": " + owner.getName() + " has no public field "
                    + fd.name());
        }
    }

    private Method fieldTable() {
        try {
            Method m = linkage.getClass().getMethod("field", FieldDescriptor.class);
            return m.getReturnType() == VarHandle.class ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
