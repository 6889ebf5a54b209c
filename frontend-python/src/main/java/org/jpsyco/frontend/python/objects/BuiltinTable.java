package org.jpsyco.frontend.python.objects;

/**
 * Makes a built-in type's method implementations by name, the first time a program uses each.
 *
 * <p>Each Java lambda costs a class spun at run time when its expression is first evaluated
 * (the JVM's ahead-of-time cache keeps those of the class path only, not a bundle's), so a
 * table that built every method at start-up paid for hundreds of classes most programs never
 * call. A table instead names its methods up front ({@link BuiltinMethods#lazy}) and makes one
 * when it is first looked up to be called: {@code make} is a switch over the names whose
 * cases are the lambdas.
 */
@FunctionalInterface
public interface BuiltinTable {
    /** The implementation of the method {@code name}, which the table registered. */
    BuiltinImpl make(String name);

    /** What a table's switch throws for a name it does not define (a registration bug). */
    static IllegalStateException unknown(String name) {
        return new IllegalStateException("no built-in method " + name + " in its table");
    }
}
