/**
 * The Python 3.11 parser: {@link org.jpsyco.frontend.python.parser.Parser} turns source into the
 * {@code ast} package's tree, {@link org.jpsyco.frontend.python.parser.PythonSyntaxError} reports
 * errors as CPython does, {@link org.jpsyco.frontend.python.parser.SyntaxChecks} adds CPython's
 * compiler-stage syntax errors.
 */
package org.jpsyco.frontend.python.parser;
