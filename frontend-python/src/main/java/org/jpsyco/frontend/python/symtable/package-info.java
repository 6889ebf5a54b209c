/** Symbol tables: CPython's scoping rules resolved per scope (local, global, free, cell). */
package org.jpsyco.frontend.python.symtable;
