package org.jpsyco.frontend.python.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;

/**
 * Generic access to the fields of a node record, for walks that visit every child without a
 * case per node kind. The accessors are looked up once per record class (reflection on every
 * visit made such walks the slowest part of compiling).
 */
public final class NodeFields {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> c) {
            RecordComponent[] rcs = c.getRecordComponents();
            if (rcs == null) {
                return new MethodHandle[0];
            }
            MethodHandle[] r = new MethodHandle[rcs.length];
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (int i = 0; i < rcs.length; i++) {
                try {
                    r[i] = lookup.unreflect(rcs[i].getAccessor()).asType(GETTER);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return r;
        }
    };

    private NodeFields() {
    }

    /** The values of the node's fields in declaration order (no fields for enums and non-records). */
    public static Object[] values(Node n) {
        MethodHandle[] acc = ACCESSORS.get(n.getClass());
        Object[] r = new Object[acc.length];
        try {
            for (int i = 0; i < acc.length; i++) {
                r[i] = (Object) acc[i].invokeExact((Object) n);
            }
        } catch (Throwable t) {
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(t);
        }
        return r;
    }
}
