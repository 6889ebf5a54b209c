/**
 * The x86-64 instruction encoder: registers, operands, the one table of instruction forms
 * ({@link org.jpsyco.backend.i386.encoder.Form}) and the bytes derived from it, a growable code
 * buffer with labels and patchable 32-bit relative jumps. The lowest of the backend's three
 * layers (encoder, assembler, lowering); internal to the bundle.
 */
package org.jpsyco.backend.i386.encoder;
