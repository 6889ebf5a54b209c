/** The Python 3.11 tokenizer and source decoding (PEP 263, BOM, universal newlines). */
package org.jpsyco.frontend.python.lexer;
