/** jpsyco's Python bytecode: the opcode table, code objects and the disassembler. */
package org.jpsyco.frontend.python.bytecode;
