package org.jpsyco.backend.jvm.codegen;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects a generated class needs at run time (reference constants, helper handles, call
 * sites, deopt descriptors, exit handlers), handed to it as hidden-class data. Generated code
 * loads entry {@code i} with an {@code ldc} of a dynamic constant bootstrapped by
 * {@code MethodHandles.classDataAt}, so HotSpot sees a true constant: handles loaded this way
 * are inlined through {@code invokeExact}, reference compares against them fold.
 */
public final class ClassData {
    private final List<Object> entries = new ArrayList<>();
    private final Map<Object, Integer> byIdentity = new IdentityHashMap<>();

    /** The index of {@code value}, added on first use; the same object always gets one index. */
    public int index(Object value) {
        Integer i = byIdentity.get(value);
        if (i == null) {
            i = entries.size();
            entries.add(value);
            byIdentity.put(value, i);
        }
        return i;
    }

    /** The loadable constant for {@code value}, typed as {@code type} in the generated code. */
    public DynamicConstantDesc<Object> constant(Object value, ClassDesc type) {
        return DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, type, index(value));
    }

    /** What the hidden class is defined with (an unmodifiable list, as classDataAt requires). */
    public List<Object> entries() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(entries));
    }

    public int size() {
        return entries.size();
    }
}
