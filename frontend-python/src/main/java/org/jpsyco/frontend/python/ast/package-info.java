/** The Python abstract syntax tree, shaped like CPython 3.11's {@code ast} module. */
package org.jpsyco.frontend.python.ast;
