/**
 * LIR to JVM bytecode: {@link org.jpsyco.backend.jvm.codegen.UnitCompiler} writes one class per
 * unit with {@code java.lang.classfile}, {@link org.jpsyco.backend.jvm.codegen.Exits} its ways out,
 * {@link org.jpsyco.backend.jvm.codegen.Support} what it declines. Private to the bundle.
 */
package org.jpsyco.backend.jvm.codegen;
