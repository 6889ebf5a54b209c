/**
 * The x86-64 assembler: named instructions ({@code mov}, {@code add}, {@code jcc}, ...) over the
 * encoder, choosing the shortest form for immediates and bound backward branches. The middle of
 * the backend's three layers (encoder, assembler, lowering); internal to the bundle.
 */
package org.jpsyco.backend.i386.asm;
