package org.jpsyco.backend.jvm;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Bootstrap methods the generated classes link their {@code invokedynamic} instructions with.
 * Public because generated classes live in this package but are separate (hidden) classes.
 */
public final class Bootstraps {
    private Bootstraps() {
    }

    /**
     * Links a {@code call_version} to the kernel's call site for the callee, found in the unit's
     * class data at {@code index}. The site is used as is when its type is the erased signature,
     * so relinking it (a recompiled or invalidated callee) reaches running code directly;
     * otherwise calls go through its dynamic invoker, adapted.
     */
    public static CallSite version(MethodHandles.Lookup lookup, String name, MethodType type, int index)
            throws IllegalAccessException {
        CallSite site = MethodHandles.classDataAt(lookup, "_", CallSite.class, index);
        if (site.type().equals(type)) {
            return site;
        }
        return new ConstantCallSite(site.dynamicInvoker().asType(type));
    }
}
