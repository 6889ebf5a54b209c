/**
 * LIR to x86-64: the native subset ({@link org.jpsyco.backend.i386.lower.Shape}), register
 * allocation, block-argument moves and the lowering itself, the top of the backend's three layers
 * (encoder, assembler, lowering). Internal to the bundle.
 */
package org.jpsyco.backend.i386.lower;
