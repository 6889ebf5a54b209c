package org.jpsyco.frontend.python.bytecode;

/**
 * Instructions {@code [start, end)} that raise continue at {@code handler} with the value stack
 * cut to {@code depth} and the exception pushed.
 */
public record ExceptionTableEntry(int start, int end, int handler, int depth) {
}
