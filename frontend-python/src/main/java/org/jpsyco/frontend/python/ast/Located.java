package org.jpsyco.frontend.python.ast;

/** A node that carries CPython's location attributes (stmt, expr, arg, keyword, ...). */
public interface Located extends Node {
    Pos pos();
}
