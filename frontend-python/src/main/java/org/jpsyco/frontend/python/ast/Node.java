package org.jpsyco.frontend.python.ast;

/**
 * A node of the Python abstract syntax tree, shaped like CPython 3.11's {@code ast} module:
 * one record per node class, record components in {@code _fields} order, then (for located
 * nodes) the source {@link Pos}. Sequences are never null (empty lists instead); optional
 * fields ({@code expr?}, {@code identifier?}) are null when absent.
 */
public interface Node {
    /** The CPython class name of this node, as {@code ast.dump} prints it. */
    String nodeName();
}
