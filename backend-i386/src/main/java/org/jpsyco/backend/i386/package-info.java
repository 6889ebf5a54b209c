/**
 * The i386 backend: LIR in the native subset ({@link org.jpsyco.backend.i386.lower.Shape}) becomes
 * x86-64 machine code in the process-wide code region ({@link org.jpsyco.backend.i386.mem.CodeMemory}),
 * entered through an FFM downcall by a Java adapter ({@code NativeUnit}) that passes primitive
 * arguments in a buffer and arrays as heap segments, and that turns an exit number and the live
 * values the code left in the buffer into a call of the linkage's exit handler, exactly as the jvm
 * backend does. Everything outside the subset is declined, so the kernel gives it to backend-jvm.
 */
package org.jpsyco.backend.i386;
