/** The bytecode compiler: AST to code objects, with exception tables and line tables. */
package org.jpsyco.frontend.python.compiler;
